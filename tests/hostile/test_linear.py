"""parse() is linear in its input: for each adversarial shape, a mail 20 times larger takes at
most 40 times longer (quadratic work would take about 400 times longer). Ratios, never an
absolute time: each time is the best of several runs, each run repeated until it lasts 20 ms."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.hostile.mails import mail
from worker.mail.parse import parse

SMALL, LARGE = 10_000, 200_000
MAX_RATIO = 40

HTML = (b"MIME-Version: 1.0", b"Content-Type: text/html; charset=utf-8")


def _times(unit: bytes, size: int) -> bytes:
    return unit * max(1, size // len(unit))


def _parts(size: int) -> bytes:
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    body = _times(part, size) + b"--b--\r\n"
    return mail(b"MIME-Version: 1.0", b"Content-Type: multipart/mixed; boundary=b", body=body)


def _nested_text(size: int) -> bytes:
    depth = 20
    body = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
        for i in range(depth)
    )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % depth + _times(b"delete it\r\n", size)
    return mail(b"MIME-Version: 1.0", b"Content-Type: multipart/mixed; boundary=b0", body=body)


SHAPES: dict[str, Callable[[int], bytes]] = {
    "repeated sentence body": lambda n: mail(body=_times(b"delete my data ", n)),
    "one long line": lambda n: mail(body=b"x" * n),
    "empty lines": lambda n: mail(body=b"\r\n" * (n // 2)),
    "received headers": lambda n: mail(*[b"Received: from a.example by b.example"] * (n // 40)),
    "x- headers": lambda n: mail(*(b"X-H%d: v" % i for i in range(n // 10))),
    "folded subject": lambda n: mail(subject=b"Subject: " + _times(b"xxxxxxxxxx\r\n ", n)),
    "encoded-words subject": lambda n: mail(subject=b"Subject: " + _times(b"=?utf-8?q?ab?=", n)),
    "8-bit subject": lambda n: mail(subject=b"Subject: " + _times(b"\xe9\xc3\xa9", n)),
    "from with many addresses": lambda n: mail(from_=b"From: " + _times(b"a@b.example, ", n)),
    "from comments": lambda n: mail(from_=b"From: " + _times(b"(x)", n) + b" <a@b.example>"),
    "to comments": lambda n: mail(to=b"To: " + _times(b"(x)", n) + b" <a@b.example>"),
    "references": lambda n: mail(b"References: " + _times(b"<a@b.example> ", n)),
    "message-id without end": lambda n: mail(message_id=b"Message-ID: <" + b"m" * n),
    "mime parts": _parts,
    "nested parts with text": _nested_text,
    "base64 attachment": lambda n: mail(
        b"MIME-Version: 1.0",
        b"Content-Type: application/pdf",
        b"Content-Transfer-Encoding: base64",
        body=_times(b"JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVy\r\n", n),
    ),
    "html unclosed attributes": lambda n: mail(*HTML, body=_times(b"<a b='", n)),
    "html unclosed comments": lambda n: mail(*HTML, body=_times(b"<!--", n)),
    "html end tags": lambda n: mail(*HTML, body=_times(b"</", n)),
    "html nested blockquotes": lambda n: mail(*HTML, body=_times(b"<blockquote>x<br>", n)),
    "html gmail quotes": lambda n: mail(
        *HTML, body=_times(b'<div class="gmail_quote">On 1 Jan, a@b wrote:<br>x</div>', n)
    ),
    "attribution lines": lambda n: mail(
        body=_times(b"On Tue, 24 Nov 2026 at 10:12, GDPR <GDPR@alsicohightech.com>\r\n", n)
    ),
    "header-like lines": lambda n: mail(body=_times(b"From: x\r\nSent: y\r\nTo: z\r\n> q\r\n", n)),
    "quoted lines": lambda n: mail(body=_times(b"> quoted\r\n", n)),
    "dash lines": lambda n: mail(body=_times(b"-" * 999 + b"\r\n", n)),
    "space lines": lambda n: mail(body=_times(b" " * 999 + b"\r\n", n)),
    "wrote colons": lambda n: mail(body=_times(b"wrote wrote wrote:", n)),
}


def _seconds(raw: bytes) -> float:
    """The best per-parse time of five runs, each repeating parse for at least 20 ms."""
    best = float("inf")
    for _ in range(5):
        count, started = 0, time.perf_counter()
        while True:
            parse(raw)
            count += 1
            elapsed = time.perf_counter() - started
            if elapsed >= 0.02:
                break
        best = min(best, elapsed / count)
    return best


@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_is_linear_in_its_input(shape):
    small, large = SHAPES[shape](SMALL), SHAPES[shape](LARGE)
    assert 15 <= len(large) / len(small) <= 25
    ratio = _seconds(large) / _seconds(small)
    print(f"{shape}: {len(small)} B → {len(large)} B, time x{ratio:.1f}")
    assert ratio <= MAX_RATIO
