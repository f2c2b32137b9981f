"""A corpus of hostile mails, built in code: every mail of the security review's finding 2 (poison
mails and algorithmic bombs, ../shared/reviews/security.md), and a few more of the same kinds.

`hostile_mails(scale)` yields (name, raw bytes, expected parse outcome): "mail" when parse()
must return an InboundMail, else the reason code of the Unreadable it must return. `scale`
multiplies every count (1.0: the sizes of the review); the expected outcome follows the size,
since a scaled-down bomb may fall under a limit. Nothing here is random: the same scale gives
the same bytes.

Used by tests/hostile/test_corpus.py (each mail parsed within time and memory bounds), by
`python -m tests.hostile.measure` (the table of time and peak memory per mail) and by
`python -m tests.hostile.write_maildir DIR` (the corpus as a Maildir, for `gdpr-worker run`).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Iterator

from worker.mail import addresses, structure

CRLF = b"\r\n"
FROM = b"Jan Peeters <jan.peeters@mail.example>"
TO = b"GDPR@alsicohightech.com"


def mail(*headers: bytes, body: bytes = b"Graag inzage.", **fields: bytes) -> bytes:
    """A mail from the header lines given; From, To, Subject, Message-ID filled in unless given
    (as keyword `from_`, `to`, `subject`, `message_id`; b"" leaves the field out)."""
    defaults = {
        "from_": b"From: " + FROM,
        "to": b"To: " + TO,
        "subject": b"Subject: Inzage",
        "message_id": b"Message-ID: <hostile@mail.example>",
    }
    top = [fields.get(k, v) for k, v in defaults.items()]
    lines = [line for line in (*top, *headers) if line]
    return CRLF.join(lines) + CRLF + CRLF + body


def _n(count: int, scale: float) -> int:
    return max(1, int(count * scale))


# --- poison mails: one field the store or an encoder cannot take --------------------------------


def utf8_from_kelvin(scale: float) -> tuple[bytes, str]:
    # "Kim" with a Kelvin sign (U+212A), raw UTF-8 (RFC 6532)
    return mail(from_="From: Kim <\u212aim@mail.example>".encode()), "mail"


def utf8_from_idn(scale: float) -> tuple[bytes, str]:
    return mail(from_="From: Jörg <jörg@exämple.de>".encode()), "mail"


def utf8_from_cyrillic_domain(scale: float) -> tuple[bytes, str]:
    return mail(from_="From: Jan <jan@m\u0430il.example>".encode()), "mail"


def nul_in_subject(scale: float) -> tuple[bytes, str]:
    return mail(subject=b"Subject: =?utf-8?q?Inzage_a=00b?="), "mail"


def long_message_id(scale: float) -> tuple[bytes, str]:
    return mail(message_id=b"Message-ID: <" + b"m" * 1200 + b"@evil.example>"), "mail"


def long_display_name(scale: float) -> tuple[bytes, str]:
    name = b"=?utf-8?q?" + b"J=C3=B6rg_" * 60 + b"?="  # 360 characters decoded
    return mail(from_=b"From: " + name + b" <jorg@mail.example>"), "mail"


def long_content_type(scale: float) -> tuple[bytes, str]:
    boundary = b"b1"
    body = (
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMijn ID in bijlage.\r\n"
        b"--b1\r\nContent-Type: application/" + b"x" * 300 + b'; name="id.pdf"\r\n'
        b'Content-Disposition: attachment; filename="id.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"%PDF-1.4 not really")
        + b"\r\n--b1--\r\n"
    )
    return (
        mail(
            b"MIME-Version: 1.0",
            b"Content-Type: multipart/mixed; boundary=" + boundary,
            body=body,
        ),
        "mail",
    )


def latin1_headers(scale: float) -> tuple[bytes, str]:
    # raw 8-bit Latin-1 in Subject and display name, the body declaring iso-8859-1
    return (
        mail(
            b"MIME-Version: 1.0",
            b"Content-Type: text/plain; charset=iso-8859-1",
            b"Content-Transfer-Encoding: 8bit",
            from_=b"From: Jo\xeblle De Smet <joelle@mail.example>",
            subject=b"Subject: Verzoek tot inzage \xe9\xe9n keer",
            body=b"Graag inzage in mijn gegevens. Jo\xeblle",
        ),
        "mail",
    )


# --- algorithmic bombs -------------------------------------------------------------------------


def long_word(scale: float) -> tuple[bytes, str]:
    rng = random.Random(1800)
    word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(_n(1800, scale)))
    return mail(body=f"Please delete {word} my data.".encode()), "mail"


def received_600(scale: float) -> tuple[bytes, str]:
    count = _n(600, scale)
    received = [
        b"Received: from relay%d.example (relay%d.example [192.0.2.1]) by mx.example" % (i, i)
        for i in range(count)
    ]
    expected = "too_many_headers" if count + 4 > structure.MAX_HEADERS else "mail"
    return mail(*received), expected


def sentence_41k(scale: float) -> tuple[bytes, str]:
    return mail(body=b"delete my data " * _n(2700, scale)), "mail"


def sentence_200k(scale: float) -> tuple[bytes, str]:
    return mail(body=b"delete my data " * _n(13334, scale)), "mail"


def x_headers_200k(scale: float) -> tuple[bytes, str]:
    count = _n(200_000, scale)
    expected = "too_many_headers" if count + 4 > structure.MAX_HEADERS else "mail"
    return mail(*(b"X-H%d: v" % i for i in range(count))), expected


def folded_subject_120k(scale: float) -> tuple[bytes, str]:
    lines = [b"x" * 70] * _n(120_000, scale)
    return mail(subject=b"Subject: " + b"\r\n ".join(lines)), "mail"


def body_30mb(scale: float) -> tuple[bytes, str]:
    line = b"Please delete all my personal data, every record you hold about me.\r\n"
    return mail(body=line * (_n(30_000_000, scale) // len(line))), "mail"


def encoded_words_200k(scale: float) -> tuple[bytes, str]:
    return mail(subject=b"Subject: " + b"=?utf-8?q?ab?=" * _n(200_000, scale)), "mail"


def from_100k_addresses(scale: float) -> tuple[bytes, str]:
    count = _n(100_000, scale)
    value = b", ".join(b"a%d@evil.example" % i for i in range(count))
    if len(value) > addresses.MAX_FROM_FIELD:
        expected = "header_too_long"
    else:
        expected = "multiple_from" if count > 1 else "mail"
    return mail(from_=b"From: " + value), expected


def empty_parts_50k(scale: float) -> tuple[bytes, str]:
    count = _n(50_000, scale)
    body = b"--b\r\n\r\n" * count + b"--b--\r\n"
    expected = "too_many_parts" if count + 1 > structure.MAX_PARTS else "mail"
    return mail(b"MIME-Version: 1.0", b"Content-Type: multipart/mixed; boundary=b", body=body), (
        expected
    )


def nested_3000(scale: float) -> tuple[bytes, str]:
    depth = _n(3000, scale)
    body = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1)
        for i in range(depth)
    )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\nGraag inzage.\r\n" % depth
    raw = mail(b"MIME-Version: 1.0", b"Content-Type: multipart/mixed; boundary=b0", body=body)
    lines = structure.line_count(raw)
    allowed = min(structure.MAX_DEPTH, structure.MAX_LINE_DEPTH // lines)
    return raw, "too_deep" if depth + 1 > allowed else "mail"


# --- more of the same kinds --------------------------------------------------------------------


def two_from_headers(scale: float) -> tuple[bytes, str]:
    return mail(b"From: Attacker <attacker@evil.example>"), "multiple_from"


def ambiguous_from(scale: float) -> tuple[bytes, str]:
    # Python's parser would read the first address, a DMARC check the second
    return mail(from_=b"From: jan.peeters@mail.example <attacker@evil.example>"), "no_sender"


def html_unclosed_attributes(scale: float) -> tuple[bytes, str]:
    html = b"<p>Please delete my data.</p>" + b"<a b='" * _n(40_000, scale)
    return mail(b"MIME-Version: 1.0", b"Content-Type: text/html; charset=utf-8", body=html), (
        "mail"
    )


def html_unclosed_comments(scale: float) -> tuple[bytes, str]:
    html = b"<p>Please delete my data.</p>" + b"<!--" * _n(50_000, scale)
    return mail(b"MIME-Version: 1.0", b"Content-Type: text/html; charset=utf-8", body=html), (
        "mail"
    )


def html_deep_blockquotes(scale: float) -> tuple[bytes, str]:
    html = b"<p>Please delete my data.</p>" + b"<blockquote>x<br>" * _n(50_000, scale)
    return mail(b"MIME-Version: 1.0", b"Content-Type: text/html; charset=utf-8", body=html), (
        "mail"
    )


def comment_bomb_to(scale: float) -> tuple[bytes, str]:
    # comments in an address list: the stdlib parser is quadratic on them
    return mail(to=b"To: " + b"(x)" * _n(100_000, scale) + b" <gdpr@alsicohightech.com>"), "mail"


def content_type_parameters(scale: float) -> tuple[bytes, str]:
    count = _n(10_000, scale)
    params = b"".join(b";\r\n a%d=b" % i for i in range(count))
    raw = mail(b"MIME-Version: 1.0", b"Content-Type: text/plain" + params)
    too_long = count > structure.MAX_MIME_PARAMETERS or len(params) > structure.MAX_MIME_FIELD
    return raw, "header_too_long" if too_long else "mail"


def short_lines_2m(scale: float) -> tuple[bytes, str]:
    count = _n(2_000_000, scale)
    raw = mail(body=b"a\n" * count)
    return raw, "too_many_lines" if structure.line_count(raw) > structure.MAX_LINES else "mail"


def attribution_flood(scale: float) -> tuple[bytes, str]:
    unit = (
        b"On Tue, 24 Nov 2026 at 10:12, GDPR <GDPR@alsicohightech.com>\r\n"
        b"From: x\r\nwrote:\r\n> old\r\nSent: y\r\n"
    )
    return mail(body=b"Delete my data.\r\n" + unit * _n(20_000, scale)), "mail"


def controls_everywhere(scale: float) -> tuple[bytes, str]:
    body = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDelete\x00 my\x1b[31m data\x07.\r\n"
        b"--b\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="id\xe2\x80\xaefdp.exe\x00"\r\n\r\n'
        b"%PDF-1.4\r\n--b--\r\n"
    )
    return (
        mail(
            b"MIME-Version: 1.0",
            b"Content-Type: multipart/mixed; boundary=b",
            subject=b"Subject: =?utf-16?b?2ADYAA==?= \x1b]0;title\x07",
            from_="From: \u202eevil\x7f <jan@mail.example>".encode(),
            body=body,
        ),
        "mail",
    )


BUILDERS: dict[str, Callable[[float], tuple[bytes, str]]] = {
    f.__name__: f
    for f in (
        utf8_from_kelvin, utf8_from_idn, utf8_from_cyrillic_domain, nul_in_subject,
        long_message_id, long_display_name, long_content_type, latin1_headers, long_word,
        received_600, sentence_41k, sentence_200k, x_headers_200k, folded_subject_120k,
        body_30mb, encoded_words_200k, from_100k_addresses, empty_parts_50k, nested_3000,
        two_from_headers, ambiguous_from, html_unclosed_attributes, html_unclosed_comments,
        html_deep_blockquotes, comment_bomb_to, content_type_parameters, short_lines_2m,
        attribution_flood, controls_everywhere,
    )
}  # fmt: skip


def hostile_mail(name: str, scale: float = 1.0) -> tuple[bytes, str]:
    return BUILDERS[name](scale)


def hostile_mails(scale: float = 1.0) -> Iterator[tuple[str, bytes, str]]:
    """(name, raw bytes, expected outcome) of every mail, built one at a time."""
    for name, build in BUILDERS.items():
        raw, expected = build(scale)
        yield name, raw, expected
