"""Load the catalogue (``spec/*.yaml``), validate it and build the model.

Two passes, both reporting every problem at once with a path that names the action:
``actions[12] (Originate_Context).fields[3].default: ...``.  First the JSON Schema
(``spec/*.schema.json``: shapes and vocabularies), then the rules a schema cannot say
(names that collide, a wire order that misses a field, a default of the wrong type, a
required argument after an optional one).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from . import actions as action_rules
from . import events as event_rules
from .event_model import EventSpec
from .model import (
    ActionSpec,
    Catalogue,
    ConstantGroup,
    ConstantSpec,
    EventModuleSpec,
    MapSpec,
    ModuleSpec,
    Reexport,
    ShimSpec,
)
from .verified import unknown_names
from .yamltext import load_yaml

__all__ = ["CatalogueError", "load", "SPEC_FILES"]

#: Spec files in reading order: (file, schema, required).  The curated files come before
#: what ``python -m codegen.import_docs`` writes under ``imported/``.
SPEC_FILES = (
    ("actions.yaml", "actions.schema.json", True),
    ("imported/actions.yaml", "actions.schema.json", False),
    ("events.yaml", "events.schema.json", False),
    ("imported/events.yaml", "events.schema.json", False),
    ("constants.yaml", "constants.schema.json", False),
    ("package.yaml", "package.schema.json", False),
    ("verified.yaml", "verified.schema.json", False),
)
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "spec"


class CatalogueError(Exception):
    """The catalogue is broken; ``problems`` lists every error found, each with its path."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the catalogue:\n{lines}")


def load(spec_dir: Path, schema_dir: Path | None = None) -> Catalogue:
    """Read, validate and model the catalogue in ``spec_dir``.

    Schemas come from ``schema_dir`` (default: the repository's ``spec/``), so a test's
    fixture spec is checked against the real schemas.
    """
    schemas = schema_dir or SCHEMA_DIR
    docs: dict[str, Any] = {}
    texts: dict[str, bytes] = {}
    problems: list[str] = []
    for name, schema_name, required in SPEC_FILES:
        path = spec_dir / name
        if not path.exists():
            if required:
                problems.append(f"{name}: missing")
            continue
        texts[name] = path.read_bytes().replace(b"\r\n", b"\n")
        try:
            docs[name] = load_yaml(texts[name])
        except yaml.YAMLError as exc:
            problems.append(f"{name}: not valid YAML: {exc}")
            continue
        schema = json.loads((schemas / schema_name).read_text(encoding="utf-8"))
        problems.extend(f"{name}: {p}" for p in schema_problems(docs[name], schema))
    if problems:
        raise CatalogueError(problems)
    return _build(docs, texts)


def schema_problems(doc: object, schema: Mapping[str, Any]) -> list[str]:
    """Every JSON Schema violation in ``doc``, as ``path: message``, sorted by path."""
    validator = jsonschema.Draft202012Validator(schema)
    found = []
    for error in validator.iter_errors(doc):
        parts = list(error.absolute_path)
        found.append((_sort_key(parts), f"{path_text(doc, parts)}: {_message(error)}"))
    return [text for _, text in sorted(found)]


def _sort_key(parts: Sequence[object]) -> tuple[tuple[int, str], ...]:
    return tuple((p, "") if isinstance(p, int) else (-1, str(p)) for p in parts)


def _message(error: jsonschema.ValidationError) -> str:
    if error.context:
        # anyOf/oneOf: the most specific sub-error explains it best.
        best = jsonschema.exceptions.best_match(error.context)
        return f"{error.message}; {best.message}" if best is not None else error.message
    return str(error.message)


def path_text(doc: object, parts: Iterable[object]) -> str:
    """``["actions", 12, "fields", 3, "default"]`` -> ``actions[12] (Name).fields[3].default``."""
    out = ""
    node: object = doc
    parent_key: object = None
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if parent_key == "actions" and isinstance(node, dict):
                label = node.get("class") or node.get("action")
                if isinstance(label, str):
                    out += f" ({label})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
        parent_key = part
    return out or "(top)"


def _build_actions(docs: Mapping[str, Any], problems: list[str]) -> list[Any]:
    entries: list[Any] = []
    files: list[tuple[str, int]] = []
    for name in ("actions.yaml", "imported/actions.yaml"):
        for i, entry in enumerate((docs.get(name) or {}).get("actions") or []):
            entries.append(entry)
            files.append((name, i))
    pairs = list(zip(entries, files, strict=True))
    curated = {str(e["action"]).lower() for e, (f, _) in pairs if f == "actions.yaml"}
    for entry, (name, i) in pairs:
        if name != "actions.yaml" and str(entry["action"]).lower() in curated:
            problems.append(
                f"{name}: actions[{i}] ({entry['action']}) is curated in actions.yaml; "
                "re-run 'make import-docs'"
            )
    return action_rules.build_actions(entries, problems, files)


def _build_events(docs: Mapping[str, Any], problems: list[str]) -> tuple[list[Any], list[Any]]:
    curated = docs.get("events.yaml") or {}
    groups = event_rules.build_groups(curated.get("groups") or [], problems)
    files = [
        (name, (docs.get(name) or {}).get("events") or [])
        for name in ("events.yaml", "imported/events.yaml")
    ]
    links = _header_links(docs.get("constants.yaml"))
    return event_rules.build_events(files, groups, problems, links), list(groups.values())


def _header_links(doc: Mapping[str, Any] | None) -> dict[tuple[str, str], Any]:
    """``constants.yaml`` groups' ``headers``: which event headers carry their values."""
    links: dict[tuple[str, str], Any] = {}
    for group in (doc or {}).get("groups", ()):
        consts = group.get("constants", ())
        if not group.get("headers") or not consts:
            continue
        names = [str(c["name"]) for c in consts]
        prefix = os.path.commonprefix(names)
        kind = "int" if all(type(c["value"]) is int for c in consts) else "str"
        link = event_rules.HeaderLink(f"{prefix}*" if prefix else ", ".join(names), kind)
        for header in group["headers"]:
            event, _, key = str(header).partition(".")
            links[(event.lower(), key.lower())] = link
    return links


def _build(docs: Mapping[str, Any], texts: Mapping[str, bytes]) -> Catalogue:
    problems: list[str] = []
    actions = _build_actions(docs, problems)
    events, event_groups = _build_events(docs, problems)
    actions, events = _apply_verified(docs.get("verified.yaml"), actions, events, problems)
    groups = _constant_groups(docs.get("constants.yaml"), problems)
    names = [a.class_name for a in actions]
    clash = sorted({n for g in groups for n in (c.name for c in g.constants)} & set(names))
    problems.extend(f"constants.yaml: {n} is also an action class" for n in clash)
    if problems:
        raise CatalogueError(problems)
    package = docs.get("package.yaml") or {}
    event_modules: dict[str, list[Any]] = {}
    for event in events:
        event_modules.setdefault(event.module, []).append(event)
    digest = hashlib.sha256()
    for name in sorted(texts):
        digest.update(f"spec/{name}\0".encode() + texts[name] + b"\0")
    modules: dict[str, list[Any]] = {}
    for action in actions:
        modules.setdefault(action.module, []).append(action)
    return Catalogue(
        actions=tuple(actions),
        groups=tuple(groups),
        package_doc=str(package.get("doc", "Typed AMI bindings.")).strip(),
        reexports=tuple(
            Reexport(r["from"], tuple(r["names"])) for r in package.get("reexports", ())
        ),
        shims=tuple(
            ShimSpec(
                s["module"],
                s["from"],
                tuple(s["names"]),
                s.get("main"),
                s["doc"],
                bool(s.get("registry", False)),
            )
            for s in package.get("shims", ())
        ),
        spec_files=tuple(f"spec/{name}" for name in sorted(texts)),
        spec_sha256=digest.hexdigest(),
        modules=tuple(
            ModuleSpec(name, tuple(sorted(acts, key=lambda a: a.class_name.lower())))
            for name, acts in sorted(modules.items())
        ),
        events=tuple(events),
        event_groups=tuple(event_groups),
        event_modules=tuple(
            EventModuleSpec(name, tuple(sorted(evs, key=lambda e: e.class_name.lower())))
            for name, evs in sorted(event_modules.items())
        ),
        register_events=package.get("register_events"),
    )


def _apply_verified(
    doc: Mapping[str, Any] | None,
    actions: Sequence[ActionSpec],
    events: Sequence[EventSpec],
    problems: list[str],
) -> tuple[list[ActionSpec], list[EventSpec]]:
    """Each action and event with the versions ``verified.yaml`` says it was confirmed on."""
    if not doc:
        return list(actions), list(events)
    table = {
        kind: {str(name): tuple(str(v) for v in versions) for name, versions in entries.items()}
        for kind, entries in doc.items()
        if kind in ("actions", "events")
    }
    problems.extend(unknown_names(table, (a.class_name for a in actions), (e.name for e in events)))
    return (
        [dataclasses.replace(a, verified=table["actions"].get(a.class_name, ())) for a in actions],
        [dataclasses.replace(e, verified=table["events"].get(e.name, ())) for e in events],
    )


def _constant_groups(doc: Mapping[str, Any] | None, problems: list[str]) -> list[ConstantGroup]:
    if not doc:
        return []
    groups = []
    seen: dict[str, str] = {}
    for gi, group in enumerate(doc["groups"]):
        consts = []
        for ci, item in enumerate(group.get("constants", ())):
            where = f"constants.yaml: groups[{gi}].constants[{ci}].name"
            if item["name"] in seen:
                problems.append(
                    f"{where}: {item['name']} is already defined at {seen[item['name']]}"
                )
            seen[item["name"]] = where
            consts.append(
                ConstantSpec(item["name"], item["value"], item["doc"], item.get("pystrix", False))
            )
        maps = []
        for mi, item in enumerate(group.get("maps", ())):
            where = f"constants.yaml: groups[{gi}].maps[{mi}]"
            if item["name"] in seen:
                problems.append(f"{where}.name: {item['name']} is already defined")
            seen[item["name"]] = where
            for ei, entry in enumerate(item["entries"]):
                if entry["key"] not in seen or ".maps[" in seen[entry["key"]]:
                    problems.append(
                        f"{where}.entries[{ei}].key: {entry['key']} is not a constant "
                        "defined before this map"
                    )
            maps.append(
                MapSpec(
                    item["name"],
                    item["key_type"],
                    item["value_type"],
                    tuple((e["key"], e["value"]) for e in item["entries"]),
                    item["doc"],
                    item.get("pystrix", False),
                )
            )
        groups.append(ConstantGroup(group["group"], group["doc"], tuple(consts), tuple(maps)))
    return groups
