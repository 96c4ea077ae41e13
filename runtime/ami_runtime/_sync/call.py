"""``Call``: the blocking handle :meth:`Manager.originate` returns.

The shared :class:`~ami_runtime.call.CallTracker` does the thinking; this wrapper feeds it
from a callback on the dispatcher thread and lets callers wait on a condition.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..action import Request
from ..call import NO_CHANNEL_GRACE, CallBase, CallRouter, CallTracker
from ..dispatch import EVENT_DISCONNECTED
from ..errors import AmiTimeout, ConnectionLost
from ..message import Event, Response

if TYPE_CHECKING:
    from .client import Manager

__all__ = ["Call", "Calls"]


class Calls:
    """The calls one :class:`Manager` follows, fed by one event callback for all of them
    (registered with the first call) through a :class:`CallRouter`."""

    def __init__(self, manager: Manager) -> None:
        self._manager = manager
        self._router: CallRouter[Call] = CallRouter()
        self._lock = threading.Lock()
        self._registered = False

    def follow(self, call: Call) -> None:
        with self._lock:  # registered before the Originate is sent: nothing is missed
            self._router.follow(call, call._tracker)
            if not self._registered:
                self._registered = True
                self._manager.register_callback("", self._on_event)

    def forget(self, call: Call) -> None:
        with self._lock:
            self._router.forget(call)

    def lose_all(self, reason: str) -> None:
        """The manager closed: every followed call's waits end (ConnectionLost)."""
        self._on_event(Event([("Event", EVENT_DISCONNECTED), ("Reason", reason)]), None)

    def _on_event(self, event: Event, manager: Any) -> None:
        """Run on the manager's dispatcher thread for every event."""
        with self._lock:
            lost = event.name == EVENT_DISCONNECTED
            calls = self._router.calls() if lost else self._router.route(event)
        for call in calls:
            ids = call._tracker.ids
            call._on_event(event)
            self._after(call, ids)

    def _after(self, call: Call, ids: frozenset[str]) -> None:
        tracker = call._tracker
        if tracker.ended or tracker.lost is not None:
            self.forget(call)
        elif tracker.settling and call._grace is None:
            call._grace = threading.Timer(NO_CHANNEL_GRACE, self._settle, (call,))
            call._grace.daemon = True
            call._grace.start()
        elif tracker.ids != ids:
            with self._lock:
                self._router.follow(call, tracker)

    def _settle(self, call: Call) -> None:
        with call._cond:
            call._tracker.settle()
            call._cond.notify_all()
        self._after(call, call._tracker.ids)


class Call(CallBase):
    """One originated call.  ``wait_answered()``, ``wait_hangup()``, ``hangup()``, and
    ``for event in call:`` over its own events (from the first, until it ends)."""

    def __init__(
        self, manager: Manager, request: Request[Any], tracker: CallTracker, max_events: int
    ) -> None:
        super().__init__(request, tracker, max_events)
        self._manager = manager
        self._cond = threading.Condition()
        self._grace: threading.Timer | None = None

    def _on_event(self, event: Event) -> None:
        """An event that may be this call's (from :class:`Calls`, on the dispatcher)."""
        with self._cond:
            if event.name == EVENT_DISCONNECTED:
                self._tracker.lose(event.get("Reason", "connection lost"))
            elif not self._keep(event):
                return
            self._cond.notify_all()

    def _stop_following(self) -> None:
        self._manager._calls.forget(self)

    def _wait(self, done: Callable[[], bool], timeout: float | None, what: str) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: done() or self._tracker.lost is not None, timeout):
                raise AmiTimeout(f"call {self.uniqueid}: not {what} within {timeout} s")
            if not done():
                raise ConnectionLost(f"call {self.uniqueid}: {self._tracker.lost}")

    def wait_answered(self, timeout: float | None = None) -> bool:
        """True once answered; False if the call failed or ended unanswered.  Raises
        :class:`AmiTimeout` after ``timeout`` s, :class:`ConnectionLost` on a drop."""
        tracker = self._tracker
        self._wait(lambda: tracker.answered is not None or tracker.ended, timeout, "answered")
        return bool(tracker.answered)

    def wait_hangup(self, timeout: float | None = None) -> None:
        """Until every channel of the call has hung up (then read :attr:`cause`)."""
        self._wait(lambda: self._tracker.ended, timeout, "hung up")

    def hangup(self, cause: int | None = None) -> Response:
        """Hang the call up (its dialled channel; a Local pair's other half follows)."""
        return self._manager.send_action(self._hangup_request(cause))

    def events(self, timeout: float | None = None) -> Iterator[Event]:
        """The call's events, from its first, until it ends.  ``timeout``: the most
        seconds to wait for the next one (:class:`AmiTimeout`)."""
        index = 0
        while True:
            with self._cond:
                deadline = None if timeout is None else time.monotonic() + timeout
                while index >= len(self._events) and not self._over():
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        raise AmiTimeout(f"call {self.uniqueid}: no event within {timeout} s")
                    self._cond.wait(left)
                batch = self._events[index:]
                lost = self._tracker.lost if not self._tracker.ended else None
            index += len(batch)
            yield from batch
            if not batch:
                if lost is not None:
                    raise ConnectionLost(f"call {self.uniqueid}: {lost}")
                return

    def _over(self) -> bool:
        return self._tracker.ended or self._tracker.lost is not None

    def __iter__(self) -> Iterator[Event]:
        return self.events()

    def close(self) -> None:
        """Stop following the call (it goes on in Asterisk)."""
        self._stop_following()
        with self._cond:
            self._tracker.lose("no longer followed")
            self._cond.notify_all()
