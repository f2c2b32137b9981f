"""Whether our mail server authenticated each mail of a case's thread: staff weigh what a reply
says by it (a denial or a wrong code in a reply it did not authenticate, on a case it did, stops
nothing: docs/proof.md). Intake records it on each mail's event; the case page shows it as a
badge (the case object's thread, `cases show --json` and /api/cases/REF, keeps exactly the
fields INTERFACE.md names)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.attacks.mails import OURS, authenticated, mail
from worker.intake import Source

pytestmark = pytest.mark.integration

JAN = "jan.peeters@mail.example"


def test_the_thread_says_which_mails_our_server_authenticated(serve):
    served = serve(GDPR_TRUSTED_AUTHSERV_ID=OURS)

    def take(n: int, raw: bytes) -> str:
        outcome = served.app.intake(raw, Source(f"thread-auth-{n}", datetime.now(UTC)))
        assert outcome.case_ref
        return outcome.case_ref

    ref = take(1, mail(JAN, "Inzage", "Graag inzage in al mijn persoonsgegevens.",
                       name="Jan Peeters", trace=authenticated("mail.example")))  # fmt: skip
    assert take(2, mail(JAN, f"Re: [{ref}]", "Een vraag zonder handtekening.")) == ref
    assert take(3, mail(JAN, f"Re: [{ref}]", "Een vraag, geauthenticeerd.",
                        trace=authenticated("mail.example"))) == ref  # fmt: skip
    client = served.logged_in()

    # INTERFACE.md's thread keeps exactly its fields: the badge is the console's own
    thread = client.get(f"/api/cases/{ref}").json()["thread"]
    assert [m["kind"] for m in thread if m["direction"] == "in"] == [
        "request", "follow_up", "follow_up",
    ]  # fmt: skip
    assert all(set(m) == {"message_id", "direction", "kind", "at", "subject", "text"}
               for m in thread)  # fmt: skip

    page = client.get(f"/cases/{ref}").text
    thread_html = page[page.index("<h2>Thread</h2>") : page.index("<h2>Log</h2>")]
    headings = re.findall(r"<h3>From the requester[^\n]*</h3>", thread_html)
    badges = [re.search(r'class="badge sender-(\w+)"[^>]*>([^<]+)<', h) for h in headings]
    assert [(b.group(1), b.group(2)) for b in badges if b] == [
        ("authenticated", "authenticated"),
        ("unauthenticated", "not authenticated"),
        ("authenticated", "authenticated"),
    ], headings
