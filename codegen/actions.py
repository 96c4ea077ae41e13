"""Action entries: the rules a JSON Schema cannot express, and the model they build.

Each rule appends ``<path>: <problem>`` to a list instead of raising, so one run reports
every broken entry; :mod:`codegen.catalogue` raises them together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from . import examples
from .model import (
    ENCODING_TYPES,
    RESPONSE_CLASSES,
    ActionSpec,
    FieldSpec,
    ResultSpec,
    WaitSpec,
)
from .naming import attribute_name, is_identifier, python_name

__all__ = ["build_actions", "version_tuple"]

_SCALAR_DEFAULTS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "secret": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool, str),
    "list": (str,),
    "mask": (str, bool),
    "local": (str, int, float, bool),
}
_NEEDS_PY_NAME = ("local", "numbered", "headers")
_TRANSFORM_FIELDS = {"md5_login": ("secret", "challenge"), "mute_direction": ("input", "output")}


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def build_actions(
    entries: Sequence[Mapping[str, Any]],
    problems: list[str],
    files: Sequence[tuple[str, int]] = (),
) -> list[ActionSpec]:
    """Model every action entry; problems found are appended to ``problems``.

    ``files`` names each entry's spec file and index there (curated ``actions.yaml``
    first, then ``imported/actions.yaml``), for the problem paths and the entry's origin.
    """
    built = []
    classes: dict[str, str] = {}
    for index, entry in enumerate(entries):
        class_name = entry.get("class") or entry["action"]
        file, local = files[index] if files else ("actions.yaml", index)
        prefix = "" if file == "actions.yaml" else f"{file}: "
        label = f"{prefix}actions[{local}] ({class_name})"
        if not is_identifier(class_name):
            problems.append(f"{label}.class: {class_name!r} is not a Python identifier")
        if class_name in classes:
            problems.append(
                f"{label}.class: {class_name} is already defined by {classes[class_name]}"
            )
        classes[class_name] = label
        action = _build_action(index, class_name, label, entry, problems)
        if action is not None and file != "actions.yaml":
            action = ActionSpec(**{**action.__dict__, "origin": "imported"})
        if action is not None:
            built.append(action)
    return built


def _build_action(
    index: int, class_name: str, label: str, entry: Mapping[str, Any], problems: list[str]
) -> ActionSpec | None:
    before = len(problems)
    fields = [
        _build_field(i, f, f"{label}.fields[{i}]", problems)
        for i, f in enumerate(entry.get("fields", ()))
    ]
    _check_names(fields, label, problems)
    _check_order(fields, label, problems)
    wire = _wire_order(entry, fields, label, problems)
    _check_versions(entry, label, problems)
    wait = _wait(entry, fields, label, problems)
    transform = entry.get("transform")
    if transform:
        missing = [n for n in _TRANSFORM_FIELDS[transform] if n not in {f.arg for f in fields}]
        if missing:
            problems.append(f"{label}.transform: {transform} needs field(s) {', '.join(missing)}")
    if any(f.kwargs for f in fields):
        for f in fields:
            if not f.kwargs and f.encoding not in ("str", "secret"):
                problems.append(
                    f"{label}.fields[{f.index}].type: an action with a **kwargs field may only "
                    f"have str fields besides it (got {f.encoding})"
                )
    if len(problems) > before:
        return None
    result = entry["result"]
    spec = ActionSpec(
        index=index,
        class_name=class_name,
        action=entry["action"],
        module=entry["module"],
        source=entry.get("source"),
        pystrix=bool(entry.get("pystrix", False)),
        privilege=tuple(entry["privilege"]),
        result=ResultSpec(
            kind=result["kind"],
            response_class=RESPONSE_CLASSES[result["kind"]],
            items=tuple(result.get("items", ())),
            complete=result.get("complete"),
            announced=bool(result.get("announced", True)),
            keys=tuple(result.get("keys", ())),
            doc=result.get("doc"),
        ),
        events=tuple(entry.get("events", ())),
        since=entry.get("since"),
        since_releases=tuple(entry.get("since_releases", ())),
        deprecated=entry.get("deprecated"),
        removed=entry.get("removed"),
        doc=entry["doc"].strip(),
        notes=tuple(n.strip() for n in entry.get("notes", ())),
        description=entry.get("description"),
        privilege_source=entry.get("privilege_source"),
        documented=tuple(entry.get("documented", ())),
        timeout=entry.get("timeout"),
        wait=wait,
        transform=transform,
        fields=tuple(fields),
        wire=tuple(wire),
        example=examples.EMPTY,
    )
    example = examples.build(spec, entry.get("example"), f"{label}.example", problems)
    if example is None:
        return None
    return ActionSpec(**{**spec.__dict__, "example": example})


def _build_field(index: int, raw: Mapping[str, Any], where: str, problems: list[str]) -> FieldSpec:
    encoding = raw.get("type", "str")
    key = raw.get("key")
    arg = raw.get("py_name") or (python_name(key) if key else "")
    if encoding in _NEEDS_PY_NAME and "py_name" not in raw:
        problems.append(f"{where}.py_name: a {encoding} field needs an explicit py_name")
    if encoding not in _NEEDS_PY_NAME and not key:
        problems.append(f"{where}.key: a {encoding} field needs the AMI key it is sent as")
    if arg and not is_identifier(arg):
        problems.append(f"{where}.py_name: {arg!r} is not a Python identifier")
    values = tuple(raw.get("values", ()))
    annotation = raw.get("py_type") or ENCODING_TYPES.get(encoding, "")
    if values:
        literal = "Literal[" + ", ".join(_quoted(v) for v in values) + "]"
        annotation = f"bool | {literal}" if encoding == "bool" else literal
    if not annotation:
        problems.append(f"{where}.py_type: a {encoding} field needs a py_type")
    _check_options(raw, encoding, values, where, problems)
    return FieldSpec(
        index=index,
        key=key,
        arg=arg,
        attr=attribute_name(arg),
        encoding=encoding,
        annotation=annotation,
        required=bool(raw.get("required", False)),
        default=raw.get("default"),
        asterisk_default=raw.get("asterisk_default"),
        values=values,
        true=raw.get("true", "true"),
        false=raw.get("false", "false"),
        empty=raw.get("empty"),
        subkeys=tuple(raw.get("subkeys", ())),
        kwargs=bool(raw.get("kwargs", False)),
        keyword_only=bool(raw.get("keyword_only", False)),
        since=raw.get("since"),
        doc=raw["doc"].strip(),
        any_text=bool(raw.get("any_text", False)),
        aliases=tuple(raw.get("aliases", ())),
    )


def _quoted(text: str) -> str:
    from .filters import py_str

    return py_str(text)


def _check_options(
    raw: Mapping[str, Any], encoding: str, values: tuple[str, ...], where: str, problems: list[str]
) -> None:
    default = raw.get("default")
    if default is not None:
        allowed = _SCALAR_DEFAULTS.get(encoding, ())
        if raw.get("required"):
            problems.append(f"{where}.default: a required field cannot have a default")
        elif not isinstance(default, allowed) or (
            isinstance(default, bool) and bool not in allowed
        ):
            problems.append(
                f"{where}.default: {default!r} does not suit a {encoding} field"
                + (f" (expected {', '.join(t.__name__ for t in allowed)})" if allowed else "")
            )
        elif values and encoding == "str" and default not in values:
            problems.append(f"{where}.default: {default!r} is not one of {list(values)}")
    if values and encoding not in ("str", "bool"):
        problems.append(f"{where}.values: only a str or bool field can list values")
    if raw.get("any_text") and encoding != "bool":
        problems.append(f"{where}.any_text: only a bool field takes any text")
    for option in ("true", "false"):
        if option in raw and encoding != "bool":
            problems.append(f"{where}.{option}: only a bool field has wire words")
    if "empty" in raw and encoding not in ("mask", "list"):
        problems.append(f"{where}.empty: only a mask or list field has an empty word")
    if (encoding == "numbered") != bool(raw.get("subkeys")):
        problems.append(f"{where}.subkeys: a numbered field needs subkeys, and only it")
    if raw.get("kwargs") and encoding != "headers":
        problems.append(f"{where}.kwargs: only a headers field can collect **kwargs")


def _check_names(fields: Sequence[FieldSpec], label: str, problems: list[str]) -> None:
    args: dict[str, int] = {}
    attrs: dict[str, int] = {}
    keys: dict[str, int] = {}
    for f in fields:
        where = f"{label}.fields[{f.index}]"
        if f.arg in args:
            problems.append(
                f"{where}.py_name: {f.arg!r} already names fields[{args[f.arg]}]; set py_name"
            )
        if f.attr in attrs and f.arg not in args:
            problems.append(
                f"{where}.py_name: attribute {f.attr!r} already used by fields[{attrs[f.attr]}]"
            )
        if f.key and f.key.lower() in keys:
            problems.append(
                f"{where}.key: {f.key} is already sent by fields[{keys[f.key.lower()]}]"
            )
        args.setdefault(f.arg, f.index)
        attrs.setdefault(f.attr, f.index)
        if f.key:
            keys.setdefault(f.key.lower(), f.index)
    for f in fields:
        for alias in f.aliases:
            where = f"{label}.fields[{f.index}].aliases"
            if not is_identifier(alias):
                problems.append(f"{where}: {alias!r} is not a Python identifier")
            elif alias in args or alias in attrs:
                problems.append(f"{where}: {alias!r} already names a field")
            elif f.required or f.kwargs:
                problems.append(f"{where}: only an optional field may have an alias")
            args.setdefault(alias, f.index)


def _check_order(fields: Sequence[FieldSpec], label: str, problems: list[str]) -> None:
    """Constructor order: required, then optional, then keyword-only, then **kwargs."""
    seen_optional = seen_keyword = seen_kwargs = False
    explicit = any(f.kwargs for f in fields)  # every argument defaults to None there
    for f in fields:
        where = f"{label}.fields[{f.index}]"
        if seen_kwargs:
            problems.append(f"{where}: no field may follow the **kwargs field")
        if f.kwargs:
            if seen_kwargs:
                problems.append(f"{where}.kwargs: only one field can collect **kwargs")
            seen_kwargs = True
        elif f.keyword_only:
            seen_keyword = True
        elif seen_keyword:
            problems.append(f"{where}.keyword_only: a positional field follows a keyword-only one")
        elif f.required and seen_optional and not explicit:
            problems.append(
                f"{where}.required: a required field follows an optional one; "
                "put required fields first"
            )
        elif not f.required:
            seen_optional = True


def _wire_order(
    entry: Mapping[str, Any], fields: Sequence[FieldSpec], label: str, problems: list[str]
) -> list[FieldSpec]:
    sent = [f for f in fields if f.encoding != "local"]
    order = entry.get("wire_order")
    if order is None:
        return sent
    by_name: dict[str, FieldSpec] = {}
    for f in sent:
        by_name[f.arg] = f
        if f.key:
            by_name[f.key] = f
    wire = []
    for i, name in enumerate(order):
        field = by_name.get(name)
        if field is None:
            problems.append(f"{label}.wire_order[{i}]: {name!r} names no sent field")
        elif field in wire:
            problems.append(f"{label}.wire_order[{i}]: {name!r} is listed twice")
        else:
            wire.append(field)
    for f in sent:
        if f not in wire:
            problems.append(f"{label}.wire_order: fields[{f.index}] ({f.key or f.arg}) is missing")
    return wire


def _check_versions(entry: Mapping[str, Any], label: str, problems: list[str]) -> None:
    since, deprecated, removed = (entry.get(k) for k in ("since", "deprecated", "removed"))
    if since and removed and version_tuple(since) >= version_tuple(removed):
        problems.append(f"{label}.removed: {removed} is not after since ({since})")
    if deprecated and removed and version_tuple(deprecated) > version_tuple(removed):
        problems.append(f"{label}.deprecated: {deprecated} is after removed ({removed})")


def _wait(
    entry: Mapping[str, Any], fields: Sequence[FieldSpec], label: str, problems: list[str]
) -> WaitSpec | None:
    raw = entry.get("wait")
    if raw is None:
        return None
    target = next((f for f in fields if f.arg == raw["field"]), None)
    if target is None or target.encoding not in ("int", "float"):
        problems.append(f"{label}.wait.field: {raw['field']!r} is not an int or float field")
        return None
    return WaitSpec(target.attr, float(raw["unit"]), float(raw["extra"]), float(raw["default"]))
