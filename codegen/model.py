"""The catalogue as frozen dataclasses, with every derived value templates need.

openapi-python-client keeps logic in its model objects (``get_type_string()``) so that
templates only loop and print; these classes do the same.  Everything here is computed
from the spec by :mod:`codegen.catalogue`; templates never build strings themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

from .event_model import EventModuleSpec, EventSpec, GroupSpec
from .filters import py_literal, py_str
from .package_model import ConstantGroup, ConstantSpec, MapSpec, Reexport, ShimSpec

__all__ = [
    "EventModuleSpec",
    "Scalar",
    "Value",
    "FieldSpec",
    "ResultSpec",
    "WaitSpec",
    "ExampleSpec",
    "ActionSpec",
    "ModuleSpec",
    "ConstantSpec",
    "MapSpec",
    "ConstantGroup",
    "Reexport",
    "ShimSpec",
    "Catalogue",
    "RESPONSE_CLASSES",
    "ENCODING_TYPES",
]

Scalar = Union[str, int, float, bool]
Value = Union[Scalar, None, list["Value"], dict[str, Scalar]]

#: result kind -> response class in ``ami_runtime.responses`` (``Response``: the plain one).
RESPONSE_CLASSES = {
    "plain": "Response",
    "list": "Response",
    "command": "CommandResponse",
    "config": "ConfigResponse",
    "ping": "PingResponse",
    "lines": "HeaderLinesResponse",
}

#: wire encoding -> the Python type of the value a caller passes.
ENCODING_TYPES = {
    "str": "str",
    "secret": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "variables": "Mapping[str, str | int | float]",
    "list": "Sequence[str] | str",
    "mask": "str | bool | Iterable[str]",
    "numbered": "Sequence[Sequence[str | None]]",
    "headers": "Mapping[str, HeaderValue]",
}

_TYPE_NAMES = re.compile(r"\b(Mapping|Sequence|Iterable|Literal|HeaderValue)\b")


@dataclass(frozen=True)
class FieldSpec:
    """One field of an action class."""

    index: int
    key: str | None
    arg: str
    """Constructor argument name."""
    attr: str
    """Dataclass attribute (``arg``, or ``arg_`` where it would shadow a Request method)."""
    encoding: str
    annotation: str
    """Type of a given value, without ``| None``."""
    required: bool
    default: Scalar | None
    asterisk_default: Scalar | None
    values: tuple[str, ...]
    true: str | None
    false: str | None
    empty: str | None
    subkeys: tuple[str, ...]
    kwargs: bool
    keyword_only: bool
    since: str | None
    doc: str
    any_text: bool = False
    aliases: tuple[str, ...] = ()
    """Other keyword spellings accepted for this argument (``member_name``)."""

    @property
    def optional_annotation(self) -> str:
        return f"{self.annotation} | None"

    @property
    def default_source(self) -> str:
        return py_literal(self.default)

    @property
    def runtime_field(self) -> str:
        """The ``Field(...)`` expression for the class's ``FIELDS`` tuple."""
        parts = [py_str(self.attr), py_str(self.key or "")]
        if self.encoding != "str":
            parts.append(f"encoding={py_str(self.encoding)}")
        if self.required:
            parts.append("required=True")
        if self.encoding == "bool" and self.true != "true":
            parts.append(f"true={py_literal(self.true)}")
        if self.encoding == "bool" and self.false != "false":
            parts.append(f"false={py_literal(self.false)}")
        if self.empty is not None:
            parts.append(f"empty={py_str(self.empty)}")
        if self.subkeys:
            parts.append(f"subkeys={py_literal(self.subkeys)}")
        if self.values:
            parts.append(f"choices={py_literal(self.values)}")
        if self.any_text:
            parts.append("any_text=True")
        return f"Field({', '.join(parts)})"

    @property
    def full_doc(self) -> str:
        """The field's docstring: spec text plus what the catalogue knows about defaults."""
        parts = [self.doc]
        if self.values and self.encoding == "bool":
            parts.append(f"Besides a bool: {', '.join(self.values)}.")
        elif self.values:
            parts.append(f"One of: {', '.join(self.values)} (checked before sending).")
        if self.key and self.encoding not in ("numbered", "headers"):
            parts.append(f"Header ``{self.key}``.")
        if self.asterisk_default is not None:
            parts.append(f"Asterisk's default: {self.asterisk_default}.")
        if self.since:
            parts.append(f"Asterisk {self.since} and later.")
        return " ".join(parts)

    def wire_text(self, value: Scalar) -> str | None:
        """How a scalar ``value`` of this field is sent (``None``: not sent)."""
        if self.encoding == "bool" and isinstance(value, bool):
            return self.true if value else self.false
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)


@dataclass(frozen=True)
class ResultSpec:
    kind: str
    response_class: str
    items: tuple[str, ...]
    complete: str | None
    announced: bool
    keys: tuple[str, ...]
    doc: str | None

    @property
    def list_spec(self) -> str:
        unannounced = "" if self.announced else ", announced=False"
        return (
            f"ListSpec(items={py_literal(self.items)}, complete={py_str(self.complete or '')}"
            f"{unannounced})"
        )

    @property
    def summary(self) -> str:
        if self.kind == "list" and not self.items:
            # CoreShowChannelMap: the completion event alone carries the answer.
            return f"Reply: an event list without item events, ended by {self.complete}."
        if self.kind == "list":
            return (
                f"Reply: an event list of {', '.join(self.items)} items, "
                f"ended by {self.complete}."
            )
        parts = [] if self.response_class == "Response" else [f"a {self.response_class}"]
        if self.doc:
            parts.append(self.doc)
        elif self.keys:
            parts.append(f"keys {', '.join(self.keys)}")
        text = f"Reply: {'; '.join(parts) or 'a plain response'}"
        return text if text.endswith((".", ".'")) else text + "."


@dataclass(frozen=True)
class WaitSpec:
    field: str
    unit: float
    extra: float
    default: float

    @property
    def source(self) -> str:
        return (
            f"WaitRule({py_str(self.field)}, {py_literal(self.unit)}, "
            f"{py_literal(self.extra)}, {py_literal(self.default)})"
        )


@dataclass(frozen=True)
class ExampleSpec:
    """A typical call and the wire lines it must produce (for the generated tests)."""

    args: tuple[Value, ...]
    kwargs: tuple[tuple[str, Value], ...]
    wire: tuple[tuple[str, str], ...]
    synthesized: bool


@dataclass(frozen=True)
class ActionSpec:
    index: int
    class_name: str
    action: str
    module: str
    source: str | None
    pystrix: bool
    privilege: tuple[str, ...]
    result: ResultSpec
    events: tuple[str, ...]
    since: str | None
    since_releases: tuple[str, ...]
    """The first release of each branch that has it (backports), when the docs list several."""
    deprecated: str | None
    removed: str | None
    doc: str
    notes: tuple[str, ...]
    description: str | None
    privilege_source: str | None
    documented: tuple[str, ...]
    timeout: float | None
    wait: WaitSpec | None
    transform: str | None
    fields: tuple[FieldSpec, ...]
    """In constructor order."""
    wire: tuple[FieldSpec, ...]
    """In wire order (``FIELDS``)."""
    example: ExampleSpec
    origin: str = "curated"
    """``curated`` (spec/actions.yaml) or ``imported`` (spec/imported/actions.yaml)."""
    verified: tuple[str, ...] = ()
    """Asterisk versions the live suite confirmed it on (spec/verified.yaml)."""

    @property
    def ref(self) -> str:
        """Where ``ami.actions`` imports the class from on first use (``ami_runtime.lazy``)."""
        return f".{self.module}:{self.class_name}"

    @property
    def label(self) -> str:
        return f"actions[{self.index}] ({self.class_name})"

    @property
    def kwargs_field(self) -> FieldSpec | None:
        return next((f for f in self.fields if f.kwargs), None)

    @property
    def explicit_init(self) -> bool:
        """The ``__init__`` is hand-shaped (``**kwargs``, a renamed attribute or an alias),
        so the fields are declared without defaults (``_explicit_fields.jinja``) and only
        the ``__init__`` has them.  Every class gets a generated ``__init__``
        (``_init.jinja``); the others declare fields as ``dataclass`` would use them."""
        return any(f.kwargs or f.attr != f.arg or f.aliases for f in self.fields)

    @property
    def aliased(self) -> tuple[FieldSpec, ...]:
        """Fields with other keyword spellings (keyword-only parameters of ``__init__``)."""
        return tuple(f for f in self.fields if f.aliases)

    @property
    def signature(self) -> str:
        """The constructor's signature as users call it (pystrix's positional order)."""
        parts = []
        for f in self.positional:
            parts.append(
                f.arg if f.required and not self.kwargs_field else f"{f.arg}={f.default_source}"
            )
        if self.keyword_only or self.aliased:
            parts.append("*")
        parts += [
            f.arg if f.required and not self.kwargs_field else f"{f.arg}={f.default_source}"
            for f in self.keyword_only
        ]
        parts += [f"{a}=None" for f in self.aliased for a in f.aliases]
        if self.kwargs_field is not None:
            parts.append(f"**{self.kwargs_field.arg}")
        return f"{self.class_name}({', '.join(parts)})"

    @property
    def init_parameters(self) -> tuple[str, ...]:
        """``__init__``'s parameters after ``self``, annotated: the ones :attr:`signature`
        shows."""

        def one(f: FieldSpec) -> str:
            if f.required and not self.kwargs_field:
                return f"{f.arg}: {f.annotation}"
            return f"{f.arg}: {f.optional_annotation} = {f.default_source}"

        parts = [one(f) for f in self.positional]
        if self.keyword_only or self.aliased:
            parts.append("*")
        parts += [one(f) for f in self.keyword_only]
        parts += [f"{a}: {f.optional_annotation} = None" for f in self.aliased for a in f.aliases]
        if self.kwargs_field is not None:
            parts.append(f"**{self.kwargs_field.arg}: HeaderValue")
        return tuple(parts)

    @property
    def init_values(self) -> tuple[str, ...]:
        """``attribute=parameter`` for each field ``__init__`` sets (``extra``: the
        ``**kwargs`` left after named fields took theirs)."""
        values = [f"{f.attr}={f.arg}" for f in self.named]
        if self.kwargs_field is not None:
            values.append(f"{self.kwargs_field.attr}=extra")
        return tuple(values)

    @property
    def positional(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.keyword_only and not f.kwargs)

    @property
    def keyword_only(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.keyword_only and not f.kwargs)

    @property
    def named(self) -> tuple[FieldSpec, ...]:
        """Fields other than the ``**kwargs`` one."""
        return tuple(f for f in self.fields if not f.kwargs)

    @property
    def response_class(self) -> str:
        return self.result.response_class

    @property
    def test_name(self) -> str:
        return self.class_name.lower()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The class docstring, paragraph by paragraph."""
        privilege = ", ".join(self.privilege) if self.privilege else "none needed"
        where = f" (``{self.source}``)" if self.source else ""
        facts = [f"Sends ``Action: {self.action}``{where}. Privilege: {privilege}."]
        facts.append(self.result.summary)
        if self.events:
            facts.append(f"Related events: {', '.join(self.events)}.")
        facts.append(self.versions)
        if self.verified:
            facts.append(f"Verified live on Asterisk {', '.join(self.verified)}.")
        return (self.doc, " ".join(facts), *self.notes)

    @property
    def versions(self) -> str:
        if self.since_releases:
            parts = [f"since {', '.join(self.since_releases)}"]
        else:
            parts = [f"since {self.since}" if self.since else "in every version"]
        if self.deprecated:
            parts.append(f"deprecated in {self.deprecated}")
        if self.removed:
            parts.append(f"removed in {self.removed}")
        return f"Asterisk: {', '.join(parts)}."


@dataclass(frozen=True)
class ModuleSpec:
    """One generated module: the actions one Asterisk module registers."""

    name: str
    actions: tuple[ActionSpec, ...]

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(a.class_name for a in self.actions)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({a.source for a in self.actions if a.source}))

    @property
    def imports(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """``(module, names)`` for every import the module's code needs, sorted."""
        annotations = " ".join(f.annotation for a in self.actions for f in a.fields)
        used = set(_TYPE_NAMES.findall(annotations))
        need: dict[str, set[str]] = {
            "typing": {"ClassVar"},
            "ami_runtime.action": {"Field", "Request", "request_class"},
            "ami_runtime.message": {"Response"},
        }
        abc = used & {"Mapping", "Sequence", "Iterable"}
        if abc:
            need["collections.abc"] = abc
        if "Literal" in used:
            need["typing"].add("Literal")
        if any(a.fields for a in self.actions):
            need["ami_runtime.action"].add("init_fields")
        if "HeaderValue" in used:
            need["ami_runtime.action"].add("HeaderValue")
        if self.type_only_imports:
            need["typing"].add("TYPE_CHECKING")
        if any(a.result.kind == "list" for a in self.actions):
            need["ami_runtime.action"].add("ListSpec")
        if any(a.wait for a in self.actions):
            need["ami_runtime.action"].add("WaitRule")
        special = {a.response_class for a in self.actions} - {"Response"}
        if special:
            need["ami_runtime.responses"] = special
        return tuple((mod, tuple(sorted(names))) for mod, names in sorted(need.items()))

    @property
    def type_only_imports(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Imports only type checkers read: ``KW_ONLY`` marks keyword-only fields for them
        and for :func:`~ami_runtime.action.request_class`, which reads the annotation's
        text, so the module never imports :mod:`dataclasses` (7 ms)."""
        if any(a.keyword_only and not a.explicit_init for a in self.actions):
            return (("dataclasses", ("KW_ONLY",)),)
        return ()


@dataclass(frozen=True)
class Catalogue:
    actions: tuple[ActionSpec, ...]
    groups: tuple[ConstantGroup, ...]
    package_doc: str
    reexports: tuple[Reexport, ...]
    shims: tuple[ShimSpec, ...]
    spec_files: tuple[str, ...]
    """Names of the spec files read, e.g. ``spec/actions.yaml``."""
    spec_sha256: str
    modules: tuple[ModuleSpec, ...] = field(default=())
    events: tuple[EventSpec, ...] = field(default=())
    event_groups: tuple[GroupSpec, ...] = field(default=())
    event_modules: tuple[EventModuleSpec, ...] = field(default=())
    register_events: str | None = None
    """``module:function`` that ``ami/__init__.py`` calls with ``events.EVENTS``."""

    @property
    def constant_names(self) -> tuple[str, ...]:
        names = [c.name for g in self.groups for c in g.constants]
        names += [m.name for g in self.groups for m in g.maps]
        return tuple(names)

    @property
    def sorted_actions(self) -> tuple[ActionSpec, ...]:
        return tuple(sorted(self.actions, key=lambda a: (a.class_name.lower(), a.class_name)))

    @property
    def by_ami_name(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """``(lowercase AMI name, class names)``, sorted: for the CLI and look-ups."""
        table: dict[str, list[str]] = {}
        for action in self.sorted_actions:
            table.setdefault(action.action.lower(), []).append(action.class_name)
        return tuple((name, tuple(classes)) for name, classes in sorted(table.items()))

    @property
    def by_ami_name_refs(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """:attr:`by_ami_name` with each class as its lazy registry ref."""
        refs = {a.class_name: a.ref for a in self.actions}
        return tuple((name, tuple(refs[c] for c in classes)) for name, classes in self.by_ami_name)

    @property
    def reexport_refs(self) -> tuple[tuple[str, str], ...]:
        """``(name, "module:name")`` for each re-exported runtime name, imported on use."""
        return tuple((name, f"{r.module}:{name}") for r in self.reexports for name in r.names)

    @property
    def reexported_names(self) -> tuple[str, ...]:
        return tuple(name for r in self.reexports for name in r.names)

    @property
    def sorted_events(self) -> tuple[EventSpec, ...]:
        return tuple(sorted(self.events, key=lambda e: (e.class_name.lower(), e.class_name)))

    @property
    def register_events_import(self) -> tuple[str, str] | None:
        """``(module, function)`` of :attr:`register_events`."""
        if not self.register_events or not self.events:
            return None
        module, _, function = self.register_events.partition(":")
        return module, function
