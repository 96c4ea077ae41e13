"""The generic request base that every generated action class extends.

Generated classes are frozen dataclasses whose *wire facts* sit in class variables
(``ACTION``, ``FIELDS``, ``PRIVILEGE``, ``LIST`` ...).  One generic serializer
(:mod:`ami_runtime.serialize`) reads those facts; a generated class carries no code of
its own but its ``__init__``, written out by the generator.  ``dataclass`` builds each
method it generates from source text (an ``exec`` per method and class, about 0.1 ms
each), so no generated class has it generate any: ``__init__`` is generated,
``__repr__`` (secrets masked), ``__eq__`` and ``__hash__`` are here, and the frozen
methods are shared by every class (:func:`request_class`).
``Request[R]`` is generic in the response type ``R`` so that
``manager.send_action(core.GetConfig(...))`` is typed end to end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, NamedTuple, TypeVar, Union

from .message import Response
from .serialize import to_pairs

if TYPE_CHECKING:  # typeshed has typing_extensions; no run-time dependency
    from typing_extensions import dataclass_transform
elif sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # Python 3.10: the marker only informs type checkers, so none is needed here

    def dataclass_transform(**_: object) -> Callable[[Any], Any]:
        return lambda marked: marked


__all__ = [
    "Encoding",
    "Field",
    "ListSpec",
    "WaitRule",
    "Request",
    "Action",
    "HeaderValue",
    "DEFAULT_TIMEOUT",
    "init_fields",
    "request_class",
]

R = TypeVar("R", bound=Response, covariant=True)

#: How a field's Python value becomes header lines (see :mod:`ami_runtime.serialize`).
Encoding = Literal[
    "str",  # str(value); ints are accepted for fields such as Priority; Field.choices if any
    "int",  # an int (or a decimal string), sent in decimal
    "float",  # a finite number (or a numeric string); integral values are sent without ".0"
    "bool",  # True/False, 0/1 -> Field.true / Field.false (None: not sent); a bool word such
    # as "yes" (or one of Field.choices; any text with Field.any_text) is sent as given
    "variables",  # mapping -> one "Key: name=value" line per item, values escaped for Asterisk
    "list",  # iterable -> one comma-separated value; a str is sent as is
    "mask",  # event mask: str, bool or iterable of class names; empty -> Field.empty
    "numbered",  # sequence of tuples -> "<subkey>-NNNNNN: value" per item (UpdateConfig)
    "headers",  # mapping -> one "name: value" line per item (UserEvent, custom headers)
    "secret",  # like str, but never shown in reprs or logs
    "local",  # never sent: used by a transform or by the client (e.g. Login's challenge)
]

#: Seconds a request waits for its answer unless the catalogue says otherwise.
DEFAULT_TIMEOUT = 5.0

HeaderValue = Union[str, int, float, bool, Sequence[str]]


class Field(NamedTuple):
    """One field of an action, as the catalogue describes it.

    The catalogue's records (``Field``, ``ListSpec``, ``WaitRule``) are named tuples:
    immutable, compared and hashed by value, and made without :mod:`dataclasses`, whose
    import (with :mod:`inspect`) is 7 ms of every start otherwise (the CLI's included).
    """

    name: str
    """Python attribute name (snake_case)."""
    key: str
    """AMI header name (for ``numbered``: unused, the subkeys name the headers)."""
    encoding: Encoding = "str"
    required: bool = False
    true: str | None = "true"
    """Wire text for ``True`` (``bool``); ``None`` means "send nothing"."""
    false: str | None = "false"
    """Wire text for ``False`` (``bool``); ``None`` means "send nothing"."""
    empty: str | None = None
    """Wire text for an empty iterable (``mask``: ``off``)."""
    subkeys: tuple[str, ...] = ()
    """``numbered``: the header prefix of each tuple position (``Action``, ``Cat`` ...)."""
    choices: tuple[str, ...] = ()
    """``str``: the values Asterisk documents; ``bool``: the words it takes besides a
    bool (sent as given).  Any other value is refused before sending."""
    any_text: bool = False
    """``bool``: a string that is not a bool word is sent as given (an event mask)."""


class ListSpec(NamedTuple):
    """An event-list action: the events that make up its items and the one that ends it.

    Asterisk announces a list in its response (``EventList: start``, from
    ``astman_send_listack()``); a response without it ends the action, whatever the
    catalogue says, because a list action also answers a plain ``Success`` or ``Error``
    when there is nothing to list (VoicemailUserStatus for an unknown mailbox).  A few
    actions send their events after a plain acknowledgement every time (WaitEvent,
    FAXStats): those have ``announced=False``, and their success response never ends them.
    """

    items: tuple[str, ...]
    complete: str
    announced: bool = True
    """The server's response says ``EventList: start`` when the list follows."""


class WaitRule(NamedTuple):
    """How long to wait for a request whose own field sets its duration.

    Originate: ``Timeout`` is in ms and the call may take that long, so the wait is
    ``timeout * unit + extra`` seconds; without the field, ``default`` seconds.
    """

    field: str
    unit: float
    extra: float
    default: float


class Request(Generic[R]):
    """Base of every request.  Subclasses are frozen dataclasses made by the generator."""

    __slots__ = ()

    ACTION: ClassVar[str] = ""
    """The AMI action name (``Action:`` header)."""
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    """Write classes Asterisk checks; any one suffices.  Empty: no class needed."""
    RESPONSE: ClassVar[type[Response]] = Response
    LIST: ClassVar[ListSpec | None] = None
    EVENTS: ClassVar[tuple[str, ...]] = ()
    """Events this action causes later (``OriginateResponse``, ``QueueMemberAdded`` ...)."""
    TIMEOUT: ClassVar[float] = DEFAULT_TIMEOUT
    WAIT: ClassVar[WaitRule | None] = None
    TRANSFORM: ClassVar[str | None] = None
    """Name of a transform in :data:`ami_runtime.serialize.TRANSFORMS` (Login's MD5 step)."""
    SINCE: ClassVar[str | None] = None
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ()
    """First release on each branch that got the action (a backport lists several)."""
    REMOVED: ClassVar[str | None] = None
    """First Asterisk major version that no longer has this action."""
    VERIFIED: ClassVar[tuple[str, ...]] = ()
    """Asterisk versions whose real server the live suite confirmed it on (spec/verified.yaml)."""

    @property
    def action_name(self) -> str:
        return self.ACTION

    def headers(self) -> list[tuple[str, str]]:
        """The header pairs this request sends, ``Action`` and ``ActionID`` excluded."""
        return to_pairs(self)

    def wait_timeout(self) -> float:
        """Seconds to wait for the answer, from the catalogue (Originate's rule included)."""
        rule = self.WAIT
        if rule is None:
            return self.TIMEOUT
        value = getattr(self, rule.field, None)
        if value is None:
            return rule.default
        return float(value) * rule.unit + rule.extra

    def is_list(self) -> bool:
        return self.LIST is not None

    def __eq__(self, other: object) -> bool:
        """Field by field, as a dataclass's ``__eq__``; identity for a request that is
        not a dataclass (``Action``)."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _compared(self.__class__)
        if names is None:
            return self is other
        # Tuples, as dataclass compares: an element is first compared by identity (a NaN).
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    def __hash__(self) -> int:
        """The fields' hash, as a frozen dataclass's (a list or dict field: ``TypeError``)."""
        names = _compared(self.__class__)
        if names is None:
            return object.__hash__(self)
        return hash(tuple(getattr(self, n) for n in names))

    def __repr__(self) -> str:
        from .redact import MASK

        parts = []
        for f in self.FIELDS:
            value = getattr(self, f.name, None)
            if value is None:
                continue
            shown = MASK if f.encoding == "secret" else repr(value)
            parts.append(f"{f.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


def init_fields(request: Request[Any], /, **values: object) -> None:
    """Set a frozen request's fields: what the ``__init__`` of each generated class does.

    (``object.__setattr__`` written out in each ``__init__`` would break on a parameter
    named ``object``, as ``SorceryMemoryCacheExpireObject`` has.)
    """
    for name, value in values.items():
        object.__setattr__(request, name, value)


_R = TypeVar("_R", bound="Request[Any]")


@dataclass_transform(frozen_default=True)
def request_class(cls: type[_R], /) -> type[_R]:
    """Make ``cls`` a generated request class: a slotted frozen dataclass.

    The class is the one ``@dataclass(frozen=True, slots=True, init=False, repr=False,
    eq=False)`` would make: slots for its fields, ``__match_args__``, ``dataclasses``'s
    ``fields``, ``replace`` and ``is_dataclass``, pickling, copying,
    ``FrozenInstanceError`` on assignment and ``__dataclass_params__.frozen``.  It is
    built without :mod:`dataclasses`, whose import (with :mod:`inspect`) is 7 ms of
    ``ami action Ping``: the class is remade with ``__slots__`` here, its frozen methods
    and the pickling pair are shared functions, and ``__dataclass_fields__`` and
    ``__dataclass_params__`` are made by ``dataclass`` itself the first time something
    asks for them (:class:`_DataclassFacts`).  Type checkers read the class as frozen
    from ``dataclass_transform(frozen_default=True)``.

    A field is an annotation of the class's own that is not a ``ClassVar``; ``_:
    KW_ONLY`` makes the fields after it keyword-only, as in a dataclass.
    """
    namespace = dict(cls.__dict__)
    annotations: dict[str, Any] = namespace.get("__annotations__", {})
    names: list[str] = []
    positional: list[str] = []
    keyword_only = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            keyword_only = True
        elif not _is_class_var(annotation):
            names.append(name)
            if not keyword_only:
                positional.append(name)
    defaults = {name: namespace.pop(name) for name in names if name in namespace}
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = tuple(names)
    namespace["__match_args__"] = tuple(positional)
    namespace.update(_FROZEN_METHODS)
    namespace["__dataclass_fields__"] = _DataclassFacts(annotations, defaults)
    namespace["__dataclass_params__"] = _DataclassFacts(annotations, defaults)
    metaclass: type[type] = type(cls)
    made: type[_R] = metaclass(cls.__name__, cls.__bases__, namespace)
    made.__qualname__ = cls.__qualname__
    return made


def _is_class_var(annotation: object) -> bool:
    if isinstance(annotation, str):  # (``from __future__ import annotations``)
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    import typing

    return annotation is typing.ClassVar or typing.get_origin(annotation) is typing.ClassVar


def _is_kw_only(annotation: object) -> bool:
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    dataclasses = sys.modules.get("dataclasses")  # (not loaded: not its KW_ONLY)
    return dataclasses is not None and annotation is dataclasses.KW_ONLY


class _DataclassFacts:
    """A generated class's ``__dataclass_fields__`` or ``__dataclass_params__``, made the
    first time either is read: ``dataclass`` runs on a stand-in class with the same
    field annotations and defaults, and its two answers replace both on the class."""

    def __init__(self, annotations: dict[str, Any], defaults: dict[str, Any]) -> None:
        self._annotations = annotations
        self._defaults = defaults
        self._owner: type | None = None
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._owner, self._name = owner, name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        import dataclasses

        made = self._owner
        assert made is not None
        annotations = {
            name: dataclasses.KW_ONLY if _is_kw_only(annotation) else annotation
            for name, annotation in self._annotations.items()
            if not _is_class_var(annotation)
        }
        stand_in = type(made.__name__, (), {**self._defaults, "__annotations__": annotations})
        stand_in.__module__ = made.__module__
        stand_in.__qualname__ = made.__qualname__
        stand_in = dataclasses.dataclass(init=False, repr=False, eq=False)(stand_in)
        stand_in.__dataclass_params__.frozen = True  # type: ignore[attr-defined]
        for name in ("__dataclass_fields__", "__dataclass_params__"):
            setattr(made, name, getattr(stand_in, name))
        return getattr(made, self._name)


def _refuse_set(self: object, name: str, value: object) -> None:
    import dataclasses  # (already loaded: request_class used it)

    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self: object, name: str) -> None:
    import dataclasses

    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _get_state(self: object) -> list[object]:
    import dataclasses

    return [getattr(self, f.name) for f in dataclasses.fields(self)]  # type: ignore[arg-type]


def _set_state(self: object, state: list[object]) -> None:
    import dataclasses

    for f, value in zip(dataclasses.fields(self), state, strict=True):  # type: ignore[arg-type]
        object.__setattr__(self, f.name, value)


_FROZEN_METHODS = {
    "__setattr__": _refuse_set,
    "__delattr__": _refuse_delete,
    "__getstate__": _get_state,
    "__setstate__": _set_state,
}

_COMPARED: dict[type, tuple[str, ...] | None] = {}


def _compared(cls: type) -> tuple[str, ...] | None:
    """Names of the fields ``cls`` compares and hashes (all of them, in order), or
    ``None`` when ``cls`` is not a dataclass."""
    try:
        return _COMPARED[cls]
    except KeyError:
        pass
    import dataclasses

    names = None
    if dataclasses.is_dataclass(cls):
        names = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
    _COMPARED[cls] = names
    return names


class Action(Request[Response]):
    """Any action by name, for what the catalogue lacks (a custom module's action).

    ``Action("SomeAction", SomeHeader="v", Other=["a", "b"])`` sends ``Action:
    SomeAction``, ``SomeHeader: v`` and two ``Other:`` lines.  It goes through the same
    serializer and the same injection guard as the generated classes.  An event list is
    recognised from the reply (``EventList: start``), so list actions work too.
    """

    __slots__ = ("_headers", "_timeout", "action_name")

    #: An attribute here, not the base's property: read before every send and answer,
    #: and an attribute costs no Python call (from the compiled engine either).
    action_name: str

    FIELDS: ClassVar[tuple[Field, ...]] = (Field("_headers", "", encoding="headers"),)

    def __init__(
        self, name: str, /, *, timeout: float | None = None, **headers: HeaderValue
    ) -> None:
        self.action_name = name
        self._headers: Mapping[str, HeaderValue] = headers  # (``**`` made it: ours alone)
        self._timeout = DEFAULT_TIMEOUT if timeout is None else timeout

    def wait_timeout(self) -> float:
        return self._timeout

    def headers(self) -> list[tuple[str, str]]:
        # Nothing to encode or check without keyword arguments (``Action("Ping")``).
        return super().headers() if self._headers else []

    def __repr__(self) -> str:
        from .redact import redact_pairs

        # From the raw keyword arguments, not the serializer: a repr must not raise, and
        # an action refused for a control character still needs one (in tracebacks).
        raw = [
            (str(k), str(item))
            for k, v in self._headers.items()
            for item in (v if isinstance(v, (list, tuple)) else [v])
        ]
        shown = ", ".join(f"{k}={v!r}" for k, v in redact_pairs(raw, self.action_name))
        return f"Action({self.action_name!r}{', ' if shown else ''}{shown})"
