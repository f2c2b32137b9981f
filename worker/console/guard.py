"""The console's first line, before any session or page (pure ASGI): the Host header must be
one of GDPR_CONSOLE_HOSTS (no DNS rebinding), a state-changing request must come from the
console's own pages (Origin, Sec-Fetch-Site), and no request body may be larger than the limit:
a declared length is refused before a byte is read, a chunked body as soon as it passes it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse

from worker.urls import HostPort, host_allowed, origin_allowed

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin, not no-referrer: with no-referrer, browsers send "Origin: null" on our own forms
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class BodyTooLarge(Exception):
    """A request body passed the console's limit while it was being read."""


def refusal(status: int, text: str) -> PlainTextResponse:
    """A refused request's answer; the connection closes after it, so that a body the client
    is still sending is not read on (the server would otherwise drain it)."""
    return PlainTextResponse(
        text + "\n", status_code=status, headers={**SECURITY_HEADERS, "Connection": "close"}
    )


def cross_site(headers: Headers, allowed: tuple[HostPort, ...]) -> str | None:
    """Why a state-changing request does not come from the console's own pages, or None."""
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return f"a {site} request"
    origin = headers.get("origin")
    if origin is not None and not origin_allowed(allowed, origin):
        return "a request from another origin"
    return None


def declared_length(headers: Headers) -> int | None:
    """Content-Length as a number; None when absent; -1 when it is not a number."""
    value = headers.get("content-length")
    if value is None:
        return None
    return int(value) if value.isascii() and value.isdigit() and len(value) < 20 else -1


def capped(receive: Receive, limit: int) -> Receive:
    """`receive`, raising BodyTooLarge as soon as the body read so far passes `limit` bytes."""
    seen = 0

    async def capped_receive() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
        return message

    return capped_receive


DRAIN_SECONDS = 2.0  # the longest a refusal waits for the rest of a small body


async def drain(receive: Receive) -> None:
    """Read and drop what is left of a request body before it is refused. The refusal closes the
    connection; closing it with unread bytes in the socket makes the kernel reset it, and the
    reset can overtake the answer, so that the client sees "connection reset" instead of 401 or
    403. Bounded: ``receive`` is capped by the body limit (an oversized body is refused unread)
    and a client that stops sending is not waited for."""
    try:
        async with asyncio.timeout(DRAIN_SECONDS):
            while True:
                message = await receive()
                if message["type"] != "http.request" or not message.get("more_body"):
                    return
    except (TimeoutError, BodyTooLarge):
        return


class RequestGuard:
    def __init__(self, app: ASGIApp, *, hosts: tuple[HostPort, ...], max_body: int) -> None:
        self.app = app
        self.hosts = hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":  # the console has none
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        problem = self._problem(scope["method"], headers)
        if problem is not None:
            if scope["method"] not in SAFE_METHODS and problem[0] != 413:
                await drain(capped(receive, self.max_body))
            await refusal(*problem)(scope, receive, send)
            return
        await self.app(scope, capped(receive, self.max_body), send)

    def _problem(self, method: str, headers: Headers) -> tuple[int, str] | None:
        if not host_allowed(self.hosts, headers.get("host", "")):
            return 400, "This console does not answer to that host name."
        if method not in SAFE_METHODS:
            why = cross_site(headers, self.hosts)
            if why is not None:
                return 403, f"Refused: {why}."
        length = declared_length(headers)
        if length == -1:
            return 400, "Content-Length is not a number."
        if length is not None and length > self.max_body:
            return 413, f"The request body is larger than {self.max_body} bytes."
        return None
