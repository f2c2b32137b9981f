"""SmtpTransport against real aiosmtpd servers on loopback: TLS modes, verification, AUTH, and how
each kind of trouble is sorted (retry or not) with texts that name no one."""

from __future__ import annotations

import asyncio
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage

import aiosmtplib
import pytest

from tests.integration.smtp_servers import (
    HOST,
    RecordingHandler,
    SmtpServer,
    closed_port,
    make_pki,
    wait_hang_up_reached,
)
from worker.transport import (
    PartialDeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    redact_addresses,
)
from worker.transport.smtp import SmtpTransport
from worker.urls import parse_smtp_url

pytestmark = pytest.mark.integration

SENDER = "GDPR@alsicohightech.com"
REQUESTER = "jan.peeters@mail.example"
OTHER = "an.janssens@mail.example"


def message(*to: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ", ".join(to or (REQUESTER,))
    msg["Subject"] = "[GDPR-2026-000001] Your request"
    msg["Message-ID"] = "<gdpr.test.1@alsicohightech.com>"
    msg.set_content("We received your request.\n")
    return msg


def transport(url: str, *, trust: str | None = "test", timeout: float = 5.0) -> SmtpTransport:
    ctx = make_pki(trust).client_context() if trust else None
    return SmtpTransport(parse_smtp_url(url), timeout=timeout, tls_context=ctx)


def assert_anonymous(exc: BaseException) -> None:
    text = str(exc)
    assert REQUESTER not in text and OTHER not in text and SENDER not in text, text
    assert "@" not in text, text


# --- plain, STARTTLS, implicit TLS --------------------------------------------------------------


def test_plain_smtp_delivers_and_returns_the_servers_answer() -> None:
    with SmtpServer() as server:
        answer = transport(server.url()).send(message(), "n")
    assert answer == "250 2.0.0 Ok: queued as TEST1"
    (got,) = server.received
    assert got.mail_from == SENDER and got.rcpt_tos == (REQUESTER,)
    assert b"We received your request." in got.content
    assert not got.tls


def test_smtp_url_never_upgrades_even_when_offered() -> None:
    with SmtpServer(starttls=make_pki().server_context()) as server:
        transport(server.url()).send(message(), "n")
    assert not server.received[0].tls


def test_starttls_upgrades_with_a_verified_certificate() -> None:
    with SmtpServer(starttls=make_pki().server_context()) as server:
        transport(server.url("smtp+starttls")).send(message(), "n")
    (got,) = server.received
    assert got.tls and got.rcpt_tos == (REQUESTER,)


def test_starttls_required_server_without_it_gets_nothing() -> None:
    with (
        SmtpServer() as server,
        pytest.raises(TemporaryDeliveryError, match="STARTTLS") as err,
    ):  # no STARTTLS offered (as when an attacker strips the offer)
        transport(server.url("smtp+starttls")).send(message(), "n")
    assert server.received == [] and server.handler.transactions == 0  # not even MAIL FROM
    assert_anonymous(err.value)


def test_installed_aiosmtplib_start_tls_semantics() -> None:
    """Why the transport passes start_tls=True: aiosmtplib's default (None) upgrades only when
    offered and otherwise sends in clear; True raises before MAIL FROM when the offer is missing."""
    assert tuple(int(p) for p in aiosmtplib.__version__.split(".")[:3]) >= (5, 1, 2)
    with SmtpServer() as server:
        asyncio.run(aiosmtplib.send(message(), hostname=HOST, port=server.port))
        assert [r.tls for r in server.received] == [False]  # the default: sent in clear
        with pytest.raises(aiosmtplib.SMTPException, match="STARTTLS extension not supported"):
            asyncio.run(aiosmtplib.send(message(), hostname=HOST, port=server.port, start_tls=True))
    assert len(server.received) == 1 and server.handler.transactions == 1


def test_starttls_with_an_untrusted_certificate_is_not_sent() -> None:
    with (
        SmtpServer(starttls=make_pki("rogue").server_context()) as server,
        pytest.raises(TemporaryDeliveryError) as err,
    ):
        transport(server.url("smtp+starttls"), trust="test").send(message(), "n")
    assert server.received == []
    assert_anonymous(err.value)


def test_default_context_verifies_against_system_cas() -> None:
    with (
        SmtpServer(starttls=make_pki().server_context()) as server,
        pytest.raises(TemporaryDeliveryError),
    ):
        transport(server.url("smtp+starttls"), trust=None).send(message(), "n")
    assert server.received == []


def test_smtps_implicit_tls() -> None:
    with SmtpServer(implicit_tls=make_pki().server_context()) as server:
        answer = transport(server.url("smtps")).send(message(), "n")
    assert answer.startswith("250 ")
    assert server.received[0].tls


def test_smtps_with_an_untrusted_certificate_is_not_sent() -> None:
    with (
        SmtpServer(implicit_tls=make_pki("rogue").server_context()) as server,
        pytest.raises(TemporaryDeliveryError),
    ):
        transport(server.url("smtps")).send(message(), "n")
    assert server.received == []


# --- AUTH -----------------------------------------------------------------------------------------

USER, PASSWORD = "relay@alsicohightech.com", "p@ss:w/rd %"  # percent-encoded in the URL


def test_auth_over_starttls_with_credentials_from_the_url() -> None:
    with SmtpServer(starttls=make_pki().server_context(), credentials=(USER, PASSWORD)) as server:
        transport(server.url("smtp+starttls", USER, PASSWORD)).send(message(), "n")
    (got,) = server.received
    assert got.tls and got.login == USER


def test_auth_over_smtps() -> None:
    with SmtpServer(implicit_tls=make_pki().server_context(), credentials=(USER, PASSWORD)) as srv:
        transport(srv.url("smtps", USER, PASSWORD)).send(message(), "n")
    assert srv.received[0].login == USER


def test_wrong_password_is_temporary_and_names_no_one() -> None:
    with (
        SmtpServer(starttls=make_pki().server_context(), credentials=(USER, PASSWORD)) as server,
        pytest.raises(TemporaryDeliveryError, match="authentication refused: 535") as err,
    ):
        transport(server.url("smtp+starttls", USER, "wrong")).send(message(), "n")
    assert server.received == []
    assert "wrong" not in str(err.value) and USER not in str(err.value)


def test_no_credentials_over_plain_smtp() -> None:
    """Credentials never travel in clear: an smtp:// URL with them is refused as configuration."""
    with (
        SmtpServer(starttls=make_pki().server_context(), credentials=(USER, PASSWORD)) as server,
        pytest.raises(ValueError, match="in clear"),
    ):
        transport(server.url("smtp", USER, PASSWORD)).send(message(), "n")
    assert server.received == []


# --- answers sorted into retry or not --------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_at", "answer"),
    [
        ("MAIL", "421 4.3.2 Service not available, closing transmission channel"),
        ("MAIL", f"451 4.3.0 <{SENDER}>: temporary local problem"),
        ("RCPT", f"450 4.2.0 <{REQUESTER}>: Recipient address rejected: Greylisted"),
        ("DATA", "451 4.3.0 Error: queue file write error"),
    ],
)
def test_4xx_is_temporary_and_redacted(fail_at: str, answer: str) -> None:
    handler = RecordingHandler(failures=[answer], fail_at=fail_at)
    with SmtpServer(handler) as server:
        with pytest.raises(TemporaryDeliveryError, match=answer[:3]) as err:  # noqa: SIM117
            transport(server.url()).send(message(), "n")
        assert server.received == []
        transport(server.url()).send(message(), "n")  # the next attempt goes through
    assert len(server.received) == 1
    assert_anonymous(err.value)


@pytest.mark.parametrize(
    ("fail_at", "answer"),
    [
        ("RCPT", f"550 5.1.1 <{REQUESTER}>: Recipient address rejected: User unknown"),
        ("MAIL", f"553 5.7.1 <{SENDER}>: Sender address rejected: not owned by user"),
        ("DATA", f"554 5.7.1 Message to {REQUESTER} rejected: spam"),
    ],
)
def test_5xx_is_permanent_and_redacted(fail_at: str, answer: str) -> None:
    handler = RecordingHandler(failures=[answer], fail_at=fail_at)
    with (
        SmtpServer(handler) as server,
        pytest.raises(PermanentDeliveryError, match=answer[:3]) as err,
    ):
        transport(server.url()).send(message(), "n")
    assert server.received == []
    assert not isinstance(err.value, PartialDeliveryError)
    assert_anonymous(err.value)
    assert "<address>" in str(err.value)


@pytest.mark.parametrize("code", ["550 5.1.1", "452 4.2.2"])
def test_partial_refusal_is_a_value_from_aiosmtplib_and_not_retried(code: str) -> None:
    refusal = f"{code} <{OTHER}>: mailbox unavailable"
    handler = RecordingHandler(refuse={OTHER: refusal})
    with SmtpServer(handler) as server:
        # aiosmtplib itself returns the refusal, it does not raise:
        errors, _ = asyncio.run(
            aiosmtplib.send(message(REQUESTER, OTHER), hostname=HOST, port=server.port)
        )
        assert set(errors) == {OTHER} and errors[OTHER].code == int(code[:3])
        with pytest.raises(PartialDeliveryError) as err:
            transport(server.url()).send(message(REQUESTER, OTHER), "n")
    assert [r.rcpt_tos for r in server.received] == [(REQUESTER,), (REQUESTER,)]
    assert err.value.answer == "250 2.0.0 Ok: queued as TEST1"
    assert str(err.value).startswith(f"recipient refused: {code}")
    assert isinstance(err.value, PermanentDeliveryError)  # never retried: no second copy
    assert_anonymous(err.value)


def test_all_recipients_refused_is_permanent() -> None:
    handler = RecordingHandler(refuse={REQUESTER: "550 5.1.1 no", OTHER: "550 5.1.1 no"})
    with SmtpServer(handler) as server, pytest.raises(PermanentDeliveryError) as err:
        transport(server.url()).send(message(REQUESTER, OTHER), "n")
    assert not isinstance(err.value, PartialDeliveryError)
    assert server.received == []


def test_some_4xx_some_5xx_all_refused_is_temporary() -> None:
    handler = RecordingHandler(refuse={REQUESTER: "450 4.2.0 later", OTHER: "550 5.1.1 no"})
    with SmtpServer(handler) as server, pytest.raises(TemporaryDeliveryError):
        transport(server.url()).send(message(REQUESTER, OTHER), "n")


# --- connections ------------------------------------------------------------------------------


def test_connection_refused_is_temporary() -> None:
    with pytest.raises(TemporaryDeliveryError, match="SMTPConnectError") as err:
        transport(f"smtp://{HOST}:{closed_port()}").send(message(), "n")
    assert_anonymous(err.value)


def test_a_server_that_never_greets_times_out_temporarily() -> None:
    with socket.socket() as silent:  # accepts connections (backlog), never says a word
        silent.bind((HOST, 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        with pytest.raises(TemporaryDeliveryError, match="Timeout"):
            transport(f"smtp://{HOST}:{port}", timeout=0.5).send(message(), "n")


def test_an_address_smtp_cannot_carry_is_permanent_and_redacted() -> None:
    with SmtpServer() as server, pytest.raises(PermanentDeliveryError) as err:
        transport(server.url()).send(message("jürgen@mail.example"), "n")  # no SMTPUTF8
    assert server.received == []
    assert "jürgen" not in str(err.value)


# --- the redaction helper ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "550 5.1.1 <jan.peeters@mail.example>: User unknown",
            "550 5.1.1 <<address>>: User unknown",
        ),
        ("to jan+gdpr@sub.mail.example, an@x.be", "to <address>, <address>"),
        ('"odd local"@mail.example refused', "<address> refused"),
        ("jürgen@mail.example", "<address>"),
        ("421 4.3.2 Service not available", "421 4.3.2 Service not available"),
    ],
)
def test_redact_addresses(text: str, expected: str) -> None:
    assert redact_addresses(text) == expected


# --- one kept connection per sending thread ---------------------------------------------------


def test_replies_from_one_thread_share_one_connection() -> None:
    with SmtpServer(starttls=make_pki().server_context()) as server:
        sender = transport(server.url("smtp+starttls"))
        answers = [sender.send(message(), f"n{i}") for i in range(5)]
        sender.close()
    assert answers == ["250 2.0.0 Ok: queued as TEST1"] * 5
    assert len(server.received) == 5 and all(r.tls for r in server.received)
    assert len(set(server.handler.peers)) == 1 and sender.connects == 1


def test_each_thread_has_its_own_connection() -> None:
    with SmtpServer() as server:
        sender = transport(server.url())
        with ThreadPoolExecutor(max_workers=3) as pool:
            list(pool.map(lambda i: [sender.send(message(), f"{i}") for _ in range(4)], range(3)))
        sender.close()
    assert len(server.received) == 12
    assert len(set(server.handler.peers)) == sender.connects == 3


def test_a_connection_the_server_hung_up_is_opened_again() -> None:
    with SmtpServer(idle_timeout=0.3) as server:
        sender = transport(server.url())
        sender.send(message(), "first")
        server.wait_closed(1)  # the server hangs up on the idle connection ...
        wait_hang_up_reached(server.handler.peers[0], server.port)  # ... and the client has it
        assert sender.send(message(), "second") == "250 2.0.0 Ok: queued as TEST1"
    assert len(server.received) == 2 and sender.connects == 2


def test_a_connection_idle_past_the_limit_is_not_reused() -> None:
    with SmtpServer() as server:
        sender = SmtpTransport(parse_smtp_url(server.url()), timeout=5.0, idle_limit=0.2)
        sender.send(message(), "first")
        time.sleep(0.4)
        sender.send(message(), "second")
    assert sender.connects == 2 and len(set(server.handler.peers)) == 2


def test_after_a_failure_the_next_reply_goes_over_a_fresh_connection() -> None:
    handler = RecordingHandler(failures=["451 4.3.0 try later"], fail_at="DATA")
    with SmtpServer(handler) as server:
        sender = transport(server.url())
        with pytest.raises(TemporaryDeliveryError):
            sender.send(message(), "first")
        sender.send(message(), "again")
    assert len(server.received) == 1 and sender.connects == 2
