"""``spec/verified.yaml``: which real Asterisk versions confirmed each action and event.

The live suite (``tests/live/``) records, per version it ran on, every action class a real
server answered as the catalogue says and every event it sent that its typed class read
(``tests/live/verified.py``, dumped as JSON at the end of the run).  This module turns
those records into the checked-in catalogue file and compares the two::

    python -m codegen.verified build/live-verified.json          # rewrite spec/verified.yaml
    python -m codegen.verified build/live-verified.json --check  # fail if it is stale

Only the versions the run covered are touched: a run on 20 alone rewrites (or checks) the
20 column and keeps what 22 and 23 confirmed earlier.  ``make live-verified`` runs the whole
live suite and then this; ``python -m codegen`` reads the file into the generated classes
(``VERIFIED``), their docstrings and the reference pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .import_hints import sorted_versions
from .yamltext import flow, load_yaml

__all__ = [
    "KINDS",
    "VERIFIED_FILE",
    "Verified",
    "Difference",
    "compare",
    "merge",
    "load_verified",
    "parse_records",
    "render",
    "main",
]

ROOT = Path(__file__).resolve().parent.parent
VERIFIED_FILE = "verified.yaml"
#: The live records' kinds and the keys of spec/verified.yaml that hold them.
KINDS = {"action": "actions", "event": "events"}
_HEADER = """\
DO NOT EDIT: written by `make live-verified` (python -m codegen.verified) from what the
live suite (tests/live/, docs/live-tests.md) confirmed on the real Asterisk servers of
shared/asterisk/: for each action class (ami.core) and each event (Event: name), the
versions on which a real server answered or sent it as the catalogue says.  Validated by
spec/verified.schema.json; read by `python -m codegen` (VERIFIED, docstrings, reference
pages).  The live suite fails when it confirms something else than this file says."""

Verified = dict[str, dict[str, tuple[str, ...]]]
"""``{"actions": {name: versions}, "events": {name: versions}}``, versions sorted."""


@dataclass(frozen=True, order=True)
class Difference:
    """One name whose confirmation on one version differs between a run and the file."""

    version: str
    kind: str
    """``actions`` or ``events``."""
    name: str
    confirmed: bool
    """True: the run confirmed it and the file does not say so; False: the reverse."""

    def __str__(self) -> str:
        what = self.kind[:-1]
        if self.confirmed:
            return f"Asterisk {self.version}: {what} {self.name} confirmed, not in the file"
        return f"Asterisk {self.version}: {what} {self.name} in the file, not confirmed"


def empty() -> Verified:
    return {kind: {} for kind in KINDS.values()}


def load_verified(path: Path) -> Verified:
    """The checked-in file (its schema is checked by ``codegen.catalogue``); empty if absent."""
    if not path.exists():
        return empty()
    doc = load_yaml(path.read_text(encoding="utf-8")) or {}
    return {
        kind: {
            str(n): tuple(sorted_versions([str(v) for v in vs]))
            for n, vs in doc.get(kind, {}).items()
        }
        for kind in KINDS.values()
    }


def parse_records(data: Mapping[str, Any]) -> tuple[Verified, tuple[str, ...]]:
    """The live suite's JSON (``tests/live/verified.py`` ``dump``): records and versions run.

    ``versions`` lists the versions the run covered; without it, those the records name.
    """
    records = empty()
    for kind, key in KINDS.items():
        for name, versions in (data.get(kind) or {}).items():
            records[key][str(name)] = tuple(sorted_versions([str(v) for v in versions]))
    covered = data.get("versions")
    if covered is None:
        covered = [v for names in records.values() for vs in names.values() for v in vs]
    return records, tuple(sorted_versions([str(v) for v in covered]))


def _by_version(table: Mapping[str, Iterable[str]], version: str) -> set[str]:
    return {name for name, versions in table.items() if version in versions}


def compare(
    current: Verified, records: Verified, versions: Iterable[str], complete: bool = True
) -> list[Difference]:
    """Where ``current`` (the file) and ``records`` (a run) disagree, for ``versions`` only.

    A run that did not run the whole live suite (``complete=False``: ``-k``, a single file)
    can only show what the file lacks: a name it did not confirm may simply not have run.
    """
    found = []
    for version in versions:
        for kind in KINDS.values():
            ours = _by_version(current.get(kind, {}), version)
            seen = _by_version(records.get(kind, {}), version)
            found += [Difference(version, kind, n, True) for n in seen - ours]
            if complete:
                found += [Difference(version, kind, n, False) for n in ours - seen]
    return sorted(found)


def merge(current: Verified, records: Verified, versions: Iterable[str]) -> Verified:
    """``current`` with the columns of ``versions`` replaced by what ``records`` confirmed."""
    covered = set(versions)
    out = empty()
    for kind in KINDS.values():
        table: dict[str, set[str]] = {}
        for name, vs in current.get(kind, {}).items():
            table.setdefault(name, set()).update(v for v in vs if v not in covered)
        for name, vs in records.get(kind, {}).items():
            table.setdefault(name, set()).update(v for v in vs if v in covered)
        out[kind] = {
            name: tuple(sorted_versions(list(vs))) for name, vs in sorted(table.items()) if vs
        }
    return out


def render(verified: Verified) -> str:
    """The file's text: stable order, one name per line."""
    lines = [f"# {line}".rstrip() for line in _HEADER.split("\n")]
    lines.append("format: 1")
    for kind in KINDS.values():
        table = verified.get(kind, {})
        if not table:
            lines.append(f"{kind}: {{}}")
            continue
        lines.append(f"{kind}:")
        lines += [f"  {flow(name)}: {flow(list(vs))}" for name, vs in sorted(table.items())]
    return "\n".join(lines) + "\n"


def unknown_names(
    verified: Verified, action_classes: Iterable[str], event_names: Iterable[str]
) -> list[str]:
    """Names the file gives that the catalogue has no class for, as problems."""
    known = {"actions": set(action_classes), "events": set(event_names)}
    what = {"actions": "action class (ami.core name)", "events": "event (AMI event name)"}
    return [
        f"{VERIFIED_FILE}: {kind}.{name}: no such {what[kind]} in the catalogue; "
        "a live test recorded it under another name, or the class was renamed "
        "(fix the record() call or the catalogue, then 'make live-verified')"
        for kind in KINDS.values()
        for name in sorted(verified.get(kind, {}))
        if name not in known[kind]
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.verified", description=__doc__)
    parser.add_argument(
        "records", type=Path, help="the live suite's JSON (build/live-verified.json)"
    )
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="catalogue directory")
    parser.add_argument("--check", action="store_true", help="fail if spec/verified.yaml is stale")
    args = parser.parse_args(argv)
    try:
        data = json.loads(args.records.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(
            f"{args.records}: {exc}; no live test ran (is shared/asterisk/ on this machine?)",
            file=sys.stderr,
        )
        return 2
    records, versions = parse_records(data)
    if not versions:
        print(f"{args.records}: the run covered no Asterisk version", file=sys.stderr)
        return 2
    path = args.spec / VERIFIED_FILE
    current = load_verified(path)
    if args.check:
        differences = compare(current, records, versions, bool(data.get("complete", True)))
        for difference in differences:
            print(f"stale: spec/{VERIFIED_FILE}: {difference}", file=sys.stderr)
        if differences:
            print("run 'make live-verified' to refresh it", file=sys.stderr)
        return 1 if differences else 0
    if not data.get("complete", True):
        print(
            f"{args.records}: not a run of the whole live suite; refusing to rewrite "
            f"spec/{VERIFIED_FILE} from it (make live-verified runs it all)",
            file=sys.stderr,
        )
        return 2
    text = render(merge(current, records, versions))
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old != text:
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote spec/{VERIFIED_FILE} (Asterisk {', '.join(versions)})")
    else:
        print(f"spec/{VERIFIED_FILE} is up to date (Asterisk {', '.join(versions)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
