"""``Manager.events()``: one subscription, a blocking iterator over a bounded queue.

The blocking twin of :class:`ami_runtime._async.stream.EventStream`.  It subscribes on
the dispatcher at once (nothing is missed between ``events()`` and the first ``next()``)
and is fed by the dispatcher thread, which never blocks on it: when the consumer falls
``maxsize`` behind, new events are dropped and counted in :attr:`EventIterator.dropped`.

Iteration ends when the manager closes or after Logoff; it raises
:class:`~ami_runtime.errors.ConnectionLost` when the connection drops and the manager
does not reconnect (with reconnect on, it goes on with the new session's events).
"""

from __future__ import annotations

import queue
import threading
from typing import TYPE_CHECKING, Any

from ..dispatch import EVENT_DISCONNECTED, Selector
from ..errors import AmiError, ConnectionLost
from ..message import Event

if TYPE_CHECKING:
    from .client import Manager

__all__ = ["EventIterator"]

_END = object()


class EventIterator:
    """``for event in manager.events("Queue*"): ...``; ``with`` (or ``close()``) ends it."""

    def __init__(self, manager: Manager, selector: Selector, maxsize: int) -> None:
        self._manager = manager
        self.selector = selector
        self._queue: queue.Queue[Any] = queue.Queue(maxsize)
        self._lock = threading.Lock()
        self._closed = False
        #: Events dropped because this iterator's queue was full (a slow consumer).
        self.dropped = 0

    # -- fed by the dispatcher thread -----------------------------------------------

    def _on_event(self, event: Event, _manager: object = None) -> None:
        if self.selector.matches(event):
            self._offer(event)
        if event.name == EVENT_DISCONNECTED:
            manager = self._manager
            reason = event.get("Reason", "connection closed")
            if reason == "server said Goodbye":
                self.end()
            elif not (manager._reconnect and not manager._closing):
                self.end(ConnectionLost(reason))

    def _offer(self, item: Any) -> None:
        try:
            self._queue.put_nowait(item)
            return
        except queue.Full:
            self.dropped += 1
        if not isinstance(item, Event):
            # The end marker or an error must get through: drop the oldest event for it.
            with self._lock:
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    pass
                try:
                    self._queue.put_nowait(item)
                except queue.Full:
                    pass

    def end(self, error: AmiError | None = None) -> None:
        """Stop after what is queued (raising ``error`` then, if given)."""
        self._offer(_END if error is None else error)

    # -- the consumer's side --------------------------------------------------------

    def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or None if none came within ``timeout`` seconds.

        Raises :class:`StopIteration` once the subscription ended, and the
        connection error that ended it, if one did.
        """
        if self._closed:
            raise StopIteration
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            return None
        if item is _END:
            self.close()
            raise StopIteration
        if isinstance(item, AmiError):
            self.close()
            raise item
        return item  # type: ignore[no-any-return]  # only events are queued

    def __iter__(self) -> EventIterator:
        return self

    def __next__(self) -> Event:
        event = self.get()
        assert event is not None  # (no timeout: get() waits for one)
        return event

    def close(self) -> None:
        """End the subscription (idempotent)."""
        if not self._closed:
            self._closed = True
            self._manager._unsubscribe(self)

    def __enter__(self) -> EventIterator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
