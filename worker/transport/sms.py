"""A text message through the company's SMS gateway (GDPR_SMS_GATEWAY_URL): one JSON POST
`{"to": NUMBER, "text": TEXT}`. The gateway's answer sorts the outcome like SMTP's: 2xx taken,
5xx, 429 and connection trouble retried, any other answer refused. Credentials in the URL
(`https://user:pass@host/path`) go as HTTP basic authentication; the answer kept names no one
(its status only: a gateway may echo the number)."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request

from worker.transport import PermanentDeliveryError, TemporaryDeliveryError

TIMEOUT = 30.0


def send_sms(url: str, to: str, text: str) -> str:
    """POST the message; returns the gateway's answer ("sms gateway: 200")."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    request = urllib.request.Request(
        urllib.parse.urlunsplit(parts._replace(netloc=netloc)),
        data=json.dumps({"to": to, "text": text}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    if parts.username:
        user = urllib.parse.unquote(parts.username)
        secret = urllib.parse.unquote(parts.password or "")
        token = base64.b64encode(f"{user}:{secret}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:  # noqa: S310 - http(s)
            return f"sms gateway: {answer.status}"
    except urllib.error.HTTPError as exc:
        said = f"sms gateway: {exc.code}"
        if exc.code >= 500 or exc.code == 429:
            raise TemporaryDeliveryError(said) from None
        raise PermanentDeliveryError(said) from None
    except (urllib.error.URLError, OSError) as exc:
        raise TemporaryDeliveryError(f"sms gateway unreachable: {type(exc).__name__}") from None
