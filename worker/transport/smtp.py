"""SMTP delivery with aiosmtplib; TLS explicit and verified, failures sorted into retry or not.

- `smtp://` never upgrades; `smtp+starttls://` demands STARTTLS (aiosmtplib's `start_tls=True`
  raises when the server does not offer it, so a stripped offer means "not sent", never "sent in
  clear"); `smtps://` is TLS from the first byte. Certificates are verified against `tls_context`
  (the system's trust store unless one is given).
- 4xx answers, refused or dropped connections, time-outs, a missing STARTTLS offer and refused
  credentials (our configuration, not the mail) are TemporaryDeliveryError; other 5xx answers and
  mail that cannot be sent as addressed are PermanentDeliveryError; a message taken for some
  recipients only is PartialDeliveryError.
- Error texts pass through `redact_addresses`: servers echo the recipient, and these texts end up
  in the database and in dramatiq's retry tracebacks.
"""

from __future__ import annotations

import asyncio
import ssl
from email.message import EmailMessage

import aiosmtplib

from worker.transport import (
    PartialDeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
    redact_addresses,
)
from worker.urls import SmtpUrl


class SmtpTransport:
    """Parameters:
    url: where to hand mail over (scheme, host, port, credentials).
    timeout: seconds allowed for each step of the dialogue (connect, each command, DATA).
    tls_context: how the server's certificate is verified; default `ssl.create_default_context()`
      (system CAs, host name checked). Tests inject a context trusting their own CA.
    """

    def __init__(
        self, url: SmtpUrl, timeout: float = 60.0, tls_context: ssl.SSLContext | None = None
    ) -> None:
        if url.scheme not in ("smtp", "smtp+starttls", "smtps"):
            raise ValueError(f"not an SMTP URL scheme: {url.scheme!r}")
        self.url = url
        self.timeout = timeout
        self.tls_context = tls_context if tls_context is not None else ssl.create_default_context()

    def send(self, message: EmailMessage, name: str) -> str:  # noqa: ARG002 - name: file outbox
        return asyncio.run(self.send_async(message))

    async def send_async(self, message: EmailMessage) -> str:
        url = self.url
        options: dict[str, object] = {
            "hostname": url.host,
            "port": url.port,
            "timeout": self.timeout,
            "tls_context": self.tls_context,
            "use_tls": url.scheme == "smtps",
            # True, not None: None (aiosmtplib's default) upgrades only when offered.
            "start_tls": url.scheme == "smtp+starttls",
        }
        if url.user:
            options["username"] = url.user
            options["password"] = url.password
        try:
            refused, answer = await aiosmtplib.send(message, **options)
        except aiosmtplib.SMTPRecipientsRefused as exc:  # every recipient refused
            codes = [r.code for r in exc.recipients]
            raise _by_code(min(codes))(
                "recipient refused: "
                + "; ".join(_answer(r.code, r.message) for r in exc.recipients)
            ) from None
        except aiosmtplib.SMTPAuthenticationError as exc:
            # Our credentials, not the mail: a fixed configuration lets the retries deliver it.
            raise TemporaryDeliveryError(
                f"authentication refused: {_answer(exc.code, exc.message)}"
            ) from None
        except aiosmtplib.SMTPResponseException as exc:
            raise _by_code(exc.code)(_answer(exc.code, exc.message)) from None
        except aiosmtplib.SMTPNotSupported as exc:  # e.g. SMTPUTF8 needed, server lacks it
            raise PermanentDeliveryError(f"not supported by the server: {_text(exc)}") from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            if type(exc) is aiosmtplib.SMTPException and "STARTTLS extension" in str(exc):
                raise TemporaryDeliveryError(
                    "the server did not offer STARTTLS, which smtp+starttls:// requires: not sent"
                ) from None
            raise TemporaryDeliveryError(f"{type(exc).__name__}: {_text(exc)}") from None
        except ValueError as exc:  # an address SMTP cannot carry; its text names the address
            raise PermanentDeliveryError(f"cannot be sent as addressed: {_text(exc)}") from None
        final = f"250 {answer}".strip()
        if refused:  # taken for some recipients: a value from aiosmtplib, not an exception
            raise PartialDeliveryError(
                "recipient refused: "
                + "; ".join(_answer(r.code, r.message) for r in refused.values()),
                answer=final,
            )
        return final


def _by_code(code: int) -> type[Exception]:
    return PermanentDeliveryError if code >= 500 else TemporaryDeliveryError


def _answer(code: int, message: str) -> str:
    return f"{code} {redact_addresses(message)}"[:1000]


def _text(exc: BaseException) -> str:
    return redact_addresses(str(exc))[:1000]
