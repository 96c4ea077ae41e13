"""The sans-IO AMI state machine: bytes in, protocol events out, bytes to send.

No sockets, threads, clocks or logging here (the h11 shape).  A client feeds received
bytes to :meth:`AmiProtocol.receive_data` (``b""`` means the peer closed), drains
:meth:`AmiProtocol.next_event` until it returns :data:`NEED_DATA`, and writes whatever
:meth:`AmiProtocol.send` returns.

What the engine decides, so that neither client has to:

* ActionIDs: assigned here (``<prefix>-<counter>``, unique per connection); a caller's own
  ActionID is accepted unless one with that value is still in flight.
* Output: the messages subscribers get are queued as themselves (an :class:`Event`; a
  :class:`Response` nobody waits for), in arrival order among the other protocol events
  (:class:`Banner`, :class:`Completed`, :class:`UnknownMessage`, :class:`Closed`).  No
  wrapper per message: an event flood is the engine's hot path.
* Matching: a response resolves the action whose ActionID it carries.  An event list
  (a response saying ``EventList: start``, or one of the few list actions the catalogue
  marks as acknowledged without it, WaitEvent's) resolves only on its completion event
  (``EventList: Complete``, or the event the catalogue names), with every item kept in
  order.  A list action answered without the marker is complete: Asterisk sends nothing
  more (an unknown mailbox, nothing to list).  An event with any other ActionID, or
  none, goes to the subscribers; so do events an action causes later
  (``OriginateResponse``, the ``UserEvent`` echo), which carry its ActionID after the
  response resolved it.
* Answers nobody waits for (ModuleLoad's second and third ``Error``; a reply to an
  action that timed out) never resolve the wrong action: an unknown ActionID becomes an
  orphaned :class:`Response`, and answers to cancelled actions are dropped and counted.
* Session state: ``AWAIT_BANNER -> AWAIT_LOGIN -> READY -> CLOSED``, and ``ERROR``, in one
  table (:data:`_TRANSITIONS`); a move missing from it raises.
"""

from __future__ import annotations

import enum
import os
from collections import OrderedDict
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any, Final, NamedTuple, Union

from .action import ListSpec, Request
from .errors import LocalProtocolError, RemoteProtocolError
from .framing import DEFAULT_MAX_MESSAGE_SIZE, FrameReader, encode_message
from .message import (
    SUCCESS_KINDS,
    Event,
    Message,
    Response,
    decode_text,
    framed_event,
    framed_response,
    raw_value,
)
from .serialize import check_message, check_pair

__all__ = [
    "AmiProtocol",
    "State",
    "NEED_DATA",
    "Banner",
    "Completed",
    "UnknownMessage",
    "Closed",
    "ProtocolEvent",
    "message_runs",
]


class State(enum.Enum):
    AWAIT_BANNER = "await_banner"
    AWAIT_LOGIN = "await_login"
    READY = "ready"
    CLOSED = "closed"
    ERROR = "error"


class _NeedData:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NEED_DATA"


#: Returned by :meth:`AmiProtocol.next_event` when it needs more bytes.
NEED_DATA: Final = _NeedData()


class Banner(NamedTuple):
    """The first line: ``Asterisk Call Manager/9.0.0`` (the AMI version, not Asterisk's)."""

    text: str
    name: str
    version: str


class Completed:
    """An action resolved: its response, with the request that asked for it, and the
    list items and completion event if any."""

    def __init__(self, action_id: str, response: Response) -> None:
        self.action_id = action_id
        self.response = response

    def __repr__(self) -> str:
        return f"Completed(action_id={self.action_id!r}, response={self.response!r})"


class UnknownMessage(NamedTuple):
    """A frame with neither ``Response`` nor ``Event``: kept, never fatal."""

    message: Message


class Closed(NamedTuple):
    """The peer closed.  ``pending``: ActionIDs that were still in flight (now failed)."""

    pending: tuple[str, ...]
    clean: bool
    """True after ``Response: Goodbye`` (Logoff), false for any other close."""


#: What :meth:`AmiProtocol.next_event` returns.  An :class:`Event` is for the subscribers
#: (unsolicited, or caused by an earlier action); a :class:`Response` is one whose ActionID
#: nobody waits for (pystrix hands these to callback ``None``).
ProtocolEvent = Union[Banner, Completed, Event, Response, UnknownMessage, Closed]

_TRANSITIONS: Final[dict[tuple[State, str], State]] = {
    (State.AWAIT_BANNER, "banner"): State.AWAIT_LOGIN,
    (State.AWAIT_LOGIN, "login_ok"): State.READY,
    (State.READY, "login_ok"): State.READY,  # "Already authenticated"
    (State.AWAIT_BANNER, "eof"): State.CLOSED,
    (State.AWAIT_LOGIN, "eof"): State.CLOSED,
    (State.READY, "eof"): State.CLOSED,
    (State.ERROR, "eof"): State.ERROR,
    (State.CLOSED, "eof"): State.CLOSED,
    (State.AWAIT_BANNER, "broken"): State.ERROR,
    (State.AWAIT_LOGIN, "broken"): State.ERROR,
    (State.READY, "broken"): State.ERROR,
    (State.AWAIT_BANNER, "close"): State.CLOSED,
    (State.AWAIT_LOGIN, "close"): State.CLOSED,
    (State.READY, "close"): State.CLOSED,
    (State.ERROR, "close"): State.ERROR,
    (State.CLOSED, "close"): State.CLOSED,
}

_CANCELLED_MEMORY: Final = 1024
#: Action names already checked for injection (the catalogue's few hundred, at most),
#: each with its lowercase spelling: one look-up per action for both.
_CHECKED_NAMES: Final[dict[str, str]] = {}
#: Actions whose success changes the session (lowercase: action names are case-insensitive).
_SESSION_STEPS: Final = frozenset({"login", "challenge"})


class _Pending:
    """An action sent and not yet resolved."""

    def __init__(
        self,
        name: str,
        list_spec: ListSpec | None,
        response_cls: type[Response],
        request: Request[Any],
    ) -> None:
        self.name = name
        self.list_spec = list_spec
        self.response_cls = response_cls
        self.request = request
        self.response: Response | None = None
        self.items: list[Event] = []


class AmiProtocol:
    """One AMI session's protocol state.  Not thread-safe: the client serialises calls."""

    def __init__(
        self,
        *,
        action_id_prefix: str | None = None,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        event_types: Mapping[str, type[Event]] | None = None,
    ) -> None:
        self._reader = FrameReader(max_message_size=max_message_size)
        # os.urandom(4).hex() is what secrets.token_hex(4) returns, without secrets' import
        # of hmac and hashlib (3 ms of every start).
        prefix = action_id_prefix if action_id_prefix is not None else os.urandom(4).hex()
        #: The prefix and its dash: an ActionID is this and the count, one concatenation
        #: (compiled, an f-string goes through a generic string builder; this and
        #: ``encode_message``'s one f-string: 38.6k -> 38.4k instructions a Ping on uvloop).
        self._stem = prefix + "-"
        #: ActionIDs made so far (an int, not ``itertools.count``: compiled, ``next()`` on
        #: it is a generic call).
        self._sent = 0
        self._pending: dict[str, _Pending] = {}
        #: Cancelled ActionIDs -> whether their answer is (or may become) an event list.
        self._cancelled: OrderedDict[str, bool] = OrderedDict()
        self._events: list[ProtocolEvent] = []
        #: How many of ``_events`` :meth:`next_event` has handed out already (a list
        #: popped from the front would cost O(n) per event).
        self._taken = 0
        #: How many of ``_events`` are not messages (banner, completions, closes): lets
        #: :meth:`runs` skip looking at each item of a flood.
        self._controls = 0
        #: A caller's mutable mapping is copied (a snapshot); read-only ones (the
        #: registry's, whose lazy layers import an event's class when first met) are kept.
        self._event_types: Mapping[str, type[Event]] = {}
        if isinstance(event_types, MutableMapping):
            self._event_types = dict(event_types)
        elif event_types is not None:
            self._event_types = event_types
        #: Lower-case name -> the registry's spelling, made at the first miss: Asterisk is
        #: not consistent in how it spells event names (it sends ``Newexten``, its docs say
        #: ``NewExten``), so a name the server spells in another case than the catalogue
        #: still finds its class.  Names only: no class is imported to build it.
        self._event_names_folded: dict[str, str] | None = None
        #: An event's first line (``b"Event: Hangup\r"``) -> (its name, its class): the
        #: one lookup an event of a flood costs.  Bounded: the names come from the server.
        self._kinds: dict[bytes, tuple[str, type[Event]]] = {}
        self._goodbye = False
        #: The ActionID sent last (the one a lone reply usually answers), and the line
        #: that carries it in a reply.
        self._last_id = ""
        self._last_line = b""
        self.state = State.AWAIT_BANNER
        self.banner: Banner | None = None
        self.challenge: str | None = None
        #: Answers to cancelled (timed-out) actions that arrived late and were dropped.
        self.dropped_late = 0

    # -- state ---------------------------------------------------------------------

    def _move(self, trigger: str) -> None:
        try:
            self.state = _TRANSITIONS[(self.state, trigger)]
        except KeyError:
            raise LocalProtocolError(
                f"{trigger!r} is not allowed in state {self.state.value}"
            ) from None

    @property
    def pending(self) -> tuple[str, ...]:
        """ActionIDs in flight."""
        return tuple(self._pending)

    # -- outbound ------------------------------------------------------------------

    def next_action_id(self) -> str:
        self._sent += 1
        return self._stem + str(self._sent)

    def send(
        self,
        request: Request[Any],
        action_id: str | None = None,
        extra_headers: Mapping[str, Any] | None = None,
    ) -> tuple[str, bytes]:
        """Register ``request`` as in flight and return ``(action_id, bytes to write)``.

        Raises :class:`InvalidInput` (bad value; nothing registered) or
        :class:`LocalProtocolError` (closed session, duplicate ActionID in flight).
        """
        state = self.state
        # (``is`` twice, not ``in`` a tuple: two rich comparisons per send when compiled)
        if state is State.CLOSED or state is State.ERROR or self._goodbye:
            raise LocalProtocolError(
                f"cannot send {request.action_name}: session is {self.state.value}"
            )
        pairs = request.headers()
        if extra_headers:
            pairs = pairs + _extra_pairs(extra_headers)
            check_message(pairs)
        name = request.action_name
        lowered = _CHECKED_NAMES.get(name)
        if lowered is None:
            check_pair("Action", name, "action")
            lowered = name.lower()
            if len(_CHECKED_NAMES) < 4096:
                _CHECKED_NAMES[name] = lowered
        if action_id is None:
            self._sent += 1
            action_id = self._stem + str(self._sent)  # (next_action_id, inline)
        else:
            check_pair("ActionID", action_id, "action_id")
            if action_id in self._pending:
                raise LocalProtocolError(f"ActionID {action_id!r} is already in flight")
            self._cancelled.pop(action_id, None)  # reused: its answer is wanted again
        data = encode_message(name, action_id, pairs)
        self._pending[action_id] = _Pending(lowered, request.LIST, request.RESPONSE, request)
        # What its answer's second line will be (see _reply_id).
        self._last_id, self._last_line = action_id, b"ActionID: " + action_id.encode() + b"\r\n"
        return action_id, data

    def cancel(self, action_id: str) -> bool:
        """Forget an action (its caller gave up); a late answer is dropped, not misrouted."""
        pending = self._pending.pop(action_id, None)
        if pending is None:
            return False
        self._cancelled[action_id] = pending.list_spec is not None or pending.response is not None
        while len(self._cancelled) > _CANCELLED_MEMORY:
            self._cancelled.popitem(last=False)
        return True

    def close(self) -> tuple[str, ...]:
        """We are closing: returns the ActionIDs in flight, which the caller must fail."""
        self._move("close")
        failed = tuple(self._pending)
        self._pending.clear()
        return failed

    # -- inbound -------------------------------------------------------------------

    def receive_data(self, data: bytes) -> None:
        """Feed bytes from the peer; ``b""`` means it closed the connection."""
        if not data:
            failed = tuple(self._pending)
            self._pending.clear()
            if self.state is not State.CLOSED:
                self._move("eof")
                self._control(Closed(failed, clean=self._goodbye))
            return
        state = self.state
        if state is State.CLOSED or state is State.ERROR:  # (``in``: a tuple and two ==)
            return
        try:
            frames = self._reader.feed(data)
        except RemoteProtocolError as exc:
            self._classify_all(exc.frames)  # the whole messages before it still count
            self._move("broken")
            raise
        self._classify_all(frames)

    def _classify_all(self, frames: list[bytes]) -> None:
        """The hot loop of an event flood: while no action is in flight, an event is its
        name read from its first line and one object, and nothing else."""
        if self.state is State.AWAIT_BANNER and frames:
            self._classify(frames[0])
            frames = frames[1:]
        # ``events.append`` (not a bound method kept in a local) and ``raw[:7] == ...``
        # (not ``startswith``): a list append and a slice are native operations in the
        # compiled build, method calls are not, and CPython 3.11 specialises both too.
        events = self._events
        kinds = self._kinds
        busy = self._pending or self._cancelled
        for raw in frames:
            if busy:
                self._classify(raw)
                busy = self._pending or self._cancelled
            elif raw[:7] == b"Event: ":
                # The first line by partition: it copies the rest of the message, and
                # is still 30 % faster than ``find`` and a slice (one argument: no
                # argument tuple to parse, see message.raw_value).
                kind = kinds.get(raw.partition(b"\n")[0])
                if kind is None:
                    kind = self._event_kind(raw)
                name, cls = kind
                events.append(framed_event(cls, raw, name))
            elif raw[:10] == b"Response: ":
                events.append(framed_response(Response, raw))  # nobody waits: undecoded
            else:
                self._classify(raw)
                busy = self._pending or self._cancelled

    def next_event(self) -> ProtocolEvent | _NeedData:
        """The next protocol event, or :data:`NEED_DATA`."""
        events, taken = self._events, self._taken
        if taken == len(events):
            return NEED_DATA
        item = events[taken]
        if taken + 1 == len(events):
            self._events, self._taken = [], 0
        else:
            self._taken = taken + 1
        if not isinstance(item, Message):
            self._controls -= 1
        return item

    def events(self) -> list[ProtocolEvent]:
        """Every queued protocol event, in order (a convenience over :meth:`next_event`)."""
        out = self._events[self._taken :] if self._taken else self._events
        self._events, self._taken, self._controls = [], 0, 0
        return out

    def runs(self) -> list[list[Message] | ProtocolEvent]:
        """Every queued protocol event, in order, grouped as :func:`message_runs` does.

        The engine counts what it queues, so the two usual batches cost nothing to
        group: a read of events only (one run) and a read of replies only (no runs)."""
        controls = self._controls
        items = self.events()
        if not controls:
            return [items] if items else []  # type: ignore[list-item]  # all Messages
        if controls == len(items):
            return items  # type: ignore[return-value]  # no Messages: nothing to group
        return list(message_runs(items))

    def _control(self, item: ProtocolEvent) -> None:
        self._events.append(item)
        self._controls += 1

    def _event_kind(self, raw: bytes) -> tuple[str, type[Event]]:
        """Name and class for an event that starts with ``Event: ``, cached."""
        line = raw.partition(b"\n")[0]
        text = line[7:]
        name = decode_text(text[:-1] if text.endswith(b"\r") else text)
        kind = (name, self._event_class(name))
        if len(self._kinds) < 4096:
            self._kinds[line] = kind
        return kind

    def _event_class(self, name: str) -> type[Event]:
        """The class for an event name: exact first, else ignoring case, else Event."""
        found = self._event_types.get(name)
        if found is None:
            folded = self._event_names_folded
            if folded is None:
                folded = {key.lower(): key for key in self._event_types}
                self._event_names_folded = folded
            key = folded.get(name.lower())
            found = self._event_types[key] if key is not None else Event
        return found

    def _classify(self, raw: bytes) -> None:
        if self.state is State.AWAIT_BANNER:
            text = raw.decode("utf-8", "replace")
            name, _, version = text.rpartition("/")
            self.banner = Banner(text, name if _ else text, version if _ else "")
            self._move("banner")
            self._control(self.banner)
            return
        if raw[:7] == b"Event: ":  # (slices: native when compiled, see _classify_all)
            name, cls = self._event_kind(raw)
            self._on_event(framed_event(cls, raw, name))
        elif raw[:9] == b"Response:":
            self._on_response(raw)
        else:
            self._classify_slow(raw)

    def _classify_slow(self, raw: bytes) -> None:
        """Keys in another case or order: decide from the parsed pairs."""
        msg = Message.from_raw(raw)
        if "Event" in msg:
            name = msg.get("Event", "")
            self._on_event(self._event_class(name).framed(raw, name))
        elif "Response" in msg:
            self._on_response(raw)
        else:
            self._control(UnknownMessage(msg))

    def _on_event(self, event: Event) -> None:
        if self._pending or self._cancelled:
            action_id = event.action_id
            if action_id is not None:
                pending = self._pending.get(action_id)
                if pending is not None and (
                    pending.list_spec is not None or pending.response is not None
                ):
                    self._on_list_event(action_id, pending, event)
                    return
                if self._cancelled.get(action_id):
                    # A list item of an abandoned list.  Other events carrying its
                    # ActionID (OriginateResponse after a timed-out Originate) are real
                    # news and still reach the subscribers.
                    self.dropped_late += 1
                    return
        self._events.append(event)

    def _on_list_event(self, action_id: str, pending: _Pending, event: Event) -> None:
        spec = pending.list_spec
        flag = _list_marker(event)
        done = flag == "complete" or (spec is not None and event.name == spec.complete)
        if not done:
            pending.items.append(event)
            return
        response = pending.response or pending.response_cls()
        response._events = pending.items  # (not the setter: see _on_response)
        response.complete = event
        response.request = pending.request
        del self._pending[action_id]
        self._control(Completed(action_id, response))

    def _reply_id(self, raw: bytes) -> tuple[str | None, str]:
        """The usual reply's ActionID and kind read without a search: ``(None, "")`` when
        ``raw`` is not one.

        Asterisk writes a reply's ``Response:`` line first and its ``ActionID:`` second
        (``main/manager.c``, ``astman_send_response_full``), and a client waiting for its
        answer has usually sent nothing since: so a ``Success`` or ``Error`` whose second
        line is the last action's own ActionID line is that action's answer, found with
        slices and comparisons only (native operations compiled; a method call on the
        bytes, ``partition`` or ``find``, costs more there than the rest of the check).
        What :func:`raw_value` reads from such a reply is the same ActionID."""
        if raw[:19] == b"Response: Success\r\n":
            kind, end = "success", 19
        elif raw[:17] == b"Response: Error\r\n":
            kind, end = "error", 17
        else:
            return None, ""
        line = self._last_line
        if not line or raw[end : end + len(line)] != line:
            return None, ""
        return self._last_id, kind

    def _on_response(self, raw: bytes) -> None:
        action_id, kind = self._reply_id(raw)
        if action_id is None:
            action_id = raw_value(raw, "ActionID")
            if action_id is None:
                action_id = Message.from_raw(raw).get("ActionID")  # another spelling, or none
        pending = self._pending.get(action_id) if action_id is not None else None
        if pending is None:
            response = framed_response(Response, raw)
            if action_id is not None and action_id in self._cancelled:
                if _list_marker(response) == "start":
                    self._cancelled[action_id] = True  # its items will follow: drop them too
                self.dropped_late += 1
                return
            self._events.append(response)
            return
        assert action_id is not None
        response = framed_response(pending.response_cls, raw)  # the class the request names
        if pending.response is not None:
            # A second response to a list in progress: not the list's; report it apart.
            self._events.append(response)
            return
        if not kind:
            kind = _response_kind(response)
        success = kind in SUCCESS_KINDS
        if success and _starts_list(response, pending.list_spec):
            pending.response = response
            return
        del self._pending[action_id]
        if kind == "goodbye":
            self._goodbye = True
        elif success and pending.name in _SESSION_STEPS:
            if pending.name == "login":
                self._move("login_ok")
            else:
                self.challenge = response.get("Challenge")
        # The attribute, not the ``events`` setter: mypyc before 2.4 kept a reference to a
        # setter's value (python/mypy#21095), a list leaked per answer; one call less too.
        response._events = pending.items
        response.request = pending.request
        self._control(Completed(action_id, response))


def message_runs(items: list[ProtocolEvent]) -> Iterator[list[Message] | ProtocolEvent]:
    """``items`` in order, each run of subscriber messages (events, orphaned responses)
    as one list: a client hands a run to its subscribers in one step, and the protocol
    events between runs (a response resolving a waiter) keep their place in the order."""
    start = 0
    for index, item in enumerate(items):
        if not isinstance(item, Message):
            if index > start:
                yield items[start:index]  # type: ignore[misc]  # all Messages, checked
            yield item
            start = index + 1
    if start == 0:
        if items:
            yield items  # type: ignore[misc]  # the usual batch: all Messages
    elif start < len(items):
        yield items[start:]  # type: ignore[misc]  # all Messages, checked


#: ``Response:`` line bytes -> the kind, lowercased (Success, Error, Goodbye, Follows ...).
_RESPONSE_KINDS: Final[dict[bytes, str]] = {}


def _response_kind(response: Response) -> str:
    """The ``Response:`` value, lowercased, read from the first line when it is one."""
    raw = response.raw
    if not raw.startswith(b"Response: "):
        return response.kind.lower()  # keys in another case or order
    end = raw.find(b"\n")
    line = raw[10:end] if end > 0 else raw[10:]
    kind = _RESPONSE_KINDS.get(line)
    if kind is None:
        kind = decode_text(line[:-1] if line.endswith(b"\r") else line).lower()
        if len(_RESPONSE_KINDS) < 256:  # the server's words: bound the cache
            _RESPONSE_KINDS[line] = kind
    return kind


#: The bytes V and v as integers: ``int in bytes`` is a ``memchr``.  (A one-byte needle
#: as bytes is first tried as an integer, and raises and clears a TypeError; see
#: framing.py.)
_LOWER_V: Final = ord("v")
_UPPER_V: Final = ord("V")


def _starts_list(response: Response, spec: ListSpec | None) -> bool:
    """Whether a successful response opens an event list: the server says so
    (``EventList: start``), or the catalogue knows the action's list follows a plain
    acknowledgement (``announced=False``).  A list action answered without the marker
    (nothing to list, an unknown mailbox) is complete: the server sends nothing more."""
    if spec is not None and not spec.announced:
        return True
    raw = response._raw
    if raw is not None and _LOWER_V not in raw and _UPPER_V not in raw:
        # Every spelling of ``EventList`` has a V or a v, and most replies have neither
        # (280 of the 411 in the recordings; a Ping's): two ``memchr`` and no lowercased
        # copy.  (Not in _list_marker: every event has one, in ``Event``.)
        return False
    return _list_marker(response) == "start"


def _list_marker(message: Message) -> str:
    """The ``EventList`` header's value, lowercased (``start``, ``complete``; "" if absent)."""
    raw = message._raw
    # The needle is a constant: a lowercased and encoded key per reply were two more
    # method calls (in the compiled build, each costs more than the search).  partition,
    # not find: one argument, no argument tuple to parse (see message.raw_value), and a
    # needle not found costs no copy.
    if raw is not None and not raw.lower().partition(b"eventlist")[1]:
        return ""  # absent in any spelling: the usual answer, in two passes over the bytes
    value = message.get("EventList")  # (read from the bytes, no full decode)
    return value.lower() if value else ""


def _extra_pairs(extra: Mapping[str, Any]) -> list[tuple[str, str]]:
    """pystrix's ``**kwargs`` to ``send_action``: extra headers; sequences repeat the key."""
    out: list[tuple[str, str]] = []
    for key, value in extra.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            text = ("true" if item else "false") if isinstance(item, bool) else str(item)
            check_pair(key, text, key)
            out.append((key, text))
    return out
