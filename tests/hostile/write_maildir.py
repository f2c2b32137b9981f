"""Write the hostile corpus into a Maildir, for a run through `gdpr-worker run --once`.

    python -m tests.hostile.write_maildir DIR [--scale S] [NAME ...]

Each mail is delivered as an MDA does (tmp/, then new/), in corpus order (increasing mtimes),
as `NNN.<name>.hostile`. DIR/hostile-expected.json lists file, name, size and the outcome
parse() gives it ("mail", or the quarantine reason); the same lines go to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from tests.hostile.mails import BUILDERS, hostile_mail


def write_maildir(root: Path, scale: float = 1.0, names: list[str] | None = None) -> list[dict]:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    start = time.time() - len(BUILDERS)
    manifest = []
    for index, name in enumerate(names or BUILDERS):
        raw, expected = hostile_mail(name, scale)
        filename = f"{index:03d}.{name}.hostile"
        tmp = root / "tmp" / filename
        tmp.write_bytes(raw)
        os.utime(tmp, (start + index, start + index))
        tmp.rename(root / "new" / filename)
        manifest.append({"file": filename, "name": name, "bytes": len(raw), "expected": expected})
    (root / "hostile-expected.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("dir", type=Path)
    args.add_argument("names", nargs="*", choices=[[], *BUILDERS], default=[])
    args.add_argument("--scale", type=float, default=1.0)
    options = args.parse_args(argv)
    for entry in write_maildir(options.dir, options.scale, options.names):
        print(json.dumps(entry))


if __name__ == "__main__":
    main()
