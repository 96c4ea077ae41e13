"""Events on their way to callbacks: a bounded hand-off both clients share.

The reader never waits for a callback: Asterisk drops a session that does not read within
``writetimeout`` (100 ms by default, ``main/manager.c``, ``send_string``), so a slow
subscriber must cost events, never the connection.  Events go to the dispatcher in
batches (one per read); at most ``limit`` may wait, and past that the newest are dropped
and counted.  While a reconnect restores the session, events are held back, so that
subscribers see ``AmiReconnected`` before the new session's events.

Not thread-safe by itself: the blocking client calls it under a lock, the asyncio client
from its loop.
"""

from __future__ import annotations

from .message import Message

__all__ = ["Backlog"]


class Backlog:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        #: Events handed to the dispatcher and not yet run.
        self.queued = 0
        #: Events dropped because the backlog was full (a slow callback).
        self.dropped = 0
        self._held: list[Message] | None = None

    def admit(self, batch: list[Message]) -> list[Message]:
        """The part of ``batch`` to hand over now (the rest is held back or dropped)."""
        held = self._held
        used = len(held) if held is not None else self.queued
        room = max(self.limit - used, 0)
        if len(batch) > room:
            self.dropped += len(batch) - room
            batch = batch[:room]
        if held is not None:
            held.extend(batch)
            return []
        self.queued += len(batch)
        return batch

    @property
    def holding(self) -> bool:
        return self._held is not None

    def done(self, count: int) -> None:
        """The dispatcher ran ``count`` events."""
        self.queued -= count

    def hold(self) -> None:
        """Start (or restart, forgetting a failed attempt's events) holding events back."""
        self._held = []

    def take_held(self) -> list[Message]:
        """Stop holding; the events held, to deliver right after the reconnect notice."""
        held, self._held = self._held or [], None
        return held
