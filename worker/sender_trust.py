"""Is the From address authenticated? Only our own receiving server's verdict counts (RFC 8601).

Our receiving server adds one Authentication-Results header with its authserv-id at the top of
the mail, and (RFC 8601 section 5) removes any header carrying that id which the mail brought
with it. A sender can write such a header too, so the verdict is trusted only when:

- exactly one Authentication-Results header carries our authserv-id (two: one of them is forged
  and we cannot tell which; the server did not strip it);
- that header stands in our own trace block: at most `max_received_above` Received headers above
  it (0 by default: above every Received header, where a milter such as rspamd writes it; a
  header the sender wrote sits below our server's Received line);
- it parses as RFC 8601 (result sets split on ";" outside quoted strings and comments, every
  method given as `method=result`), and every `dmarc` result in it is `pass`, with
  `header.from` naming the domain of the mail's single From address.

Anything else is "not authenticated": the case then waits for a person before data is disclosed
or changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.domain import InboundMail

_PAIR = re.compile(
    r"""\s*(?P<name>[A-Za-z0-9_.\-/]+)\s*=\s*(?P<value>"(?:[^"\\]|\\.)*"|[^\s";=]+)\s*"""
)
_VERSION = re.compile(r"\d+")


@dataclass(frozen=True)
class ResultSet:
    """One resinfo of an Authentication-Results header: `dmarc=pass header.from=example.com`."""

    method: str
    result: str
    properties: tuple[tuple[str, str], ...]  # ("header.from", "example.com"), reason too

    def prop(self, name: str) -> str | None:
        return next((v for k, v in self.properties if k == name), None)


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str
    results: tuple[ResultSet, ...]


def _without_comments(value: str) -> str | None:
    """The value with RFC 5322 comments (nested, outside quoted strings) replaced by a space;
    None when the parentheses or quotes do not balance."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\" and (quoted or depth):
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            out.append(ch)
            if ch == '"':
                quoted = False
            continue
        if ch == "(":
            depth += 1
            continue
        if ch == ")":
            if depth == 0:
                return None
            depth -= 1
            if depth == 0:
                out.append(" ")
            continue
        if depth:
            continue
        if ch == '"':
            quoted = True
        out.append(ch)
    return None if depth or quoted else "".join(out)


def _split_outside_quotes(value: str, sep: str = ";") -> list[str]:
    parts, current, quoted, escaped = [], [], False, False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_auth_results(value: str) -> AuthResults | None:
    """An Authentication-Results value as RFC 8601 reads it; None when it is malformed."""
    if len(value) > 8192:
        return None
    clean = _without_comments(value)
    if clean is None:
        return None
    head, *resinfos = _split_outside_quotes(clean)
    words = head.split()
    if not words or len(words) > 2 or (len(words) == 2 and not _VERSION.fullmatch(words[1])):
        return None
    results: list[ResultSet] = []
    for resinfo in resinfos:
        if resinfo.strip().lower() == "none" and not results and len(resinfos) == 1:
            break  # "no-result": the server checked nothing
        pairs: list[tuple[str, str]] = []
        pos = 0
        while pos < len(resinfo):
            if not resinfo[pos:].strip():
                break
            match = _PAIR.match(resinfo, pos)
            if match is None:
                return None  # not name=value: refuse the whole header rather than guess
            pairs.append((match["name"].lower(), _unquote(match["value"])))
            pos = match.end()
        if not pairs:
            return None
        (method, result), props = pairs[0], tuple(pairs[1:])
        if "." in method or any("." not in k and k != "reason" for k, _ in props):
            return None  # a method must come first; every other item is ptype.property
        results.append(ResultSet(method.split("/")[0], result.lower(), props))
    return AuthResults(words[0].lower(), tuple(results))


def authserv_id(value: str) -> str:
    """The authserv-id of an Authentication-Results value ("" when it is malformed)."""
    parsed = parse_auth_results(value)
    return parsed.authserv_id if parsed else ""


def _domain(value: str) -> str:
    value = value.strip().lower().rstrip(".")
    value = value.rpartition("@")[2]
    try:
        return value.encode("idna").decode("ascii")
    except UnicodeError:
        return value


def sender_verified(
    mail: InboundMail, trusted_authserv_id: str, *, max_received_above: int = 0
) -> bool:
    """Our own server authenticated the From domain of this mail (DMARC pass, aligned)."""
    trusted = trusted_authserv_id.strip().lower()
    if not trusted:
        return False
    ours: list[tuple[int, AuthResults]] = []
    received_above = 0
    for name, value in mail.headers:  # in order: the topmost first
        if name == "received":
            received_above += 1
        elif name == "authentication-results":
            parsed = parse_auth_results(value)
            claims_ours = (
                parsed.authserv_id == trusted if parsed else trusted in value.lower().split(";")[0]
            )
            if claims_ours:
                if parsed is None:
                    return False  # a malformed header in our name: nothing is trusted
                ours.append((received_above, parsed))
    if len(ours) != 1:
        return False
    above, verdict = ours[0]
    if above > max_received_above:
        return False
    dmarc = [r for r in verdict.results if r.method == "dmarc"]
    if not dmarc or any(r.result != "pass" for r in dmarc):
        return False
    from_domain = _domain(mail.sender.email)
    return all(
        (header_from := r.prop("header.from")) is not None and _domain(header_from) == from_domain
        for r in dmarc
    )
