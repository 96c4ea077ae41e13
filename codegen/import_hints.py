"""What the importer reads besides the XML: its hints file, ListCommands replies, paths.

``spec/import-hints.yaml`` (schema ``spec/import-hints.schema.json``) holds the facts
Asterisk's XML documentation lacks, each with its evidence: the privilege of actions no
recorded ``ListCommands`` lists (from the ``ast_manager_register_xml`` call), the event
lists the XML does not describe, the modules removed between two documented versions.
The recorded ``ListCommands`` replies (``<Action>: <synopsis> (Priv: <classes>)``, one
header per registered action, ``main/manager.c`` ``action_listcommands``) give every
other action's privilege.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .yamltext import load_yaml

__all__ = [
    "HINTS_FILE",
    "Hints",
    "VersionSource",
    "ImporterError",
    "load_hints",
    "shared_dir",
    "source_path",
    "parse_listcommands",
    "version_key",
    "same_version",
    "sorted_versions",
]

ROOT = Path(__file__).resolve().parent.parent
HINTS_FILE = "import-hints.yaml"
_LISTCOMMANDS = re.compile(r"^(\w+): .*\(Priv: ([^)]*)\)\r?$", re.M)


class ImporterError(Exception):
    """The importer cannot run: a missing input, a broken hints file, an undecided fact."""


@dataclass(frozen=True)
class VersionSource:
    version: str
    docs: str
    """Path of ``core-en_US.xml`` (see :func:`source_path`)."""
    listcommands: str | None
    """A recorded ``ListCommands`` transcript (see :func:`source_path`), if any."""


@dataclass(frozen=True)
class Hints:
    versions: tuple[VersionSource, ...]
    modules: Mapping[str, str]
    sources: Mapping[str, str]
    removed_modules: Mapping[str, str]
    removed_names: Mapping[str, str]
    privileges: Mapping[str, tuple[tuple[str, ...], str]]
    """action -> (classes, evidence)."""
    event_classes: Mapping[str, tuple[tuple[str, ...], str]]
    results: Mapping[str, Mapping[str, Any]]
    action_events: Mapping[str, tuple[str, ...]]
    notes: Mapping[str, tuple[str, ...]]
    int_keys: frozenset[str]
    """Lowercased header names Asterisk prints as integers (events; action py_type)."""
    event_headers: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Per event: ``docs`` (header -> corrected text) and ``source`` (the evidence)."""
    open_enums: frozenset[str] = frozenset()
    """Lowercased ``Action.Field`` whose documented values are examples, not the only ones."""
    raw: Mapping[str, Any] = field(default_factory=dict)


def load_hints(spec_dir: Path, schema_dir: Path | None = None) -> Hints:
    path = spec_dir / HINTS_FILE
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ImporterError(f"{path}: {exc}") from exc
    schema_path = (schema_dir or ROOT / "spec") / "import-hints.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=str)
    if errors:
        lines = "\n".join(
            f"  {'.'.join(str(p) for p in e.absolute_path)}: {e.message}" for e in errors
        )
        raise ImporterError(f"{path} does not match its schema:\n{lines}")
    removed = doc.get("removed", {})
    return Hints(
        versions=tuple(
            VersionSource(str(v["version"]), v["docs"], v.get("listcommands"))
            for v in doc["versions"]
        ),
        modules=dict(doc.get("modules", {})),
        sources=dict(doc.get("sources", {})),
        removed_modules=dict(removed.get("modules", {})),
        removed_names=dict(removed.get("names", {})),
        privileges={
            p["action"]: (tuple(p["classes"]), p["source"]) for p in doc.get("privileges", ())
        },
        event_classes={
            e["event"]: (tuple(e["classes"]), e["source"]) for e in doc.get("event_classes", ())
        },
        results={r["action"]: r for r in doc.get("results", ())},
        action_events={k: tuple(v) for k, v in doc.get("action_events", {}).items()},
        notes={k: tuple(v) for k, v in doc.get("notes", {}).items()},
        int_keys=frozenset(k.lower() for k in doc.get("int_keys", ())),
        open_enums=frozenset(str(k).lower() for k in doc.get("open_enums", ())),
        event_headers=dict(doc.get("event_headers", {})),
        raw=doc,
    )


def shared_dir(explicit: Path | None = None) -> Path:
    """``--shared``, else ``$AMI_SHARED_DIR``, else ``shared/`` beside the repository."""
    if explicit is not None:
        return explicit
    env = os.environ.get("AMI_SHARED_DIR")
    return Path(env) if env else ROOT.parent / "shared"


def source_path(path: str, shared: Path, spec_dir: Path) -> Path:
    """Where a path of the hints' ``versions:`` lives.

    ``./recorded/listcommands-23.jsonl`` (starting with ``./``) is beside the hints file,
    in the catalogue (recordings checked into the repository); any other relative path is
    in the shared directory.
    """
    if path.startswith("./"):
        return spec_dir / path[2:]
    return shared / path


def parse_listcommands(path: Path) -> dict[str, tuple[str, ...]]:
    """``{lowercase action: write classes}`` from a recorded ListCommands transcript.

    ``all`` (printed for every non-zero mask) and ``<none>`` are not classes.
    """
    chunks = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    text = "".join(str(c.get("data", "")) for c in chunks if c.get("dir") == "s2c")
    table: dict[str, tuple[str, ...]] = {}
    for name, privs in _LISTCOMMANDS.findall(text):
        classes = tuple(sorted(p for p in privs.split(",") if p and p not in ("all", "<none>")))
        table[name.lower()] = classes
    return table


def version_key(version: str) -> tuple[int, ...]:
    """``"1.6.2.0"`` -> ``(1, 6, 2)``: trailing zeros dropped, so 1.6 == 1.6.0."""
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def same_version(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return version_key(a) == version_key(b)


def sorted_versions(versions: Sequence[str]) -> list[str]:
    return sorted(set(versions), key=version_key)
