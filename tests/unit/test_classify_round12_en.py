"""Round 12 (English, former_heldout10): rights described as possible, nothing asked, quoted
drafts, where a name is shown, a number's use stopped, advertising partners, the authority as
a source of reading, and a routine deletion suspended."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(subject: str, text: str) -> set[T]:
    return set(read(subject, text).classification.request_types)


def test_rights_described_as_possible_and_no_action_needed() -> None:
    text = (
        "Hi,\n\nYour privacy page explains that I can object to profiling whenever I like, and "
        "I gather I could request deletion of my account too.\n\n"
        "I'm fine with things as they are, so no action is required on your part.\n\n"
        "Cheers,\nRobin"
    )
    assert _types("Your privacy page", text) == set()


def test_possible_erasure_is_no_firm_wish() -> None:
    text = (
        "Hello,\n\nI understand that we could ask for erasure of our staff records at any "
        "time.\n\nRegards,\nMel"
    )
    reading = read("Question", text)
    assert T.ERASURE not in reading.classification.request_types or (
        reading.classification.confidence < 0.6
    )


def test_quoted_draft_with_nothing_to_do_yet() -> None:
    text = (
        "Hello,\n\nI will probably write to you formally next month. The draft reads:\n\n"
        '"To the data protection officer, please delete every record you keep about me."\n\n'
        "There is nothing for you to do for now - I only wanted to check this address works.\n\n"
        "Thanks,\nAlex"
    )
    assert _types("Heads-up", text) == set()


def test_request_before_no_action_note_still_stands() -> None:
    text = (
        "Hello,\n\nPlease send me a copy of my personal data.\n\n"
        "Apart from that you don't need to do anything.\n\nAlex"
    )
    assert _types("Copy", text) == {T.ACCESS}


def test_name_shown_on_a_thing_is_no_correction() -> None:
    text = (
        "Hi,\n\nCan you tell me what information you hold about me? My name is printed on "
        "my overalls and my badge.\n\nSam"
    )
    assert _types("My info", text) == {T.ACCESS}


def test_new_name_is_still_a_correction() -> None:
    text = "Hello,\n\nSince my wedding my surname is now Peeters. Please update it.\n\nAnn"
    assert T.RECTIFICATION in _types("Name", text)


def test_number_no_longer_used_for_a_purpose_is_no_correction() -> None:
    text = (
        "Dear Sir,\n\nI object to your sales calls. Please make sure my mobile number is no "
        "longer used for promotions.\n\nJ. Smith"
    )
    types = _types("Calls", text)
    assert T.RECTIFICATION not in types and T.OBJECTION in types


def test_dead_number_is_still_a_correction() -> None:
    text = (
        "Hello,\n\nMy old mobile number is no longer in use; my new number is 0470 11 22 33.\n\nPat"
    )
    assert T.RECTIFICATION in _types("New number", text)


def test_sharing_with_advertising_partners_is_no_opt_out() -> None:
    text = (
        "Hello,\n\nI object to my browsing data going to your marketing partners and ask you "
        "to stop passing my personal data to them.\n\nKris"
    )
    types = _types("Trackers", text)
    assert T.OBJECTION in types and T.MARKETING_OPT_OUT not in types


def test_marketing_mails_no_longer_is_still_an_opt_out() -> None:
    text = "Hi,\n\nI don't want your marketing e-mails any more.\n\nKris"
    assert T.MARKETING_OPT_OUT in _types("Mails", text)


def test_authority_website_read_is_no_complaint() -> None:
    text = (
        "Hello,\n\nThe guidance of the supervisory authority says I may see my data. "
        "Please send me a copy of my personal data.\n\nDana"
    )
    assert _types("Copy", text) == {T.ACCESS}


def test_complaint_to_the_authority_still_read() -> None:
    text = (
        "Hello,\n\nYou ignored my request for a copy of my data, so I have lodged a complaint "
        "with the data protection authority today.\n\nDana"
    )
    assert T.COMPLAINT in _types("Complaint", text)


def test_routine_deletion_suspended_is_a_hold() -> None:
    text = (
        "Dear Sirs,\n\nOur client intends to bring a claim. Please keep all records about her "
        "and suspend the automatic purging of her e-mails and timesheets.\n\nP. Adams, solicitor"
    )
    assert T.RESTRICTION in _types("Preservation", text)


def test_how_you_obtained_my_data_asked_indirectly_is_access() -> None:
    text = (
        "Hi,\n\nStop the text messages please. And tell me how your company obtained my mobile "
        "number.\n\nLou"
    )
    assert T.ACCESS in _types("Texts", text)


def test_not_knowing_how_is_no_access() -> None:
    text = "Hi,\n\nI have no idea how you got my address. Unsubscribe me please.\n\nLou"
    assert T.ACCESS not in _types("Stop", text)


def test_restriction_pending_the_verification_whether() -> None:
    text = (
        "Dear DPO,\n\nI object to the tracking of my location under Article 21 GDPR. Pending "
        "the assessment whether your interests prevail, I ask you to restrict the processing "
        "of my location data.\n\nRegards,\nNoor"
    )
    types = _types("Objection", text)
    assert {T.OBJECTION, T.RESTRICTION} <= types


def test_whether_still_asks_for_information() -> None:
    text = "Hello,\n\nPlease tell me whether you process my personal data.\n\nNoor"
    assert _types("Question", text) == {T.ACCESS}


def test_general_question_is_declined_for_the_second_reader() -> None:
    text = (
        "Hello,\n\nHow long do you normally keep records of former clients? This is just a "
        "general query from our office.\n\nBest,\nKai"
    )
    reading = read("Retention", text)
    assert reading.classification.request_types == () and reading.declined


def test_production_job_is_no_product() -> None:
    # the Dutch "product…" (a product is no personal data) must not take the English
    # "production" or "productivity" along
    text = (
        "Hello,\n\nI no longer want the productivity coach job, so please remove the photo I "
        "sent with my application for the production role.\n\nThanks,\nVic"
    )
    assert T.ERASURE in _types("Application", text)


def test_reminder_still_expecting_the_copy_renews_the_access_request() -> None:
    text = (
        "Hello,\n\nOn 4 September I asked you for a copy of my personal data. Nothing came. "
        "We are still waiting for the copy of my file.\n\nKim"
    )
    reading = read("Copy of my data", text)
    assert T.ACCESS in reading.classification.request_types
    assert reading.classification.reminder


def test_still_waiting_for_a_parcel_asks_nothing() -> None:
    text = "Hello,\n\nI am still waiting for the jackets I ordered in May.\n\nKim"
    assert _types("Order", text) == set()


def test_no_longer_wanting_to_appear_in_the_company_video_is_an_objection() -> None:
    text = (
        "Hi,\n\nLast spring I was filmed for your new product video. I no longer want to appear "
        "in the video.\n\nBest,\nRiley"
    )
    assert T.OBJECTION in _types("Video", text)


def test_rather_not_be_in_a_meeting_is_no_objection() -> None:
    text = "Hi,\n\nI would rather not be in the meeting on Friday.\n\nBest,\nRiley"
    assert _types("Meeting", text) == set()
