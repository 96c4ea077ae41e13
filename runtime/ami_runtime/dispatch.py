"""Who gets which event: subscriptions by name, wildcard, event class or group, and header.

One mechanism for both clients' callbacks (:meth:`Dispatcher.register`) and event
iterators (``events(...)``): a :class:`Selector` built by :func:`select` from what the
user names.

* a name, ``"Hangup"``: compared case-insensitively, as Asterisk compares them;
* a wildcard, ``"Queue*"``, ``"Agent?onnect"``, ``"[QA]*"``: fnmatch-style, any case;
* a typed event class, ``events.Hangup``: its ``EVENT`` name;
* a group, a base class without an ``EVENT`` of its own (``events.ChannelSnapshotFields``):
  every registered event class that extends it; ``Event`` itself, like ``""``, is every
  event;
* ``where=``: a header filter, ``{"Channel": "PJSIP/*"}`` (values are globs, any case;
  a list means any of them; every header named must match), or a callable
  ``where(event) -> bool``.

A name that no registered event class has, and is not a wildcard, is most likely a typo
(``"Hnagup"``): it draws an :class:`~ami_runtime.errors.UnknownEventWarning` naming the
close matches, or raises :class:`~ami_runtime.errors.UnknownEvent` when the client was
made with ``strict_events=True``.  Asterisk modules outside the catalogue raise events
of their own: the warning is a hint, not a refusal (``warnings.simplefilter`` silences it).

pystrix's rules, kept: ``''`` receives every event, ``None`` receives orphaned responses
(no ActionID, or one nobody waits for).  Callbacks run in registration order (those for
every event last); one that raises is logged and the others still run.
"""

from __future__ import annotations

import fnmatch
import os
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import FrameType
from typing import Any, Union

from ._build import PACKAGE_DIR
from ._log import Log, ami_logger
from .errors import InvalidInput, UnknownEvent, UnknownEventWarning
from .message import Event, Message

__all__ = [
    "Dispatcher",
    "EventKey",
    "Selector",
    "Where",
    "EVENT_DISCONNECTED",
    "EVENT_RECONNECTED",
    "event_key",
    "select",
]

#: Synthetic events the clients deliver to subscribers (never sent by Asterisk).
EVENT_DISCONNECTED = "AmiDisconnected"
EVENT_RECONNECTED = "AmiReconnected"
_SYNTHETIC = (EVENT_DISCONNECTED, EVENT_RECONNECTED)

EventKey = Union[str, None, type[Event]]
Callback = Callable[..., Any]
Predicate = Callable[[Event], bool]
#: ``{"Header": "glob" | ["glob", ...]}`` or ``predicate(event) -> bool``.
Where = Union[Mapping[str, Union[str, Sequence[str]]], Predicate, None]
_WILDCARD = frozenset("*?[")
#: A route: the callbacks for one event name, and their ``where``s (None if none has one).
_Route = tuple[tuple[Callback, ...], Union[tuple[Union[Predicate, None], ...], None]]


def event_key(event: EventKey) -> str | None:
    """Normalise a subscription key: a typed event class stands for its AMI name."""
    if isinstance(event, type):
        name = getattr(event, "EVENT", "")
        if not name:
            raise TypeError(f"{event.__name__} has no EVENT name to subscribe to")
        return str(name)
    return event


class Selector:
    """Which events one subscription wants: by name (any case), then by ``where``."""

    __slots__ = ("everything", "names", "patterns", "where")

    def __init__(
        self,
        names: Iterable[str] = (),
        patterns: Iterable[str] = (),
        everything: bool = False,
        where: Predicate | None = None,
    ) -> None:
        self.names = frozenset(n.lower() for n in names)
        self.patterns = tuple(p.lower() for p in patterns)
        self.everything = everything
        self.where = where

    def wants_name(self, name: str) -> bool:
        if self.everything:
            return True
        low = name.lower()
        return low in self.names or any(fnmatch.fnmatchcase(low, p) for p in self.patterns)

    def matches(self, event: Event) -> bool:
        return self.wants_name(event.name) and _ok(self.where, event)


def select(
    keys: Iterable[EventKey],
    where: Where = None,
    known: Mapping[str, type[Event]] | None = None,
    strict: bool = False,
    stacklevel: int = 3,
) -> Selector:
    """The :class:`Selector` for ``keys`` (none, or ``""``: every event).

    ``known`` is the name -> class registry a client reads events with; it resolves
    groups and tells typos apart (without one, every name is taken on trust).  A typo's
    warning points at the first caller outside ``ami_runtime``, whatever ``stacklevel``
    says (kept for callers; a fixed level is wrong in the compiled build).
    """
    known = known or {}
    names: list[str] = []
    patterns: list[str] = []
    everything = False
    given = list(keys)
    for key in given:
        if key is None:
            raise InvalidInput("None selects orphaned responses: register_callback(None, fn)")
        if isinstance(key, type):
            found = _class_names(key, known)
            if found is None:
                everything = True
            else:
                names.extend(found)
        elif key in ("", "*"):
            everything = True
        elif _WILDCARD & set(key):
            patterns.append(key)
        else:
            _check_name(key, known, strict)
            names.append(key)
    return Selector(names, patterns, everything or not given, compile_where(where))


def _class_names(cls: type, known: Mapping[str, type[Event]]) -> list[str] | None:
    """A class's event names; None for ``Event`` itself (every event)."""
    if not issubclass(cls, Event):
        raise InvalidInput(f"{cls.__name__} is not an Event class", "event")
    name = getattr(cls, "EVENT", "")
    if name:
        return [str(name)]
    if cls is Event:
        return None
    found = [n for n, c in known.items() if issubclass(c, cls)]
    if not found:
        raise UnknownEvent(f"no registered event class extends {cls.__name__}", cls.__name__)
    return found


def _check_name(name: str, known: Mapping[str, type[Event]], strict: bool) -> None:
    if not known:
        return  # no registry (ami not imported): nothing to tell a typo by
    names = {n.lower(): n for n in (*known, *_SYNTHETIC)}
    if name.lower() in names:
        return
    import difflib  # here, not at the top: only a typo needs it

    close = difflib.get_close_matches(name.lower(), list(names), n=3, cutoff=0.75)
    hint = f"; did you mean {', '.join(repr(names[c]) for c in close)}?" if close else ""
    text = f"unknown event name {name!r}: no event of the catalogue has it{hint}"
    if strict:
        raise UnknownEvent(text, name)
    # Point at the first caller outside ami_runtime, counted rather than fixed: compiled
    # functions (the mypyc build) have no frames, so ``level`` would overshoot there.  In
    # both builds ``sys._getframe(0)`` is the frame warnings.warn counts from.
    frame: FrameType | None = sys._getframe(0)
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    warnings.warn(text, UnknownEventWarning, stacklevel=level)


def compile_where(where: Where) -> Predicate | None:
    """``where=`` as a predicate: headers compared as case-insensitive globs."""
    if where is None or callable(where):
        return where
    if not isinstance(where, Mapping):
        raise InvalidInput(f"where= takes a mapping or a callable, not {where!r}", "where")
    rules: list[tuple[str, tuple[str, ...]]] = []
    for header, wanted in where.items():
        globs = (wanted,) if isinstance(wanted, str) else tuple(wanted)
        if not all(isinstance(g, str) for g in globs):
            raise InvalidInput(f"where[{header!r}]: globs are strings, not {wanted!r}", "where")
        rules.append((header, tuple(g.lower() for g in globs)))

    def headers_match(event: Event) -> bool:
        for header, globs in rules:
            value = event.get(header)
            if value is None:
                return False
            low = value.lower()
            if not any(fnmatch.fnmatchcase(low, g) for g in globs):
                return False
        return True

    return headers_match


class _Entry:
    __slots__ = ("fn", "key", "selector")

    def __init__(self, key: object, selector: Selector, fn: Callback) -> None:
        self.key, self.selector, self.fn = key, selector, fn


def _same_key(key: object) -> object:
    """What unregister compares: names in any case, classes as themselves."""
    return key.lower() if isinstance(key, str) else key


class Dispatcher:
    """Thread-safe callback registry; :meth:`dispatch` runs the matching callbacks."""

    def __init__(
        self,
        logger: Log,
        known: Callable[[], Mapping[str, type[Event]]] | None = None,
        strict: bool = False,
    ) -> None:
        self._lock = threading.Lock()
        self._entries: list[_Entry] = []
        self._orphans: list[Callback] = []
        #: Event name -> the callbacks to run, and their ``where``s (None when no
        #: callback of the route has one: the usual case costs no check); rebuilt on change.
        self._routes: dict[str, _Route] = {}
        self._logger = logger
        self._known = known or (lambda: {})
        self.strict = strict

    def selector(self, keys: Iterable[EventKey], where: Where = None, level: int = 4) -> Selector:
        """A selector against this client's registry (for ``events(...)``)."""
        return select(keys, where, self._known(), self.strict, level)

    def register(self, event: EventKey, fn: Callback, where: Where = None) -> None:
        if event is None:
            if where is not None:
                raise InvalidInput("where= filters events; None selects orphaned responses")
            with self._lock:
                self._orphans.append(fn)
            return
        entry = _Entry(_same_key(event), self.selector([event], where, 5), fn)
        with self._lock:
            self._entries.append(entry)
            self._routes = {}

    def unregister(self, event: EventKey, fn: Callback) -> bool:
        """Remove ``fn`` for ``event``; False if it was not registered."""
        with self._lock:
            if event is None:
                if fn not in self._orphans:
                    return False
                self._orphans.remove(fn)
                return True
            key = _same_key(event)
            for i, entry in enumerate(self._entries):
                if entry.key == key and entry.fn == fn:
                    del self._entries[i]
                    self._routes = {}
                    return True
            return False

    def wants(self, message: Message) -> bool:
        """Is anybody listening?  Lets the reader skip queueing when nobody is."""
        return bool(self._entries or self._orphans)

    def targets(self, message: Message) -> tuple[Callback, ...]:
        if isinstance(message, Event):
            name = message._name or message.name  # (set by the protocol: no call)
            route = self._routes.get(name)
            if route is None:  # (not ``get(name) or ...``: compiled, ``or`` boxes a new tuple)
                route = self._route(name)
            return route[0] if route[1] is None else _pick(route, message)
        return tuple(self._orphans)

    def _route(self, name: str) -> _Route:
        """The callbacks for an event name (those for every event last); cached per name."""
        found = self._routes.get(name)
        if found is None:
            entries = self._entries
            named = [
                e for e in entries if not e.selector.everything and e.selector.wants_name(name)
            ]
            chosen = (*named, *(e for e in entries if e.selector.everything))
            wheres = tuple(e.selector.where for e in chosen)
            found = (
                tuple(e.fn for e in chosen),
                wheres if any(w is not None for w in wheres) else None,
            )
            if len(self._routes) < 10_000:  # names come from the server: bound the cache
                self._routes[name] = found
        return found

    def dispatch(self, message: Message, *args: Any) -> None:
        self.dispatch_all((message,), *args)

    def dispatch_all(self, messages: Iterable[Message], *args: Any) -> None:
        """Run the callbacks of each message in turn (a client's batch of one read)."""
        # The clients pass one argument (themselves): called as ``fn(message, manager)``,
        # no tuple is built per callback.
        manager = args[0] if len(args) == 1 else None
        for message in messages:
            if isinstance(message, Event):
                name = message._name or message.name  # (set by the protocol: no call)
                route = self._routes.get(name)  # (re)read each time: may change
                if route is None:  # (not ``get(name) or ...``: see targets)
                    route = self._route(name)
                fns = route[0] if route[1] is None else _pick(route, message)
            else:
                fns = tuple(self._orphans)
            for fn in fns:
                try:
                    if len(args) == 1:
                        fn(message, manager)
                    else:
                        fn(message, *args)
                except Exception:
                    what = message.name if isinstance(message, Event) else "response"
                    self._logger.exception("callback %r for %s raised", fn, what)


def _pick(route: _Route, event: Event) -> tuple[Callback, ...]:
    fns, wheres = route
    if wheres is None:
        return fns
    return tuple(fn for fn, where in zip(fns, wheres, strict=True) if _ok(where, event))


def _ok(where: Predicate | None, event: Event) -> bool:
    """A ``where`` that raises counts as no match (and never kills the reader)."""
    if where is None:
        return True
    try:
        return bool(where(event))
    except Exception:
        ami_logger().exception("where= predicate raised for %s", event.name)
        return False
