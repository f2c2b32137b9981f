"""No personal data in any log line (the security review's finding 9): every log record of the
process has its e-mail addresses, national-register and identity-card numbers, machine-readable
zones and IBANs replaced before any handler sees it, in its message, its arguments and its
traceback (a database driver's error quotes the values it refused: PostgreSQL's DETAIL, a
trigger's message). Installed by every entry point (`install_log_redaction`): the command line,
the clock, and the broker module every `dramatiq handlers` process imports.

Generous on purpose: redacting a harmless number costs a log reader little. What cannot be
recognised by its shape (a name, a subject's words) must never be logged in the first place."""

from __future__ import annotations

import logging
import re
import traceback

ADDRESS = "<address>"
NUMBER = "<number>"

# An addr-spec, also quoted or non-ASCII (as worker.transport.redact_addresses reads one).
_ATOM = r"""[^\s<>()\[\]",;:@'=]+"""
_ADDRESS = re.compile(rf"""(?:"[^"\r\n]*"|{_ATOM})@{_ATOM}\.{_ATOM}""")
_NUMBERS = re.compile(
    "|".join(
        (
            # an MRZ line of an identity document (ICAO 9303): 30 or more of [A-Z0-9<] with '<'
            r"\b(?=[A-Z0-9<]*<)[A-Z0-9<]{30,}",
            # IBAN: two letters, two check digits, then 11-30 letters and digits, maybe grouped
            r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b",
            # Belgian national register number: YY.MM.DD-XXX.CC, with or without separators
            r"(?<![\d.])\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s.]?\d{3}[.\s]?\d{2}(?![\d])",
            # Belgian identity card number: 123-4567890-12
            r"(?<![\d-])\d{3}-?\d{7}-?\d{2}(?![\d])",
            # an identity-document number: 2 letters and 7 digits (passports, foreign cards)
            r"\b[A-Z]{2}\d{7}\b",
            # any other run of nine or more digits (a national number written without dots)
            r"(?<!\d)\d{9,}(?!\d)",
        )
    )
)


def redact(text: str) -> str:
    """`text` with addresses and identifying numbers replaced."""
    return _NUMBERS.sub(NUMBER, _ADDRESS.sub(ADDRESS, text))


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """The record, its message merged with its arguments and redacted, its traceback (and stack)
    formatted and redacted (so that no handler formats the raw one later)."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: keep the template, drop the arguments
        message = str(record.msg)
    record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class RedactingFilter(logging.Filter):
    """For a handler of one's own (a filter on a handler sees every record it emits)."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def install_log_redaction() -> None:
    """Every log record this process makes from now on is redacted when it is made, whatever
    logger, handler or formatter it meets (a record factory). Safe to call again."""
    current = logging.getLogRecordFactory()
    if getattr(current, "redacting", False):
        return

    def factory(*args, **kwargs) -> logging.LogRecord:  # noqa: ANN002, ANN003
        return redact_record(current(*args, **kwargs))

    factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
