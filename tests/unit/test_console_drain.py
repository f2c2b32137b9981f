"""A refusal reads what is left of a small request body before it closes the connection (else
the kernel resets the connection and the reset can overtake the 401 or 403), but it never reads
past the body limit, nor waits long for a client that stops sending."""

import asyncio

import pytest

from worker.console import guard
from worker.console.guard import BodyTooLarge, capped, drain


def body_in(parts: list[bytes]):
    messages = [
        {"type": "http.request", "body": part, "more_body": i < len(parts) - 1}
        for i, part in enumerate(parts)
    ]
    read: list[bytes] = []

    async def receive():
        message = messages.pop(0)
        read.append(message["body"])
        return message

    return receive, read


def test_a_small_body_is_read_to_its_end():
    receive, read = body_in([b"a=1&", b"b=2&", b"token=x"])
    asyncio.run(drain(receive))
    assert b"".join(read) == b"a=1&b=2&token=x"


def test_an_oversized_body_is_not_read_past_the_limit():
    receive, read = body_in([b"x" * 100, b"x" * 100, b"x" * 100, b"x" * 100])
    asyncio.run(drain(capped(receive, 150)))
    assert len(b"".join(read)) == 200  # stopped at the chunk that passed the limit


def test_a_client_that_stops_sending_is_not_waited_for(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(guard, "DRAIN_SECONDS", 0.05)

    async def never():
        await asyncio.sleep(60)

    async def timed() -> float:
        loop = asyncio.get_running_loop()
        start = loop.time()
        await drain(never)
        return loop.time() - start

    assert asyncio.run(timed()) < 5


def test_body_too_large_is_the_limits_signal():
    receive, _ = body_in([b"x" * 10])
    with pytest.raises(BodyTooLarge):
        asyncio.run(capped(receive, 5)())
