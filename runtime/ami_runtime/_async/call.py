"""``AsyncCall``: the asyncio handle :meth:`AsyncManager.originate` returns.

The same :class:`~ami_runtime.call.CallTracker` as the blocking ``Call``, fed by a plain
callback on the manager's dispatcher task; waiters sleep on an :class:`asyncio.Event`
that is set (and replaced) at each change.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from ..action import Request
from ..call import NO_CHANNEL_GRACE, CallBase, CallRouter, CallTracker
from ..dispatch import EVENT_DISCONNECTED
from ..errors import AmiTimeout, ConnectionLost
from ..message import Event, Response

if TYPE_CHECKING:
    from .client import AsyncManager

__all__ = ["AsyncCall", "AsyncCalls"]


class AsyncCalls:
    """The calls one :class:`AsyncManager` follows, fed by one event callback for all of
    them (registered with the first call) through a :class:`CallRouter`."""

    def __init__(self, manager: AsyncManager) -> None:
        self._manager = manager
        self._router: CallRouter[AsyncCall] = CallRouter()
        self._registered = False

    def follow(self, call: AsyncCall) -> None:
        self._router.follow(call, call._tracker)
        if not self._registered:
            self._registered = True
            self._manager.register_callback("", self._on_event)

    def forget(self, call: AsyncCall) -> None:
        self._router.forget(call)

    def lose_all(self, reason: str) -> None:
        """The manager closed: every followed call's waits end (ConnectionLost)."""
        self._on_event(Event([("Event", EVENT_DISCONNECTED), ("Reason", reason)]), None)

    def _on_event(self, event: Event, manager: Any) -> None:
        """Run on the manager's dispatcher task for every event."""
        lost = event.name == EVENT_DISCONNECTED
        for call in self._router.calls() if lost else self._router.route(event):
            ids = call._tracker.ids
            call._on_event(event)
            self._after(call, ids)

    def _after(self, call: AsyncCall, ids: frozenset[str]) -> None:
        tracker = call._tracker
        if tracker.ended or tracker.lost is not None:
            self.forget(call)
        elif tracker.settling and call._grace is None:
            loop = asyncio.get_running_loop()
            call._grace = loop.call_later(NO_CHANNEL_GRACE, self._settle, call)
        elif tracker.ids != ids:
            self._router.follow(call, tracker)

    def _settle(self, call: AsyncCall) -> None:
        call._tracker.settle()
        call._changed_now()
        self._after(call, call._tracker.ids)


class AsyncCall(CallBase):
    """One originated call: ``await wait_answered()``, ``await wait_hangup()``,
    ``await hangup()``, and ``async for event in call:`` over its own events."""

    def __init__(
        self, manager: AsyncManager, request: Request[Any], tracker: CallTracker, max_events: int
    ) -> None:
        super().__init__(request, tracker, max_events)
        self._manager = manager
        self._changed = asyncio.Event()
        self._grace: asyncio.TimerHandle | None = None

    def _on_event(self, event: Event) -> None:
        """An event that may be this call's (from :class:`AsyncCalls`)."""
        if event.name == EVENT_DISCONNECTED:
            self._tracker.lose(event.get("Reason", "connection lost"))
        elif not self._keep(event):
            return
        self._changed_now()

    def _changed_now(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    def _stop_following(self) -> None:
        self._manager._calls.forget(self)

    async def _wait(self, done: Callable[[], bool], timeout: float | None, what: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while not done() and self._tracker.lost is None:
            left = None if deadline is None else deadline - loop.time()
            if left is not None and left <= 0:
                raise AmiTimeout(f"call {self.uniqueid}: not {what} within {timeout} s")
            try:
                await asyncio.wait_for(self._changed.wait(), left)
            except asyncio.TimeoutError:
                continue  # the loop's head raises, or sees the change that came meanwhile
        if not done():
            raise ConnectionLost(f"call {self.uniqueid}: {self._tracker.lost}")

    async def wait_answered(self, timeout: float | None = None) -> bool:
        """True once answered; False if the call failed or ended unanswered."""
        tracker = self._tracker
        await self._wait(lambda: tracker.answered is not None or tracker.ended, timeout, "answered")
        return bool(tracker.answered)

    async def wait_hangup(self, timeout: float | None = None) -> None:
        """Until every channel of the call has hung up (then read :attr:`cause`)."""
        await self._wait(lambda: self._tracker.ended, timeout, "hung up")

    async def hangup(self, cause: int | None = None) -> Response:
        """Hang the call up (its dialled channel; a Local pair's other half follows)."""
        return await self._manager.send_action(self._hangup_request(cause))

    async def events(self, timeout: float | None = None) -> AsyncIterator[Event]:
        """The call's events, from its first, until it ends.  ``timeout``: the most
        seconds to wait for the next one (:class:`AmiTimeout`)."""
        index = 0
        while True:
            await self._wait(partial(self._past, index), timeout, "heard")
            batch = self._events[index:]
            index += len(batch)
            for event in batch:
                yield event
            if not batch and self._over():
                if self._tracker.lost is not None and not self._tracker.ended:
                    raise ConnectionLost(f"call {self.uniqueid}: {self._tracker.lost}")
                return

    def _past(self, index: int) -> bool:
        return len(self._events) > index or self._over()

    def _over(self) -> bool:
        return self._tracker.ended or self._tracker.lost is not None

    def __aiter__(self) -> AsyncIterator[Event]:
        return self.events()

    def close(self) -> None:
        """Stop following the call (it goes on in Asterisk)."""
        self._stop_following()
        self._tracker.lose("no longer followed")
        self._changed_now()
