"""Messages as they come off the wire: ordered ``(key, value)`` pairs, read lazily.

AMI repeats keys (``Output:``, ``Variable:``, ``ChanVariable:``) and Asterisk compares
key names case-insensitively (``main/manager.c``, ``__astman_get_header``), so a message
is an ordered tuple of pairs with case-insensitive :meth:`Message.get` /
:meth:`Message.get_all`, not a dict.

A message keeps the raw bytes it was framed from and decodes them on first access: a
client that only looks at an event's name (the usual case for a subscriber filtering a
flood) never pays for decoding the other headers.

Decoding: Asterisk declares no encoding.  Bytes are read as UTF-8; a line that is not
valid UTF-8 (a Latin-1 caller name, say) is read as Latin-1 instead, which maps every
byte to a character, so nothing is lost and nothing raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Final, TypeVar, overload

from ._mypyc import mypyc_attr

__all__ = [
    "Message",
    "Response",
    "Event",
    "decode_lines",
    "decode_text",
    "raw_value",
    "framed_event",
    "framed_response",
    "SUCCESS_KINDS",
]

#: ``Response:`` values that mean the action worked.  ``Goodbye`` answers Logoff;
#: ``Follows`` is the pre-14 Command reply (``main/manager.c``, ``action_command``).
SUCCESS_KINDS: Final = frozenset(
    {"success", "goodbye", "follows", "pong", "events on", "events off"}
)

_COMMAND_END: Final = "--END COMMAND--"
#: The headers ``action_command`` writes before a ``Follows`` reply's raw output.
_FOLLOWS_HEADERS: Final = frozenset({"response", "privilege", "actionid"})

Pairs = tuple[tuple[str, str], ...]
M = TypeVar("M", bound="Message")
E = TypeVar("E", bound="Event")
RT = TypeVar("RT", bound="Response")


_NEEDLES: Final[dict[str, tuple[bytes, bytes, bytes, bytes]]] = {}


def _needles(key: str) -> tuple[bytes, bytes, bytes, bytes]:
    """``(b"Key: ", b"\\nKey: ", b"key:", b"\\nkey:")`` for a key, cached (a flood asks
    for the same few): the exact spelling, and the lowercase one for the any-case check."""
    found = _NEEDLES.get(key)
    if found is None:
        head = key.encode("utf-8", "replace") + b": "
        low = key.lower().encode("utf-8", "replace") + b":"
        found = (head, b"\n" + head, low, b"\n" + low)
        if len(_NEEDLES) < 4096:
            _NEEDLES[key] = found
    return found


def raw_value(raw: bytes, key: str) -> str | None:
    """The value of ``key`` read straight from framed bytes, or None if not found so.

    The fast path behind :meth:`Message.get`: an exact-case ``Key: `` at a line start
    (Asterisk spells each key the same way every time), without decoding the rest of the
    message.  None means "not found this way", not "absent": the caller falls back to a
    full, case-insensitive decode.
    """
    needles = _NEEDLES.get(key)
    if needles is None:  # (not ``get(key) or ...``: compiled, ``or`` boxes the tuple anew)
        needles = _needles(key)
    head, needle, _, _ = needles
    size = len(head)
    if raw[:size] == head:  # (a slice and a comparison: native when compiled)
        rest = raw[size:]
    else:
        # partition, not find: one argument, so no argument tuple per call (bytes.find
        # parses a tuple on CPython 3.11, compiled or not), and the copies are short.
        _, found, rest = raw.partition(needle)
        if not found:
            return None
    # The line's end: partition again (a bare LF ends a line too, so a CR before it is
    # cut off by hand); 10-35 % faster than ``find`` and slicing, in both builds.
    value, _, _ = rest.partition(b"\n")
    if value[-1:] == b"\r":  # (a one-byte slice is a cached object: no allocation)
        value = value[:-1]
    try:
        return value.decode()
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(decode_text(line) for line in raw.split(b"\n"))


def decode_text(line: bytes) -> str:
    """UTF-8, or Latin-1 where that fails (every byte is a Latin-1 character)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def decode_lines(raw: bytes) -> tuple[Pairs, tuple[str, ...]]:
    """Split one framed message (no terminating blank line) into pairs and bare lines.

    A header line is split at its first colon only, and exactly one separating space is
    removed: values may contain ``": "`` and may start with spaces of their own (indented
    CLI output in ``Output:`` lines).  Lines without a colon are kept apart, in order.
    """
    text = _decode(raw)
    if text.startswith("Response: Follows"):
        return _decode_follows(text)
    pairs: list[tuple[str, str]] = []
    lines: list[str] = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            continue
        colon = line.find(":")
        if colon <= 0:
            lines.append(line)
            continue
        value = line[colon + 1 :]
        if value.startswith(" "):
            value = value[1:]
        pairs.append((line[:colon], value))
    return tuple(pairs), tuple(lines)


def _decode_follows(text: str) -> tuple[Pairs, tuple[str, ...]]:
    """Asterisk 13 and older: ``Response: Follows``, its own headers, then raw output.

    ``main/manager.c``, ``action_command`` (branches 1.4 to 13) writes ``Response:
    Follows``, ``Privilege: Command`` and, when the request had one, ``ActionID``; then
    the CLI output as it came, then ``--END COMMAND--``.  Only those headers are
    headers: output lines may contain colons (``... on 2014-08-06 19:30:37 UTC``) and
    may end in CRLF like headers, so every line after them is output.  The marker is
    glued to the last line when the output has no final newline (branch 13).
    """
    pairs: list[tuple[str, str]] = []
    rest = text
    while True:
        end = rest.find("\r\n")
        if end < 0:
            break
        line = rest[:end]
        colon = line.find(":")
        if colon <= 0 or "\n" in line or line[:colon].lower() not in _FOLLOWS_HEADERS:
            break
        pairs.append((line[:colon], line[colon + 1 :].lstrip(" ")))
        rest = rest[end + 2 :]
    rest = rest.rstrip("\r\n")
    if rest.endswith(_COMMAND_END):
        rest = rest[: -len(_COMMAND_END)]
    out = [line[:-1] if line.endswith("\r") else line for line in rest.split("\n")]
    if out and out[-1] == "":
        out.pop()
    return tuple(pairs), tuple(out)


@mypyc_attr(allow_interpreted_subclasses=True)
class Message:
    """One AMI message: ordered pairs plus any colon-less lines, decoded on demand."""

    __slots__ = ("_index", "_lines", "_pairs", "_raw")

    def __init__(self, pairs: Iterable[tuple[str, str]] = (), lines: Iterable[str] = ()) -> None:
        self._raw: bytes | None = None
        self._pairs: Pairs | None = tuple(pairs)
        self._lines: tuple[str, ...] = tuple(lines)
        self._index: dict[str, str] | None = None
        self._init_extra()

    @classmethod
    def from_raw(cls: type[M], raw: bytes) -> M:
        """Wrap framed bytes without decoding them yet."""
        msg: Message = _new(cls) if _new is not None else cls.__new__(cls)
        msg._raw = raw
        msg._pairs = None
        msg._lines = ()
        msg._index = None
        msg._init_extra()
        return msg  # type: ignore[return-value]  # a cls, typed as the base (see framed_event)

    @classmethod
    def of(cls: type[M], message: Message) -> M:
        """Rewrap a message as ``cls`` (keeps its raw bytes and any decoding done)."""
        msg: Message = _new(cls) if _new is not None else cls.__new__(cls)
        msg._raw = message._raw
        msg._pairs = message._pairs
        msg._lines = message._lines
        msg._index = message._index
        msg._init_extra()
        return msg  # type: ignore[return-value]  # a cls, typed as the base (see framed_event)

    def _init_extra(self) -> None:
        """Hook for subclasses that carry more state than the message itself."""

    # -- decoding ----------------------------------------------------------------

    def _load(self) -> Pairs:
        pairs = self._pairs
        if pairs is None:
            assert self._raw is not None
            pairs, self._lines = decode_lines(self._raw)
            self._pairs = pairs
        return pairs

    @property
    def pairs(self) -> Pairs:
        """Every ``(key, value)`` in wire order, repeated keys included."""
        return self._load()

    @property
    def lines(self) -> tuple[str, ...]:
        """Lines that had no ``key:`` (e.g. GetConfig's ``No categories found``)."""
        self._load()
        return self._lines

    @property
    def raw(self) -> bytes:
        """The bytes this message was framed from (re-encoded if built from pairs)."""
        if self._raw is None:
            from .framing import encode_pairs

            self._raw = encode_pairs(self.pairs, self._lines)[:-4]
        return self._raw

    def _lookup(self) -> dict[str, str]:
        index = self._index
        if index is None:
            index = {}
            for key, value in self._load():
                index.setdefault(key.lower(), value)
            self._index = index
        return index

    # -- mapping-like access -------------------------------------------------------

    @overload
    def get(self, key: str) -> str | None: ...
    @overload
    def get(self, key: str, default: str) -> str: ...
    @overload
    def get(self, key: str, default: None) -> str | None: ...
    def get(self, key: str, default: str | None = None) -> str | None:
        """The first value of ``key`` (case-insensitive), or ``default``."""
        raw = self._raw
        if (
            self._index is None
            and raw is not None
            # Not raw Command output (its lines are not headers).  The first byte first:
            # a one-byte slice allocates nothing, a 17-byte one does, on every call.
            and (raw[:1] != b"R" or raw[:17] != b"Response: Follows")
        ):
            value = raw_value(raw, key)  # no full decode for the usual exact-case key
            if value is not None:
                return value
            needles = _NEEDLES.get(key)
            _, _, first, later = needles if needles is not None else _needles(key)
            low = raw.lower()
            if not low.startswith(first) and low.find(later) < 0:  # (find: see framing)
                return default  # absent in any spelling: still no full decode
        return self._lookup().get(key.lower(), default)

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (case-insensitive), in order."""
        low = key.lower()
        return [v for k, v in self._load() if k.lower() == low]

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._lookup()

    def keys(self) -> list[str]:
        """Distinct keys in first-seen order (as spelled on the wire)."""
        seen: dict[str, str] = {}
        for key, _ in self._load():
            seen.setdefault(key.lower(), key)
        return list(seen.values())

    def items(self) -> Pairs:
        return self._load()

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self._load())

    def as_dict(self) -> dict[str, str]:
        """First value of every key, keys as spelled on the wire."""
        out: dict[str, str] = {}
        for key, value in self._load():
            out.setdefault(key, value)
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.pairs == other.pairs and self.lines == other.lines

    # No __hash__: defining __eq__ leaves the class unhashable (compared by value only).

    @property
    def action_id(self) -> str | None:
        return self.get("ActionID")

    def __repr__(self) -> str:
        from .redact import redact_pairs

        # A Login request read back (a proxy, the simulator) carries Key: mask it too.
        pairs = redact_pairs(self.pairs, self.get("Action") or "")
        shown = ", ".join(f"{k}={v!r}" for k, v in pairs[:6])
        more = ", ..." if len(self.pairs) > 6 else ""
        return f"{type(self).__name__}({shown}{more})"


@mypyc_attr(allow_interpreted_subclasses=True)
class Event(Message):
    """A message with an ``Event:`` header."""

    __slots__ = ("_name",)

    #: Set on typed subclasses (generated): the AMI event name they stand for.
    EVENT: ClassVar[str] = ""
    #: Asterisk versions whose real server the live suite saw send it (spec/verified.yaml).
    VERIFIED: ClassVar[tuple[str, ...]] = ()

    def _init_extra(self) -> None:
        self._name: str | None = None

    @classmethod
    def framed(cls: type[E], raw: bytes, name: str) -> E:
        """The protocol's constructor: raw bytes and the name it already read."""
        return framed_event(cls, raw, name)

    @property
    def name(self) -> str:
        name = self._name
        if name is None:
            raw = self._raw
            found = raw_value(raw, "Event") if raw is not None else None
            name = self._name = found if found is not None else self.get("Event", "")
        return name


def framed_event(cls: type[E], raw: bytes, name: str) -> E:
    """An event of class ``cls`` for framed bytes whose name was already read
    (:meth:`Event.framed`).  A function, not only the classmethod, so that the compiled
    protocol calls it directly: a classmethod of a class that Python code may subclass
    is called through Python's method lookup and argument parsing, 35-40 ns an event."""
    # Typed as the base class, not as ``E``: the compiled build then stores each
    # attribute straight into the instance (a subclass made in Python shares the
    # layout), where an untyped ``event`` cost a generic ``setattr`` per line, 25 ns each.
    event: Event = _new(cls) if _new is not None else cls.__new__(cls)
    event._raw = raw
    event._pairs = None
    event._lines = ()
    event._index = None
    event._name = name
    return event  # type: ignore[return-value]  # a cls, typed as the base


def framed_response(cls: type[RT], raw: bytes) -> RT:
    """A response of class ``cls`` for framed bytes (:meth:`Response.framed`).  A
    function, as :func:`framed_event` is, so that the compiled protocol calls it
    directly rather than through Python's method lookup on ``cls``."""
    msg: Response  # (typed as the base: see framed_event)
    if _new is not None:
        msg = _new(cls)
    elif cls is Response:
        # Compiled, the class's own constructor is a direct C call, half the 90 ns of
        # ``cls.__new__(cls)`` (a method lookup and a generic call): most replies are
        # plain Responses.  Its ``__init__`` sets what the lines below set again.
        msg = Response()
    else:
        msg = cls.__new__(cls)
    msg._raw = raw
    msg._pairs = None
    msg._lines = ()
    msg._index = None
    msg._events = None  # made when first asked for: most responses carry no list
    msg.complete = None
    msg.time = 0.0
    msg.request = None
    return msg  # type: ignore[return-value]  # a cls, typed as the base


@mypyc_attr(allow_interpreted_subclasses=True)
class Response(Message):
    """The answer to one action, with the list items and completion event it gathered."""

    __slots__ = ("_events", "complete", "request", "time")

    def _init_extra(self) -> None:
        self._events: list[Event] | None = None
        #: The completion event of an event list (``...Complete``), when there was one.
        self.complete: Event | None = None
        #: Seconds between sending the action and its resolution.
        self.time: float = 0.0
        #: The request this answers (set by the client).
        self.request: object | None = None

    @classmethod
    def framed(cls: type[RT], raw: bytes) -> RT:
        """The protocol's constructor (:meth:`from_raw` without the hook call)."""
        return framed_response(cls, raw)

    @property
    def events(self) -> list[Event]:
        """List items, in arrival order (event-list actions)."""
        events = self._events
        if events is None:
            events = self._events = []
        return events

    @events.setter
    def events(self, events: list[Event]) -> None:
        self._events = events

    @property
    def kind(self) -> str:
        """The ``Response:`` value (``Success``, ``Error``, ``Goodbye``, ``Follows``)."""
        return self.get("Response", "")

    @property
    def success(self) -> bool:
        return self.kind.lower() in SUCCESS_KINDS

    @property
    def message(self) -> str | None:
        """The ``Message:`` header (the server's explanation), if any."""
        return self.get("Message")

    @property
    def data(self) -> list[str]:
        """Output lines: ``Output:`` values (14+) or the raw lines of ``Follows`` (<= 13)."""
        return self.get_all("Output") + list(self.lines)

    def permission_hint(self) -> str | None:
        """For ``Permission denied``: the write class the catalogue says the request needs."""
        request = self.request
        name = getattr(request, "ACTION", "")  # empty for Action(...): nothing known
        if not name or not isinstance(name, str):
            return None
        from .errors import permission_hint

        return permission_hint(name, tuple(getattr(request, "PRIVILEGE", ())))

    def raise_for_error(self) -> Response:
        """Raise :class:`ActionError` (or a subclass) if this is an error response."""
        if not self.success:
            from .errors import ActionError, PermissionDenied

            text = self.message or self.kind or "error"
            if text == "Permission denied":
                hint = self.permission_hint()
                raise PermissionDenied(f"{text}: {hint}" if hint else text, self)
            raise ActionError(text, self)
        return self


#: How the constructors above make an instance without ``__init__``: ``object.__new__``,
#: looked up once, in pure Python (the protocol builds one message per event of a flood,
#: and ``cls.__new__`` is a lookup through the class each time); None in the compiled
#: build, whose classes each have their own allocator, which ``object.__new__`` refuses
#: (Final: a C constant there, not a module dictionary look-up per message).
_new: Final[Callable[[type[Any]], Any] | None] = (
    object.__new__ if Message.__new__ is object.__new__ else None
)
