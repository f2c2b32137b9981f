"""The company's data as the rights see it: every call to the data map through a guard that turns
any failure of a source (unreachable, a table changed since start-up, the map unloadable) into a
`SourceFailure` with a one-line reason, so that run_right flags the case for staff
(`source_failed`) instead of leaving it in progress with a traceback in a log."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from worker.datamap import DataMap, DataMapError
from worker.datamap.config import SourcesConfigError

log = logging.getLogger(__name__)


class SourceFailure(Exception):
    """A data map call failed; `reason` is one line without personal data."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def reason_of(exc: BaseException) -> str:
    """What staff read: the data map's own one-line message, else only the kind of error and
    where it arose (a message of another error may quote the person's data)."""
    if isinstance(exc, DataMapError | SourcesConfigError | FileNotFoundError):
        return str(exc).splitlines()[0][:500] if str(exc) else type(exc).__name__
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}{where}"


class GuardedDataMap:
    """The data map of `load()`, each of its calls raising SourceFailure instead of failing."""

    def __init__(self, load: Callable[[], DataMap]) -> None:
        self._load = load

    def __getattr__(self, name: str) -> Any:
        try:
            target = getattr(self._load(), name)
        except Exception as exc:  # the map cannot be loaded: the same for every call
            raise _failure(exc, name) from None
        if not callable(target):
            return target

        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return target(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - every failure of a source is staff's
                raise _failure(exc, name) from None

        return guarded


def _failure(exc: BaseException, call: str) -> SourceFailure:
    reason = reason_of(exc)
    log.error("data map %s failed: %s", call, reason)
    return SourceFailure(reason)
