"""``python -m codegen [--check] [--spec DIR] [--out DIR]``: render the catalogue.

Without ``--check`` it writes ``generated/ami/`` (and removes files it no longer makes);
with ``--check`` it renders into a temporary tree and fails if ``generated/`` differs in
any byte, or has a stray or missing file (``make check-generated``, first step of CI).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .catalogue import CatalogueError, load
from .render import ROOT, compare, generate, write


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="catalogue directory")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output root")
    args = parser.parse_args(argv)
    try:
        catalogue = load(args.spec)
    except CatalogueError as exc:
        print(exc, file=sys.stderr)
        return 2
    files = generate(catalogue)
    if args.check:
        problems = compare(files, args.out)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{args.out} is stale: run 'make generate'", file=sys.stderr)
            return 1
        print(f"{args.out}: {len(files)} generated files up to date")
        return 0
    changed = write(files, args.out)
    for line in changed:
        print(line)
    print(f"{len(catalogue.actions)} actions, {len(files)} files, {len(changed)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
