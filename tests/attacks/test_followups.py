"""Forged follow-ups on another person's case: what a mail that only writes the victim's address
in its From line (no authentication by our server) can do to a case the victim opened with an
authenticated mail. The ref needs no guessing: refs are numbered in order, a subject may name
many of them, and the first open case of the forged sender among them is taken."""

from __future__ import annotations

import pytest

from tests.attacks.conftest import World, has_report
from tests.attacks.mails import authenticated, forged_card, mail

pytestmark = pytest.mark.attack

JAN = "jan.peeters@mail.example"


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
