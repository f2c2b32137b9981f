"""config/sources.yaml as validated, frozen values (the format is described in docs/sources.md).

Loading never touches a database: what can only be checked against the real schema (that the
tables, columns and indexes exist, that the types fit) is checked by worker/datamap/schema.py
(`gdpr-worker sources check`, and every process at start-up). The references between keys (holds,
tables, sources, cycles) are checked here, in worker/datamap/graph.py.
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
from worker.datamap.texts import (
    Labels,
    Language,
    SourceStatutory,
    check_labels,
    label_in,
)

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


def _check_dotted(value: str, parts: tuple[int, ...] = (1, 2)) -> str:
    """`column`, or `table.column` (a column of a related row) where two parts are allowed."""
    names = value.split(".")
    if len(names) not in parts:
        raise ValueError(f"write COLUMN or TABLE.COLUMN, not {value!r}")
    for name in names:
        _check_name(name)
    return value


class Hold(_Strict):
    """A named legal ground to keep data after an erasure request (art. 17(3) GDPR)."""

    description: str = ""
    label: Labels = {}  # how the reply to the person names it, per language
    years: int | None = Field(default=None, ge=1, le=100)

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, v: Any) -> Any:
        return check_labels(v)

    @model_validator(mode="after")
    def _named(self) -> Hold:
        if not self.description.strip() and not self.label:
            raise ValueError("give a label (per language) or a description: the reply names it")
        return self

    def label_in(self, lang: str) -> str:
        return label_in(self.label, lang, self.description)


class Condition(_Strict):
    """`column` (or `table.column` of a related row) equals a value, or is (not) NULL."""

    column: str
    equals: bool | int | float | str | None = None
    is_null: bool | None = None

    @field_validator("column")
    @classmethod
    def _name(cls, v: str) -> str:
        return _check_dotted(v)

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


def _conditions(value: Any) -> Any:
    """`provided:` and the like: a yes/no, or a condition (or list of them) on the row."""
    if isinstance(value, bool) or value is None:
        return value
    return _as_list(value)


class Retain(_Strict):
    """Rows of the table are kept under `hold`: for `years` after the date in column `from` (of
    the row, or `table.column` of the related row it references), and/or while every condition
    of `while` is true."""

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
        return None if v is None else _check_dotted(v)

    @model_validator(mode="after")
    def _something(self) -> Retain:
        if self.from_ is None and not self.while_:
            raise ValueError("give 'from' (a date column, with years) or 'while' (conditions)")
        return self

    def related_columns(self) -> list[str]:
        """The `table.column` names this rule reads from related rows."""
        names = [self.from_] if self.from_ else []
        names += [c.column for c in self.while_]
        return [n for n in names if "." in n]


class PathRule(_Strict):
    """What erasure does to one place inside a JSON value."""

    path: tuple[str, ...]  # keys; "*" is every item of a list (or value of a mapping)
    how: Literal["null", "remove", "hash", "set"] = "null"
    value: Any = None


def _strategy(v: Any, allowed: tuple[str, ...]) -> dict[str, Any]:
    if v is None or v == "null":
        return {"how": "null"}
    if isinstance(v, str) and v in allowed:
        return {"how": v}
    if isinstance(v, dict) and set(v) == {"set"}:
        return {"how": "set", "value": v["set"]}
    raise ValueError(f"write {', '.join(allowed)} or {{set: VALUE}}")


class Anonymise(_Strict):
    """What anonymising does to one column: NULL, a replacement value (`{key}` in a text is the
    row's key), a keyed hash, nothing, or per place in a JSON value (`paths`)."""

    how: Literal["null", "set", "hash", "keep", "paths"] = "null"
    value: Any = None
    paths: tuple[PathRule, ...] = ()

    def describe(self) -> str:
        """In words, for `sources explain`."""
        if self.how == "set":
            return f"replaced by {self.value!r}"
        if self.how == "hash":
            return "replaced by its keyed hash"
        if self.how == "keep":
            return "kept"
        if self.how == "paths":
            parts = []
            for rule in self.paths:
                where = ".".join(rule.path)
                what = {"null": "null", "remove": "removed", "hash": "keyed hash"}.get(
                    rule.how, f"replaced by {rule.value!r}"
                )
                parts.append(f"{where} {what}")
            return "in the JSON: " + ", ".join(parts)
        return "emptied (NULL)"


def _paths(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, dict) or not value:
        raise ValueError("paths: a mapping of PATH (keys joined by '.') to null, remove, hash "
                         "or {set: VALUE}")  # fmt: skip
    out = []
    for path, how in value.items():
        keys = tuple(str(path).split("."))
        if not all(keys):
            raise ValueError(f"paths: {path!r} is not a path")
        out.append({"path": keys, **_strategy(how, ("remove", "hash"))})
    return out


class Lookup(_Strict):
    """An id shown with its label from another table of the source (`show` of the row of
    `table` whose `key` equals the id). The lookup table is read, never changed."""

    table: str
    key: str = "id"
    show: str

    @field_validator("table", "key", "show")
    @classmethod
    def _names(cls, v: str) -> str:
        return _check_name(v)


class Column(_Strict):
    category: Category | None = None  # the table's when absent
    provided: bool | tuple[Condition, ...] | None = None  # the table's when absent (art. 20)
    anonymise: Anonymise = Anonymise()
    erase_when_held: bool = False  # anonymised even in a row kept under a hold
    rectifiable: bool = True
    label: Labels = {}
    json_: bool = Field(default=False, alias="json")  # a JSON document (text or a JSON type)
    lookup: Lookup | None = None
    # free text, internal notes or names of third parties: a person reads it in an access or
    # portability package before it goes out, and may redact it (art. 15(4) GDPR)
    review: bool = False
    # the person's mobile number: the package's password may go there by SMS
    mobile: bool = False

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, v: Any) -> Any:
        return check_labels(v)

    @field_validator("provided", mode="before")
    @classmethod
    def _provided(cls, v: Any) -> Any:
        return _conditions(v)

    @field_validator("anonymise", mode="before")
    @classmethod
    def _anonymise(cls, v: Any) -> Any:
        if isinstance(v, Anonymise):
            return v
        if isinstance(v, dict) and set(v) == {"paths"}:
            return {"how": "paths", "paths": _paths(v["paths"])}
        try:
            return _strategy(v, ("hash", "keep"))
        except ValueError:
            raise ValueError("write null, hash, keep, {set: VALUE} or {paths: {...}}") from None

    @model_validator(mode="after")
    def _consistent(self) -> Column:
        if self.anonymise.how == "paths" and not self.json_:
            raise ValueError("anonymise: paths need 'json: true'")
        if self.lookup is not None and self.json_:
            raise ValueError("a JSON column cannot be a lookup")
        return self

    def uses_hash(self) -> bool:
        return self.anonymise.how == "hash" or any(p.how == "hash" for p in self.anonymise.paths)


class Finder(_Strict):
    """How a row is tied to a person: its own email column (case-insensitive), or a column that
    references a column of another table (`references: table.column` in the same source,
    `source.table.column` in another one)."""

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
            parts = self.references.split(".")
            if len(parts) not in (2, 3):
                raise ValueError(
                    f"references: write TABLE.COLUMN or SOURCE.TABLE.COLUMN, not "
                    f"{self.references!r}"
                )
            for part in parts:
                _check_name(part)
        return self

    @property
    def other_source(self) -> str | None:
        """The source referenced, when it is another one."""
        parts = (self.references or "").split(".")
        return parts[0] if len(parts) == 3 else None

    @property
    def parent(self) -> tuple[str, str]:
        """(table, column) referenced (in this source, or in `other_source`)."""
        parts = (self.references or "").split(".")
        return parts[-2], parts[-1]

    def describe(self) -> str:
        if self.email is not None:
            return f"by e-mail ({self.email})"
        return f"{self.column} -> {self.references}"


class TableSpec(_Strict):
    key: tuple[str, ...] = ("id",)
    find: tuple[Finder, ...] = Field(min_length=1)
    category: Category | None = None
    provided: bool | tuple[Condition, ...] = False
    # delete the row, anonymise it (each column per its `anonymise`), or keep it (a table shared
    # with others, like a lookup of groups: reported, never changed)
    erase: Literal["delete", "anonymise", "keep"] = "delete"
    retain: tuple[Retain, ...] = ()
    columns: dict[str, Column] = Field(min_length=1)
    # The columns that together hold the person's name (e.g. [first_name, last_name]): what an
    # ID copy's holder is compared with.
    person_name: tuple[str, ...] = ()
    label: Labels = {}

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, v: Any) -> Any:
        return check_labels(v)

    @field_validator("provided", mode="before")
    @classmethod
    def _provided(cls, v: Any) -> Any:
        return _conditions(v)

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
    def _consistent(self) -> TableSpec:
        for name in (*self.key, *self.columns):
            _check_name(name)
        for name, column in self.columns.items():
            if column.category is None and self.category is None:
                raise ValueError(f"columns.{name}: no category (give one here or on the table)")
            for cond in _own_conditions(column.provided):
                if "." in cond.column:
                    raise ValueError(f"columns.{name}.provided: a column of this table only")
        for cond in _own_conditions(self.provided):
            if "." in cond.column:
                raise ValueError("provided: a column of this table only")
        unknown = [n for n in self.person_name if n not in self.columns]
        if unknown:
            raise ValueError(f"person_name: {unknown[0]!r} is not one of the table's columns")
        for name in set(self.key) & set(self.columns):
            if self.columns[name].anonymise.how != "keep":
                raise ValueError(
                    f"columns.{name}: part of the key, so erasure can only keep it "
                    "(anonymise: keep)"
                )
        if self.erase == "keep" and self.retain:
            raise ValueError("retain: a table that erasure keeps (erase: keep) needs no holds")
        return self

    def category_of(self, column: str) -> str:
        return self.columns[column].category or self.category or ""

    def provided_of(self, column: str, row: Mapping[str, Any] | None = None) -> bool:
        """Provided by the data subject (art. 20): the column's rule, else the table's; a
        condition is read on `row` (without a row: whether it can be provided at all)."""
        spec = self.columns[column].provided
        rule = self.provided if spec is None else spec
        if isinstance(rule, bool):
            return rule
        if row is None:
            return True
        return all(cond.holds_for(row) for cond in rule)

    def provided_rule(self, column: str) -> bool | str:
        """For `sources explain`: yes, no, or the condition in words."""
        spec = self.columns[column].provided
        rule = self.provided if spec is None else spec
        if isinstance(rule, bool):
            return rule
        return " and ".join(
            f"{c.column} is {'' if c.is_null else 'not '}null"
            if "is_null" in c.model_fields_set
            else f"{c.column} = {c.equals!r}"
            for c in rule
        )

    def rectifiable(self, column: str) -> bool:
        return self.columns[column].rectifiable and column not in self.key

    @property
    def main_category(self) -> str:
        return self.category or self.category_of(next(iter(self.columns)))


def _own_conditions(rule: bool | tuple[Condition, ...] | None) -> tuple[Condition, ...]:
    return () if rule is None or isinstance(rule, bool) else rule


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
    label: Labels = {}
    schema_: str | None = Field(default=None, alias="schema")  # e.g. a PostgreSQL schema
    ledger: str = "gdpr_erasure_ledger"  # the table of rows kept under a hold after an erasure
    tables: dict[str, TableSpec] = Field(min_length=1)
    flags: dict[PurposeName, Purpose] = {}
    statutory: dict[Language, SourceStatutory] = {}

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, v: Any) -> Any:
        return check_labels(v)

    @field_validator("url")
    @classmethod
    def _expand(cls, v: str) -> str:
        return expand_env(v)

    @field_validator("ledger")
    @classmethod
    def _ledger(cls, v: str) -> str:
        return _check_name(v)

    @field_validator("schema_")
    @classmethod
    def _schema(cls, v: str | None) -> str | None:
        v = None if v is None else expand_env(v).strip()
        return _check_name(v) if v else None  # empty: the database's default


class SourcesFile(_Strict):
    version: Literal[1] = 1
    # The secret of `anonymise: hash` (HMAC-SHA256): one per installation, kept out of the map
    # (`${VARIABLE}`); without it the hash of an address could be found by trying addresses.
    hash_secret: str | None = None
    holds: dict[str, Hold] = {}
    sources: dict[str, Source] = Field(min_length=1)

    @field_validator("hash_secret")
    @classmethod
    def _secret(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = expand_env(v)
        if len(v) < 16:
            raise ValueError("at least 16 characters")
        return v


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
    from worker.datamap.graph import cross_check

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
    problem = cross_check(parsed)
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


_ALIASES = {"from_": "from", "while_": "while", "json_": "json", "schema_": "schema"}


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    skip_next = False
    for part in loc:
        if skip_next:
            skip_next = False
            continue
        if part == "[key]":  # pydantic's marker for "the key itself is wrong"
            continue
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        name = _ALIASES.get(str(part), str(part))
        if name.startswith(("function-", "tagged-union")) or name in ("bool", "tuple[...]"):
            continue  # pydantic's names of a union's branches
        out += f".{name}" if out else name
    return out
