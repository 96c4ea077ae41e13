"""Publishing records with publisher confirms: whole batches per write, one watermark
for the broker's acks.

aiormq's ``basic_publish`` costs a task, a lock round and a drain per message, and its
confirmation table costs a future per message plus, for every ``multiple`` ack, a scan of
the whole table and one callback per message acked: at a few thousand records in flight
that scan was the largest cost of the gateway.  Records go instead on a channel of their
own (:class:`RecordChannel`): a batch's frames are encoded with ``struct`` and written
with one ``write_queue`` put, and the broker's acks move one number, the highest delivery
tag below which everything is confirmed.  It leans on aiormq internals (``delivery_tag``,
``write_queue``, the channel's confirm-frame hook): the version is pinned in
pyproject.toml, and tests/gateway exercises this path in every test.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence

from aiormq import Channel
from aiormq.abc import ChannelFrame
from pamqp import commands as spec
from pamqp.header import ContentHeader

__all__ = ["RecordChannel", "encode_publishes"]


#: AMQP 0-9-1 frame types and the frame-end octet (spec section 2.3.5).
_METHOD, _HEADER, _BODY, _END = 1, 2, 3, b"\xce"
_FRAME = struct.Struct(">BHI")
_PUBLISH = struct.pack(">HHH", 60, 40, 0)  # basic.publish, reserved ticket 0
_HEADER_START = struct.Struct(">HHQ")  # class 60, weight 0, body size


def _shortstr(text: str) -> bytes:
    raw = text.encode()
    if len(raw) > 255:
        raise ValueError(f"AMQP short string over 255 bytes: {text[:40]!r}...")
    return bytes((len(raw),)) + raw


def _encoded_properties(properties: spec.Basic.Properties) -> bytes:
    """The property flags and list, as pamqp writes them (once per channel, not per record)."""
    header = ContentHeader(properties=properties, body_size=0).marshal()
    return header[_HEADER_START.size :]


def encode_publishes(
    channel_number: int,
    exchange: str,
    items: Sequence[tuple[str, bytes]],
    properties: spec.Basic.Properties | bytes,
    max_body: int,
) -> bytes:
    """The frames of one basic.publish per item (method, header, body frames), written
    with struct: pamqp's general marshalling costs more than the rest of a record's trip.
    ``properties`` may be given already encoded (:func:`_encoded_properties`)."""
    props = properties if isinstance(properties, bytes) else _encoded_properties(properties)
    exchange_raw = _shortstr(exchange)
    out: list[bytes] = []
    pack = _FRAME.pack
    for key, body in items:
        method = _PUBLISH + exchange_raw + _shortstr(key) + b"\x00"
        out += (pack(_METHOD, channel_number, len(method)), method, _END)
        header = _HEADER_START.pack(60, 0, len(body)) + props
        out += (pack(_HEADER, channel_number, len(header)), header, _END)
        for i in range(0, len(body), max_body):
            chunk = body[i : i + max_body]
            out += (pack(_BODY, channel_number, len(chunk)), chunk, _END)
    return b"".join(out)


class RecordChannel:
    """A confirm-mode channel that carries only records, written in order.

    Delivery tags count the channel's publishes from 1, so the records in flight are
    tags ``base + 1`` ... in the order written.  The broker acks a tag alone or, with
    ``multiple``, every tag up to it; :attr:`acked` is the highest tag with every tag up to
    it acked.  A nack (the broker could not take a record) sets :attr:`refused`: what
    follows the watermark must be written again (:meth:`restart`).  ``on_change`` runs
    after every confirm and when the channel closes (the publisher's wake-up)."""

    def __init__(
        self,
        channel: Channel,
        exchange: str,
        properties: spec.Basic.Properties,
        on_change: Callable[[], None],
    ) -> None:
        self.channel = channel
        self._exchange = exchange
        self._properties = _encoded_properties(properties)
        self._on_change = on_change
        self.base = self.acked = channel.delivery_tag
        self.refused = False
        self._singles: set[int] = set()  # tags acked alone, above the watermark
        # The reader task awaits ``self._on_confirm_frame(frame)`` for Basic.Ack/Nack.
        setattr(channel, "_on_confirm_frame", self.on_confirm)  # noqa: B010
        channel.closing.add_done_callback(lambda _: on_change())

    @property
    def closed(self) -> bool:
        return bool(self.channel.is_closed)

    async def write(self, items: Sequence[tuple[str, bytes]]) -> None:
        """Publish ``(routing key, body)`` items, in order, with one write."""
        channel = self.channel
        payload = encode_publishes(
            channel.number, self._exchange, items, self._properties, channel.max_content_size
        )
        channel.delivery_tag += len(items)
        await channel.write_queue.put(ChannelFrame(payload=payload, should_close=False))

    def take_confirmed(self) -> int:
        """How many of the oldest records in flight were confirmed since the last call."""
        n, self.base = self.acked - self.base, self.acked
        return n

    def restart(self) -> None:
        """Forget what is in flight (the caller writes it again); late confirms of it
        are ignored."""
        self.base = self.acked = self.channel.delivery_tag
        self._singles.clear()
        self.refused = False

    async def on_confirm(self, frame: spec.Basic.Ack | spec.Basic.Nack) -> None:
        tag = frame.delivery_tag
        if self.refused or tag <= self.acked:
            return  # waiting for restart(), or a confirm of something forgotten
        if isinstance(frame, spec.Basic.Nack):
            self.refused = True
        elif frame.multiple:
            self.acked = tag
            if self._singles:
                self._singles = {t for t in self._singles if t > tag}
                self._absorb()
        else:
            self._singles.add(tag)
            self._absorb()
        self._on_change()

    def _absorb(self) -> None:
        singles = self._singles
        while self.acked + 1 in singles:
            self.acked += 1
            singles.remove(self.acked)
