"""The console's door, over real HTTP (uvicorn on loopback, httpx): without a session nothing but
the login page; sessions with an idle and an absolute end and their own form token; officers
act, viewers read; a lockout after repeated failures; the Host allow-list; same-origin actions;
bounded bodies; single sign-on through a trusted proxy's header."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, update

from tests.console.conftest import PASSWORDS, form_token
from worker.console.users import add_user, set_disabled
from worker.intake import Source
from worker.store.db import transaction
from worker.store.models import ConsoleSession, Event, utcnow

pytestmark = pytest.mark.integration


def events_by(app, actor_prefix: str) -> list[Event]:  # noqa: ANN001
    with transaction(app.sessions) as session:
        return list(session.scalars(select(Event).where(Event.actor.startswith(actor_prefix))))


# --- no session -----------------------------------------------------------------------------------


def test_without_a_session_only_the_login_page_answers(serve):
    served = serve()
    ref = served.open_case()
    with served.client() as c:
        assert c.get("/login").status_code == 200
        for page in ("/", "/cases", f"/cases/{ref}", "/quarantine"):
            answer = c.get(page)
            assert (answer.status_code, answer.headers["location"]) == (303, "/login"), page
        for api in ("/api/cases", f"/api/cases/{ref}", "/api/messages", "/api/quarantine"):
            answer = c.get(api)
            assert answer.status_code == 401 and ref not in answer.text, api
        answer = c.post(f"/cases/{ref}/approve", data={"token": "x"})
        assert answer.status_code == 401
    assert not events_by(served.app, "staff:")


def test_login_sets_an_httponly_strict_session_cookie_and_a_wrong_password_sets_none(serve):
    served = serve()
    with served.client() as c:
        wrong = c.post("/login", data={"username": "anna", "password": "not it at all"})
        assert wrong.status_code == 401 and "set-cookie" not in wrong.headers
        assert "Wrong name or password" in wrong.text
        unknown = c.post("/login", data={"username": "nobody", "password": "whatever1"})
        assert unknown.status_code == 401 and "Wrong name or password" in unknown.text

        ok = c.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
        assert (ok.status_code, ok.headers["location"]) == (303, "/cases")
        cookie = ok.headers["set-cookie"]
        assert cookie.startswith("gdpr_console=")
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert "Secure" not in cookie  # plain http on loopback
        page = c.get("/cases")
        assert page.status_code == 200 and "anna (officer)" in page.text
        assert c.get("/api/cases").status_code == 200


def test_the_cookie_is_secure_behind_a_trusted_tls_proxy_only(serve):
    served = serve(GDPR_CONSOLE_TRUSTED_PROXIES="127.0.0.2")
    login = {"username": "anna", "password": PASSWORDS["anna"]}
    https = {"X-Forwarded-Proto": "https"}
    with served.client("127.0.0.2") as c:
        cookie = c.post("/login", data=login, headers=https).headers["set-cookie"]
        assert cookie.startswith("__Host-gdpr_console=") and "Secure" in cookie
    with served.client("127.0.0.1") as c:  # not the proxy: the header is not believed
        cookie = c.post("/login", data=login, headers=https).headers["set-cookie"]
        assert cookie.startswith("gdpr_console=") and "Secure" not in cookie


def test_sessions_end_when_idle_past_their_lifetime_and_at_logout(serve):
    served = serve()
    idle, old, leaving = served.logged_in(), served.logged_in(), served.logged_in()
    assert idle.get("/cases").status_code == 200 and old.get("/cases").status_code == 200
    with transaction(served.app.sessions) as session:
        rows = list(session.scalars(select(ConsoleSession).order_by(ConsoleSession.created_at)))
        assert len(rows) == 3
        rows[0].last_seen_at = utcnow() - timedelta(minutes=31)  # idle: 30 minutes
        rows[1].expires_at = utcnow() - timedelta(seconds=1)  # the absolute end
    assert idle.get("/cases").status_code == 303
    assert old.get("/api/cases").status_code == 401

    token = form_token(leaving.get("/cases").text)
    assert leaving.post("/logout", data={"token": "forged"}).status_code == 403
    out = leaving.post("/logout", data={"token": token})
    assert (out.status_code, out.headers["location"]) == (303, "/login")
    assert "Max-Age=0" in out.headers["set-cookie"]
    leaving.cookies.clear()
    assert leaving.get("/cases").status_code == 303


def test_a_logged_out_cookie_no_longer_opens_anything(serve):
    served = serve()
    c = served.logged_in()
    cookie = dict(c.cookies)
    token = form_token(c.get("/cases").text)
    c.post("/logout", data={"token": token})
    with served.client(cookies=cookie) as replay:
        assert replay.get("/api/cases").status_code == 401


# --- officers act, viewers read, every action with the session's token ----------------------------


def test_an_officers_action_needs_the_sessions_form_token_and_is_logged_under_her_name(serve):
    served = serve()
    ref = served.open_case()
    anna, other = served.logged_in(), served.logged_in()
    page = anna.get(f"/cases/{ref}").text
    token = form_token(page)
    assert token != form_token(other.get(f"/cases/{ref}").text)  # one per session
    reason = "We must gather your data from three archived systems."
    for forged in ({}, {"token": "forged"}, {"token": form_token(other.get("/cases").text)}):
        answer = anna.post(f"/cases/{ref}/extend", data={**forged, "reason": reason})
        assert answer.status_code == 403
    assert not events_by(served.app, "staff:")

    answer = anna.post(
        f"/cases/{ref}/extend",
        data={"token": token, "reason": reason, "by": "Privacy Officer (n)", "confirmed": "yes"},
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/cases/{ref}?done=extended"
    assert "Deadline extended" in anna.get(answer.headers["location"]).text
    (extended,) = [e for e in events_by(served.app, "staff:") if e.kind == "deadline_extended"]
    assert extended.actor == "staff:anna"  # the typed name is ignored
    log = anna.get(f"/api/cases/{ref}").json()["log"]
    assert any(e["actor"] == "staff:anna" and e["event"] == "deadline_extended" for e in log)


def test_a_viewer_reads_everything_and_is_refused_every_action(serve):
    served = serve()
    ref = served.open_case()
    vic = served.logged_in("vic")
    page = vic.get(f"/cases/{ref}")
    assert page.status_code == 200 and "Ik wil inzage" in page.text
    assert "/approve" not in page.text and "only an officer decides" in page.text
    assert vic.get("/api/cases").status_code == 200
    token = form_token(page.text)  # the log-out form's
    for action in ("approve", "extend", "reply", "refuse"):
        answer = vic.post(f"/cases/{ref}/{action}", data={"token": token, "text": "x"})
        assert answer.status_code == 403, action
    assert vic.post("/quarantine/1/replay", data={"token": token}).status_code == 403
    assert not events_by(served.app, "staff:")
    assert vic.post("/logout", data={"token": token}).status_code == 303  # but may leave


def test_a_disabled_user_is_out_at_once_and_cannot_log_in(serve):
    served = serve()
    anna = served.logged_in()
    set_disabled(served.app.sessions, "anna", True)
    assert anna.get("/cases").status_code == 303
    with served.client() as c:
        answer = c.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
        assert answer.status_code == 401


# --- lockout --------------------------------------------------------------------------------------


def test_repeated_failures_lock_the_name_even_for_the_right_password(serve):
    served = serve(GDPR_CONSOLE_LOCKOUT_FAILURES="3")
    with served.client() as c:
        for _ in range(3):
            wrong = c.post("/login", data={"username": "anna", "password": "guess123"})
            assert wrong.status_code == 401
        locked = c.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
        assert locked.status_code == 429 and "set-cookie" not in locked.headers
        assert "Too many failed logins" in locked.text
        # another name is not locked by anna's failures
        vic = c.post("/login", data={"username": "vic", "password": PASSWORDS["vic"]})
        assert vic.status_code == 303


def test_repeated_failures_from_one_address_lock_that_address(serve):
    served = serve(
        GDPR_CONSOLE_LOCKOUT_ADDRESS_FAILURES="4", GDPR_CONSOLE_TRUSTED_PROXIES="127.0.0.2"
    )
    with served.client() as c:
        for n in range(4):  # one guess per name: no name reaches its own limit
            c.post("/login", data={"username": f"guess{n}", "password": "guess123"})
        answer = c.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
        assert answer.status_code == 429
    with served.client("127.0.0.3") as c:  # another address is not locked
        answer = c.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
        assert answer.status_code == 303
    with served.client("127.0.0.2") as proxy:  # behind a trusted proxy: the forwarded client
        answer = proxy.post(
            "/login",
            data={"username": "vic", "password": PASSWORDS["vic"]},
            headers={"X-Forwarded-For": "198.51.100.7"},
        )
        assert answer.status_code == 303


# --- Host, Origin, body size ----------------------------------------------------------------------


def test_a_host_not_listed_gets_400_even_with_a_session(serve):
    served = serve()
    anna = served.logged_in()
    forged = ("attacker.example", f"attacker.example:{served.port}", "127.0.0.1.attacker.example")
    for host in forged:
        answer = anna.get("/api/cases", headers={"Host": host})
        assert answer.status_code == 400, host
        assert "klant" not in answer.text
    assert anna.get("/api/cases", headers={"Host": f"localhost:{served.port}"}).status_code == 200
    assert anna.get("/api/cases", headers={"Host": "localhost"}).status_code == 200


def test_the_host_list_takes_names_with_or_without_a_port(serve):
    served = serve(GDPR_CONSOLE_HOSTS="console.example.com,127.0.0.1:1")
    with served.client() as c:
        assert c.get("/login").status_code == 400  # 127.0.0.1 on this port is not listed
        assert c.get("/login", headers={"Host": "console.example.com:8443"}).status_code == 200
        assert c.get("/login", headers={"Host": "console.example.com"}).status_code == 200
        assert c.get("/login", headers={"Host": "127.0.0.1:1"}).status_code == 200
        assert c.get("/login", headers={"Host": "127.0.0.1:2"}).status_code == 400


def test_a_cross_origin_post_is_refused_before_anything_else(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    reason = {"token": token, "reason": "archives", "confirmed": "yes"}
    for headers in (
        {"Origin": "https://attacker.example"},
        {"Origin": f"http://attacker.example:{served.port}"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ):
        assert anna.post(f"/cases/{ref}/extend", data=reason, headers=headers).status_code == 403
    with served.client() as c:  # the login form too
        answer = c.post(
            "/login",
            data={"username": "anna", "password": PASSWORDS["anna"]},
            headers={"Origin": "https://attacker.example"},
        )
        assert answer.status_code == 403 and "set-cookie" not in answer.headers
    assert not events_by(served.app, "staff:")
    same = {"Origin": f"http://127.0.0.1:{served.port}", "Sec-Fetch-Site": "same-origin"}
    assert anna.post(f"/cases/{ref}/extend", data=reason, headers=same).status_code == 303


def test_an_oversized_body_is_refused_by_its_declared_length_or_while_it_streams(serve):
    served = serve(GDPR_CONSOLE_MAX_BODY_BYTES="4096")
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    big = b"token=" + token.encode() + b"&text=" + b"x" * 5000
    answer = anna.post(
        f"/cases/{ref}/reply",
        content=big,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 413

    def chunks():  # no Content-Length: chunked transfer
        yield b"token=" + token.encode() + b"&text="
        for _ in range(10):
            yield b"y" * 1000

    answer = anna.post(
        f"/cases/{ref}/reply",
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 413
    with served.client() as c:
        assert c.post("/login", content=b"username=" + b"a" * 5000).status_code == 413
    assert not [e for e in events_by(served.app, "staff:") if e.kind == "reply_written"]
    small = anna.post(
        f"/cases/{ref}/reply", data={"token": token, "text": "Een korte vraag.", "confirmed": "yes"}
    )
    assert small.status_code == 303


def test_only_form_bodies_are_read(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    answer = anna.post(f"/cases/{ref}/reply", files={"token": (None, token), "text": (None, "x")})
    assert answer.status_code == 415


# --- messages -------------------------------------------------------------------------------------


def test_page_messages_are_fixed_texts_never_text_from_the_url(serve):
    served = serve()
    anna = served.logged_in()
    spoof = "Session expired: mail your password to it-support@attacker.example"
    page = anna.get("/cases", params={"notice": spoof, "done": spoof}).text
    assert "it-support@attacker.example" not in page
    assert "Approved: the case goes ahead." in anna.get("/cases", params={"done": "approved"}).text


def test_a_refused_decision_shows_the_case_with_the_reason(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    answer = anna.post(
        f"/cases/{ref}/refuse", data={"token": token, "reason": "nonsense", "confirmed": "yes"}
    )
    assert answer.status_code == 409 and "unknown reason" in answer.text and ref in answer.text


# --- single sign-on through an authenticating proxy -----------------------------------------------


def test_proxy_mode_believes_the_user_header_from_the_trusted_proxy_only(serve):
    served = serve(
        GDPR_CONSOLE_AUTH="proxy",
        GDPR_CONSOLE_TRUSTED_PROXIES="127.0.0.2/32",
        GDPR_CONSOLE_USER_HEADER="X-Forwarded-User",
    )
    ref = served.open_case()
    as_anna = {"X-Forwarded-User": "anna"}
    with served.client("127.0.0.1") as direct:  # around the proxy: the header is not believed
        assert direct.get("/api/cases", headers=as_anna).status_code == 401
        assert direct.get("/cases", headers=as_anna).status_code == 303
    with served.client("127.0.0.2") as proxy:
        assert proxy.get("/api/cases").status_code == 401  # no user named
        assert proxy.get("/api/cases", headers={"X-Forwarded-User": "mallory"}).status_code == 401
        assert proxy.get("/api/cases", headers={"Remote-User": "anna"}).status_code == 401
        page = proxy.get(f"/cases/{ref}", headers=as_anna)
        assert page.status_code == 200 and "anna (officer)" in page.text
        token = form_token(page.text)
        answer = proxy.post(
            f"/cases/{ref}/extend",
            data={"token": token, "reason": "archives", "confirmed": "yes"},
            headers=as_anna,
        )
        assert answer.status_code == 303
        # the same browser, now named as the viewer: a new session, and no action
        page = proxy.get(f"/cases/{ref}", headers={"X-Forwarded-User": "vic"})
        assert "vic (viewer)" in page.text
        vic_token = form_token(page.text)
        assert vic_token != token
        answer = proxy.post(
            f"/cases/{ref}/reply",
            data={"token": vic_token, "text": "x"},
            headers={"X-Forwarded-User": "vic"},
        )
        assert answer.status_code == 403
        post_login = proxy.post("/login", data={"username": "anna", "password": PASSWORDS["anna"]})
        assert post_login.status_code == 403  # no password logins in proxy mode
    assert [e.actor for e in events_by(served.app, "staff:")] == ["staff:anna"] * len(
        events_by(served.app, "staff:")
    )
    set_disabled(served.app.sessions, "anna", True)
    with served.client("127.0.0.2") as proxy:
        assert proxy.get("/api/cases", headers=as_anna).status_code == 401


def test_names_are_one_user_whatever_their_case(serve):
    served = serve()
    with pytest.raises(ValueError, match="exists already"):
        add_user(served.app.sessions, "ANNA", "viewer", "another password")
    with served.client() as c:
        answer = c.post("/login", data={"username": "Anna", "password": PASSWORDS["anna"]})
        assert answer.status_code == 303


def test_sessions_are_kept_as_hashes(serve):
    served = serve()
    anna = served.logged_in()
    (value,) = [v for k, v in anna.cookies.items() if k == "gdpr_console"]
    with transaction(served.app.sessions) as session:
        stored = list(session.scalars(select(ConsoleSession.token_hash)))
        session.execute(update(ConsoleSession).values(last_seen_at=utcnow()))
    assert value not in stored and len(stored) == 1


def test_a_declared_oversized_body_is_refused_before_a_byte_of_it_is_sent(serve):
    import socket

    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    cookie = "; ".join(f"{k}={v}" for k, v in anna.cookies.items())
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as raw:
        raw.sendall(
            (
                f"POST /cases/{ref}/reply HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\n"
                f"Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                "Content-Length: 314572800\r\n\r\n"
            ).encode()
        )
        answer = raw.recv(4096)  # the 300 MB never follow: the answer comes without them
    assert answer.startswith(b"HTTP/1.1 413 ")


def test_the_queue_separates_what_needs_us_and_finds_a_case(serve):
    served = serve()
    refs = [served.open_case(n) for n in (1, 2, 3)]
    anna = served.logged_in()
    page = anna.get("/cases").text
    assert "0 need us" in page and "3 waiting on the requester" in page  # each waits for an ID
    assert all(ref in page for ref in refs)
    assert all(ref not in anna.get("/cases", params={"view": "needs_us"}).text for ref in refs)
    found = anna.get("/cases", params={"q": "KLANT2@mail"}).text
    assert refs[1] in found and refs[0] not in found and refs[2] not in found
    assert refs[0] not in anna.get("/cases", params={"view": "finished"}).text


def test_a_kept_id_copy_is_shown_to_an_officer_only_uncached_and_the_look_is_logged(serve):
    served = serve()
    picture = io.BytesIO()
    Image.new("RGB", (400, 260), (200, 210, 220)).save(picture, "JPEG")
    msg = EmailMessage()
    msg["From"] = "Klant 9 <klant9@mail.example>"
    msg["To"] = "GDPR@alsicohightech.com"
    msg["Subject"] = "Inzage"
    msg["Message-ID"] = "<console-http-id@mail.example>"
    msg.set_content("Ik wil inzage in al mijn persoonsgegevens. Mijn identiteitskaart zit erbij.")
    msg.add_attachment(picture.getvalue(), maintype="image", subtype="jpeg", filename="id.jpg")
    ref = served.app.intake(msg.as_bytes(), Source("http-id", datetime.now(UTC))).case_ref
    anna, vic = served.logged_in(), served.logged_in("vic")
    page = anna.get(f"/cases/{ref}").text
    assert "kept encrypted" in page and "view (logged)" in page  # the copy is doubtful: kept
    link = re.search(r'href="(/cases/[^"]+/id-copies/\d+)"', page).group(1)
    assert "view (logged)" not in vic.get(f"/cases/{ref}").text
    assert vic.get(link).status_code == 403

    shown = anna.get(link)
    assert shown.status_code == 200 and shown.content == picture.getvalue()
    assert shown.headers["content-type"] == "image/jpeg"
    assert shown.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in shown.headers["content-security-policy"]
    (looked,) = [e for e in events_by(served.app, "staff:") if e.kind == "id_copy_viewed"]
    assert looked.actor == "staff:anna"
    assert anna.get(link.rsplit("/", 1)[0] + "/999999").status_code == 404


def test_closing_reopening_notes_and_assignment_through_the_console(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    # spam: the confirmation says nobody is written to; a note to spam is refused
    page = anna.post(f"/cases/{ref}/close", data={"token": token, "reason": "spam"})
    assert page.status_code == 200 and "Nobody is written to" in page.text
    refused = anna.post(
        f"/cases/{ref}/close", data={"token": token, "reason": "spam", "reply": "yes"}
    )
    assert refused.status_code == 409 and "only a mail that is not a request" in refused.text
    done = anna.post(
        f"/cases/{ref}/close", data={"token": token, "reason": "spam", "confirmed": "yes"}
    )
    assert done.headers["location"] == f"/cases/{ref}?done=closed"
    case = anna.get(f"/api/cases/{ref}").json()
    assert case["status"] == "closed"
    assert [m["kind"] for m in case["messages"]].count("staff_reply") == 0
    page = anna.get(f"/cases/{ref}").text
    assert "/reopen" in page and "/refuse" not in page  # a finished case: reopen only

    note = {"token": token, "text": "Phoned: a real request after all."}
    assert anna.post(f"/cases/{ref}/note", data=note).headers["location"].endswith("done=noted")
    reopen = {"token": token, "reason": "The sender phoned.", "confirmed": "yes"}
    assert anna.post(f"/cases/{ref}/reopen", data=reopen).status_code == 303
    assign = {"token": token, "assignee": "anna"}
    assert anna.post(f"/cases/{ref}/assign", data=assign).status_code == 303
    page = anna.get(f"/cases/{ref}").text
    assert "Phoned: a real request after all." in page and "The sender phoned." in page
    assert "<th>assigned to</th><td>anna</td>" in page
    assert ref in anna.get("/cases", params={"assignee": "anna"}).text
    assert ref not in anna.get("/cases", params={"assignee": "-"}).text
    log = anna.get(f"/api/cases/{ref}").json()["log"]
    assert [e["event"] for e in log if e["actor"] == "staff:anna"] == [
        "closed", "status_changed", "note_added", "reopened", "status_changed", "assigned",
    ]  # fmt: skip
    assert "Phoned" not in str(log)  # notes stay out of the log and the JSON


def test_a_refusal_for_another_reason_states_it_in_the_letter(serve):
    served = serve()
    ref = served.open_case()
    anna = served.logged_in()
    token = form_token(anna.get(f"/cases/{ref}").text)
    bare = anna.post(f"/cases/{ref}/refuse", data={"token": token, "reason": "other"})
    assert bare.status_code == 409 and "12(4)" in bare.text
    why = "U vraagt de gegevens van uw buurman.\nDie geven we niet."
    fields = {"token": token, "reason": "other", "text": why}
    page = anna.post(f"/cases/{ref}/refuse", data=fields)
    assert page.status_code == 200 and "De reden voor onze beslissing:" in page.text
    assert anna.post(f"/cases/{ref}/refuse", data={**fields, "confirmed": "yes"}).status_code == 303
    (letter,) = served.app.settings and list(
        (Path(served.app.settings.smtp.path)).glob("*refusal*")
    )
    assert "uw buurman.\nDie geven we niet." in letter.read_text()


def test_the_case_page_shows_what_the_reading_rests_on_and_what_is_proven(serve):
    served = serve()
    ref = served.open_case()
    page = served.logged_in().get(f"/cases/{ref}").text
    assert "read from" in page and "Ik wil inzage in al mijn persoonsgegevens." in page
    assert "sender authenticated by our mail server: no" in page
    assert "owner of the address confirmed with the code: not yet" in page
