"""``AsyncManager.events()``: one subscription, an async iterator over a bounded queue."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from ..dispatch import Selector
from ..errors import AmiError
from ..message import Event

if TYPE_CHECKING:
    from .client import AsyncManager

__all__ = ["END", "EventStream"]

#: Queued to end the iteration (the manager closed, or the session ended after Logoff).
END = object()


def _put(q: asyncio.Queue[Any], item: Any) -> bool:
    try:
        q.put_nowait(item)
        return True
    except asyncio.QueueFull:
        return False


class EventStream:
    """One ``events()`` subscription: an async iterator over a bounded queue."""

    def __init__(self, manager: AsyncManager, selector: Selector, maxsize: int) -> None:
        self._manager = manager
        self.selector = selector
        self._queue: asyncio.Queue[Any] = asyncio.Queue(maxsize)
        self._closed = False
        #: Events dropped because this stream's queue was full (a slow consumer).
        self.dropped = 0

    def offer(self, item: Any) -> None:
        if _put(self._queue, item):
            return
        self.dropped += 1
        if not isinstance(item, Event):
            # The end marker or an error must get through: drop the oldest event for it.
            self._queue.get_nowait()
            _put(self._queue, item)

    def behind(self) -> bool:
        """Whether half of the queue is taken by events not yet consumed."""
        return self._queue.qsize() * 2 >= self._queue.maxsize > 0

    def close(self) -> None:
        """End the subscription (idempotent)."""
        if not self._closed:
            self._closed = True
            if self in self._manager._subscribers:
                self._manager._subscribers.remove(self)

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> Event:
        if self._closed:
            raise StopAsyncIteration
        item = await self._queue.get()
        if item is END:
            self.close()
            raise StopAsyncIteration
        if isinstance(item, AmiError):
            self.close()
            raise item
        return item  # type: ignore[no-any-return]  # only events are queued

    async def __aenter__(self) -> EventStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()
