"""The bounded buffer between the PBXs and the broker, and the gap accounting.

Records wait here until the broker confirms them (publisher confirms), so a broker that
goes away loses nothing that was accepted: what was sent but not confirmed is sent again
(at-least-once; a consumer may see a record twice and dedupes on ``epoch``/``seq``).
When the buffer is full, new events of a PBX are dropped and counted; the first event
of that PBX that fits again is preceded by one gap record naming the sequence numbers
lost, so a loss is never silent.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from dataclasses import dataclass

from .records import GAP, gap_record

__all__ = ["Outbox"]


@dataclass
class _Gap:
    epoch: str
    first: int
    last: int


class Outbox:
    """Records (routing key, body) in arrival order, at most ``capacity`` events.

    The oldest records are *in flight* (written to the broker, awaiting its confirm,
    :meth:`take` moves them there), the others *waiting*.  :attr:`changed` is set when a
    record comes in; the publisher waits on it (and its channel sets it on a confirm)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._sent: deque[tuple[str, bytes]] = deque()  # in flight, oldest first
        self._items: deque[tuple[str, bytes]] = deque()  # waiting to be written
        self._gaps: dict[str, _Gap] = {}
        self.changed = asyncio.Event()
        self.accepted = 0  # events taken in
        self.published = 0  # records confirmed by the broker
        self.dropped = 0  # events lost to a full buffer (each inside a gap record)
        self.gaps = 0  # gap records queued

    def __len__(self) -> int:
        return len(self._sent) + len(self._items)

    @property
    def in_flight(self) -> int:
        return len(self._sent)

    @property
    def waiting(self) -> int:
        return len(self._items)

    def put(self, pbx: str, epoch: str, seq: int, key: str, body: bytes) -> bool:
        """Queue one event; False (and counted in a gap) when the buffer is full."""
        gap = self._gaps.get(pbx)
        # A gap closes when its record and this event both fit (the record alone would
        # take the room and the event would open the next gap), or the epoch changed.
        if gap is not None and (gap.epoch != epoch or len(self) + 1 < self.capacity):
            self._close_gap(pbx)
        if len(self) >= self.capacity or pbx in self._gaps:
            gap = self._gaps.get(pbx)
            if gap is None:
                self._gaps[pbx] = _Gap(epoch, seq, seq)
            else:
                gap.last = seq
            self.dropped += 1
            return False
        self.accepted += 1
        self._items.append((key, body))
        self.changed.set()
        return True

    def put_control(self, key: str, body: bytes) -> None:
        """A record that must not be dropped (ownership, end of a PBX's epoch)."""
        self._items.append((key, body))
        self.changed.set()

    def report_gap(self, pbx: str, epoch: str, first: int, last: int, reason: str) -> None:
        """Events ``first``..``last`` were lost before reaching the buffer."""
        if pbx in self._gaps:  # the buffer's own gap comes first: it holds earlier seqs
            self._close_gap(pbx)
        self.dropped += last - first + 1
        self.gaps += 1
        body = gap_record(pbx, epoch, first, last, reason, time.time())
        self.put_control(f"{pbx}.{GAP}", body)

    def close_gaps(self) -> None:
        """Queue a gap record for every PBX with an open gap (room or not: they are few)."""
        for pbx in list(self._gaps):
            self._close_gap(pbx)

    def close_gap(self, pbx: str) -> None:
        if pbx in self._gaps:
            self._close_gap(pbx)

    def _close_gap(self, pbx: str) -> None:
        gap = self._gaps.pop(pbx)
        body = gap_record(pbx, gap.epoch, gap.first, gap.last, "buffer overflow", time.time())
        self.gaps += 1
        self.put_control(f"{pbx}.{GAP}", body)

    def peek(self, start: int, n: int) -> list[tuple[str, bytes]]:
        """Records ``start`` .. ``start + n - 1`` (in flight first), left in place."""
        return list(itertools.islice(itertools.chain(self._sent, self._items), start, start + n))

    def take(self, n: int) -> list[tuple[str, bytes]]:
        """Up to ``n`` waiting records, now in flight (to be written, in this order)."""
        items, sent = self._items, self._sent
        out = [items.popleft() for _ in range(min(n, len(items)))]
        sent.extend(out)
        return out

    def rewind(self) -> None:
        """What is in flight was not confirmed: it waits again, ahead of the rest."""
        self._items.extendleft(reversed(self._sent))
        self._sent.clear()

    def done(self, n: int) -> None:
        """The ``n`` oldest records are confirmed."""
        sent, items = self._sent, self._items
        for _ in range(n):
            (sent if sent else items).popleft()
        self.published += n
        if not self and self._gaps:
            self.close_gaps()

    async def idle(self) -> None:
        """Until :attr:`changed` is set (the caller cleared it); open gaps are closed
        first when there is room for their records."""
        if self._gaps and len(self) < self.capacity:
            self.close_gaps()
        await self.changed.wait()
