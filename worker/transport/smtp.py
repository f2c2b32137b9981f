"""SMTP delivery with aiosmtplib; TLS explicit and verified, failures sorted into retry or not."""

from __future__ import annotations

import asyncio
import ssl
from email.message import EmailMessage

import aiosmtplib

from worker.transport import PermanentDeliveryError, TemporaryDeliveryError
from worker.urls import SmtpUrl


class SmtpTransport:
    def __init__(self, url: SmtpUrl, timeout: float = 60.0) -> None:
        self.url = url
        self.timeout = timeout

    def send(self, message: EmailMessage, name: str) -> str:
        return asyncio.run(self.send_async(message))

    async def send_async(self, message: EmailMessage) -> str:
        url = self.url
        options: dict[str, object] = {
            "hostname": url.host,
            "port": url.port,
            "timeout": self.timeout,
            "tls_context": ssl.create_default_context(),
            # smtp+starttls:// demands STARTTLS (an attacker can strip an offer); smtp:// never
            # upgrades, smtps:// is TLS from the first byte.
            "use_tls": url.scheme == "smtps",
            "start_tls": url.scheme == "smtp+starttls",
        }
        if url.user:
            options["username"] = url.user
            options["password"] = url.password
        try:
            refused, answer = await aiosmtplib.send(message, **options)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            error = (
                PermanentDeliveryError if all(c >= 500 for c in codes) else TemporaryDeliveryError
            )
            raise error("; ".join(f"{r.code} {r.message}" for r in exc.recipients)) from None
        except aiosmtplib.SMTPResponseException as exc:
            error = PermanentDeliveryError if exc.code >= 500 else TemporaryDeliveryError
            raise error(f"{exc.code} {exc.message}") from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise TemporaryDeliveryError(f"{type(exc).__name__}: {exc}") from None
        if refused:  # a partial refusal comes back as a value, not an exception
            codes = [code for code, _ in refused.values()]
            error = (
                PermanentDeliveryError if all(c >= 500 for c in codes) else TemporaryDeliveryError
            )
            raise error("; ".join(f"{code} {text}" for code, text in refused.values()))
        return answer
