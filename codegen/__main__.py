"""``python -m codegen [--check] [--spec DIR] [--out DIR] [--docs DIR | --no-docs]``.

Renders the catalogue: the code into ``generated/ami/`` (removing files it no longer
makes) and the reference pages into ``docs/reference/`` (:mod:`codegen.docs`).  With
``--check`` it renders into memory and fails if either tree differs in any byte, or has
a stray or missing file (``make check-generated``, the first step of CI).

The pages are written only for the repository's own catalogue, or with ``--docs``: a
fixture catalogue (``--spec tests/...``) must not overwrite the real reference.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .catalogue import CatalogueError, load
from .docs import DOCS_DIR, compare_docs, render_docs, write_docs
from .render import ROOT, compare, generate, write

SPEC_DIR = ROOT / "spec"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    parser.add_argument("--spec", type=Path, default=SPEC_DIR, help="catalogue directory")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output root")
    parser.add_argument("--docs", type=Path, help="reference pages directory")
    parser.add_argument("--no-docs", action="store_true", help="leave the reference pages alone")
    args = parser.parse_args(argv)
    docs_dir: Path | None = args.docs
    if docs_dir is None and not args.no_docs and args.spec.resolve() == SPEC_DIR:
        docs_dir = DOCS_DIR
    try:
        catalogue = load(args.spec)
    except CatalogueError as exc:
        print(exc, file=sys.stderr)
        return 2
    files = generate(catalogue)
    pages = render_docs(catalogue) if docs_dir is not None else {}
    if args.check:
        problems = compare(files, args.out)
        if docs_dir is not None:
            problems += [f"docs: {p}" for p in compare_docs(pages, docs_dir)]
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(
                "generated code or reference pages are stale: run 'make generate'", file=sys.stderr
            )
            return 1
        print(f"{args.out}: {len(files)} generated files and {len(pages)} pages up to date")
        return 0
    changed = write(files, args.out)
    if docs_dir is not None:
        changed += [f"{line} (docs)" for line in write_docs(pages, docs_dir)]
    for line in changed:
        print(line)
    print(
        f"{len(catalogue.actions)} actions, {len(catalogue.events)} events, {len(files)} files, "
        f"{len(pages)} pages, {len(changed)} changed"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
