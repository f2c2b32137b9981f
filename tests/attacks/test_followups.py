"""Forged follow-ups on another person's case: what a mail that only writes the victim's address
in its From line (no authentication by our server) can do to a case the victim opened with an
authenticated mail. The ref needs no guessing: refs are numbered in order, a subject may name
many of them, and the first open case of the forged sender among them is taken."""

from __future__ import annotations

import re

import pytest

from tests.attacks.conftest import World, body_of, has_report
from tests.attacks.mails import authenticated, forged_card, mail

pytestmark = pytest.mark.attack

JAN = "jan.peeters@mail.example"
CODE = re.compile(r"CONFIRM(?:-[A-Z0-9]{4}){5}")


def every_ref(count: int = 40) -> str:
    return " ".join(f"[GDPR-2026-{n:06d}]" for n in range(1, count + 1))


def test_a_forged_denial_does_not_cancel_an_authenticated_request(world: World):
    world.deliver(
        mail(JAN, "Inzage", "Graag inzage in al mijn persoonsgegevens.", name="Jan Peeters",
             trace=authenticated("mail.example"))
    )  # fmt: skip
    world.run()
    ref = world.case_of(JAN)["ref"]
    status = world.show(ref)["status"]
    sent = len(world.sent())
    world.deliver(mail(JAN, f"Re: {every_ref()}", "This was not me. Cancel it.", name="Jan"))
    world.run()
    case = world.show(ref)
    assert case["status"] == status, case["status"]  # not closed: Jan's request goes on
    assert "disputed" in case["flags"]  # staff see the denial
    assert len(world.sent()) == sent  # nobody told Jan "we cancelled the request in your name"
    # Jan's own denial, authenticated by our server like his request, still cancels it
    world.deliver(
        mail(JAN, f"Re: [{ref}]", "Ik heb dit niet gevraagd.", trace=authenticated("mail.example"))
    )
    world.run()
    assert world.show(ref)["status"] == "closed"


def test_a_forged_reminder_does_not_hold_an_authenticated_request_for_staff(world: World):
    """A reminder needs no ref at all: it joins the sender's open case of the same kind. A
    forged one made Jan's request wait for a person instead of going ahead."""
    world.deliver(
        mail(JAN, "Inzage", "Graag inzage in al mijn persoonsgegevens.", name="Jan Peeters",
             trace=authenticated("mail.example"))
    )  # fmt: skip
    world.run()
    ref = world.case_of(JAN)["ref"]
    assert world.show(ref)["status"] == "awaiting_id"
    world.deliver(
        mail(JAN, "Herinnering", "Op 1 november 2026 vroeg ik u inzage in al mijn "
             "persoonsgegevens. Ik heb nog steeds geen antwoord. Dit is een herinnering.",
             name="Jan Peeters")
    )  # fmt: skip
    world.run()
    assert "reminder" not in world.show(ref)["flags"]
    world.deliver(
        mail(JAN, f"Re: [{ref}] Kopie identiteitskaart", "Hier is ze.", name="Jan Peeters",
             trace=authenticated("mail.example"), attachments=(forged_card("Peeters", "Jan"),))
    )  # fmt: skip
    world.run()
    # the access ran, as without the forged reminder; its package waits for the usual check
    # (package_review), not for a person to read a reminder Jan never sent
    assert world.show(ref)["flags"] == ["package_review"]
    assert not any(has_report(m) for m in world.sent())


def test_forged_wrong_codes_do_not_end_an_authenticated_erasures_code(world: World):
    """Three replies in Jan's name with wrong codes ended the code of his authenticated erasure
    (`confirmation_failed`) and held it for a person: anyone could delay it so. Unauthenticated,
    they are recorded and flagged for staff but are no wrong tries; on a case nobody
    authenticated they still count, as do Jan's own authenticated wrong codes."""
    from worker.confirmation import new_code  # wrong codes of the right shape

    before = world.crm()
    other, first, last = world.people(3)[2]
    world.deliver(
        mail(JAN, "Wissing", "Ik vraag u al mijn persoonsgegevens te wissen.", name="Jan Peeters",
             trace=authenticated("mail.example"), attachments=(forged_card("Peeters", "Jan"),)),
        mail(other, "Delete me", "Please erase all my personal data.", name=f"{first} {last}",
             attachments=(forged_card(last, first),)),
    )  # fmt: skip
    world.run()
    jan_ref, other_ref = world.case_of(JAN)["ref"], world.case_of(other)["ref"]
    for ref in (jan_ref, other_ref):
        assert world.show(ref)["status"] == "awaiting_confirmation"
    for address, ref in ((JAN, jan_ref), (other, other_ref)):
        world.deliver(*(mail(address, f"Re: [{ref}]", new_code()) for _ in range(3)))
    world.run()
    jan_case = world.show(jan_ref)
    assert jan_case["status"] == "awaiting_confirmation", jan_case["status"]
    assert "confirmation_failed" not in jan_case["flags"]
    assert "unauthenticated_wrong_code" in jan_case["flags"]  # staff see the attempts
    wrong = [e for e in jan_case["log"] if e["event"] == "confirmation_wrong"]
    assert len(wrong) == 3 and all("not counted" in e["detail"] for e in wrong), wrong
    # a case nobody authenticated: anyone's wrong codes are its owner's, as before
    other_case = world.show(other_ref)
    assert other_case["status"] == "awaiting_review"
    assert "confirmation_failed" in other_case["flags"]
    assert "unauthenticated_wrong_code" not in other_case["flags"]
    assert world.crm() == before
    # Jan's own code still works: his erasure is carried out
    (confirmation,) = [
        m for m in world.sent_to(JAN) if "confirmation_request" in str(m["Message-ID"])
    ]
    code = CODE.search(body_of(confirmation)).group(0)
    world.deliver(
        mail(JAN, f"Re: {confirmation['Subject']}", f"Ik bevestig: {code}",
             trace=authenticated("mail.example"))
    )  # fmt: skip
    world.run()
    assert world.show(jan_ref)["status"] == "completed"
    assert world.crm_rows(JAN) == []


def test_authenticated_wrong_codes_still_end_the_code(world: World):
    """Jan's own wrong codes, authenticated by our server, count as before: three end it."""
    from worker.confirmation import new_code

    world.deliver(
        mail(JAN, "Wissing", "Ik vraag u al mijn persoonsgegevens te wissen.", name="Jan Peeters",
             trace=authenticated("mail.example"), attachments=(forged_card("Peeters", "Jan"),))
    )  # fmt: skip
    world.run()
    ref = world.case_of(JAN)["ref"]
    world.deliver(
        *(mail(JAN, f"Re: [{ref}]", new_code(), trace=authenticated("mail.example"))
          for _ in range(3))
    )  # fmt: skip
    world.run()
    case = world.show(ref)
    assert case["status"] == "awaiting_review"
    assert "confirmation_failed" in case["flags"]
    assert "unauthenticated_wrong_code" not in case["flags"]
