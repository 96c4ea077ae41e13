"""Who gets which event: a registry of callbacks by event name, ``''`` or ``None``.

pystrix's rules, kept: ``''`` receives every event, ``None`` receives orphaned responses
(no ActionID, or one nobody waits for), and an event class (a typed event with an
``EVENT`` name) stands for its name.  Callbacks run in registration order; one that raises
is logged and the others still run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, Union

from .message import Event, Message

__all__ = ["Dispatcher", "EventKey", "EVENT_DISCONNECTED", "EVENT_RECONNECTED", "event_key"]

#: Synthetic events the clients deliver to subscribers (never sent by Asterisk).
EVENT_DISCONNECTED = "AmiDisconnected"
EVENT_RECONNECTED = "AmiReconnected"

EventKey = Union[str, None, type[Event]]
Callback = Callable[..., Any]


def event_key(event: EventKey) -> str | None:
    """Normalise a subscription key: a typed event class stands for its AMI name."""
    if isinstance(event, type):
        name = getattr(event, "EVENT", "")
        if not name:
            raise TypeError(f"{event.__name__} has no EVENT name to subscribe to")
        return str(name)
    return event


class Dispatcher:
    """Thread-safe callback registry; :meth:`dispatch` runs the matching callbacks."""

    def __init__(self, logger: logging.Logger) -> None:
        self._lock = threading.Lock()
        self._callbacks: dict[str | None, list[Callback]] = {}
        #: Event name -> callbacks to run (named ones, then ``''``); rebuilt on change.
        self._routes: dict[str, tuple[Callback, ...]] = {}
        self._logger = logger

    def register(self, event: EventKey, fn: Callback) -> None:
        key = event_key(event)
        with self._lock:
            self._callbacks.setdefault(key, []).append(fn)
            self._routes = {}

    def unregister(self, event: EventKey, fn: Callback) -> bool:
        """Remove ``fn`` for ``event``; False if it was not registered."""
        key = event_key(event)
        with self._lock:
            fns = self._callbacks.get(key)
            if not fns or fn not in fns:
                return False
            fns.remove(fn)
            if not fns:
                del self._callbacks[key]
            self._routes = {}
            return True

    def wants(self, message: Message) -> bool:
        """Is anybody listening?  Lets the reader skip queueing when nobody is."""
        return bool(self._callbacks)

    def targets(self, message: Message) -> tuple[Callback, ...]:
        if isinstance(message, Event):
            return self._route(message.name)
        return tuple(self._callbacks.get(None, ()))

    def _route(self, name: str) -> tuple[Callback, ...]:
        """The callbacks for an event name: named ones, then ``''``; cached per name."""
        found = self._routes.get(name)
        if found is None:
            cbs = self._callbacks
            found = (*cbs.get(name, ()), *cbs.get("", ()))
            if len(self._routes) < 10_000:  # names come from the server: bound the cache
                self._routes[name] = found
        return found

    def dispatch(self, message: Message, *args: Any) -> None:
        self.dispatch_all((message,), *args)

    def dispatch_all(self, messages: Iterable[Message], *args: Any) -> None:
        """Run the callbacks of each message in turn (a client's batch of one read)."""
        for message in messages:
            if isinstance(message, Event):
                name = message._name or message.name  # (set by the protocol: no call)
                fns = self._routes.get(name) or self._route(name)  # (re)read: may change
            else:
                fns = tuple(self._callbacks.get(None, ()))
            for fn in fns:
                try:
                    fn(message, *args)
                except Exception:
                    what = message.name if isinstance(message, Event) else "response"
                    self._logger.exception("callback %r for %s raised", fn, what)
