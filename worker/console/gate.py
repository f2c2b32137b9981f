"""The console's door (pure ASGI, behind guard.py): every page and /api/ path but /login needs
a signed-in staff member, from a session cookie (GDPR_CONSOLE_AUTH=login) or from the user
header of an authenticating proxy at a trusted address (=proxy). A state-changing request needs
an officer and the session's form token. The staff member and the parsed form go to the
endpoints in the request's scope."""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, RedirectResponse, Response

from worker.console.auth import SignedIn
from worker.console.guard import (
    SAFE_METHODS,
    SECURITY_HEADERS,
    ASGIApp,
    BodyTooLarge,
    Message,
    Receive,
    Scope,
    Send,
    drain,
    refusal,
)

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
PUBLIC_PATHS = frozenset({"/login"})
COOKIE, SECURE_COOKIE = "gdpr_console", "__Host-gdpr_console"
MAX_FIELDS = 50


class FormError(ValueError):
    """A request body that is not a form this console reads."""


@dataclass(frozen=True)
class Door:
    """How staff are told apart: `mode` login or proxy; the proxy's user header and the
    addresses trusted to set it (and X-Forwarded-For/-Proto)."""

    mode: str
    user_header: str
    proxies: tuple[IPNetwork, ...]

    def peer_is_proxy(self, scope: Scope) -> bool:
        client = scope.get("client")
        if not client or not self.proxies:
            return False
        try:
            address = ipaddress.ip_address(client[0])
        except ValueError:
            return False
        return any(address in net for net in self.proxies)

    def client_address(self, scope: Scope, headers: Headers) -> str:
        """The client's address: the peer's, or the one a trusted proxy forwarded for."""
        peer = scope["client"][0] if scope.get("client") else "unknown"
        forwarded = headers.get("x-forwarded-for", "")
        if forwarded and self.peer_is_proxy(scope):
            last = forwarded.split(",")[-1].strip()
            try:
                return str(ipaddress.ip_address(last))
            except ValueError:
                return peer
        return peer

    def secure(self, scope: Scope, headers: Headers) -> bool:
        """Whether the browser speaks https to us (directly, or to a trusted proxy)."""
        if scope.get("scheme") == "https":
            return True
        proto = headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
        return proto == "https" and self.peer_is_proxy(scope)

    def cookie_name(self, scope: Scope, headers: Headers) -> str:
        return SECURE_COOKIE if self.secure(scope, headers) else COOKIE


def session_cookie(name: str, value: str, *, secure: bool, max_age: int) -> str:
    """A Set-Cookie value: HttpOnly, SameSite=Strict, the whole console; Secure over https."""
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Strict", f"Max-Age={max_age}"]
    if secure:
        parts.append("Secure")
    return "; ".join(parts)


def parse_form(body: bytes, content_type: str) -> dict[str, str]:
    """An urlencoded form's fields (the first value of each)."""
    media = content_type.split(";")[0].strip().lower()
    if media not in ("application/x-www-form-urlencoded", ""):
        raise FormError(f"not a form: {media}")
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError) as exc:
        raise FormError("not a form") from exc
    return {k: v[0] for k, v in fields.items()}


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise BodyTooLarge  # nothing to answer
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def replaying(body: bytes, receive: Receive) -> Receive:
    """A receive that gives `body` once, then waits on the connection as usual."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class StaffGate:
    def __init__(self, app: ASGIApp, *, sessions: Any, door: Door) -> None:
        self.app = app
        self.sessions = sessions  # worker.console.auth.Sessions
        self.door = door

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        cookie_name = self.door.cookie_name(scope, headers)
        scope["gdpr.cookie"] = cookie_name
        scope["gdpr.client"] = self.door.client_address(scope, headers)
        if scope["path"] in PUBLIC_PATHS:
            await self.app(scope, receive, send)
            return
        token = HTTPConnection(scope).cookies.get(cookie_name, "")
        signed = await run_in_threadpool(self._identify, scope, headers, token)
        if signed is None:
            if scope["method"] not in SAFE_METHODS:
                await drain(receive)
            await self._unknown(scope)(scope, receive, send)
            return
        scope["gdpr.staff"], scope["gdpr.csrf"] = signed.staff, signed.csrf
        scope["gdpr.session"] = signed.token
        if signed.new:
            send = self._setting_cookie(send, cookie_name, signed, self.door.secure(scope, headers))
        if scope["method"] not in SAFE_METHODS:
            if not signed.staff.role.may_act and scope["path"] != "/logout":
                await drain(receive)
                await refusal(403, "A viewer reads; only an officer acts.")(scope, receive, send)
                return
            try:
                body = await read_body(receive)
                form = parse_form(body, headers.get("content-type", ""))
            except BodyTooLarge:
                await refusal(413, "The request body is too large.")(scope, receive, send)
                return
            except FormError as exc:
                await refusal(415, f"{exc}.")(scope, receive, send)
                return
            if not hmac.compare_digest(form.get("token", "").encode(), signed.csrf.encode()):
                await refusal(403, "This form has expired: reload the page.")(scope, receive, send)
                return
            scope["gdpr.form"] = form
            receive = replaying(body, receive)
        await self.app(scope, receive, send)

    def _identify(self, scope: Scope, headers: Headers, token: str) -> SignedIn | None:
        if self.door.mode == "proxy":
            if not self.door.peer_is_proxy(scope):
                return None
            name = headers.get(self.door.user_header, "").strip()
            return self.sessions.for_proxy_user(name, token) if name else None
        return self.sessions.current(token)

    def _unknown(self, scope: Scope) -> Response:
        """No staff member: the API answers 401; a page sends the browser to the login."""
        if scope["path"].startswith("/api/") or scope["method"] not in ("GET", "HEAD"):
            return JSONResponse(
                {"error": "log in first"},
                status_code=401,
                headers={**SECURITY_HEADERS, "Connection": "close"},
            )
        return RedirectResponse("/login", status_code=303, headers=SECURITY_HEADERS)

    def _setting_cookie(self, send: Send, name: str, signed: SignedIn, secure: bool) -> Send:
        max_age = int(self.sessions.policy.lifetime.total_seconds())
        cookie = session_cookie(name, signed.token, secure=secure, max_age=max_age)

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message["headers"], (b"set-cookie", cookie.encode())]
            await send(message)

        return send_with_cookie


def forms_of(scope: Scope) -> dict[str, str]:
    return scope.get("gdpr.form", {})
