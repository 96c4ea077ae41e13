"""Typed, read-only views of event headers, for the generated event classes.

A generated event class (``ami.events``) declares one descriptor per documented header::

    class Hangup(ChannelSnapshotFields):
        EVENT: ClassVar[str] = "Hangup"
        cause = IntHeader("Cause")

``event.cause`` reads the header when it is accessed, so events stay lazy (nothing is
decoded until a property is read).  A typed property never raises on what the server
sent: an absent header gives None, and so does an :class:`IntHeader` whose value is not
an integer.  The raw text always stays available (``event.get("Cause")``), as do
headers the catalogue does not know (``get``/``get_all``): a newer Asterisk must not
break parsing.

Channel and bridge snapshots (``main/manager_channels.c``,
``ast_manager_build_channel_state_string_prefix``; ``main/manager_bridges.c``) repeat one
block of headers under a prefix (``DestChannel``, ``DestUniqueid`` ...).  A
:class:`Snapshot` descriptor returns a :class:`SnapshotView` that reads those headers
through the prefix, so ``dial_begin.dest.uniqueid`` reads ``DestUniqueid``.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, Protocol, TypeVar, overload

from ._mypyc import mypyc_attr

__all__ = ["Header", "StrHeader", "IntHeader", "SnapshotView", "Snapshot", "as_int"]

T = TypeVar("T")
H = TypeVar("H", bound="Header[Any]")
V = TypeVar("V", bound="SnapshotView")


class Readable(Protocol):
    """Anything with a case-insensitive ``get``: a message, or a snapshot view."""

    def get(self, key: str) -> str | None: ...


def as_int(text: str | None) -> int | None:
    """``"16"`` -> 16; absent, empty or not an integer (``"<unknown>"``) -> None."""
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        return None


class Header(Generic[T]):
    """One header of an event, parsed on access; read-only."""

    __slots__ = ("attr", "key")

    def __init__(self, key: str) -> None:
        self.key = key
        """The AMI header name (compared case-insensitively, as Asterisk does)."""
        self.attr = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.attr = name

    @overload
    def __get__(self: H, obj: None, owner: type[Any] | None = None) -> H: ...
    @overload
    def __get__(self, obj: Readable, owner: type[Any] | None = None) -> T | None: ...
    def __get__(self, obj: Readable | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        return self.parse(obj.get(self.key))

    def parse(self, text: str | None) -> T | None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r})"


class StrHeader(Header[str]):
    """A header kept as text (also enumerations: Asterisk may add values)."""

    __slots__ = ()

    def parse(self, text: str | None) -> str | None:
        return text


class IntHeader(Header[int]):
    """A header Asterisk prints as an integer; junk reads as None, never raises."""

    __slots__ = ()

    def parse(self, text: str | None) -> int | None:
        return as_int(text)


@mypyc_attr(allow_interpreted_subclasses=True)  # generated views subclass it
class SnapshotView:
    """The headers of one snapshot inside an event, read through a prefix."""

    __slots__ = ("_message", "prefix")

    #: A header every snapshot of this kind has (``Channel``, ``BridgeUniqueid``).
    ANCHOR: ClassVar[str] = ""

    def __init__(self, message: Readable, prefix: str = "") -> None:
        self._message = message
        self.prefix = prefix

    def get(self, key: str) -> str | None:
        """The value of ``<prefix><key>`` in the event, or None."""
        return self._message.get(self.prefix + key)

    @property
    def present(self) -> bool:
        """Does the event carry this snapshot?  (Some are optional, e.g. LocalOne.)"""
        return self.get(self.ANCHOR) is not None

    def __repr__(self) -> str:
        anchor = self.get(self.ANCHOR)
        return f"{type(self).__name__}(prefix={self.prefix!r}, {self.ANCHOR}={anchor!r})"


class Snapshot(Generic[V]):
    """An event attribute that views the headers of a prefixed snapshot."""

    __slots__ = ("prefix", "view")

    def __init__(self, view: type[V], prefix: str) -> None:
        self.view = view
        self.prefix = prefix

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Snapshot[V]: ...
    @overload
    def __get__(self, obj: Readable, owner: type[Any] | None = None) -> V: ...
    def __get__(self, obj: Readable | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        return self.view(obj, self.prefix)

    def __repr__(self) -> str:
        return f"Snapshot({self.view.__name__}, {self.prefix!r})"
