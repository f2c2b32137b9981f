"""The company's personal data as config/sources.yaml maps it: `config` validates the file,
`engine` finds, exports, erases, flags, rectifies and purges (docs/sources.md)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from config.settings import DEFAULT_SOURCES
from worker.datamap.engine import DataMap, DataMapError, subject_hash

__all__ = ["DataMap", "DataMapError", "datamap_for", "subject_hash"]


@cache
def datamap_for(path: str) -> DataMap:
    """The data map at `path`; the shipped config/sources.yaml when the default path is not in
    the working directory (an installed package run elsewhere). The databases it names must
    exist: the demo CRM of the shipped map is made by scripts/demo (samples/demo_crm.py)."""
    if not Path(path).exists() and path == DEFAULT_SOURCES:
        path = str(files("config").joinpath("sources.yaml"))
    return DataMap.load(path)
