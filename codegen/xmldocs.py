"""Read Asterisk's XML documentation (``core-en_US.xml``): manager actions and events.

Asterisk builds ``doc/core-en_US.xml`` from the ``/*** DOCUMENTATION`` blocks of its
sources (``build_tools/get_documentation``).  The parts read here:

* ``<manager name module>``: one action; ``<since><version>`` (the first release of each
  branch that has it), ``<synopsis>``, ``<syntax><parameter name required default>``,
  ``<description>``, ``<see-also><ref type>``, and ``<responses>`` whose
  ``<list-elements>`` name an event list's items, the completion event following it.
* ``<managerEvent name>`` with one ``<managerEventInstance class module>`` per place that
  raises it; the same syntax, plus ``<channel_snapshot prefix>`` and
  ``<bridge_snapshot prefix>`` markers that Asterisk's ``doc/appdocsxml.xslt`` expands
  into the snapshot headers (kept as markers here: the catalogue shares them as groups).

Documentation is shared through ``<xi:include xpointer="xpointer(/docs/...)">``; every
include is resolved within the same file (the only form Asterisk's build emits).
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DocParam",
    "DocSnapshot",
    "DocAction",
    "DocEventInstance",
    "DocEvent",
    "DocSet",
    "XmlDocsError",
    "read_docs",
    "parse_docs",
]

_XI = "{http://www.w3.org/2001/XInclude}include"
_STEP = re.compile(r"^([\w-]+|node\(\))(?:\[(.*)\])?$")
_NAME_EQ = re.compile(r"^@name='([^']*)'$")
_NAME_CONTAINS = re.compile(r"^contains\(@name,\s*'([^']*)'\)$")
_MAX_DEPTH = 8


class XmlDocsError(Exception):
    """The XML documentation cannot be read (missing file, broken XML, bad include)."""


@dataclass(frozen=True)
class DocParam:
    name: str
    required: bool
    default: str | None
    doc: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class DocSnapshot:
    group: str
    """``channel`` or ``bridge``."""
    prefix: str


@dataclass(frozen=True)
class DocAction:
    name: str
    module: str
    since: tuple[str, ...]
    synopsis: str
    description: str
    params: tuple[DocParam, ...]
    list_items: tuple[str, ...]
    responses: tuple[str, ...]
    """Events named in ``<responses>`` outside ``<list-elements>`` (the completion)."""
    see_also_events: tuple[str, ...]


@dataclass(frozen=True)
class DocEventInstance:
    module: str
    klass: str
    """``EVENT_FLAG_CALL`` ... as written in the docs."""
    since: tuple[str, ...]
    synopsis: str
    description: str
    params: tuple[DocParam, ...]
    snapshots: tuple[DocSnapshot, ...]
    see_also: tuple[str, ...]


@dataclass(frozen=True)
class DocEvent:
    name: str
    instances: tuple[DocEventInstance, ...]


@dataclass(frozen=True)
class DocSet:
    """Everything one ``core-en_US.xml`` documents about AMI."""

    version: str
    actions: dict[str, tuple[DocAction, ...]]
    """By action name; one entry per module documenting it (app_voicemail has three)."""
    events: dict[str, DocEvent]


def read_docs(path: Path, version: str) -> DocSet:
    """Parse ``path`` (Asterisk ``version``'s ``core-en_US.xml``)."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314  # Asterisk's own build output, local file
    except (OSError, ET.ParseError) as exc:
        raise XmlDocsError(f"{path}: {exc}") from exc
    return parse_docs(root, version)


def parse_docs(root: ET.Element, version: str) -> DocSet:
    resolver = _Resolver(root)
    actions: dict[str, list[DocAction]] = {}
    events: dict[str, list[DocEventInstance]] = {}
    for elem in root.iter("manager"):
        action = _action(resolver.resolved(elem))
        actions.setdefault(action.name, []).append(action)
    # Events are documented at the top level, and some only inside an action's
    # <responses> (ExtensionStateListComplete, BridgeInfoChannel ...).
    for elem in root.iter("managerEvent"):
        name = elem.get("name") or ""
        for inst in resolver.resolved(elem).findall("managerEventInstance"):
            events.setdefault(name, []).append(_event_instance(inst))
    return DocSet(
        version=version,
        actions={k: tuple(v) for k, v in actions.items()},
        events={k: DocEvent(k, tuple(v)) for k, v in events.items()},
    )


# -- xi:include -------------------------------------------------------------------------


class _Resolver:
    """Replaces ``xi:include`` elements by copies of what their xpointer selects."""

    def __init__(self, root: ET.Element) -> None:
        self.root = root
        self.index: dict[tuple[str, str], list[ET.Element]] = {}
        for elem in root:
            self.index.setdefault((elem.tag, elem.get("name") or ""), []).append(elem)

    def resolved(self, elem: ET.Element, depth: int = 0) -> ET.Element:
        out = copy.copy(elem)
        out[:] = []
        for child in elem:
            if child.tag == _XI:
                if depth >= _MAX_DEPTH:
                    raise XmlDocsError(f"xi:include nested too deep at {child.get('xpointer')}")
                for target in self.select(child.get("xpointer") or ""):
                    out.append(self.resolved(target, depth + 1))
            else:
                out.append(self.resolved(child, depth))
        return out

    def select(self, xpointer: str) -> list[ET.Element]:
        match = re.fullmatch(r"xpointer\((.*)\)", xpointer.strip())
        if match is None:
            raise XmlDocsError(f"unsupported xi:include {xpointer!r}")
        steps = _split_path(match.group(1).lstrip("/"))
        if not steps or steps[0] != "docs":
            raise XmlDocsError(f"xi:include outside /docs: {xpointer!r}")
        nodes = [self.root]
        for i, step in enumerate(steps[1:]):
            nodes = self._step(nodes, step, top=i == 0)
        return nodes

    def _step(self, nodes: Sequence[ET.Element], step: str, top: bool) -> list[ET.Element]:
        parsed = _STEP.match(step)
        if parsed is None:
            raise XmlDocsError(f"unsupported xpointer step {step!r}")
        tag, predicate = parsed.group(1), parsed.group(2)
        if tag == "node()":
            return []  # text nodes (config option synopses): not part of any AMI syntax
        named = _NAME_EQ.match(predicate or "")
        if top and named:
            return list(self.index.get((tag, named.group(1)), ()))
        out: list[ET.Element] = []
        for node in nodes:
            children = [c for c in node if c.tag == tag]
            out.extend(_filter(children, predicate))
        return out


def _split_path(path: str) -> list[str]:
    steps, depth, current = [], 0, ""
    for ch in path:
        if ch == "/" and depth == 0:
            steps.append(current)
            current = ""
            continue
        depth += ch == "["
        depth -= ch == "]"
        current += ch
    steps.append(current)
    return [s for s in steps if s]


def _filter(children: list[ET.Element], predicate: str | None) -> list[ET.Element]:
    if not predicate:
        return children
    if predicate.isdigit():
        index = int(predicate) - 1
        return children[index : index + 1]
    named = _NAME_EQ.match(predicate)
    if named:
        return [c for c in children if c.get("name") == named.group(1)]
    contains = _NAME_CONTAINS.match(predicate)
    if contains:
        return [c for c in children if contains.group(1) in (c.get("name") or "")]
    raise XmlDocsError(f"unsupported xpointer predicate [{predicate}]")


# -- elements -> facts ------------------------------------------------------------------


def text(elem: ET.Element | None) -> str:
    """The text of an element, whitespace collapsed (markup such as literal dropped)."""
    if elem is None:
        return ""
    return " ".join("".join(elem.itertext()).split())


def _paragraphs(elem: ET.Element | None) -> Iterator[str]:
    if elem is None:
        return
    for child in elem:
        if child.tag == "para":
            yield text(child)
        elif child.tag in ("note", "warning"):
            label = "Note" if child.tag == "note" else "Warning"
            inner = " ".join(p for p in _paragraphs(child) if p)
            if inner:
                yield f"{label}: {inner}"


def _param(elem: ET.Element) -> DocParam:
    values = tuple(e.get("name") or "" for e in elem.findall("enumlist/enum"))
    return DocParam(
        name=elem.get("name") or "",
        required=(elem.get("required") or "").strip().lower() == "true",
        default=elem.get("default"),
        doc=" ".join(p for p in _paragraphs(elem) if p),
        values=tuple(v for v in values if v),
    )


def _params(syntax: ET.Element | None) -> tuple[DocParam, ...]:
    if syntax is None:
        return ()
    seen: dict[str, DocParam] = {}
    for elem in syntax.iter("parameter"):
        param = _param(elem)
        if param.name and param.name.lower() not in seen:
            seen[param.name.lower()] = param
    return tuple(seen.values())


def _since(elem: ET.Element) -> tuple[str, ...]:
    return tuple(v.text.strip() for v in elem.findall("since/version") if v.text and v.text.strip())


def _refs(elem: ET.Element, kind: str) -> tuple[str, ...]:
    out: list[str] = []
    for ref in elem.findall("see-also/ref"):
        name = (ref.text or "").strip()
        if ref.get("type") == kind and name and name not in out:
            out.append(name)
    return tuple(out)


def _action(elem: ET.Element) -> DocAction:
    items: list[str] = []
    responses: list[str] = []
    resp = elem.find("responses")
    if resp is not None:
        for child in resp:
            targets = list(child) if child.tag == "list-elements" else [child]
            bucket = items if child.tag == "list-elements" else responses
            bucket.extend(t.get("name") or "" for t in targets if t.tag == "managerEvent")
    return DocAction(
        name=elem.get("name") or "",
        module=elem.get("module") or "",
        since=_since(elem),
        synopsis=text(elem.find("synopsis")),
        description="\n\n".join(p for p in _paragraphs(elem.find("description")) if p),
        params=_params(elem.find("syntax")),
        list_items=tuple(dict.fromkeys(i for i in items if i)),
        responses=tuple(dict.fromkeys(r for r in responses if r)),
        see_also_events=_refs(elem, "managerEvent"),
    )


def _event_instance(elem: ET.Element) -> DocEventInstance:
    syntax = elem.find("syntax")
    snapshots: list[DocSnapshot] = []
    if syntax is not None:
        for child in syntax.iter():
            if child.tag in ("channel_snapshot", "bridge_snapshot"):
                snap = DocSnapshot(child.tag.split("_")[0], child.get("prefix") or "")
                if snap not in snapshots:
                    snapshots.append(snap)
    return DocEventInstance(
        module=elem.get("module") or "",
        klass=elem.get("class") or "",
        since=_since(elem),
        synopsis=text(elem.find("synopsis")),
        description="\n\n".join(p for p in _paragraphs(elem.find("description")) if p),
        params=_params(syntax),
        snapshots=tuple(snapshots),
        see_also=_refs(elem, "managerEvent"),
    )
