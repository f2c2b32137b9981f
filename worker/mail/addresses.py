"""Mail addresses read strictly, in one canonical form.

Canonical form (what `Address.email` holds, what cases, the reply cap and threading compare):
- the domain in ASCII: lower-cased, an internationalised domain as its IDNA 2008 A-label
  (UTS #46 mapping: `exämple.de` becomes `xn--exmple-cua.de`), so that a look-alike domain
  (a Cyrillic `а` in `mаil.example`) can never equal the real one;
- the local part as written, in Unicode NFC (RFC 6532 asks for it; it merges only canonically
  equivalent spellings: a Kelvin sign U+212A is the letter K), with only its ASCII letters
  lower-cased. Mail servers compare non-ASCII local parts as they like (RFC 6531), so no
  Unicode case folding and no compatibility mapping is applied: `JÖRG@…` becomes `jÖrg@…`,
  and a fullwidth or Cyrillic look-alike stays a different address.

The From field must name exactly one mailbox, and be read without guessing: the stdlib's parser
recovers from malformed fields (`jan@mail.example <attacker@evil.example>` reads as the first
address, while a receiving server's DMARC check reads the second), so any field it had to repair
is refused rather than trusted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email import errors, policy

import idna

from worker.domain import Address
from worker.mail import clean

MAX_FROM_FIELD = 2048  # characters; the stdlib's address parser is quadratic beyond that
MAX_LIST_FIELD = 4096  # To, Cc, Reply-To: longer ones are not read (they steer nothing)
MAX_LIST_ADDRESSES = 100
MAX_NAME = 200  # characters of a display name
MAX_EMAIL = 254  # RFC 5321 path limit less the angle brackets

_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


@dataclass(frozen=True)
class FromReading:
    """The single sender, or why there is none: a reason code for Unreadable and a detail."""

    sender: Address | None
    reason: str = ""
    detail: str = ""


def read_from(values: list[str]) -> FromReading:
    """The sender named by the From field(s) of a mail (raw values, decoded, in order)."""
    if not values:
        return FromReading(None, "no_sender", "no From header")
    if len(values) > 1:
        return FromReading(None, "multiple_from", f"{len(values)} From headers")
    value = values[0]
    if len(value) > MAX_FROM_FIELD:
        return FromReading(None, "header_too_long", f"From over {MAX_FROM_FIELD} characters")
    try:
        header = policy.default.header_factory("from", value)
        found = list(header.addresses)
        repaired = any(isinstance(d, errors.InvalidHeaderDefect) for d in header.defects)
        grouped = any(group.display_name is not None for group in header.groups)
    except Exception:
        return FromReading(None, "no_sender", "unreadable From header")
    if len(found) > 1:
        return FromReading(None, "multiple_from", f"{len(found)} addresses in From")
    if repaired or grouped or not found:
        return FromReading(None, "no_sender", "no single well-formed From address")
    address = _address(found[0])
    if address is None:
        return FromReading(None, "no_sender", "the From address is not a valid mail address")
    return FromReading(address)


def read_list(value: str) -> tuple[Address, ...]:
    """The valid addresses of a To, Cc or Reply-To field; none when it is over the limit."""
    if not value or len(value) > MAX_LIST_FIELD:
        return ()
    try:
        found = policy.default.header_factory("to", value).addresses
    except Exception:
        return ()
    addresses = (_address(a) for a in found[:MAX_LIST_ADDRESSES])
    return tuple(a for a in addresses if a is not None)


def sender_text(values: list[str]) -> str:
    """Who a quarantined mail says it is from, for staff: its one clear address, else the From
    field(s) as written (never the parser's guess at a malformed one), bounded. Never raises."""
    try:
        reading = read_from(values)
    except Exception:
        reading = FromReading(None)
    if reading.sender is not None:
        return reading.sender.email
    return clean.line(" | ".join(v[: MAX_FROM_FIELD + 1] for v in values[:5]), 320)


def canonical(addr_spec: str) -> str | None:
    """The canonical form of `local@domain` (see the module doc), or None when it is none."""
    local, at, domain = addr_spec.rpartition("@")
    if not (local and at and domain) or addr_spec != clean.line(addr_spec, len(addr_spec)):
        return None
    if any(c.isspace() for c in addr_spec) or "@" in local.strip('"').replace('\\"', ""):
        return None
    local = unicodedata.normalize("NFC", local)
    local = local.encode("utf-8").lower().decode("utf-8")  # ASCII letters only
    domain = _canonical_domain(domain)
    if domain is None or len(local.encode("utf-8")) > 64:
        return None
    email = f"{local}@{domain}"
    return email if len(email) <= MAX_EMAIL else None


def _canonical_domain(domain: str) -> str | None:
    domain = domain.rstrip(".")
    if domain.isascii():
        domain = domain.lower()
    else:
        try:
            domain = idna.encode(domain, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError):
            return None
    labels = domain.split(".")
    if len(labels) < 2 or len(domain) > 253:
        return None
    return domain if all(_LABEL.fullmatch(label) for label in labels) else None


# Providers known to ignore dots in the local part (the rest are their owners' business).
_DOTLESS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def mailbox_key(email: str) -> str:
    """The mailbox a canonical address delivers to, as far as it can be told from outside, for
    counting replies per recipient: lower case, the `+tag` of a sub-address dropped, and for the
    providers that ignore them, the dots (`Victim+7@x` and `victim@x` are one mailbox)."""
    local, _, domain = email.lower().rpartition("@")
    if not local.startswith('"'):
        base, plus, _tag = local.partition("+")
        local = base or local
    if domain in _DOTLESS:
        domain = _DOTLESS[domain]
        local = local.replace(".", "") or local
    return f"{local}@{domain}"


def mailbox_domains(email: str) -> tuple[str, ...]:
    """The domains an address with the same `mailbox_key` may be written with."""
    domain = email.lower().rpartition("@")[2]
    target = _DOTLESS.get(domain)
    if target is None:
        return (domain,)
    return tuple(sorted(d for d, t in _DOTLESS.items() if t == target))


MAX_ECHOED_NAME = 64  # characters of a display name a reply greets with
_LINKISH = re.compile(
    r"@|://|\bwww\.|\b[\w-]{2,}\.(?:[a-z]{2,}|xn--[a-z0-9-]+)\b|[<>\[\]{}|\\]", re.IGNORECASE
)
_DIGITS = re.compile(r"\d{3}")


def echoable_name(name: str) -> str:
    """The display name a reply may greet its recipient with, or "" (then the greeting is the
    neutral one). Whatever is written there the sender chose, and the reply goes out under the
    company's name (backscatter: the security review's finding 7): nothing with an address, a
    link or a domain in it, no run of digits, no control or format characters; whitespace
    folded, and at most MAX_ECHOED_NAME characters, cut at a word."""
    if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for c in name):
        return ""
    folded = " ".join(name.split()).strip(" \"'")
    if not folded or _LINKISH.search(folded) or _DIGITS.search(folded):
        return ""
    if len(folded) > MAX_ECHOED_NAME:
        cut = folded[: MAX_ECHOED_NAME + 1].rsplit(" ", 1)[0]
        folded = cut if len(cut) <= MAX_ECHOED_NAME else folded[:MAX_ECHOED_NAME]
    return folded.rstrip(" ,;:-")


def _address(found) -> Address | None:  # a headerregistry.Address
    spec = clean.unescape(found.addr_spec or "")
    if not spec or spec == "<>":
        return None
    email = canonical(spec)
    if email is None:
        return None
    return Address(email=email, name=clean.line(clean.unescape(found.display_name), MAX_NAME))
