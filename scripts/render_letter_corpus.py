"""Render the labelled corpus of long formal request letters, tests/classify_corpus/letters/.

    .venv/bin/python scripts/render_letter_corpus.py DATENANFRAGEN_DATA [--out DIR] [--check]

DATENANFRAGEN_DATA is a local copy of https://github.com/datenanfragen/data (CC0): either a
checkout (a directory holding templates/<lang>/<name>.txt) or a bare git directory (its HEAD is
read with `git show`). Nothing of it is copied here but the letters rendered from its templates.

The other families' templates are in scripts/letter_corpus/templates/<family>/<name>.txt (text
adapted from a free source, or written here in the style of a source whose licence is unclear);
a letter written for itself alone carries its text inline (`body:`), with the same syntax.
scripts/letter_corpus/families.yaml describes every family (source, licence, split),
scripts/letter_corpus/people.yaml the made-up senders, and scripts/letter_corpus/letters/*.yaml
every letter: its template, the option blocks switched on, the variables, the wrapper (the
sender's own preface or note, a colleague's forward, a representative's note), and the labels a
privacy officer gave it.

Template syntax (the Datenanfragen one): `[flag>text]` is kept only when the letter switches
`flag` on; `{name}` is a variable; a brace holding a sentence (`{Description of the problem,
e.g. ...}`) is a free-text hole filled in order from the letter's `free` list; `[optional: ...]`
(`[facultatif : ...]`) is kept when the letter switches on `optional`; `<italic>` marks are
dropped. One file per (split, family) is written: letters/<split>_<family>.yaml. --check renders
and compares with what is on disk, writing nothing (exit 1 on a difference).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "scripts" / "letter_corpus"
DEFAULT_OUT = ROOT / "tests" / "classify_corpus" / "letters"

REQUEST_TYPES = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "marketing_opt_out",
    "complaint",
)
LANGUAGES = ("nl", "fr", "en", "de")
FLAGS = ("on_behalf", "reminder", "authority_complaint", "passed_on")
SPLITS = ("train", "heldout", "train2", "heldout2")  # the second set of families: *2

OPTION_BLOCK = re.compile(r"\[([a-z_]+)>(.*?)\]", re.DOTALL)
OPTIONAL_BLOCK = re.compile(r"\[(?:optional|facultatif)\s*:\s*(.*?)\]", re.DOTALL)
VARIABLE = re.compile(r"\{([a-z_]+)\}")
FREE_HOLE = re.compile(r"\{([^{}]*\s[^{}]*)\}")
ITALIC = re.compile(r"</?italic>")

ID_LABELS = {
    "en": ("Name", "Address", "Email", "Customer number", "Date of birth"),
    "nl": ("Naam", "Adres", "E-mail", "Klantnummer", "Geboortedatum"),
    "fr": ("Nom", "Adresse", "E-mail", "Numéro de client", "Date de naissance"),
    "de": ("Name", "Adresse", "E-Mail", "Kundennummer", "Geburtsdatum"),
}


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    street: str
    city: str
    email: str
    customer: str
    born: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}"


# --- reading templates ------------------------------------------------------------------------


class TemplateSource:
    """Reads `dade:<lang>/<name>` from the Datenanfragen copy and `own:<family>/<name>` here."""

    def __init__(self, datenanfragen: Path) -> None:
        self.datenanfragen = datenanfragen

    def read(self, ref: str) -> str:
        kind, _, name = ref.partition(":")
        if kind == "own":
            return (SPEC_DIR / "templates" / f"{name}.txt").read_text(encoding="utf-8")
        if kind == "dade":
            return self._datenanfragen(f"templates/{name}.txt")
        raise ValueError(f"unknown template reference {ref!r}")

    def _datenanfragen(self, path: str) -> str:
        checkout = self.datenanfragen / path
        if checkout.is_file():
            return checkout.read_text(encoding="utf-8")
        shown = subprocess.run(
            ["git", f"--git-dir={self.datenanfragen}", "show", f"HEAD:{path}"],
            check=True,
            capture_output=True,
        )
        return shown.stdout.decode("utf-8")


# --- rendering ----------------------------------------------------------------------------------


def fill(template: str, options: Sequence[str], variables: Mapping[str, str], free: Sequence[str]):
    """The template with its option blocks resolved and its variables and free holes filled."""
    text = OPTIONAL_BLOCK.sub(lambda m: m.group(1) if "optional" in options else "", template)
    text = OPTION_BLOCK.sub(lambda m: m.group(2) if m.group(1) in options else "", text)
    holes = iter(free)

    def free_text(m: re.Match[str]) -> str:
        try:
            return next(holes)
        except StopIteration:
            raise ValueError(f"no free text for the hole {m.group(0)[:40]!r}") from None

    text = FREE_HOLE.sub(free_text, text)

    def variable(m: re.Match[str]) -> str:
        if m.group(1) not in variables:
            raise ValueError(f"no value for the variable {{{m.group(1)}}}")
        return variables[m.group(1)]

    text = VARIABLE.sub(variable, text)
    text = ITALIC.sub("", text)
    return tidy(text)


def tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def id_data(person: Person, lang: str, fields: Sequence[str]) -> str:
    labels = dict(
        zip(("name", "address", "email", "customer", "born"), ID_LABELS[lang], strict=True)
    )
    values = {
        "name": person.name,
        "address": person.address,
        "email": person.email,
        "customer": person.customer,
        "born": person.born,
    }
    return "".join(f"{labels[f]}: {values[f]}\n" for f in fields)


def signature(person: Person, style: str) -> str:
    if style == "none":
        return ""
    if style == "name":
        return person.name + "\n"
    if style == "email":
        return f"{person.name}\n{person.email}\n"
    return f"{person.name}\n{person.street}\n{person.city}\n"


def render_letter(letter: Mapping, people: Mapping[str, Person], source: TemplateSource) -> str:
    lang = letter["template_lang"]
    subject_person = people[letter["person"]]
    sender = people[letter.get("sender", letter["person"])]
    variables = {
        "name": subject_person.name,
        "address": subject_person.address,
        "street": subject_person.street,
        "city": subject_person.city,
        "email": subject_person.email,
        "customer": subject_person.customer,
        "born": subject_person.born,
        "sender_name": sender.name,
        "id_data": id_data(
            subject_person, lang, letter.get("id_fields", ["name", "address", "email"])
        ),
        "signature": letter.get("signature_text")
        or signature(sender, letter.get("signature", "address")),
    }
    variables.update({k: str(v) for k, v in letter.get("vars", {}).items()})
    template = letter["body"] if "body" in letter else source.read(letter["template"])
    body = fill(template, letter.get("options", []), variables, letter.get("free", []))
    if "{signature}" not in template:
        body = body + variables["signature"]
    return wrap(body, letter.get("wrap"), variables)


def wrap(body: str, wrapper: Mapping | None, variables: Mapping[str, str]) -> str:
    """The body inside the sender's own words: a note above it, a forward header, a note below."""
    if not wrapper:
        return body

    def own(key: str) -> str:
        return VARIABLE.sub(lambda m: variables[m.group(1)], wrapper.get(key, "")).strip("\n")

    parts = [own("before"), own("forward_header"), body.strip("\n"), own("after")]
    return tidy("\n\n".join(p for p in parts if p))


# --- the labelled entries -------------------------------------------------------------------


def check_labels(letter: Mapping) -> None:
    where = letter["id"]
    for t in letter["types"]:
        if t not in REQUEST_TYPES:
            raise ValueError(f"{where}: unknown request type {t!r}")
    for t in letter.get("earlier_types", []):
        if t not in REQUEST_TYPES:
            raise ValueError(f"{where}: unknown earlier request type {t!r}")
    for f in letter.get("flags", []):
        if f not in FLAGS:
            raise ValueError(f"{where}: unknown flag {f!r}")
    if letter["language"] not in LANGUAGES:
        raise ValueError(f"{where}: unknown language {letter['language']!r}")
    if "reminder" in letter.get("flags", []) and not letter.get("earlier_types"):
        raise ValueError(f"{where}: a reminder names the types of the earlier request")


def entry_yaml(entry: Mapping) -> str:
    def flow(items: Sequence[str]) -> str:
        return "[" + ", ".join(items) + "]"

    lines = [f"- id: {entry['id']}", f"  split: {entry['split']}", f"  family: {entry['family']}"]
    lines.append(f"  source: {json.dumps(entry['source'], ensure_ascii=False)}")
    lines.append(f"  subject: {json.dumps(entry['subject'], ensure_ascii=False)}")
    lines.append("  text: |")
    for line in entry["text"].rstrip("\n").split("\n"):
        lines.append(("    " + line) if line else "")
    lines.append(f"  types: {flow(entry['types'])}")
    lines.append(f"  language: {entry['language']}")
    if entry.get("flags"):
        lines.append(f"  flags: {flow(entry['flags'])}")
    if entry.get("earlier_types"):
        lines.append(f"  earlier_types: {flow(entry['earlier_types'])}")
    if entry.get("first_request_date"):
        lines.append(f'  first_request_date: "{entry["first_request_date"]}"')
    if entry.get("note"):
        lines.append(f"  note: {json.dumps(entry['note'], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def build(datenanfragen: Path) -> dict[str, str]:
    """Every output file's name and text."""
    families = {f["name"]: f for f in load_yaml(SPEC_DIR / "families.yaml")}
    people = {p["key"]: Person(**p) for p in load_yaml(SPEC_DIR / "people.yaml")}
    letters: list[dict] = []
    notes: dict[str, str] = {}  # family -> the labelling notes heading its letters file
    for path in sorted((SPEC_DIR / "letters").glob("*.yaml")):
        in_file = load_yaml(path)
        (family_name,) = {letter["family"] for letter in in_file}
        notes[family_name] = leading_comment(path)
        letters.extend(in_file)
    source = TemplateSource(datenanfragen)
    seen: set[str] = set()
    files: dict[str, list[str]] = {}
    for letter in letters:
        if letter["id"] in seen:
            raise ValueError(f"duplicate id {letter['id']}")
        seen.add(letter["id"])
        family = families[letter["family"]]
        if family["split"] not in SPLITS:
            raise ValueError(f"{family['name']}: unknown split {family['split']!r}")
        letter = dict(letter)
        letter.setdefault("template_lang", letter["language"])
        check_labels(letter)
        try:
            text = render_letter(letter, people, source)
        except (KeyError, ValueError) as e:
            raise ValueError(f"{letter['id']}: {e}") from e
        entry = {
            "id": letter["id"],
            "split": family["split"],
            "family": family["name"],
            "source": family["url"],
            "subject": letter["subject"],
            "text": text,
            "types": letter["types"],
            "language": letter["language"],
            "flags": letter.get("flags", []),
            "earlier_types": letter.get("earlier_types", []),
            "first_request_date": letter.get("first_request_date"),
            "note": letter.get("note"),
        }
        name = f"{family['split']}_{family['name']}.yaml"
        files.setdefault(name, []).append(entry_yaml(entry))
    out = {}
    for name, entries in sorted(files.items()):
        family = families[name.split("_", 1)[1].removesuffix(".yaml")]
        head = (
            f"# Letters of the family {family['name']} ({family['split']}): {family['title']}.\n"
            f"# Source: {family['url']} ({family['licence']}). Rendered by "
            "scripts/render_letter_corpus.py; do not edit by hand.\n" + notes[family["name"]]
        )
        out[name] = head + "".join(entries)
    return out


def leading_comment(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line + "\n")
    return "".join(lines)


def load_yaml(path: Path):
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/render_letter_corpus.py")
    parser.add_argument(
        "datenanfragen", type=Path, help="checkout or git dir of datenanfragen/data"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = parser.parse_args(argv)
    rendered = build(args.datenanfragen)
    for name, text in rendered.items():
        parsed = yaml.safe_load(text)
        assert all(isinstance(e["text"], str) for e in parsed), name
    if args.check:
        on_disk = {p.name: p.read_text(encoding="utf-8") for p in args.out.glob("*.yaml")}
        if on_disk != rendered:
            changed = sorted(
                set(on_disk) ^ set(rendered)
                | {n for n in rendered if on_disk.get(n) != rendered[n]}
            )
            print("differs: " + ", ".join(changed), file=sys.stderr)
            return 1
        print(f"{len(rendered)} files as rendered")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in args.out.glob("*.yaml"):
        if stale.name not in rendered:
            stale.unlink()
    for name, text in rendered.items():
        (args.out / name).write_text(text, encoding="utf-8")
    letters = sum(len(yaml.safe_load(text)) for text in rendered.values())
    print(f"wrote {len(rendered)} files, {letters} letters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
