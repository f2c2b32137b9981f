"""Round 14 (English, blind24): a name told to introduce oneself is no correction; an account
kept to go on using it is no restriction; a request only supposed in a question about how a right
works, and a question about the law with anyone as its subject, ask for nothing; a policy set
aside ("whatever your policy says, please delete …") leaves the erasure asked; what an access
answer left out, asked for after it; a record entry still holding an old value, replaced."""

from worker.classify.reader import read
from worker.domain import RequestType as T


def _types(subject: str, text: str) -> set[T]:
    return set(read(subject, text).classification.request_types)


# a name told bare introduces the writer


def test_name_told_to_introduce_oneself_is_no_rectification() -> None:
    text = (
        "Good morning,\n\nMy name is Hannah Berg and I drive for a courier firm that rents "
        "your high-vis vests. Please stop using my data for the fines until the matter is "
        "sorted out.\n\nHannah"
    )
    assert _types("Vests", text) == {T.RESTRICTION}


def test_surname_introduction_with_a_question_is_nothing() -> None:
    text = "Hi, my surname is Okafor, I ordered two pairs of boots last week. When will they ship?"
    assert _types("Boots", text) == set()


def test_name_told_as_the_right_one_is_still_rectification() -> None:
    assert T.RECTIFICATION in _types("Name", "Hello,\n\nMy correct surname is Van Damme.\n\nLuc")
    assert T.RECTIFICATION in _types("Name", "Hello,\n\nMy name is now Lucy Ward.\n\nLucy")
    assert T.RECTIFICATION in _types(
        "Name", "Hello,\n\nMy name is Janssens, not Jansens as in your letters.\n\nEls"
    )


# an account kept to go on using it


def test_account_kept_for_later_use_is_no_restriction() -> None:
    text = (
        "Please keep my customer account, do not delete it. We order boots every autumn "
        "and I will log in again in October.\n\nBest,\nDara"
    )
    assert T.RESTRICTION not in _types("Re: Your account will be deleted", text)


def test_subscription_kept_is_no_restriction() -> None:
    text = "Hi, keep my subscription active and don't remove it, I still read every issue. Jo"
    assert T.RESTRICTION not in _types("Subscription", text)


def test_account_kept_as_proof_is_still_a_hold() -> None:
    text = (
        "Please keep my account and do not delete it until the dispute about the refund is "
        "settled, I need the order history as evidence.\n\nDara"
    )
    assert T.RESTRICTION in _types("Account", text)


# a request only supposed, in a question about how the right works


def test_supposed_access_request_in_a_question_is_nothing() -> None:
    text = (
        "Hello,\n\nIf I request a copy of my personal data, do I have to pay for it, and how "
        "many weeks does it take?\n\nThanks,\nNoor"
    )
    assert _types("A question", text) == set()


def test_supposed_erasure_in_a_question_is_nothing() -> None:
    text = "Hi,\n\nWhat happens if I ask you to erase all my data, do I lose my warranty?\n\nKai"
    assert _types("Warranty", text) == set()


def test_polite_if_i_may_ask_still_asks() -> None:
    text = "Hello,\n\nIf I may ask, please send me a copy of all my personal data.\n\nNoor"
    assert _types("Copy", text) == {T.ACCESS}


# a question about the law, anyone as its subject


def test_question_whether_a_customer_can_object_is_nothing() -> None:
    text = (
        "Dear team,\n\nIs it true that customers can object to direct marketing whenever "
        "they want, without giving a reason? We discussed it at work.\n\nRegards,\nMina"
    )
    assert _types("Question about the right to object", text) == set()


def test_question_can_people_ask_for_a_copy_is_nothing() -> None:
    text = "Hi,\n\nCan people ask for a copy of their file from any company? Just curious.\n\nBo"
    assert _types("Curious", text) == set()


def test_own_objection_beside_the_question_still_counts() -> None:
    text = (
        "Hello,\n\nIs it correct that a customer can object to direct marketing at any time? "
        "Then I object to all direct marketing by post.\n\nMina"
    )
    assert T.OBJECTION in _types("Question about objection", text)


# a policy set aside by the writer


def test_erasure_asked_whatever_the_policy_says() -> None:
    text = (
        "Hi,\n\nI stopped working at the Gent depot last year. Whatever your privacy policy "
        "says, please remove my picture and my name from the staff page now.\n\nAna"
    )
    assert _types("Staff page", text) == {T.ERASURE}


def test_policy_described_still_asks_nothing() -> None:
    text = "Hi,\n\nYour privacy policy says data are deleted after two years.\n\nAna"
    assert _types("Policy", text) == set()


# what an access answer left out


def test_part_left_out_of_an_access_answer_is_asked_for() -> None:
    text = (
        "Hello,\n\nThanks for the export. It doesn't include the comments your driver wrote "
        "about me in the delivery app. Please send those too.\n\nIvo"
    )
    assert _types("Re: Your data request", text) == {T.ACCESS}


def test_invoice_left_out_of_a_parcel_is_no_access() -> None:
    text = (
        "Hello,\n\nThanks for the parcel, I got the data cable. The box did not include my "
        "invoice, please send it by e-mail.\n\nIvo"
    )
    assert T.ACCESS not in _types("Order 5521", text)


# a record entry still holding an old value, replaced


def test_entry_still_holding_an_old_value_replaced_is_rectification() -> None:
    text = (
        "Hi,\n\nMy next of kin on the payroll file is still my late mother. Please change it "
        "to my partner, Robin Hale.\n\nThanks,\nAlex"
    )
    assert _types("Payroll file", text) == {T.RECTIFICATION}


def test_goods_replaced_are_no_rectification() -> None:
    text = (
        "Hi,\n\nMy site is still waiting for the order. One of the jackets is torn, please "
        "replace it with a new one.\n\nAlex"
    )
    assert T.RECTIFICATION not in _types("Jackets", text)
