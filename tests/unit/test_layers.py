"""What may import what (docs/architecture.md), read from each module's imports with `ast`:
at the top of the file or inside a function alike."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("worker", "handlers", "config")

STAGES = (
    "worker.mail",
    "worker.screen",
    "worker.followup",
    "worker.classify",
    "worker.idcheck",
    "worker.plan",
    "worker.sender_trust",
)
COMPOSITION_ROOT = ("worker.cli", "worker.clock")


@cache
def modules() -> dict[str, frozenset[str]]:
    """Every module of the packages (dotted name) → every module it imports (for `from a import
    b`, both `a` and `a.b`: b may be a module)."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = frozenset(_imports(path, name, parts[-1] == "__init__"))
    return found


def _imports(path: Path, name: str, is_package: bool) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                package = name.split(".")
                package = package if is_package else package[:-1]
                base = ".".join([*package[: len(package) - node.level + 1], base]).strip(".")
            out.add(base)
            out.update(f"{base}.{alias.name}" for alias in node.names)  # `from pkg import mod`
    return out


def within(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def importers(*, of: tuple[str, ...], among: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """The modules within `among` that import anything within `of` (outside `of` itself)."""
    return {
        name: {m for m in imported if within(m, *of)}
        for name, imported in modules().items()
        if within(name, *among) and not within(name, *of) and any(within(m, *of) for m in imported)
    }


def test_the_walk_sees_the_modules_and_their_imports() -> None:
    assert {"worker.intake", "worker.cases.rights", "handlers.actors", "config.settings"} <= set(
        modules()
    )
    assert "worker.cases.rights" in modules()["handlers.actors"]
    assert "worker.store.repo" in modules()["worker.intake"]


def test_only_the_composition_root_imports_handlers() -> None:
    """handlers/ is dramatiq's door: the worker reaches the queue through worker.jobs.Jobs."""
    assert set(importers(of=("handlers",), among=("worker", "config"))) <= set(COMPOSITION_ROOT)


def test_nothing_imports_the_composition_root() -> None:
    assert importers(of=COMPOSITION_ROOT) == {}


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_io_and_nothing_above_it(stage: str) -> None:
    above = ("worker.store", "worker.mailbox", "worker.transport", "worker.cases", "worker.intake")
    found = importers(of=above, among=(stage,))
    assert found == {}, f"{stage} imports {found}"


def test_the_store_imports_no_stage() -> None:
    assert importers(of=STAGES, among=("worker.store",)) == {}


def test_config_imports_only_the_domain_vocabularies() -> None:
    for name, imported in modules().items():
        if within(name, "config"):
            from_worker = {m for m in imported if within(m, "worker")}
            assert all(within(m, "worker.domain", "worker.urls") for m in from_worker), name


def test_only_the_broker_and_the_actors_know_dramatiq() -> None:
    """worker.cases and the rest of the worker are synchronous functions over an App; the queue
    is handlers/ (and worker.queue, which makes the broker that handlers/broker.py sets)."""
    assert set(importers(of=("dramatiq",))) <= {
        "handlers",
        "handlers.broker",
        "handlers.actors",
        "handlers.inprocess",
        "worker.queue",
    }


def test_the_data_map_knows_nothing_of_cases() -> None:
    assert (
        importers(of=("worker.cases", "worker.intake", "worker.store"), among=("worker.datamap",))
        == {}
    )


def test_no_production_module_makes_the_demo_crm() -> None:
    assert importers(of=("samples",)) == {}
    assert importers(of=("tests",)) == {}
