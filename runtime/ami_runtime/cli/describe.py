"""``ami describe`` and ``ami list``: the catalogue, read offline.

No connection at all: everything shown is a class fact of the registry (``FIELDS``,
``PRIVILEGE``, ``SINCE``/``REMOVED``, ``VERIFIED``, ``LIST``, ``EVENTS``, the docstring), so the
terminal and the Python API can never disagree.
"""

from __future__ import annotations

import fnmatch
import inspect
import json
import shutil
import sys

from ..action import ListSpec
from ..headers import Header, IntHeader
from ..message import Event
from ..registry import default_event_types
from ..versions import parse_version, supports
from .catalogue import ActionClass, Catalogue, field_infos
from .common import EXIT_OK, UsageError
from .output import table

__all__ = [
    "available_in",
    "describe_event",
    "python_signature",
    "run_describe",
    "run_list",
    "verified_text",
    "versions_text",
]


def available_in(cls: ActionClass, version: str) -> bool:
    """Does the client accept this action on Asterisk ``version``?

    The clients' own rule (:func:`ami_runtime.versions.supports`), so ``list`` never
    shows an action the client then refuses: backports count, and ``"20"`` (a server
    known only by its major version) keeps what some 20.x has.
    """
    parsed = parse_version(version)
    return parsed is not None and supports(cls, parsed)


def list_text(spec: ListSpec) -> str:
    """An event-list reply in words; some lists have no item events, only the last one
    (CoreShowChannelMap answers with CoreShowChannelMapComplete alone)."""
    if not spec.items:
        return f"{spec.complete} (an event list without item events)"
    return f"event list of {', '.join(spec.items)}, ended by {spec.complete}"


def versions_text(cls: ActionClass) -> str:
    if cls.SINCE and cls.REMOVED:
        return f"{cls.SINCE} to before {cls.REMOVED}"
    if cls.SINCE:
        return f"since {cls.SINCE}"
    if cls.REMOVED:
        return f"removed in {cls.REMOVED}"
    return "all"


def verified_text(cls: ActionClass) -> str:
    """Which real Asterisk versions the live suite confirmed the class on."""
    if not cls.VERIFIED:
        return "not yet exercised on a real Asterisk by the live suite"
    return f"live on Asterisk {', '.join(cls.VERIFIED)}"


def _doc(cls: ActionClass) -> str:
    """The class docstring, not the signature dataclasses invents when there is none."""
    doc = inspect.getdoc(cls) or ""
    return "" if doc.startswith(f"{cls.__name__}(") else doc


def _summary(cls: ActionClass) -> str:
    doc = _doc(cls)
    return doc.splitlines()[0].strip() if doc else ""


def _privilege(cls: ActionClass) -> str:
    return ", ".join(cls.PRIVILEGE) if cls.PRIVILEGE else "(none needed)"


def describe_dict(cls: ActionClass, with_docs: bool = True) -> dict[str, object]:
    """A JSON-ready description (``ami describe --json``)."""
    return {
        "class": cls.__name__,
        "action": cls.ACTION,
        "privilege": list(cls.PRIVILEGE),
        "since": cls.SINCE,
        "removed": cls.REMOVED,
        "verified": list(cls.VERIFIED),
        "list": None
        if cls.LIST is None
        else {"items": list(cls.LIST.items), "complete": cls.LIST.complete},
        "events": list(cls.EVENTS),
        "signature": python_signature(cls),
        "doc": _doc(cls),
        "fields": [
            {
                "key": i.field.key,
                "name": i.field.name,
                "type": i.type,
                "encoding": i.field.encoding,
                "required": i.field.required,
                "default": i.default,
                "choices": list(i.choices),
                "doc": i.doc,
            }
            for i in field_infos(cls, with_docs)
        ],
    }


def describe_lines(cls: ActionClass) -> list[str]:
    lines = [f"{cls.__name__}  (Action: {cls.ACTION})"]
    lines.append(f"  python:    core.{python_signature(cls)}")
    lines.append(f"  privilege: {_privilege(cls)}")
    lines.append(f"  versions:  {versions_text(cls)}")
    lines.append(f"  verified:  {verified_text(cls)}")
    if cls.LIST is not None:
        lines.append(f"  result:    {list_text(cls.LIST)}")
    if cls.EVENTS:
        lines.append(f"  events:    {', '.join(cls.EVENTS)} (later, as events)")
    doc = _doc(cls)
    if doc:
        lines += ["", *(f"  {line}".rstrip() for line in doc.splitlines())]
    lines += ["", *_field_lines(cls)]
    return lines


def python_signature(cls: ActionClass) -> str:
    """``QueueAdd(interface, queue, membername=None, ..., *, reason=None, ...)``: how the
    class is called (pystrix's positional order, which is not the wire order)."""
    parts: list[str] = []
    star = False
    for param in inspect.signature(cls).parameters.values():
        if param.kind is param.VAR_KEYWORD:
            parts.append(f"**{param.name}")
            continue
        if param.kind is param.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        empty = param.default is inspect.Parameter.empty
        parts.append(param.name if empty else f"{param.name}={param.default!r}")
    return f"{cls.__name__}({', '.join(parts)})"


def _constructor_order(cls: ActionClass) -> dict[str, int]:
    """Attribute name -> position in the constructor (``async_`` is ``async_``)."""
    names = list(inspect.signature(cls).parameters)
    return {name: i for i, name in enumerate(names)} | {
        f"{name}_": i for i, name in enumerate(names)
    }


def _field_lines(cls: ActionClass) -> list[str]:
    infos = field_infos(cls, with_docs=True)
    if not infos:
        return ["  fields: none"]
    rows = []
    order = _constructor_order(cls)
    # In the order the constructor takes them (the wire order may differ: QueueAdd sends
    # Queue first but takes interface first, as pystrix did).
    for info in sorted(infos, key=lambda i: order.get(i.field.name, len(order))):
        f = info.field
        kind = info.type or f.encoding
        if info.choices:
            kind = " | ".join(info.choices)
        usage = {"variables": " (repeat: name=value)", "list": " (comma list)"}.get(f.encoding, "")
        if f.encoding == "headers":
            usage = " (any other Header=value)"
        elif f.encoding == "numbered":
            usage = f" (repeat: {','.join(f.subkeys)})"
        rows.append(
            (
                f.key or f.name,
                f.name,
                "yes" if f.required else "",
                info.default or "",
                f"{kind}{usage}",
            )
        )
    out = table(
        ("  FIELD", "NAME", "REQUIRED", "DEFAULT", "TYPE"), [("  " + r[0], *r[1:]) for r in rows]
    )
    docs = [f"  {i.field.key or i.field.name}: {i.doc}" for i in infos if i.doc]
    return [*out, "", *docs] if docs else out


def _event_class(name: str) -> type[Event] | None:
    """The typed event class registered for ``name`` (AMI event or class name, any case)."""
    low = name.lower()
    for event_name, cls in sorted(default_event_types().items()):
        if low in (event_name.lower(), cls.__name__.lower()):
            return cls
    return None


def _event_headers(cls: type[Event]) -> list[tuple[str, str, str]]:
    """``(property, header, type)`` of each typed header, the class's and its bases'."""
    seen: dict[str, tuple[str, str, str]] = {}
    for klass in reversed(cls.__mro__):
        for attr, value in vars(klass).items():
            if isinstance(value, Header):
                kind = "int" if isinstance(value, IntHeader) else "str"
                seen[attr] = (attr, value.key, kind)
    return sorted(seen.values(), key=lambda row: row[1].lower())


def describe_event(cls: type[Event], as_json: bool) -> list[str]:
    """``ami describe EVENT``: the event class's facts, as lines or one JSON document."""
    privilege = list(getattr(cls, "PRIVILEGE", ()))
    since = getattr(cls, "SINCE", None)
    headers = _event_headers(cls)
    if as_json:
        data = {
            "event": cls.EVENT,
            "class": cls.__name__,
            "privilege": privilege,
            "since": since,
            "verified": list(cls.VERIFIED),
            "doc": inspect.getdoc(cls) or "",
            "headers": [{"name": a, "key": k, "type": t} for a, k, t in headers],
        }
        return [json.dumps([data], ensure_ascii=False, indent=2)]
    verified = (
        f"live on Asterisk {', '.join(cls.VERIFIED)}"
        if cls.VERIFIED
        else "not yet seen from a real Asterisk by the live suite"
    )
    lines = [f"{cls.__name__}  (Event: {cls.EVENT})"]
    lines.append(f"  class:     {', '.join(privilege) or '(none: sent to the session that asked)'}")
    lines.append(f"  versions:  {f'documented since {since}' if since else 'all'}")
    lines.append(f"  verified:  {verified}")
    doc = inspect.getdoc(cls) or ""
    if doc:
        lines += ["", *(f"  {line}".rstrip() for line in doc.splitlines())]
    rows = [(f"  {key}", attr, kind) for attr, key, kind in headers]
    lines += ["", *table(("  HEADER", "PROPERTY", "TYPE"), rows)] if rows else []
    return lines


def run_describe(catalogue: Catalogue, name: str, as_json: bool) -> int:
    """An action (its forms), else a typed event of the registry."""
    try:
        classes = catalogue.find(name)
    except UsageError:
        event = _event_class(name)
        if event is None:
            raise
        print("\n".join(describe_event(event, as_json)))
        return EXIT_OK
    if as_json:
        print(json.dumps([describe_dict(c) for c in classes], ensure_ascii=False, indent=2))
        return EXIT_OK
    out: list[str] = []
    if len(classes) > 1:
        names = ", ".join(c.__name__ for c in classes)
        out += [
            f"Action {classes[0].ACTION} has {len(classes)} forms: {names}.",
            f"'ami action {classes[0].ACTION} ...' picks the form whose required fields you "
            "give; name the class to choose it yourself.",
            "",
        ]
    for index, cls in enumerate(classes):
        if index:
            out.append("")
        out += describe_lines(cls)
    print("\n".join(out))
    return EXIT_OK


def run_list(catalogue: Catalogue, version: str | None, pattern: str | None, as_json: bool) -> int:
    classes = catalogue.classes
    if version is not None:
        if parse_version(version) is None:
            raise UsageError(f"--version: expected an Asterisk version such as 22, not {version!r}")
        classes = [c for c in classes if available_in(c, version)]
    if pattern:
        low = pattern.lower()
        classes = [
            c
            for c in classes
            if fnmatch.fnmatchcase(c.ACTION.lower(), low)
            or fnmatch.fnmatchcase(c.__name__.lower(), low)
        ]
    if as_json:
        for cls in classes:
            print(json.dumps(describe_dict(cls, with_docs=False), ensure_ascii=False))
        return EXIT_OK
    rows = [(c.__name__, _privilege(c), versions_text(c), _summary(c)) for c in classes]
    lines = table(("ACTION", "PRIVILEGE", "VERSIONS", "SUMMARY"), rows)
    if sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
        lines = [line if len(line) <= width else line[: width - 1] + "…" for line in lines]
    print("\n".join(lines))
    return EXIT_OK
