"""Imported events: one catalogue entry per documented manager event.

An event is documented once per place that raises it (``<managerEventInstance>``): VarSet
by the core, app_stack and func_global.  The instances are merged into one entry: the
union of their headers (in documented order) and of their classes, the core's synopsis
first, the others' as notes.  ``<channel_snapshot prefix>`` / ``<bridge_snapshot>``
markers become uses of the shared header groups of ``spec/events.yaml``; a header the
docs also list among an unprefixed snapshot's is the group's.  An event curated in
``spec/events.yaml`` is not written here; differences are reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .import_actions import Outcome, availability, sentence
from .import_hints import Hints, sorted_versions, version_key
from .xmldocs import DocEvent, DocEventInstance, DocParam, DocSet

__all__ = ["import_events", "PRIVILEGES"]

PRIVILEGES = frozenset(
    "system call log verbose command agent user config dtmf reporting cdr dialplan originate "
    "agi cc aoc test security message".split()
)
#: Headers every message has (``Event``, ``Privilege``) or Message exposes (ActionID).
_SKIPPED = frozenset({"actionid", "event", "privilege"})
_LIST_COMPLETE = ("EventList", "ListItems")
_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_INTEGER = re.compile(r"^-?\d+$")


def _instances(by_version: Mapping[str, DocEvent], hints: Hints) -> list[DocEventInstance]:
    """Every distinct instance (newest docs first), the core's before the modules'."""
    seen: dict[tuple[str, str], DocEventInstance] = {}
    for version in sorted(by_version, key=version_key, reverse=True):
        for inst in by_version[version].instances:
            seen.setdefault((inst.module, inst.synopsis), inst)
    ordered = list(seen.values())
    ordered.sort(key=lambda i: hints.modules.get(i.module, i.module) != "manager")
    return ordered


def _privilege(
    name: str, instances: Sequence[DocEventInstance], hints: Hints, out: Outcome
) -> list[str]:
    if name in hints.event_classes:
        return list(hints.event_classes[name][0])
    classes: list[str] = []
    for inst in instances:
        label = inst.klass.removeprefix("EVENT_FLAG_").lower()
        if label not in PRIVILEGES:
            out.problems.append(
                f"{name}: class {inst.klass!r} ({inst.module}) is not a manager.h class; "
                "add the real one to import-hints.yaml (event_classes)"
            )
        elif label not in classes:
            classes.append(label)
    return classes


def _field(param: DocParam, hints: Hints) -> dict[str, Any]:
    entry: dict[str, Any] = {"key": param.name}
    numeric = bool(param.values) and all(_INTEGER.match(v) for v in param.values)
    if param.name.lower() in hints.int_keys or numeric:
        entry["type"] = "int"
    if param.values:
        entry["values"] = list(param.values)
    entry["doc"] = param.doc or f"The {param.name} header."
    return entry


def _corrected(
    name: str, fields: list[dict[str, Any]], hints: Hints, out: Outcome
) -> list[dict[str, Any]]:
    """Header texts the hints correct where the XML docs are wrong (the live server and
    the C source win); headers the docs omit are spec/observed.yaml's."""
    fix = hints.event_headers.get(name)
    if not fix:
        return fields
    by_key = {str(f["key"]).lower(): f for f in fields}
    for key, doc in fix.get("docs", {}).items():
        entry = by_key.get(key.lower())
        if entry is None:
            out.problems.append(f"{name}: event_headers corrects {key}, which is not documented")
            continue
        entry["doc"] = doc
        out.differences.append(f"{name}: header {key}: the docs' text corrected ({fix['source']})")
    return fields


def _groups_and_fields(
    name: str,
    instances: Sequence[DocEventInstance],
    group_keys: Mapping[str, frozenset[str]],
    hints: Hints,
    out: Outcome,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    uses: list[dict[str, Any]] = []
    for inst in instances:
        for snap in inst.snapshots:
            use = {"group": snap.group, **({"prefix": snap.prefix} if snap.prefix else {})}
            if use not in uses:
                uses.append(use)
    params: dict[str, DocParam] = {}
    for inst in instances:
        for param in inst.params:
            params.setdefault(param.name.lower(), param)
    if all(k.lower() in params for k in _LIST_COMPLETE):
        uses.append({"group": "list_complete"})
        for key in _LIST_COMPLETE:
            del params[key.lower()]
    owned = set().union(
        *(group_keys.get(u["group"], frozenset()) for u in uses if "prefix" not in u)
    )
    fields = []
    for low, param in params.items():
        if low in _SKIPPED or low in owned:
            continue
        if not _KEY.match(param.name):
            out.anomalies.append(f"{name}: header {param.name!r} is not a header name; skipped")
            continue
        fields.append(_field(param, hints))
    fields = _corrected(name, fields, hints, out)
    missing = [u["group"] for u in uses if u["group"] not in group_keys]
    if missing:
        out.problems.append(f"{name}: groups {missing} are not defined in spec/events.yaml")
    return uses, fields


def _entry(
    name: str,
    by_version: Mapping[str, DocEvent],
    versions: Sequence[str],
    group_keys: Mapping[str, frozenset[str]],
    hints: Hints,
    out: Outcome,
) -> dict[str, Any]:
    instances = _instances(by_version, hints)
    main = instances[0]
    modules = sorted({i.module for i in instances})
    module = hints.modules.get(main.module, main.module)
    entry: dict[str, Any] = {"event": name, "module": module}
    if module in hints.sources:
        entry["source"] = hints.sources[module]
    entry["privilege"] = _privilege(name, instances, hints, out)
    releases = sorted_versions([v for i in instances for v in i.since])
    if releases:
        entry["since"] = releases[0]
    if len(releases) > 1:
        entry["since_releases"] = releases
    mapped = sorted({hints.modules.get(m, m) for m in modules} | set(modules))
    removed = availability(name, list(by_version), versions, mapped, hints, out)
    if removed:
        entry["removed"] = removed
    entry["documented"] = sorted_versions(list(by_version))
    entry["doc"] = sentence(main.synopsis) or f"The {name} event."
    description = next((i.description for i in instances if i.description), "")
    if description and sentence(description) != entry["doc"]:
        entry["description"] = description
    notes = [
        f"Also raised by {i.module}: {i.synopsis}"
        for i in instances[1:]
        if i.synopsis and i.synopsis != main.synopsis
    ]
    notes += list(hints.notes.get(name, ()))
    if notes:
        entry["notes"] = notes
    uses, fields = _groups_and_fields(name, instances, group_keys, hints, out)
    if uses:
        entry["groups"] = uses
    entry["fields"] = fields
    see_also = [s for i in instances for s in i.see_also if s != name]
    if see_also:
        entry["see_also"] = list(dict.fromkeys(see_also))
    return entry


def import_events(
    docs: Sequence[DocSet],
    hints: Hints,
    curated: Sequence[Mapping[str, Any]],
    groups: Sequence[Mapping[str, Any]],
) -> Outcome:
    """Entries for every documented event not curated in ``spec/events.yaml``."""
    out = Outcome()
    versions = sorted_versions([d.version for d in docs])
    group_keys = {
        str(g["group"]): frozenset(str(f["key"]).lower() for f in g["fields"]) for g in groups
    }
    by_name: dict[str, dict[str, DocEvent]] = {}
    for docset in docs:
        for name, event in docset.events.items():
            by_name.setdefault(name, {})[docset.version] = event
    curated_names = {str(e["event"]): e for e in curated}
    for name in sorted(by_name, key=str.lower):
        entry = _entry(name, by_name[name], versions, group_keys, hints, out)
        if name in curated_names:
            _compare(name, curated_names[name], entry, out)
            continue
        out.entries.append(entry)
    return out


def _compare(name: str, curated: Mapping[str, Any], docs: Mapping[str, Any], out: Outcome) -> None:
    label = f"{name} (curated event)"
    ours = {str(f["key"]).lower() for f in curated.get("fields", ())}
    for f in docs["fields"]:
        if str(f["key"]).lower() not in ours:
            out.differences.append(f"{label}: documented header {f['key']} has no field here")
    if set(curated.get("privilege", [])) != set(docs["privilege"]):
        out.differences.append(
            f"{label}: privilege {curated.get('privilege')}; the docs say {docs['privilege']}"
        )
    groups = [g for g in curated.get("groups", ()) if g not in docs.get("groups", [])]
    if groups or len(curated.get("groups", ())) != len(docs.get("groups", [])):
        out.differences.append(
            f"{label}: groups {curated.get('groups')}; the docs {docs.get('groups')}"
        )
