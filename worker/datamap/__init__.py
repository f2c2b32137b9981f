"""The company's personal data as config/sources.yaml maps it: `config` validates the file,
`graph` ties its tables and sources together, `schema` checks it against the databases, `find`,
`erase` and `engine` find, export, erase, flag, rectify and purge (docs/sources.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from config.settings import DEFAULT_SOURCES, Settings
from worker.datamap.config import SourcesConfigError
from worker.datamap.engine import DataMap, DataMapError, Problem, Record, subject_hash

__all__ = [
    "DataMap",
    "DataMapError",
    "MapCheck",
    "Problem",
    "Record",
    "check_sources",
    "datamap_for",
    "require_usable",
    "startup_check",
    "subject_hash",
]


@cache
def datamap_for(path: str) -> DataMap:
    """The data map at `path`; the shipped config/sources.yaml when the default path is not in
    the working directory (an installed package run elsewhere). The databases it names must
    exist: the demo CRM of the shipped map is made by scripts/demo (samples/demo_crm.py)."""
    if not Path(path).exists() and path == DEFAULT_SOURCES:
        path = str(files("config").joinpath("sources.yaml"))
    return DataMap.load(path)


@dataclass(frozen=True)
class MapCheck:
    """The data map against the live databases: `errors` make it unusable (a map error, a
    missing table or column, a type that does not fit), `slow` are missing indexes."""

    path: str
    errors: list[str] = field(default_factory=list)
    slow: list[str] = field(default_factory=list)
    size: dict[str, int] = field(default_factory=dict)

    @property
    def problems(self) -> list[str]:
        return [*self.errors, *self.slow]


def check_sources(path: str) -> MapCheck:
    """`gdpr-worker sources check`, and every process at start-up: the map at `path` loaded and
    checked against every database it names."""
    try:
        datamap = datamap_for(path)
    except FileNotFoundError:
        return MapCheck(path, [f"{path}: no such file"])
    except SourcesConfigError as exc:
        return MapCheck(path, [str(exc)])
    problems = datamap.problems()
    return MapCheck(
        path,
        errors=[str(p) for p in problems if p.fatal],
        slow=[str(p) for p in problems if not p.fatal],
        size=datamap.size(),
    )


def require_usable(path: str, configured: bool = True) -> list[str]:
    """At a process's start: a map with an error raises SourcesConfigError (one line: the first
    problem, and how many more there are), so the process refuses to start rather than let a
    job meet it. Returns the lines to warn about (missing indexes). The shipped map where nobody
    configured one (`configured` false) only warns: the worker runs on its embedded defaults,
    and a request that needs the company's data goes to staff (source_failed)."""
    checked = check_sources(path)
    warnings = [f"data map: {line}" for line in checked.slow]
    if not checked.errors:
        return warnings
    more = len(checked.errors) - 1
    first = checked.errors[0] + (f" (and {more} more: gdpr-worker sources check)" if more else "")
    if not configured:
        return [
            *warnings,
            f"data map: {first}; requests that need the company's data go to staff until "
            "GDPR_SOURCES names a usable map (scripts/demo makes the demo CRM)",
        ]
    raise SourcesConfigError(f"GDPR_SOURCES: {first}")


def startup_check(settings: Settings) -> list[str]:
    """`require_usable` for a process's settings (`run`, `poll`, `web`, the clock, `dramatiq
    handlers`): GDPR_SOURCES, or the shipped map where it is not set."""
    return require_usable(settings.sources, configured="sources" in settings.model_fields_set)
