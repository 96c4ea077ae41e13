"""The event catalogue as frozen dataclasses, with everything the event templates print.

Like :mod:`codegen.model` for actions: templates only loop and print, every string is
computed here from the spec (``spec/events.yaml`` + ``spec/imported/events.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .filters import py_str

__all__ = [
    "HeaderSpec",
    "GroupSpec",
    "AccessorSpec",
    "EventSpec",
    "EventModuleSpec",
    "EVENT_RESERVED",
]

#: Public names of ``ami_runtime.message.Event``: a header property with one of these
#: names would hide the message API, so it gets a trailing ``_`` (``Name`` -> ``name_``).
#: tests/test_codegen.py checks this set against the runtime class.
EVENT_RESERVED = frozenset(
    {"action_id", "as_dict", "framed", "from_raw", "get", "get_all", "items", "keys", "lines",
     "name", "of", "pairs", "raw"}
)  # fmt: skip


@dataclass(frozen=True)
class HeaderSpec:
    """One typed header: a read-only property of an event, mixin or snapshot view."""

    key: str
    attr: str
    kind: str
    """``str`` or ``int``."""
    values: tuple[str, ...]
    doc: str
    constants: str = ""
    """The ``ami.core`` constants its values are (``ORIGINATE_RESULT_*``), if any."""

    @property
    def descriptor(self) -> str:
        cls = "IntHeader" if self.kind == "int" else "StrHeader"
        return f"{cls}({py_str(self.key)})"

    @property
    def annotation(self) -> str:
        return f"{self.kind} | None"

    @property
    def full_doc(self) -> str:
        parts = [self.doc.rstrip()]
        if self.values:
            parts.append(f"Documented values: {', '.join(self.values)}.")
        if self.constants:
            parts.append(f"Compare with ``ami.core.{self.constants}``.")
        parts.append(f"Header ``{self.key}``.")
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class GroupSpec:
    """Headers several events share: a mixin (own headers) and a prefix view."""

    name: str
    mixin: str
    view: str | None
    anchor: str | None
    accessor_suffix: str
    source: str | None
    doc: str
    fields: tuple[HeaderSpec, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


@dataclass(frozen=True)
class AccessorSpec:
    """A prefixed snapshot: ``dest = Snapshot(ChannelSnapshot, "Dest")``."""

    attr: str
    group: GroupSpec
    prefix: str

    @property
    def source(self) -> str:
        return f"Snapshot({self.group.view}, {py_str(self.prefix)})"

    @property
    def doc(self) -> str:
        first = self.prefix + (self.group.anchor or self.group.fields[0].key)
        return (
            f"The {self.prefix} {self.group.name} snapshot: its headers "
            f"(``{first}`` ...) through a :class:`{self.group.view}`."
        )


@dataclass(frozen=True)
class EventSpec:
    index: int
    name: str
    class_name: str
    module: str
    source: str | None
    privilege: tuple[str, ...]
    since: str | None
    since_releases: tuple[str, ...]
    removed: str | None
    documented: tuple[str, ...]
    recorded: tuple[str, ...]
    doc: str
    description: str | None
    notes: tuple[str, ...]
    mixins: tuple[GroupSpec, ...]
    accessors: tuple[AccessorSpec, ...]
    fields: tuple[HeaderSpec, ...]
    see_also: tuple[str, ...]
    origin: str
    """``curated`` (spec/events.yaml) or ``imported``."""
    verified: tuple[str, ...] = ()
    """Asterisk versions the live suite saw send it (spec/verified.yaml)."""

    @property
    def bases(self) -> str:
        return ", ".join(m.mixin for m in self.mixins) or "Event"

    @property
    def headers(self) -> tuple[str, ...]:
        """Every documented header key: the groups' (with prefixes) and its own."""
        keys = [k for m in self.mixins for k in m.keys]
        keys += [a.prefix + k for a in self.accessors for k in a.group.keys]
        keys += [f.key for f in self.fields]
        return tuple(dict.fromkeys(keys))

    @property
    def paragraphs(self) -> tuple[str, ...]:
        privilege = ", ".join(self.privilege) if self.privilege else "none (sent to one session)"
        where = f" (``{self.source}``)" if self.source else ""
        facts = [f"``Event: {self.name}``{where}. Class: {privilege}."]
        if self.versions:
            facts.append(self.versions)
        if self.mixins:
            facts.append(f"Headers of {', '.join(m.mixin for m in self.mixins)} included.")
        if self.origin == "curated" and not self.documented:
            facts.append("Not in Asterisk's XML docs: curated from recordings and source.")
        if self.verified:
            facts.append(f"Verified live on Asterisk {', '.join(self.verified)}.")
        return (self.doc, " ".join(facts), *self.notes)

    @property
    def versions(self) -> str:
        # An event's <since> can date its documentation rather than the event (Status and
        # CoreShowChannel say 18.26.0, 20.11.0 ...), hence "documented".
        parts = []
        if self.since_releases:
            parts.append(f"documented since {', '.join(self.since_releases)}")
        elif self.since:
            parts.append(f"documented since {self.since}")
        if self.removed:
            parts.append(f"removed in {self.removed}")
        return f"Asterisk: {', '.join(parts)}." if parts else ""


@dataclass(frozen=True)
class EventModuleSpec:
    """One generated module: the events one Asterisk module raises."""

    name: str
    events: tuple[EventSpec, ...]

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(e.class_name for e in self.events)

    @property
    def imports(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        headers = {
            "IntHeader" if f.kind == "int" else "StrHeader" for e in self.events for f in e.fields
        }
        if any(e.accessors for e in self.events):
            headers.add("Snapshot")
        need: dict[str, set[str]] = {"typing": {"ClassVar"}}
        if headers:
            need["ami_runtime.headers"] = headers
        if any(not e.mixins for e in self.events):
            need["ami_runtime.message"] = {"Event"}
        groups = {m.mixin for e in self.events for m in e.mixins}
        groups |= {a.group.view for e in self.events for a in e.accessors if a.group.view}
        if groups:
            need["._groups"] = groups
        order = sorted(need.items(), key=lambda kv: (kv[0].startswith("."), kv[0]))
        return tuple((mod, tuple(sorted(names))) for mod, names in order)
