"""A request about another person (a son writes "on behalf of my mother"), end to end through
`gdpr-worker run --once` and the staff command line, on SQLite and on PostgreSQL: a forged
mandate and one staff click must never erase anyone's data. The data subject's own mailbox
confirms (their reply, the code in their own new text); the sender's code, reply or "yes"
count for nothing; the data subject's "no" cancels; without their address nothing goes ahead.
(docs/proof.md, "Another person's data".)"""

from __future__ import annotations

import pytest

from tests.attacks import mails
from tests.attacks.conftest import World, body_of
from tests.attacks.mails import authenticated, forged_card, mail
from tests.attacks.test_forgeries import CODE

pytestmark = pytest.mark.attack

SON = "pieter.janssens@mail.example"


def asks_for_his_mother(world: World) -> tuple[str, str, str]:
    """The son asks erasure of his mother's data (his own mail authenticated by our server:
    that proves who he is, not that she wants it). Returns (ref, her address, her name)."""
    mother, first, last = world.people(3)[2]
    world.deliver(
        mail(
            SON,
            "Verzoek tot wissing namens mijn moeder",
            f"Geachte,\n\nIk schrijf namens mijn moeder, {first} {last}. Zij vraagt u al haar "
            "persoonsgegevens te wissen.\n\nMet vriendelijke groeten,\nPieter Janssens",
            name="Pieter Janssens",
            trace=authenticated("mail.example"),
        )
    )
    world.run()
    case = world.case_of(SON)
    assert "erasure" in case["request_types"], case
    assert "on_behalf" in case["flags"], case
    assert case["status"] == "awaiting_review", case
    return case["ref"], mother, f"{first} {last}"


def confirmation_to(world: World, address: str):
    (message,) = [
        m for m in world.sent_to(address) if "confirmation_request" in str(m["Message-ID"])
    ]
    return message, CODE.search(body_of(message)).group(0)


def her_reply(address: str, confirmation, code: str) -> bytes:  # noqa: ANN001
    """An Outlook reply with the code typed above the quoted confirmation."""
    return mails.outlook_reply_code_on_top(address, confirmation, body_of(confirmation), code)


@pytest.fixture
def mother_asked(world: World) -> tuple[World, str, str, object, str, str]:
    """Staff set the mother as the data subject, with her address, and approve (the mandate
    looked right): the confirmation goes to her, nothing is erased yet."""
    before = world.crm()
    ref, mother, name = asks_for_his_mother(world)
    world.cli.run("cases", "subject", ref, "--name", name, "--email", mother)
    world.cli.run("cases", "approve", ref)
    case = world.show(ref)
    assert case["status"] == "awaiting_confirmation", case
    assert world.crm() == before  # one click erased nothing
    confirmation, code = confirmation_to(world, mother)
    assert not [m for m in world.sent_to(SON) if "confirmation_request" in str(m["Message-ID"])]
    text = body_of(confirmation)
    assert "Pieter Janssens" in text and name in text  # who asked, for whom
    assert '"nee"' in text  # and how to say no
    return world, ref, mother, confirmation, code, before


def test_the_sons_request_and_one_approval_erase_nothing_and_ask_his_mother(mother_asked):
    world, ref, mother, _, _, before = mother_asked
    log = world.show(ref)["log"]
    assert not [e for e in log if e["event"] == "right_done" and "erasure" in e["detail"]]
    assert any(e["event"] == "confirmation_asked" and "data subject" in e["detail"] for e in log)
    assert world.crm_rows(mother) != []
    assert world.crm() == before


def test_the_code_from_the_sons_address_confirms_nothing(mother_asked):
    world, ref, mother, confirmation, code, before = mother_asked
    world.deliver(
        mail(
            SON,
            f"Re: {confirmation['Subject']}",
            f"Mijn moeder geeft akkoord: {code}",
            headers=mails.reply_headers(confirmation),
            trace=authenticated("mail.example"),
        )
    )
    world.run()
    case = world.show(ref)
    assert case["status"] == "awaiting_confirmation", case
    assert world.crm() == before
    assert not [e for e in case["log"] if e["event"] == "mailbox_confirmed"]
    # the mother's own reply still works afterwards: the son's try used nothing up
    world.deliver(her_reply(mother, confirmation, code))
    world.run()
    assert world.show(ref)["status"] == "completed"
    assert world.crm_rows(mother) == []


def test_the_mothers_own_reply_with_the_code_erases_her_data(mother_asked):
    world, ref, mother, confirmation, code, _ = mother_asked
    world.deliver(her_reply(mother, confirmation, code))
    world.run()
    case = world.show(ref)
    assert case["status"] == "completed", case
    assert world.crm_rows(mother) == []
    (done,) = [e for e in case["log"] if e["event"] == "right_done" and "erasure" in e["detail"]]
    # the event names the proof it rested on: hers and a person's, not the son's
    assert "mailbox_confirmation + staff_approval" in done["detail"]
    assert "sender authentication" not in done["detail"]


def test_the_code_only_in_the_mothers_quoted_text_confirms_nothing(mother_asked):
    world, ref, mother, confirmation, _, before = mother_asked
    world.deliver(mails.code_in_quote(mother, confirmation, body_of(confirmation)))
    world.run()
    assert world.show(ref)["status"] == "awaiting_confirmation"
    assert world.crm() == before


def test_the_mothers_no_cancels_and_flags_the_case(mother_asked):
    world, ref, mother, confirmation, _, before = mother_asked
    world.deliver(mails.gmail_denial(mother, confirmation, body_of(confirmation)))
    world.run()
    case = world.show(ref)
    assert case["status"] == "closed", case
    assert "disputed" in case["flags"]
    assert world.crm() == before


def test_the_mother_confirms_before_staff_approve_still_waits_for_a_person(world: World):
    before = world.crm()
    ref, mother, name = asks_for_his_mother(world)
    world.cli.run("cases", "subject", ref, "--name", name, "--email", mother)
    confirmation, code = confirmation_to(world, mother)  # sent when staff set her address
    assert world.show(ref)["status"] == "awaiting_review"
    world.deliver(her_reply(mother, confirmation, code))
    world.run()
    case = world.show(ref)
    assert case["status"] == "awaiting_review", case  # the mandate is not checked yet
    assert world.crm() == before
    world.cli.run("cases", "approve", ref)
    assert world.show(ref)["status"] == "completed"
    assert world.crm_rows(mother) == []


def test_a_code_sent_to_the_son_before_the_mother_was_set_stops_working(world: World):
    """The son asked for his own erasure; staff then read it as his mother's: his code, even
    from his own mailbox, proves nothing about her."""
    before = world.crm()
    mother, first, last = world.people(3)[2]
    world.deliver(
        mail(SON, "Wissing", "Ik vraag u al mijn persoonsgegevens te wissen.",
             name="Pieter Janssens", trace=authenticated("mail.example"),
             attachments=(forged_card("Janssens", "Pieter"),))
    )  # fmt: skip
    world.run()
    ref = world.case_of(SON)["ref"]
    assert world.show(ref)["status"] == "awaiting_confirmation"
    his, his_code = confirmation_to(world, SON)
    world.cli.run("cases", "subject", ref, "--name", f"{first} {last}", "--email", mother)
    world.cli.run("cases", "approve", ref)
    world.deliver(mails.outlook_reply_code_on_top(SON, his, body_of(his), his_code))
    world.run()
    assert world.show(ref)["status"] == "awaiting_confirmation"
    assert world.crm() == before


def test_without_the_mothers_address_nothing_is_erased_and_staff_see_why(world: World):
    before = world.crm()
    ref, _, name = asks_for_his_mother(world)
    world.cli.run("cases", "subject", ref, "--name", name)
    refused = world.cli.run("cases", "approve", ref, check=False)
    assert refused.returncode != 0 and "--email" in refused.stderr
    case = world.show(ref)
    assert case["status"] == "awaiting_review"
    reason = "needs the data subject's confirmation: set their address with cases subject --email"
    assert any(reason in e["detail"] for e in case["log"])
    assert reason in world.cli.run("cases", "show", ref).stdout
    assert not [m for m in world.sent() if "confirmation_request" in str(m["Message-ID"])]
    world.run()
    assert world.show(ref)["status"] == "awaiting_review"
    assert world.crm() == before


def test_when_the_mothers_code_expires_the_son_is_told_she_did_not_confirm(mother_asked):
    """The clock's "not confirmed" notice goes to the son, who asked: it said "we asked you to
    confirm", but the code went to his mother. It says that the person whose data it is did not
    confirm."""
    from sqlalchemy import create_engine, text

    world, ref, mother, _, _, before = mother_asked
    url = world.cli.env.get("GDPR_DATABASE_URL") or (
        f"sqlite:///{world.cli.cwd / 'var' / 'gdpr.sqlite3'}"
    )
    engine = create_engine(url)
    with engine.begin() as conn:  # her code's days have passed
        conn.execute(text("UPDATE cases SET confirmation_expires_at = '2026-01-01 00:00:00+00:00'"))
    engine.dispose()
    world.run()
    assert world.show(ref)["status"] == "closed"
    assert world.crm() == before
    (notice,) = [m for m in world.sent_to(SON) if "zonder bevestiging" in str(m["Subject"])]
    said = " ".join(body_of(notice).split())
    assert "De persoon van wie de gegevens zijn, heeft niet binnen 14 dagen bevestigd" in said
    assert "We vroegen u om uw verzoek" not in said  # he was never asked
    assert not [m for m in world.sent_to(mother) if "zonder bevestiging" in str(m["Subject"])]
