"""Round 9 (English): classes of wording read from blind20, one made-up mail per class."""

from worker.classify import classify
from worker.domain import RequestType as T


def _types(subject: str, text: str) -> set[T]:
    return set(classify(subject, text).request_types)


def test_profiling_named_as_the_topic_of_a_question_is_no_objection() -> None:
    # a subject naming profiling as what the question is about, and art. 15(1)(h) asked
    types = _types(
        "Automated decision-making query",
        "Good morning, I'd like to find out whether you use my loyalty card history to make "
        "automated decisions about me.",
    )
    assert types == {T.ACCESS}


def test_the_logic_of_automated_decisions_asked_is_access() -> None:
    types = _types(
        "Scoring",
        "Hello, could you confirm if your systems give me a credit score, and which logic "
        "applies to my case?",
    )
    assert T.ACCESS in types
    assert T.OBJECTION not in types


def test_my_data_still_wanted_is_access() -> None:
    types = _types(
        "Still waiting",
        "Hi, weeks have passed since my last mail and nothing has arrived. I still need my "
        "personal information.",
    )
    assert T.ACCESS in types


def test_a_setting_on_my_record_changed_to_a_value_is_rectification() -> None:
    types = _types(
        "Wrong salutation",
        "Hello, your letters call me Mr. Please update the salutation in my customer file to Ms.",
    )
    assert types == {T.RECTIFICATION}


def test_the_value_my_record_must_hold_is_rectification() -> None:
    types = _types(
        "Invoices",
        "Hi, for the next invoices please ensure my billing address is 12 Mill Lane, Leeds.",
    )
    assert types == {T.RECTIFICATION}


def test_an_old_or_duplicate_account_let_go_is_erasure() -> None:
    types = _types(
        "Two customer numbers",
        "Hello, I registered twice by mistake. Please keep the newest one; the older account "
        "may be deleted.",
    )
    assert T.ERASURE in types


def test_an_event_invitation_is_no_request() -> None:
    types = _types(
        "Workshop: data subject rights in practice",
        "Dear colleague, join us at our Ghent office on 4 March for a workshop on the right to "
        "erasure, access requests and objections to direct marketing. Places are limited, so "
        "register now. To stop receiving these invitations, unsubscribe at the bottom.",
    )
    assert types == set()


def test_a_colleagues_question_how_we_handle_a_request_is_no_request() -> None:
    types = _types(
        "Question from the Ghent shop",
        "Hi team, a customer in the shop asked the cashier what data we keep on her. How should "
        "we deal with such a subject access request, and who checks her identity? She has not "
        "written to us.",
    )
    assert types == set()


def test_what_the_writer_asks_after_a_quoted_complaint_copy_is_asked_of_us() -> None:
    reading = classify(
        "Copy of my complaint to the ICO",
        "Dear Sir or Madam,\n\nBelow is a copy of the complaint I filed with the ICO today.\n\n"
        '"I asked Alsico for a copy of my data on 2 March 2026 and got no answer. I ask the '
        'ICO to investigate."\n\nI still want my data.\n\nPeter Grant',
    )
    assert set(reading.request_types) == {T.ACCESS, T.COMPLAINT}
    assert reading.authority_complaint
