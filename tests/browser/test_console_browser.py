"""The console in a real browser: Debian's chromium, headless, driven by Playwright (with its
executable path: browser downloads are impossible here). An officer logs in, finds the case in
the list, reads the requester's mail in the thread and writes back (the requester receives it);
a viewer reads but is refused an action; a page reached under a foreign host name (DNS
rebinding) gets nothing; a form posted from another site is refused; an oversized body is
refused before it is read. Screenshots go to $CONSOLE_SHOTS when set."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from playwright import sync_api as playwright

from tests.e2e.conftest import Cli
from tests.e2e.test_console import PASSWORD, serving

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP attacker.example 127.0.0.1",  # a rebinding attacker's name
]
REQUEST = (
    "Goedemiddag,\n\nIk wil graag weten welke gegevens u over mij bewaart.\n"
    "Vooral over mijn bestellingen van vorig jaar.\n\nMet vriendelijke groet,\nLies Wouters"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed (scripts/test installs it)"
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def served(cli: Cli) -> Iterator[tuple[Cli, object, str]]:
    msg = EmailMessage()
    msg["From"] = "Lies Wouters <lies.wouters@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Mijn gegevens"
    msg["Message-ID"] = "<browser-1@mail.example>"
    msg.set_content(REQUEST)
    cli.deliver("1.M1.b", msg.as_bytes())
    cli.run("run", "--once")
    (case,) = cli.json("cases", "list")
    cli.run("users", "add", "vera", "--role", "viewer", stdin=PASSWORD + "\n")
    with serving(cli) as web:
        yield cli, web, case["ref"]


def log_in(page, base: str, user: str) -> None:  # noqa: ANN001
    page.goto(f"{base}/cases")
    assert page.url.endswith("/login")  # no session: to the login page
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/cases")


def shoot(page, name: str) -> None:  # noqa: ANN001
    target = os.environ.get("CONSOLE_SHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(target) / name), full_page=True)


def test_an_officer_logs_in_reads_the_thread_and_writes_to_the_requester(browser, served):
    cli, web, ref = served
    context = browser.new_context()
    page = context.new_page()
    log_in(page, web.base, "an.staff")
    assert page.locator(f"a:text('{ref}')").count() == 1
    assert page.get_by_text("an.staff (officer)").is_visible()
    shoot(page, "console-cases.png")

    page.click(f"a:text('{ref}')")
    mail = page.locator("article.mail.in").first
    assert "Vooral over mijn bestellingen van vorig jaar." in mail.inner_text()  # what she wrote
    # whether our mail server authenticated it (none is trusted here)
    assert mail.locator(".badge").inner_text() == "not authenticated"
    assert page.locator("article.mail.out").count() >= 1  # our acknowledgement, with its text
    assert "delivery: sent" in page.locator("article.mail.out").first.inner_text()
    shoot(page, "console-case.png")

    reply = "form[action$='/reply'] textarea[name=text]"
    page.fill(reply, "Over welke bestellingen gaat het?\n- 2025\n- 2026")
    page.click("form[action$='/reply'] button[type=submit]")
    page.wait_for_url(f"**/cases/{ref}/reply")
    # first a preview of the mail as the requester will get it; nothing is sent yet
    preview = page.locator("article.mail.out pre").inner_text()
    assert "Geachte Lies Wouters" in preview and "gaat het?\n- 2025\n- 2026\n" in preview
    assert not list(cli.outbox.glob(f"{ref}-*staff_reply.eml"))
    shoot(page, "console-confirm-reply.png")
    page.click("button:text('Send the message')")
    page.wait_for_url(f"**/cases/{ref}?done=replied")
    assert page.get_by_text("Your message is on its way").is_visible()
    (sent,) = cli.outbox.glob(f"{ref}-*staff_reply.eml")
    received = message_from_bytes(sent.read_bytes(), policy=policy.default)
    assert "Over welke bestellingen gaat het?\n- 2025\n- 2026\n" in received.get_content()
    assert received["Auto-Submitted"] is None  # a person wrote it
    log = cli.json("cases", "show", ref)["log"]
    (written,) = [e for e in log if e["event"] == "reply_written" and e["actor"] != "system"]
    assert written["actor"] == "staff:an.staff"
    context.close()


def test_a_viewer_reads_but_is_refused_an_action(browser, served):
    cli, web, ref = served
    context = browser.new_context()
    page = context.new_page()
    log_in(page, web.base, "vera")
    page.goto(f"{web.base}/cases/{ref}")
    assert "Ik wil graag weten welke gegevens" in page.content()
    assert page.locator("textarea[name=text]").count() == 0  # no forms to act with
    token = page.locator("input[name=token]").first.get_attribute("value")
    # the viewer's browser posts an officer's form anyway (the page's CSP allows forms to
    # the console itself, and no fetch at all)
    with page.expect_response(f"**/cases/{ref}/reply") as answer:
        page.evaluate(
            """([ref, token]) => {
                const f = document.createElement("form");
                f.method = "post"; f.action = `/cases/${ref}/reply`;
                for (const [k, v] of [["token", token], ["text", "hallo"]]) {
                    const i = document.createElement("input"); i.name = k; i.value = v;
                    f.appendChild(i);
                }
                document.body.appendChild(f); f.submit();
            }""",
            [ref, token],
        )
    assert answer.value.status == 403
    assert "only an officer acts" in answer.value.text()
    assert not list(cli.outbox.glob(f"{ref}-*staff_reply.eml"))
    context.close()


def test_a_foreign_host_name_gets_nothing(browser, served):
    _, web, _ = served
    context = browser.new_context()
    page = context.new_page()
    answer = page.goto(f"http://attacker.example:{web.port}/api/cases")
    assert answer.status == 400 and "lies.wouters" not in page.content()
    answer = page.goto(f"http://attacker.example:{web.port}/login")
    assert answer.status == 400
    context.close()


@pytest.fixture
def attacker_site(tmp_path: Path) -> Iterator[str]:
    """Another origin (localhost on another port) serving whatever page the test writes."""
    root = tmp_path / "site"
    root.mkdir()
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(root))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_address[1]}", root
    server.shutdown()


def test_a_form_posted_from_another_site_is_refused(browser, served, attacker_site):
    cli, web, ref = served
    site, root = attacker_site
    context = browser.new_context()
    page = context.new_page()
    log_in(page, web.base, "an.staff")  # the officer is logged in in this browser
    page.goto(f"{web.base}/cases/{ref}")
    token = page.locator("input[name=token]").first.get_attribute("value")
    (root / "index.html").write_text(
        f"""<form id=f method=post action="{web.base}/cases/{ref}/extend">
        <input name=token value="{token}"><input name=reason value="pwned"></form>
        <script>document.getElementById("f").submit()</script>"""
    )
    with page.expect_navigation(url=f"{web.base}/cases/{ref}/extend"):
        page.goto(f"{site}/index.html")
    assert "Refused: a cross-site request" in page.content()
    assert not any(e["event"] == "deadline_extended" for e in cli.json("cases", "show", ref)["log"])
    context.close()


def test_an_oversized_body_is_refused_before_it_is_read(browser, served):
    cli, web, ref = served
    context = browser.new_context()
    page = context.new_page()
    log_in(page, web.base, "an.staff")
    page.goto(f"{web.base}/cases/{ref}")
    # over the default 256 KiB
    page.fill("form[action$='/reply'] textarea[name=text]", "x" * 400_000)
    with page.expect_response(f"**/cases/{ref}/reply") as answer:
        page.click("form[action$='/reply'] button[type=submit]")
    assert answer.value.status == 413
    assert "larger than 262144 bytes" in answer.value.text()  # by its length, unread
    assert not list(cli.outbox.glob(f"{ref}-*staff_reply.eml"))
    context.close()


def test_chromium_is_the_debian_one():
    assert shutil.which("chromium") == CHROMIUM
