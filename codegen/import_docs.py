"""``python -m codegen.import_docs``: merge Asterisk's XML docs into the catalogue.

Usage::

    python -m codegen.import_docs                      # every version in import-hints.yaml
    python -m codegen.import_docs DOCS.xml --version 23  # ... plus (or instead of) one file
    python -m codegen.import_docs --check              # fail if spec/imported/ is stale

It reads each version's ``core-en_US.xml`` (``<manager>`` and ``<managerEvent>``, see
:mod:`codegen.xmldocs`), the recorded ListCommands replies (privileges) and
``spec/import-hints.yaml`` (facts the docs lack), and writes:

* ``spec/imported/actions.yaml``: every documented action that ``spec/actions.yaml`` does
  not curate, with fields, privilege, reply kind and availability (since / removed);
* ``spec/imported/events.yaml``: every documented event that ``spec/events.yaml`` does
  not curate;
* ``spec/imported/report.md``: coverage per version, where curated entries differ from
  the docs (kept as curated, never overwritten), and oddities of the docs.

Output is deterministic (sorted, no timestamps).  ``python -m codegen`` then renders it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .import_actions import Outcome, import_actions
from .import_events import import_events
from .import_hints import (
    Hints,
    ImporterError,
    VersionSource,
    load_hints,
    parse_listcommands,
    shared_dir,
    sorted_versions,
    source_path,
)
from .xmldocs import DocSet, XmlDocsError, read_docs
from .yamltext import entries_document, load_yaml

__all__ = ["Sources", "Result", "load_sources", "build", "main", "OUTPUTS"]

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("imported/actions.yaml", "imported/events.yaml", "imported/report.md")
_HEADER = """DO NOT EDIT: written by `python -m codegen.import_docs` (make import-docs) from
Asterisk's XML docs ({docs}), the recorded ListCommands replies and
spec/import-hints.yaml.  To change an entry, fix the hints, or move the entry to
{curated} (curated entries are never overwritten).  Validated by
spec/{schema}; rendered by `python -m codegen`."""


@dataclass(frozen=True)
class Sources:
    docs: tuple[DocSet, ...]
    listcommands: Mapping[str, Mapping[str, tuple[str, ...]]]
    hints: Hints


@dataclass(frozen=True)
class Result:
    files: dict[str, str]
    """``OUTPUTS`` path (relative to the spec directory) -> text."""
    actions: Outcome
    events: Outcome

    @property
    def problems(self) -> list[str]:
        return self.actions.problems + self.events.problems


def load_sources(
    spec_dir: Path,
    shared: Path | None = None,
    extra: Sequence[tuple[Path, str]] = (),
) -> Sources:
    """Read the hints, every version's docs and ListCommands reply, plus ``extra`` files."""
    hints = load_hints(spec_dir)
    base = shared_dir(shared)
    chosen: dict[str, VersionSource] = {v.version: v for v in hints.versions}
    paths = {v: source_path(s.docs, base, spec_dir) for v, s in chosen.items()}
    for path, version in extra:
        paths[version] = path
    docs = []
    for version in sorted_versions(list(paths)):
        if not paths[version].is_file():
            raise ImporterError(f"Asterisk {version} docs not found: {paths[version]}")
        try:
            docs.append(read_docs(paths[version], version))
        except XmlDocsError as exc:
            raise ImporterError(str(exc)) from exc
    listcommands = {}
    for version, source in chosen.items():
        if source.listcommands is None:
            continue
        path = source_path(source.listcommands, base, spec_dir)
        if path.is_file():
            listcommands[version] = parse_listcommands(path)
    return Sources(tuple(docs), listcommands, hints)


def _curated(spec_dir: Path, name: str, key: str) -> list[dict[str, Any]]:
    path = spec_dir / name
    if not path.exists():
        return []
    doc = load_yaml(path.read_text(encoding="utf-8")) or {}
    return list(doc.get(key) or [])


def build(sources: Sources, spec_dir: Path) -> Result:
    """Everything the importer writes, as text (nothing is written here)."""
    curated_actions = _curated(spec_dir, "actions.yaml", "actions")
    events_doc = load_yaml((spec_dir / "events.yaml").read_text(encoding="utf-8"))
    actions = import_actions(sources.docs, sources.listcommands, sources.hints, curated_actions)
    events = import_events(
        sources.docs, sources.hints, events_doc.get("events", []), events_doc.get("groups", [])
    )
    docs = ", ".join(f"Asterisk {d.version}" for d in sources.docs)
    files = {
        "imported/actions.yaml": entries_document(
            _HEADER.format(docs=docs, curated="spec/actions.yaml", schema="actions.schema.json"),
            "actions",
            actions.entries,
        ),
        "imported/events.yaml": entries_document(
            _HEADER.format(docs=docs, curated="spec/events.yaml", schema="events.schema.json"),
            "events",
            events.entries,
        ),
    }
    files["imported/report.md"] = report(sources, curated_actions, events_doc, actions, events)
    return Result(files, actions, events)


def coverage(
    sources: Sources, action_names: set[str], event_names: set[str]
) -> list[tuple[str, int, int, int, int]]:
    """``(version, actions covered, documented, events covered, documented)``."""
    rows = []
    for docset in sources.docs:
        acts = {n.lower() for n in docset.actions}
        evs = set(docset.events)
        rows.append(
            (docset.version, len(acts & action_names), len(acts), len(evs & event_names), len(evs))
        )
    return rows


def report(
    sources: Sources,
    curated_actions: Sequence[Mapping[str, Any]],
    events_doc: Mapping[str, Any],
    actions: Outcome,
    events: Outcome,
) -> str:
    action_names = {str(e["action"]).lower() for e in [*curated_actions, *actions.entries]}
    event_names = {str(e["event"]) for e in [*events_doc.get("events", []), *events.entries]}
    lines = [
        "# Import report",
        "",
        "Written by `python -m codegen.import_docs`; see docs/extending-the-catalogue.md.",
        "",
        "## Coverage of Asterisk's XML docs",
        "",
        "| Asterisk | actions | events |",
        "|---|---|---|",
    ]
    for version, a, an, e, en in coverage(sources, action_names, event_names):
        lines.append(f"| {version} | {a}/{an} | {e}/{en} |")
    undocumented = sorted(
        str(e["event"]) for e in events_doc.get("events", []) if not e.get("documented")
    )
    lines += [
        "",
        f"Catalogue: {len(action_names)} AMI actions ({len(curated_actions)} curated classes, "
        f"{len(actions.entries)} imported), {len(event_names)} events "
        f"({len(events.entries)} imported, {len(undocumented)} curated that the docs lack).",
    ]
    for title, items in (
        (
            "Curated facts that differ from the docs (kept)",
            actions.differences + events.differences,
        ),
        ("Oddities of the docs", actions.anomalies + events.anomalies),
        (
            "Undecided (the import fails until import-hints.yaml says)",
            actions.problems + events.problems,
        ),
    ):
        lines += ["", f"## {title}", ""]
        lines += [f"- {item}" for item in items] or ["None."]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.import_docs", description=__doc__)
    parser.add_argument("docs", nargs="?", type=Path, help="one more core-en_US.xml to import")
    parser.add_argument("--version", help="the Asterisk major version of DOCS (e.g. 23)")
    parser.add_argument(
        "--shared", type=Path, help="shared directory (default: $AMI_SHARED_DIR or ../shared)"
    )
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="catalogue directory")
    parser.add_argument("--check", action="store_true", help="fail if spec/imported/ is stale")
    args = parser.parse_args(argv)
    if (args.docs is None) != (args.version is None):
        parser.error("DOCS and --version go together")
    extra = [(args.docs, args.version)] if args.docs else []
    try:
        result = build(load_sources(args.spec, args.shared, extra), args.spec)
    except ImporterError as exc:
        print(exc, file=sys.stderr)
        return 2
    for problem in result.problems:
        print(f"undecided: {problem}", file=sys.stderr)
    if result.problems:
        return 2
    stale = [rel for rel, text in result.files.items() if _read(args.spec / rel) != text]
    if args.check:
        for rel in stale:
            print(f"stale: spec/{rel} (run 'make import-docs')", file=sys.stderr)
        return 1 if stale else 0
    for rel in stale:
        path = args.spec / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(result.files[rel], encoding="utf-8", newline="\n")
        print(f"wrote spec/{rel}")
    print(
        f"{len(result.actions.entries)} actions and {len(result.events.entries)} events imported; "
        f"{len(result.actions.differences) + len(result.events.differences)} curated differences "
        "reported in spec/imported/report.md"
    )
    return 0


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


if __name__ == "__main__":
    raise SystemExit(main())
