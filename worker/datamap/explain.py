"""`sources explain`: what the data map finds for a person and what erasure would do, per source
and table, from the same plan erasure carries out; counts, field names and dates, no values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from worker.datamap.erase import RowPlan
from worker.datamap.find import Found
from worker.datamap.holds import per_hold
from worker.datamap.source import OpenedSource
from worker.datamap.texts import label_in


def explain_source(
    src: OpenedSource, found: Found, plan: Sequence[RowPlan], lang: str = "en"
) -> dict[str, Any]:
    """One source's part of the explanation (tables with rows only)."""
    by_table: dict[str, list[RowPlan]] = {}
    for step in plan:
        by_table.setdefault(step.table, []).append(step)
    tables = []
    for tname in src.order:
        rows = found.get(tname)
        if not rows:
            continue
        tables.append(_table(src, tname, rows, by_table.get(tname, []), lang))
    return {
        "source": src.name,
        "label": label_in(src.spec.label, lang, src.name),
        "tables": tables,
    }


def _table(
    src: OpenedSource,
    tname: str,
    rows: Mapping[Any, Mapping[str, Any]],
    steps: Sequence[RowPlan],
    lang: str,
) -> dict[str, Any]:
    spec = src.spec.tables[tname]
    actions = {"delete": 0, "anonymise": 0, "keep": 0, "held": 0}
    holds: dict[tuple[str, date | None], int] = {}
    cleared_when_held: set[str] = set()
    for step in steps:
        actions[step.action] += 1
        if step.action == "held":
            cleared_when_held.update(step.changes)
            for hold in per_hold(step.holds).items():
                holds[hold] = holds.get(hold, 0) + 1
    fields = []
    for cname, cspec in spec.columns.items():
        present = sum(1 for r in rows.values() if r.get(cname) is not None)
        if spec.erase == "keep":
            on_erasure = "kept (a table shared with others)"
        elif spec.erase == "delete":
            on_erasure = "deleted with the row"
        else:
            on_erasure = cspec.anonymise.describe()
        entry: dict[str, Any] = {
            "field": cname,
            "label": label_in(cspec.label, lang, cname),
            "category": spec.category_of(cname),
            "provided": spec.provided_rule(cname),
            "rows_with_value": present,
            "on_erasure": on_erasure,
        }
        if cspec.erase_when_held:
            entry["when_held"] = cspec.anonymise.describe()
        if cspec.json_:
            entry["json"] = True
        if cspec.lookup is not None:
            entry["shown_with"] = f"{cspec.lookup.table}.{cspec.lookup.show}"
        fields.append(entry)
    return {
        "table": tname,
        "label": label_in(spec.label, lang, tname),
        "rows": len(rows),
        "found_by": [f.describe() for f in spec.find],
        "erase": spec.erase,
        "erasure": {
            "delete": actions["delete"],
            "anonymise": actions["anonymise"],
            "keep_shared": actions["keep"],
            "keep_held": actions["held"],
            "cleared_in_kept_rows": sorted(cleared_when_held),
        },
        "holds": [
            {
                "hold": name,
                "label": src.parsed.holds[name].label_in(lang),
                "until": until.isoformat() if until else None,
                "rows": count,
            }
            for (name, until), count in sorted(
                holds.items(), key=lambda kv: (kv[0][0], kv[0][1] or date.max)
            )
        ],
        "fields": fields,
    }


def explanation_text(explanation: Mapping[str, Any]) -> list[str]:
    """The explanation as lines for a terminal."""
    lines = [
        f"What the data map finds for {explanation['email']} and what erasure on "
        f"{explanation['date']} would do (nothing is changed):"
    ]
    if not explanation["sources"] or not any(s["tables"] for s in explanation["sources"]):
        lines.append("  nothing found in any source")
    for source in explanation["sources"]:
        if not source["tables"]:
            continue
        lines.append(f"{source['source']} ({source['label']})")
        for table in source["tables"]:
            lines.append(
                f"  {table['table']}: {table['rows']} row{'s' if table['rows'] != 1 else ''}, "
                f"found {'; '.join(table['found_by'])}"
            )
            e = table["erasure"]
            doing = [
                f"{what} {e[key]}"
                for key, what in (
                    ("delete", "delete"),
                    ("anonymise", "anonymise"),
                    ("keep_held", "keep under a hold"),
                    ("keep_shared", "leave (shared)"),
                )  # fmt: skip
                if e[key]
            ]
            lines.append(f"    erasure: {', '.join(doing) or 'nothing'}")
            for hold in table["holds"]:
                until = f"until {hold['until']}" if hold["until"] else "while its condition stands"
                lines.append(f"    hold {hold['hold']} ({hold['label']}): {hold['rows']} {until}")
            width = max(len(f["field"]) for f in table["fields"])
            for f in table["fields"]:
                provided = {True: "provided", False: "not provided"}.get(
                    f["provided"], f"provided when {f['provided']}"
                )
                extra = f"; in rows kept: {f['when_held']}" if "when_held" in f else ""
                lines.append(
                    f"    {f['field']:<{width}}  {f['category']:<21} {f['rows_with_value']:>3} "
                    f"with a value, {provided}; erasure: {f['on_erasure']}{extra}"
                )
    return lines
