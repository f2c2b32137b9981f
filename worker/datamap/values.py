"""Values as the data map reads and writes them: JSON-able exports (JSON documents as Python
objects, never their repr), what anonymising makes of a value (per column, and per place in a
JSON document), the keyed hash, staff input read in a column's type, and values carried over a
link between databases whose columns differ in type. Pure functions."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from sqlalchemy import types as satypes

from worker.datamap.config import Anonymise, Column, PathRule
from worker.datamap.errors import DataMapError

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_TRUE = {"1", "true", "yes", "y", "on", "ja", "oui"}
_FALSE = {"0", "false", "no", "n", "off", "nee", "non"}


class ValueProblem(DataMapError):
    """A value does not fit (one line, no value in it)."""


def subject_hash(email: str) -> str:
    """How an erased person is remembered: sha256 of the trimmed, lower-cased address (the same
    as the suppression list's)."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def keyed_hash(value: Any, secret: str) -> str:
    """HMAC-SHA256 of the trimmed, lower-cased text under the installation's secret: the same
    value gives the same hash (a unique column stays unique), and without the secret nobody can
    find which value it was by trying values."""
    text = str(value).strip().lower()
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


def is_hash(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX64.match(value))


# ---------------------------------------------------------------------------------------------
# Reading


def jsonable(value: Any) -> Any:
    """A database value as JSON can carry it: dates as ISO 8601, decimals as numbers, bytes as
    hex, JSON documents as the mappings and lists they are."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, UUID):
        return str(value)
    return str(value)


def as_document(value: Any) -> Any:
    """A JSON column's value as a Python object: a driver's mapping or list as it is, a text
    parsed (a text that is not JSON stays a text)."""
    if isinstance(value, str | bytes | bytearray):
        try:
            return json.loads(value)
        except ValueError:
            return (
                value.decode("utf-8", "replace") if isinstance(value, bytes | bytearray) else value
            )
    return value


def exported(spec: Column, column_type: satypes.TypeEngine[Any] | None, value: Any) -> Any:
    """A column's value as exported (JSON-able; a JSON document as an object)."""
    if spec.json_ or isinstance(column_type, satypes.JSON):
        return jsonable(as_document(value))
    return jsonable(value)


# ---------------------------------------------------------------------------------------------
# Anonymising


def anonymised(
    spec: Anonymise,
    current: Any,
    *,
    column_type: satypes.TypeEngine[Any] | None,
    key_text: str,
    secret: str | None,
) -> tuple[bool, Any]:
    """What anonymising makes of one column's value: (changed, the new database value)."""
    how = spec.how
    if how == "keep":
        return False, current
    if how == "null":
        return current is not None, None
    if how == "set":
        new = spec.value
        if isinstance(new, str):
            new = new.replace("{key}", key_text)
        return current != new, new
    if how == "hash":
        if current is None or is_hash(current):  # a second run changes nothing
            return False, current
        return True, keyed_hash(current, _secret(secret))
    # paths in a JSON document
    document = as_document(current)
    if not isinstance(document, dict | list):
        return False, current
    new_doc = erase_paths(document, spec.paths, secret)
    if new_doc == document:
        return False, current
    if isinstance(column_type, satypes.JSON) or not isinstance(current, str | bytes):
        return True, new_doc
    return True, json.dumps(new_doc, ensure_ascii=False)


def _secret(secret: str | None) -> str:
    if not secret:  # the map's validation requires it where a hash is used
        raise ValueProblem("a hash needs the data map's hash_secret")
    return secret


def erase_paths(document: Any, rules: tuple[PathRule, ...], secret: str | None) -> Any:
    """A copy of `document` with each rule applied at its path (places that are not there are
    left alone)."""
    out = copy.deepcopy(document)
    for rule in rules:
        out = _apply(out, rule.path, rule, secret)
    return out


def _apply(node: Any, path: tuple[str, ...], rule: PathRule, secret: str | None) -> Any:
    head, rest = path[0], path[1:]
    if head == "*":
        if isinstance(node, list):
            keys: list[Any] = list(range(len(node)))
        elif isinstance(node, dict):
            keys = list(node)
        else:
            return node
    elif isinstance(node, dict) and head in node:
        keys = [head]
    elif isinstance(node, list) and head.isdigit() and int(head) < len(node):
        keys = [int(head)]
    else:
        return node
    removed = []
    for key in keys:
        if rest:
            node[key] = _apply(node[key], rest, rule, secret)
            continue
        if rule.how == "remove":
            removed.append(key)
        elif rule.how == "null":
            node[key] = None
        elif rule.how == "set":
            node[key] = rule.value
        elif node[key] is not None and not is_hash(node[key]):
            node[key] = keyed_hash(node[key], _secret(secret))
    for key in sorted(removed, key=str, reverse=True):
        del node[key]
    return node


# ---------------------------------------------------------------------------------------------
# Writing what staff typed, and values across a link


def coerce(column_type: satypes.TypeEngine[Any], value: Any) -> Any:
    """A value given as text (by staff) in the column's type; ValueProblem when it is not one."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        if isinstance(column_type, satypes.Boolean):
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise ValueError
        if isinstance(column_type, satypes.DateTime):
            return datetime.fromisoformat(text) if text else None
        if isinstance(column_type, satypes.Date):
            return date.fromisoformat(text) if text else None
        if isinstance(column_type, satypes.Integer):
            return int(text) if text else None
        if isinstance(column_type, satypes.Float):
            return float(text) if text else None
        if isinstance(column_type, satypes.Numeric):
            return Decimal(text) if text else None
    except (ValueError, InvalidOperation):
        raise ValueProblem(f"not a valid {column_type.__class__.__name__.lower()}") from None
    length = getattr(column_type, "length", None)
    if isinstance(column_type, satypes.String) and length and len(value) > length:
        raise ValueProblem(f"longer than {length} characters")
    return value


def kind_of(column_type: satypes.TypeEngine[Any]) -> str:
    """A column type's kind, as far as the data map cares: number, text, date, bool, json."""
    if isinstance(column_type, satypes.Boolean):
        return "bool"
    if isinstance(column_type, satypes.Integer | satypes.Numeric | satypes.Float):
        return "number"
    if isinstance(column_type, satypes.Date | satypes.DateTime):
        return "date"
    if isinstance(column_type, satypes.JSON):
        return "json"
    if isinstance(column_type, satypes.String | satypes.Enum | satypes.Uuid):
        return "text"
    if isinstance(column_type, satypes.NullType):
        return "any"  # SQLite without a declared type
    return "other"


def linked_values(values: set[Any], column_type: satypes.TypeEngine[Any]) -> list[Any]:
    """Values from a column of another database, as this column holds them: numbers typed as
    text (a customer number in a helpdesk's text field) and the other way round; values that
    cannot be read so are left out (they cannot match)."""
    kind = kind_of(column_type)
    out: set[Any] = set()
    for value in values:
        if value is None:
            continue
        if kind == "text" and not isinstance(value, str):
            out.add(str(jsonable(value)))
        elif kind == "number" and isinstance(value, str):
            text = value.strip()
            if re.fullmatch(r"-?\d+", text):
                out.add(int(text))
        else:
            out.add(value)
    return sorted(out, key=repr)


def fits(value: Any, column_type: satypes.TypeEngine[Any]) -> bool:
    """A value the map writes (a replacement, a flag) fits the column's type."""
    if value is None:
        return True
    kind = kind_of(column_type)
    if kind in ("any", "other", "json"):
        return True
    if kind == "bool":
        return isinstance(value, bool) or value in (0, 1)
    if kind == "number":
        return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if kind == "date":
        if isinstance(value, date):
            return True
        try:
            date.fromisoformat(str(value)[:10])
        except ValueError:
            return False
        return True
    if kind == "text":
        length = getattr(column_type, "length", None)
        return isinstance(value, str) and not (length and len(value) > length)
    return True
