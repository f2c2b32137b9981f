"""Log redaction (worker/redact.py): addresses and identity numbers never reach a log handler,
neither in a message, nor in its arguments, nor in a traceback."""

from __future__ import annotations

import io
import logging

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from worker.redact import RedactingFilter, install_log_redaction, redact


@pytest.mark.parametrize(
    "secret",
    [
        "jan.peeters@mail.example",
        '"jan peeters"@mail.example',
        "jörg@xn--exmple-cua.de",
        "80.01.01-123.45",
        "80010112345",
        "800101 123 45",
        "592-1234567-88",
        "IDBEL5921234568800101123450<<<",
        "PEETERS<<JAN<<<<<<<<<<<<<<<<<<",
        "BE71 0961 2345 6769",
        "BE71096123456769",
    ],
)
def test_what_is_redacted(secret: str) -> None:
    assert secret not in redact(f"before {secret} after")


@pytest.mark.parametrize(
    "kept",
    [
        "case GDPR-2026-000123 opened",
        "reply 12 of case GDPR-2026-000001 deferred (attempt 3)",
        "2026-12-06 06:07:54,123",
        "took 12.5 s for 123456 bytes",
        "IntegrityError at intake.py:161",
    ],
)
def test_what_is_kept(kept: str) -> None:
    assert redact(kept) == kept


def test_a_filter_on_a_handler_redacts_message_arguments_and_traceback() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test_redact.filter")
    logger.addHandler(handler)
    logger.propagate = False
    engine = create_engine("sqlite://", hide_parameters=False)  # the worst case: values shown
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x TEXT UNIQUE)"))
            conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": "jan.peeters@mail.example"})
        try:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": "jan.peeters@mail.example"})
        except IntegrityError:
            logger.exception("write of %s failed", "80.01.01-123.45")
    finally:
        logger.removeHandler(handler)
        engine.dispose()
    logged = stream.getvalue()
    assert "IntegrityError" in logged and "[parameters:" in logged
    assert "jan.peeters" not in logged and "80.01.01-123.45" not in logged


def test_the_record_factory_covers_every_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging, "_logRecordFactory", logging.getLogRecordFactory())
    install_log_redaction()
    install_log_redaction()  # twice: once in effect
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("some.library")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("mail from %s", "jan.peeters@mail.example")
        try:
            raise ValueError("value 592-1234567-88 refused")
        except ValueError:
            logger.error("failed", exc_info=True)
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue().count("<address>") == 1 and "<number>" in stream.getvalue()
    assert "jan.peeters" not in stream.getvalue() and "592-1234567" not in stream.getvalue()
