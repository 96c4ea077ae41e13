"""Event entries: the rules a JSON Schema cannot express, and the model they build.

Reads the groups of ``spec/events.yaml`` and the events of both event files (curated
first: an imported entry for a curated name is an error, the importer never writes one).
Problems are appended to a list, each with its path, as :mod:`codegen.actions` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .event_model import EVENT_RESERVED, AccessorSpec, EventSpec, GroupSpec, HeaderSpec
from .naming import event_class_name, is_identifier, python_name

__all__ = ["build_groups", "build_events", "HeaderLink", "Links", "VIEW_RESERVED"]

#: Public names of ``ami_runtime.headers.SnapshotView`` (a group field must not hide them).
VIEW_RESERVED = frozenset({"get", "present", "prefix"})


@dataclass(frozen=True)
class HeaderLink:
    """A constants group of ``constants.yaml`` whose values an event header carries."""

    names: str
    """How the doc names them: ``ORIGINATE_RESULT_*``."""
    kind: str
    """``int`` when every constant of the group is an int, else ``str``."""


#: ``(event name, header key)``, lowercase -> the constants its values are.
Links = Mapping[tuple[str, str], HeaderLink]
_INTEGER = re.compile(r"^-?\d+$")


def _header(raw: Mapping[str, Any], link: HeaderLink | None = None) -> HeaderSpec:
    """The typed header; its type agrees with the catalogue's own constants and values.

    One rule for every header, so that ``event.reason == core.ORIGINATE_RESULT_ANSWERED``
    holds: a header whose documented values are all integers, or whose values are an
    int constants group, is an ``int``, whatever its entry says.
    """
    key = str(raw["key"])
    attr = str(raw.get("py_name") or python_name(key))
    if attr in EVENT_RESERVED and "py_name" not in raw:
        attr += "_"
    values = tuple(str(v) for v in raw.get("values", ()))
    kind = str(raw.get("type", "str"))
    if (values and all(_INTEGER.match(v) for v in values)) or (link and link.kind == "int"):
        kind = "int"
    return HeaderSpec(
        key=key,
        attr=attr,
        kind=kind,
        values=values,
        doc=str(raw["doc"]).strip(),
        constants=link.names if link else "",
    )


def build_groups(raw: Sequence[Mapping[str, Any]], problems: list[str]) -> dict[str, GroupSpec]:
    groups: dict[str, GroupSpec] = {}
    for i, item in enumerate(raw):
        where = f"events.yaml: groups[{i}] ({item['group']})"
        fields = tuple(_header(f) for f in item["fields"])
        clash = sorted({f.attr for f in fields} & (VIEW_RESERVED | EVENT_RESERVED))
        if clash:
            problems.append(
                f"{where}.fields: {clash} would hide the event or view API; set py_name"
            )
        _unique([f.attr for f in fields], f"{where}.fields", problems)
        if item["group"] in groups:
            problems.append(f"{where}.group: {item['group']} is defined twice")
        groups[item["group"]] = GroupSpec(
            name=item["group"],
            mixin=item["mixin"],
            view=item.get("view"),
            anchor=item.get("anchor"),
            accessor_suffix=item.get("accessor_suffix", ""),
            source=item.get("source"),
            doc=str(item["doc"]).strip(),
            fields=fields,
        )
    return groups


def _unique(names: Sequence[str], where: str, problems: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            problems.append(f"{where}: {name!r} is used twice; set py_name")
        seen.add(name)


def build_events(
    files: Sequence[tuple[str, Sequence[Mapping[str, Any]]]],
    groups: Mapping[str, GroupSpec],
    problems: list[str],
    links: Links | None = None,
) -> list[EventSpec]:
    """Model every event of ``files`` (``(file name, entries)``, curated file first);
    ``links``: the headers whose values are constants of ``constants.yaml``."""
    links = links or {}
    built: list[EventSpec] = []
    names: dict[str, str] = {}
    classes: dict[str, str] = {g.mixin: "a group mixin" for g in groups.values()}
    classes.update({g.view: "a group view" for g in groups.values() if g.view})
    for file, entries in files:
        origin = "curated" if file == "events.yaml" else "imported"
        for i, raw in enumerate(entries):
            where = f"{file}: events[{i}] ({raw['event']})"
            spec = _event(len(built), raw, origin, where, groups, problems, links)
            if spec.name in names:
                problems.append(
                    f"{where}.event: {spec.name} is already defined by {names[spec.name]}"
                )
            if spec.class_name in classes:
                problems.append(
                    f"{where}.class: {spec.class_name} is already {classes[spec.class_name]}"
                )
            names[spec.name] = where
            classes[spec.class_name] = where
            built.append(spec)
    found = {(e.name.lower(), f.key.lower()) for e in built for f in e.fields}
    for event, key in sorted(set(links) - found):
        problems.append(f"constants.yaml: headers: no event {event} with a header {key}")
    return built


def _uses(
    raw: Mapping[str, Any], where: str, groups: Mapping[str, GroupSpec], problems: list[str]
) -> tuple[list[GroupSpec], list[AccessorSpec]]:
    mixins: list[GroupSpec] = []
    accessors: list[AccessorSpec] = []
    for j, use in enumerate(raw.get("groups", ())):
        group = groups.get(use["group"])
        if group is None:
            problems.append(f"{where}.groups[{j}].group: {use['group']!r} is not a group")
            continue
        prefix = use.get("prefix")
        if not prefix:
            if group in mixins:
                problems.append(f"{where}.groups[{j}]: {group.name} is used twice unprefixed")
            mixins.append(group)
        elif group.view is None:
            problems.append(f"{where}.groups[{j}].prefix: group {group.name} has no view")
        else:
            attr = use.get("py_name") or python_name(prefix) + group.accessor_suffix
            accessors.append(AccessorSpec(attr, group, prefix))
    return mixins, accessors


def _event(
    index: int,
    raw: Mapping[str, Any],
    origin: str,
    where: str,
    groups: Mapping[str, GroupSpec],
    problems: list[str],
    links: Links,
) -> EventSpec:
    name = str(raw["event"])
    class_name = str(raw.get("class") or event_class_name(name))
    if not is_identifier(class_name):
        problems.append(f"{where}.class: {class_name!r} is not a Python identifier")
    mixins, accessors = _uses(raw, where, groups, problems)
    fields = tuple(
        _header(f, links.get((name.lower(), str(f["key"]).lower()))) for f in raw.get("fields", ())
    )
    inherited = {f.attr for m in mixins for f in m.fields}
    inherited_keys = {k.lower() for m in mixins for k in m.keys}
    for f in fields:
        if f.key.lower() in inherited_keys:
            problems.append(f"{where}.fields: {f.key} is already a header of a group it uses")
        elif f.attr in inherited:
            problems.append(f"{where}.fields: {f.attr!r} is already a group property; set py_name")
    _unique([f.attr for f in fields] + [a.attr for a in accessors], f"{where}.fields", problems)
    for attr in [f.attr for f in fields] + [a.attr for a in accessors]:
        if not is_identifier(attr):
            problems.append(f"{where}: {attr!r} is not a Python identifier")
    return EventSpec(
        index=index,
        name=name,
        class_name=class_name,
        module=str(raw["module"]),
        source=raw.get("source"),
        privilege=tuple(raw["privilege"]),
        since=raw.get("since"),
        since_releases=tuple(raw.get("since_releases", ())),
        removed=raw.get("removed"),
        documented=tuple(raw.get("documented", ())),
        recorded=tuple(raw.get("recorded", ())),
        doc=str(raw["doc"]).strip(),
        description=raw.get("description"),
        notes=tuple(str(n).strip() for n in raw.get("notes", ())),
        mixins=tuple(mixins),
        accessors=tuple(accessors),
        fields=fields,
        see_also=tuple(raw.get("see_also", ())),
        origin=origin,
    )
