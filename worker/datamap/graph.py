"""How the tables and sources of a data map hang together: the references between keys that a
single model cannot see (holds, tables, sources, hashes), the order in which tables and sources
are read (each after what it references), and the way from a table to a related one."""

from __future__ import annotations

from worker.datamap.config import Source, SourcesFile, TableSpec

Step = tuple[str, str, str, str]  # (child table, child column, parent table, parent column)


def cross_check(parsed: SourcesFile) -> str:
    """The first problem between keys, as `where: what` (empty: none)."""
    for sname, source in parsed.sources.items():
        problem = _check_source(parsed, sname, source)
        if problem:
            return problem
    cycle = _source_cycle(parsed)
    if cycle:
        return f"sources: the 'references' between {' -> '.join(cycle)} form a cycle"
    for sname, source in parsed.sources.items():
        for tname in source.tables:
            if not reaches_email(parsed, sname, tname):
                return (
                    f"sources.{sname}.tables.{tname}.find: no chain of 'references' ends at an "
                    "'email'"
                )
    if parsed.hash_secret is None:
        for sname, source in parsed.sources.items():
            for tname, table in source.tables.items():
                for cname, column in table.columns.items():
                    if column.uses_hash():
                        return (
                            f"sources.{sname}.tables.{tname}.columns.{cname}.anonymise: a hash "
                            "needs the installation's secret (hash_secret, at the top)"
                        )
    return ""


def _check_source(parsed: SourcesFile, sname: str, source: Source) -> str:
    base = f"sources.{sname}"
    for tname, table in source.tables.items():
        where = f"{base}.tables.{tname}"
        if tname == source.ledger:
            return f"{where}: is the ledger's name (sources.{sname}.ledger)"
        for i, finder in enumerate(table.find):
            if finder.references is None:
                continue
            ptable, _ = finder.parent
            other = finder.other_source
            if other is not None:
                if other == sname:
                    return f"{where}.find[{i}].references: write TABLE.COLUMN within a source"
                if other not in parsed.sources:
                    return f"{where}.find[{i}].references: no source {other!r}"
                if ptable not in parsed.sources[other].tables:
                    return f"{where}.find[{i}].references: no table {ptable!r} in source {other}"
                continue
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
            for name in rule.related_columns():
                related = name.split(".")[0]
                if related not in source.tables:
                    return f"{where}.retain[{i}]: no table {related!r} in this source ({name})"
                if path_to(source, tname, related) is None:
                    return (
                        f"{where}.retain[{i}]: {related} is not a table that {tname} references "
                        f"(directly or through others), so {name} has no row to read"
                    )
        for cname, column in table.columns.items():
            if column.lookup is not None and column.lookup.table == tname:
                return f"{where}.columns.{cname}.lookup: a table cannot look itself up"
    cycle = _table_cycle(source)
    if cycle:
        return f"{base}.tables: the 'references' of {' -> '.join(cycle)} form a cycle"
    for purpose, spec in source.flags.items():
        for i, target in enumerate(spec.targets):
            if target.table not in source.tables:
                return (
                    f"{base}.flags.{purpose}.targets[{i}].table: no table {target.table!r}"
                    " in this source"
                )
    return ""


# ---------------------------------------------------------------------------------------------
# Tables within a source


def _parents(source: Source, table: str) -> list[str]:
    """The tables of the same source that `table` references."""
    spec = source.tables[table]
    return [f.parent[0] for f in spec.find if f.references is not None and f.other_source is None]


def _table_cycle(source: Source) -> list[str]:
    return _cycle(list(source.tables), lambda name: _parents(source, name))


def parents_first(source: Source) -> list[str]:
    """The source's tables, each after every table it references."""
    return _topological(list(source.tables), lambda name: _parents(source, name))


def path_to(source: Source, table: str, ancestor: str) -> list[Step] | None:
    """The shortest way from `table` to `ancestor` through `find` references, as steps from the
    child to its parent (None when there is none)."""
    frontier: list[tuple[str, list[Step]]] = [(table, [])]
    seen = {table}
    while frontier:
        following = []
        for name, steps in frontier:
            for finder in source.tables[name].find:
                if finder.references is None or finder.other_source is not None:
                    continue
                ptable, pcol = finder.parent
                way = [*steps, (name, finder.column or "", ptable, pcol)]
                if ptable == ancestor:
                    return way
                if ptable not in seen:
                    seen.add(ptable)
                    following.append((ptable, way))
        frontier = following
    return None


# ---------------------------------------------------------------------------------------------
# Sources


def _source_parents(parsed: SourcesFile, name: str) -> list[str]:
    return sorted(
        {
            f.other_source
            for t in parsed.sources[name].tables.values()
            for f in t.find
            if f.other_source is not None
        }
    )


def _source_cycle(parsed: SourcesFile) -> list[str]:
    return _cycle(list(parsed.sources), lambda name: _source_parents(parsed, name))


def sources_first(parsed: SourcesFile) -> list[str]:
    """The sources, each after every source one of its tables references."""
    return _topological(list(parsed.sources), lambda name: _source_parents(parsed, name))


def reaches_email(parsed: SourcesFile, source: str, table: str) -> bool:
    """A chain of references from this table ends at an email finder (in any source)."""
    seen: set[tuple[str, str]] = set()

    def walk(sname: str, tname: str) -> bool:
        seen.add((sname, tname))
        spec: TableSpec = parsed.sources[sname].tables[tname]
        if any(f.email is not None for f in spec.find):
            return True
        for finder in spec.find:
            other = finder.other_source or sname
            target = (other, finder.parent[0])
            if target not in seen and walk(*target):
                return True
        return False

    return walk(source, table)


# ---------------------------------------------------------------------------------------------
# Graphs


def _cycle(names: list[str], parents) -> list[str]:  # noqa: ANN001 - name -> its parents
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> list[str]:
        state[name] = 1
        for parent in parents(name):
            if state.get(parent) == 1:
                return [*path[path.index(parent) :], parent] if parent in path else [name, parent]
            if parent not in state:
                found = visit(parent, [*path, parent])
                if found:
                    return found
        state[name] = 2
        return []

    for name in names:
        if name not in state:
            found = visit(name, [name])
            if found:
                return found
    return []


def _topological(names: list[str], parents) -> list[str]:  # noqa: ANN001
    order: list[str] = []
    placed: set[str] = set()

    def place(name: str) -> None:
        if name in placed:
            return
        placed.add(name)
        for parent in parents(name):
            place(parent)
        order.append(name)

    for name in names:
        place(name)
    return order
