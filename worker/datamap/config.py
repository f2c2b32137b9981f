"""config/sources.yaml as validated, frozen values (the format is described in docs/sources.md).

Loading never touches a database: what can only be checked against the real schema (that the
columns exist, that a NOT NULL column is not anonymised to NULL) is checked by
worker/datamap/engine.py when it first opens a source.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from config.settings import ConfigError

CATEGORIES = (
    "identity",  # who the person is: name, birth date, national or company numbers
    "contact",  # how to reach them: email, phone, addresses
    "contract",  # orders, invoices, the customer relationship itself
    "payments",  # bank accounts, cards, payment records
    "interactions",  # support tickets, calls, correspondence
    "behaviour_preferences",  # web events, segments, profiling scores, preferences
    "consents",  # marketing consents and processing flags
)
PURPOSES = (
    "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
    "segmentation", "restricted",
)  # fmt: skip

Category = Literal[
    "identity", "contact", "contract", "payments", "interactions", "behaviour_preferences",
    "consents",
]  # fmt: skip
PurposeName = Literal[
    "marketing_email", "marketing_sms", "marketing_post", "marketing_phone", "profiling",
    "segmentation", "restricted",
]  # fmt: skip

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class SourcesConfigError(ConfigError):
    """config/sources.yaml cannot be used; the message is one line naming the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _as_list(value: Any) -> Any:
    """A single mapping where a list is expected is a list of one."""
    return [value] if isinstance(value, dict) else value


def _check_name(value: str) -> str:
    if not _NAME.match(value):
        raise ValueError(f"not a plain SQL name: {value!r}")
    return value


class Hold(_Strict):
    """A named legal ground to keep data after an erasure request (art. 17(3) GDPR)."""

    description: str = ""
    years: int | None = Field(default=None, ge=1, le=100)


class Condition(_Strict):
    """`column` equals a value, or is (not) NULL."""

    column: str
    equals: bool | int | float | str | None = None
    is_null: bool | None = None

    @field_validator("column")
    @classmethod
    def _name(cls, v: str) -> str:
        return _check_name(v)

    @model_validator(mode="after")
    def _one(self) -> Condition:
        given = {"equals", "is_null"} & self.model_fields_set
        if len(given) != 1:
            raise ValueError("give exactly one of 'equals' or 'is_null'")
        return self

    def holds_for(self, row: Mapping[str, Any]) -> bool:
        value = row.get(self.column)
        if "is_null" in self.model_fields_set:
            return (value is None) == bool(self.is_null)
        return value == self.equals


class Retain(_Strict):
    """Rows of the table are kept under `hold`: for `years` after the date in column `from`,
    and/or while every condition of `while` is true."""

    hold: str
    years: int | None = Field(default=None, ge=1, le=100)  # overrides the hold's own
    from_: str | None = Field(default=None, alias="from")
    while_: tuple[Condition, ...] = Field(default=(), alias="while")

    @field_validator("while_", mode="before")
    @classmethod
    def _list(cls, v: Any) -> Any:
        return _as_list(v)

    @field_validator("from_")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        return None if v is None else _check_name(v)

    @model_validator(mode="after")
    def _something(self) -> Retain:
        if self.from_ is None and not self.while_:
            raise ValueError("give 'from' (a date column, with years) or 'while' (conditions)")
        return self


class Anonymise(_Strict):
    """What anonymising does to one column: NULL, a fixed value, a hash, or nothing."""

    how: Literal["null", "set", "hash", "keep"] = "null"
    value: Any = None


class Column(_Strict):
    category: Category | None = None  # the table's when absent
    provided: bool | None = None  # by the data subject (art. 20); the table's when absent
    anonymise: Anonymise = Anonymise()
    erase_when_held: bool = False  # anonymised even in a row kept under a hold
    rectifiable: bool = True

    @field_validator("anonymise", mode="before")
    @classmethod
    def _anonymise(cls, v: Any) -> Any:
        if v is None or v == "null":
            return {"how": "null"}
        if v in ("hash", "keep"):
            return {"how": v}
        if isinstance(v, dict) and set(v) == {"set"}:
            return {"how": "set", "value": v["set"]}
        if isinstance(v, Anonymise):
            return v
        raise ValueError("write null, hash, keep or {set: VALUE}")


class Finder(_Strict):
    """How a row is tied to a person: its own email column (case-insensitive), or a column that
    references a column of another table of the same source (`references: table.column`)."""

    email: str | None = None
    column: str | None = None
    references: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> Finder:
        if self.email is not None:
            if self.column is not None or self.references is not None:
                raise ValueError("give either 'email' or 'column' with 'references'")
            _check_name(self.email)
        elif self.column is None or self.references is None:
            raise ValueError("give either 'email' or 'column' with 'references'")
        else:
            _check_name(self.column)
            table, dot, column = self.references.partition(".")
            if not dot:
                raise ValueError(f"references: write TABLE.COLUMN, not {self.references!r}")
            _check_name(table)
            _check_name(column)
        return self

    @property
    def parent(self) -> tuple[str, str]:
        table, _, column = (self.references or "").partition(".")
        return table, column


class Table(_Strict):
    key: tuple[str, ...] = ("id",)
    find: tuple[Finder, ...] = Field(min_length=1)
    category: Category | None = None
    provided: bool = False
    erase: Literal["delete", "anonymise"] = "delete"
    retain: tuple[Retain, ...] = ()
    columns: dict[str, Column] = Field(min_length=1)
    # The columns that together hold the person's name (e.g. [first_name, last_name]): what an
    # ID copy's holder is compared with.
    person_name: tuple[str, ...] = ()

    @field_validator("find", "retain", "person_name", mode="before")
    @classmethod
    def _list(cls, v: Any) -> Any:
        return _as_list(v)

    @field_validator("key", mode="before")
    @classmethod
    def _key(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("columns", mode="before")
    @classmethod
    def _columns(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {name: {} if spec is None else spec for name, spec in v.items()}
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Table:
        for name in (*self.key, *self.columns):
            _check_name(name)
        for name, column in self.columns.items():
            if column.category is None and self.category is None:
                raise ValueError(f"columns.{name}: no category (give one here or on the table)")
        unknown = [n for n in self.person_name if n not in self.columns]
        if unknown:
            raise ValueError(f"person_name: {unknown[0]!r} is not one of the table's columns")
        clash = set(self.key) & set(self.columns)
        if clash:
            raise ValueError(f"key column {sorted(clash)[0]!r} cannot be a personal column")
        return self

    def category_of(self, column: str) -> str:
        return self.columns[column].category or self.category or ""

    def provided_of(self, column: str) -> bool:
        spec = self.columns[column].provided
        return self.provided if spec is None else spec

    @property
    def main_category(self) -> str:
        return self.category or self.category_of(next(iter(self.columns)))


TableSpec = Table  # the name worker/datamap/engine.py uses, beside SQLAlchemy's Table


class FlagTarget(_Strict):
    """Stopping a purpose in one table: the columns to `set`; `release` undoes it (only
    restriction is released; consent comes back only from the person)."""

    table: str
    set: dict[str, Any] = Field(min_length=1)
    release: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _names(self) -> FlagTarget:
        for name in (*self.set, *(self.release or {})):
            _check_name(name)
        return self


class Purpose(_Strict):
    staff_review: bool = False  # an objection to it may meet compelling grounds: staff decide
    targets: tuple[FlagTarget, ...] = Field(min_length=1)

    @field_validator("targets", mode="before")
    @classmethod
    def _list(cls, v: Any) -> Any:
        return _as_list(v)


class Source(_Strict):
    url: str
    description: str = ""
    ledger: str = "gdpr_erasure_ledger"  # the table of rows kept under a hold after an erasure
    tables: dict[str, Table] = Field(min_length=1)
    flags: dict[PurposeName, Purpose] = {}

    @field_validator("url")
    @classmethod
    def _expand(cls, v: str) -> str:
        return expand_env(v)

    @field_validator("ledger")
    @classmethod
    def _ledger(cls, v: str) -> str:
        return _check_name(v)


class SourcesFile(_Strict):
    version: Literal[1] = 1
    holds: dict[str, Hold] = {}
    sources: dict[str, Source] = Field(min_length=1)


def expand_env(value: str, environ: Mapping[str, str] | None = None) -> str:
    """`${VAR}` and `${VAR:-default}` replaced from the environment; an unset VAR without a
    default is an error."""
    env = os.environ if environ is None else environ

    def one(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        raise ValueError(f"environment variable {name} is not set")

    return _ENV.sub(one, value)


def parse_sources(data: Any, origin: str = "sources.yaml") -> SourcesFile:
    """Validated values from the parsed YAML; SourcesConfigError with one line otherwise."""
    if not isinstance(data, dict):
        raise SourcesConfigError(f"{origin}: expected a mapping with 'sources'")
    try:
        parsed = SourcesFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = _loc(err.get("loc", ()))
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        if err.get("type") == "extra_forbidden":
            msg = "unknown key"
        elif err.get("type") == "missing":
            msg = "required key missing"
        raise SourcesConfigError(
            f"{origin}: {where}: {msg}" if where else f"{origin}: {msg}"
        ) from None
    problem = _cross_check(parsed)
    if problem:
        raise SourcesConfigError(f"{origin}: {problem}")
    return parsed


def load_sources(path: str | Path, urls: Mapping[str, str] | None = None) -> SourcesFile:
    """The data map from a YAML file (with `urls` instead of the file's for the sources named
    there: tests and tools). FileNotFoundError when there is no file."""
    path = Path(path)
    text = path.read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise SourcesConfigError(f"{path}: not valid YAML{line}") from None
    if urls and isinstance(data, dict) and isinstance(data.get("sources"), dict):
        for name, url in urls.items():
            if isinstance(data["sources"].get(name), dict):
                data["sources"][name]["url"] = url
    return parse_sources(data, str(path))


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic's marker for "the key itself is wrong"
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = {"from_": "from", "while_": "while"}.get(str(part), str(part))
            out += f".{name}" if out else name
    return out


def _cross_check(parsed: SourcesFile) -> str:
    """References between keys that single models cannot see: holds, parent tables, cycles."""
    for sname, source in parsed.sources.items():
        base = f"sources.{sname}"
        for tname, table in source.tables.items():
            _check_name(tname)
            where = f"{base}.tables.{tname}"
            for i, finder in enumerate(table.find):
                if finder.references is None:
                    continue
                ptable, pcolumn = finder.parent
                if ptable not in source.tables:
                    return f"{where}.find[{i}].references: no table {ptable!r} in this source"
                if ptable == tname:
                    return f"{where}.find[{i}].references: a table cannot reference itself"
            for i, rule in enumerate(table.retain):
                hold = parsed.holds.get(rule.hold)
                if hold is None:
                    return f"{where}.retain[{i}].hold: unknown hold {rule.hold!r} (see 'holds')"
                if rule.from_ is not None and (rule.years or hold.years) is None:
                    return f"{where}.retain[{i}].years: 'from' needs years (here or on the hold)"
        cycle = _find_cycle(source)
        if cycle:
            return f"{base}.tables: the 'references' of {' -> '.join(cycle)} form a cycle"
        for tname in source.tables:
            if not _reaches_email(source, tname, set()):
                return f"{base}.tables.{tname}.find: no chain of 'references' ends at an 'email'"
        for purpose, spec in source.flags.items():
            for i, target in enumerate(spec.targets):
                if target.table not in source.tables:
                    return (
                        f"{base}.flags.{purpose}.targets[{i}].table: no table {target.table!r}"
                        " in this source"
                    )
    return ""


def _parents(source: Source, table: str) -> list[str]:
    return [f.parent[0] for f in source.tables[table].find if f.references is not None]


def _find_cycle(source: Source) -> list[str]:
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> list[str]:
        state[name] = 1
        for parent in _parents(source, name):
            if state.get(parent) == 1:
                return [*path[path.index(parent) :], parent] if parent in path else [name, parent]
            if parent not in state:
                found = visit(parent, [*path, parent])
                if found:
                    return found
        state[name] = 2
        return []

    for name in source.tables:
        if name not in state:
            found = visit(name, [name])
            if found:
                return found
    return []


def _reaches_email(source: Source, table: str, seen: set[str]) -> bool:
    spec = source.tables[table]
    if any(f.email is not None for f in spec.find):
        return True
    seen = seen | {table}
    return any(p not in seen and _reaches_email(source, p, seen) for p in _parents(source, table))


def parents_first(source: Source) -> list[str]:
    """The source's tables, each after every table it references."""
    order: list[str] = []
    placed: set[str] = set()

    def place(name: str) -> None:
        if name in placed:
            return
        placed.add(name)
        for parent in _parents(source, name):
            place(parent)
        order.append(name)

    for name in source.tables:
        place(name)
    return order
