"""The workplace's further decisions in a real browser (Debian's chromium, headless, through
Playwright), each end to end with what the requester receives through a real SMTP server
(aiosmtpd on loopback): correct the reading, set the data subject and the first receipt, merge a
duplicate, lift a restriction (the art. 18(3) notice first, then the demo CRM's flag undone),
download the evidence file, dismiss a quarantined mail; a viewer refused. Screenshots go to
$CONSOLE_SHOTS when set."""

from __future__ import annotations

import email
import io
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage

import pytest

from tests.browser.test_console_browser import browser, log_in, shoot  # noqa: F401 - fixture
from tests.e2e.conftest import Cli
from tests.e2e.test_console import serving
from tests.e2e.test_rights import JAN, OURS, REPO, send
from tests.integration.smtp_servers import SmtpServer

pytestmark = pytest.mark.integration

LIES = ("Lies Wouters", "lies.wouters@mail.example")
ELS = ("Els Maes", "els.maes@mail.example")
KOEN = ("Koen Claes", "koen.claes@mail.example")


def received(server: SmtpServer, to: str) -> list[EmailMessage]:
    return [
        email.message_from_bytes(r.content, policy=policy.default)
        for r in server.received
        if to in r.rcpt_tos
    ]


def text_of(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


@pytest.fixture
def world(cli: Cli) -> Iterator[tuple[Cli, SmtpServer, dict[str, str]]]:
    """Cases for every decision, their replies through aiosmtpd, and a viewer."""
    cli.env["GDPR_SOURCES"] = str(REPO / "config" / "sources.yaml")
    cli.env["GDPR_TRUSTED_AUTHSERV_ID"] = OURS
    with SmtpServer() as server:
        cli.env["GDPR_SMTP_URL"] = server.url()
        refs = {}
        # Jan's restriction, confirmed from his own mailbox: carried out
        send(cli, JAN, "Beperking", "Ik vraag de beperking van de verwerking van mijn "
             "persoonsgegevens (art. 18 AVG).", id_copy=True)  # fmt: skip
        (asked,) = [m for m in received(server, JAN[1]) if "CONFIRM-" in text_of(m)]
        code = re.search(r"CONFIRM(?:-[A-Z0-9]{4}){5}", text_of(asked)).group(0)
        send(cli, JAN, f"Re: {asked['subject']}", f"Ik bevestig: {code}",
             In_Reply_To=str(asked["message-id"]))  # fmt: skip
        refs["restriction"] = _ref_of(cli, JAN[1], "restriction")
        # Lies asks twice, the second time without a word of the first (a mail that says it
        # asked before is a reminder and is threaded onto the first case): a duplicate
        send(cli, LIES, "Mijn gegevens", "Ik wil graag weten welke gegevens u over mij bewaart.")
        send(cli, LIES, "Inzage",
             "Graag een overzicht van alle persoonsgegevens die u van mij hebt.")  # fmt: skip
        first, second = sorted(
            c["ref"] for c in cli.json("cases", "list") if c["requester"]["email"] == LIES[1]
        )
        refs["kept"], refs["duplicate"] = first, second
        # Els's question nobody could read as a request (no reply yet)
        send(cli, ELS, "Bestelling", "Wanneer wordt mijn bestelling van vorige week geleverd?",
             authenticated=False)  # fmt: skip
        refs["unread"] = _ref_of(cli, ELS[1], None)
        # Koen writes for his mother
        for_mother = (
            "Ik schrijf namens mijn moeder, Maria Claes. Zij wil inzage in al haar gegevens."
        )
        send(cli, KOEN, "Inzage voor mijn moeder", for_mother)
        refs["on_behalf"] = _ref_of(cli, KOEN[1], None)
        # a mail that could not be processed
        cli.deliver("q.Mq.b", b"From: undisclosed\r\nSubject: kapot\r\n\r\nbody")
        cli.run("run", "--once")
        cli.run("users", "add", "vera", "--role", "viewer", stdin="an officer's passphrase\n")
        with serving(cli) as web:
            yield cli, server, refs | {"base": web.base}


def _ref_of(cli: Cli, address: str, right: str | None) -> str:
    (ref,) = [
        c["ref"]
        for c in cli.json("cases", "list")
        if c["requester"]["email"] == address and (right is None or right in c["request_types"])
    ]
    return ref


def decide(page, base: str, ref: str, action: str, fields: dict[str, str], title: str,
           shot: str = "") -> None:  # noqa: ANN001  # fmt: skip
    """Fill the case page's form of `action`, see its confirmation page, confirm."""
    page.goto(f"{base}/cases/{ref}")
    form = f"form[action$='/{action}']"
    for name, value in fields.items():
        page.fill(f"{form} [name={name}]", value)
    page.click(f"{form} button[type=submit]")
    page.wait_for_url(f"**/cases/{ref}/{action}")
    assert page.locator("h1").inner_text().startswith(title), page.content()
    if shot:
        shoot(page, shot)
    page.click(f"button:text('{title}')")
    page.wait_for_url(f"**/cases/{ref}?done=*")


def test_each_decision_end_to_end_in_the_browser(browser, world):  # noqa: F811
    cli, server, refs = world
    base = refs["base"]
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    log_in(page, base, "an.staff")
    shoot(page, "console2-cases.png")

    # correct the reading: Els, who got only the short note to mail that is no request (no
    # deadline, the general contact), now gets the acknowledgement of what we read
    (note,) = received(server, ELS[1])
    assert "info@alsicohightech.com" in text_of(note) and "uiterlijk" not in text_of(note)
    decide(page, base, refs["unread"], "correct", {"types": "access"}, "Correct the reading")
    assert page.get_by_text("The reading is corrected").is_visible()
    (_, ack) = received(server, ELS[1])
    assert "inzage in uw persoonsgegevens" in text_of(ack)
    assert cli.json("cases", "show", refs["unread"])["status"] == "awaiting_id"

    # the data subject and the first receipt: the deadline runs from that day
    decide(page, base, refs["on_behalf"], "subject",
           {"name": "Maria Claes", "email": "maria.claes@mail.example", "received": "2026-11-20"},
           "Set the data subject")  # fmt: skip
    shown = cli.json("cases", "show", refs["on_behalf"])
    assert shown["deadline"] == "2026-12-20" and shown["status"] == "awaiting_review"
    assert "first received by the company on 2026-11-20" in page.content()
    shoot(page, "console2-case.png")

    # merge Lies's second mail into her first case: nobody is written to
    before = len(server.received)
    decide(page, base, refs["duplicate"], "merge",
           {"into": refs["kept"], "reason": "Twee keer dezelfde vraag."},
           f"Merge into {refs['kept']}")  # fmt: skip
    assert page.get_by_text(f"merged into {refs['kept']}").is_visible()
    shoot(page, "console2-merged.png")
    assert len(server.received) == before
    kept = cli.json("cases", "show", refs["kept"])
    assert any("Graag een overzicht" in m["text"] for m in kept["thread"])

    # lift Jan's restriction: the notice reaches him, then the CRM's flag is undone
    crm = cli.cwd / "var" / "demo-crm.sqlite3"

    def restricted() -> set[int]:
        with sqlite3.connect(crm) as db:
            return {r[0] for r in db.execute(
                "SELECT restricted FROM customers WHERE email = ?", (JAN[1],))}  # fmt: skip

    assert restricted() == {1}
    decide(page, base, refs["restriction"], "lift-restriction",
           {"reason": "Uw adres bleek juist: we hebben het nagekeken."}, "Lift the restriction",
           shot="console2-lift-confirm.png")  # fmt: skip
    (notice,) = [m for m in received(server, JAN[1]) if "staff_reply" in m["message-id"]]
    assert "We heffen de beperking" in str(notice["subject"])
    assert "bleek juist" in text_of(notice) and notice["Auto-Submitted"] is None
    assert restricted() == {0}
    assert page.get_by_text("lifted after the requester was told").is_visible()

    # the evidence file, downloaded
    page.goto(f"{base}/cases/{refs['restriction']}")
    with page.expect_download() as download:
        page.click("form[action$='/export'] button[type=submit]")
    content = open(download.value.path(), "rb").read()  # noqa: SIM115, PTH123
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        data = json.loads(z.read(f"{refs['restriction']}-evidence/case.json"))
    assert data["made_by"] == "staff:an.staff"
    assert any(d["event"] == "restriction_lifted" for d in data["decisions"])
    assert any("bleek juist" in n["text"] for n in data["internal_notes"])  # the reason
    assert code_free(content)

    # dismiss the quarantined mail
    page.goto(f"{base}/quarantine")
    page.fill("form[action$='/dismiss'] input[name=reason]", "Kapotte testmail.")
    page.click("button:text('Dismiss…')")
    page.click("button:text('Dismiss the mail')")
    page.wait_for_url("**/quarantine?done=dismissed")
    assert cli.json("quarantine", "list") == []

    logs = [cli.json("cases", "show", r)["log"] for r in refs.values() if r.startswith("GDPR-")]
    actors = {e["actor"] for log in logs for e in log if e["actor"].startswith("staff:")}
    assert actors == {"staff:an.staff"}
    context.close()


def code_free(zipped: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    return re.search(rb"CONFIRM(?:-[A-Z0-9]{4}){5}", everything) is None


def test_a_viewer_sees_no_decision_and_is_refused_one(browser, world):  # noqa: F811
    cli, _server, refs = world
    base = refs["base"]
    context = browser.new_context()
    page = context.new_page()
    log_in(page, base, "vera")
    page.goto(f"{base}/cases/{refs['restriction']}")
    for action in ("lift-restriction", "export", "correct", "subject", "merge"):
        assert page.locator(f"form[action$='/{action}']").count() == 0, action
    token = page.locator("input[name=token]").first.get_attribute("value")
    with page.expect_response(f"**/cases/{refs['restriction']}/lift-restriction") as answer:
        page.evaluate(
            """([ref, token]) => {
                const f = document.createElement("form");
                f.method = "post"; f.action = `/cases/${ref}/lift-restriction`;
                for (const [k, v] of [["token", token], ["reason", "x"], ["confirmed", "yes"]]) {
                    const i = document.createElement("input"); i.name = k; i.value = v;
                    f.appendChild(i);
                }
                document.body.appendChild(f); f.submit();
            }""",
            [refs["restriction"], token],
        )
    assert answer.value.status == 403
    log = cli.json("cases", "show", refs["restriction"])["log"]
    assert "restriction_lift_announced" not in [e["event"] for e in log]
    context.close()
