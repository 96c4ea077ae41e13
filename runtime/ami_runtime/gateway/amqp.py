"""Publishing batches of records with publisher confirms, each batch in one write.

aiormq's ``basic_publish`` costs a task, a lock round and a drain per message: about
3,000 messages/s on a small machine, far below what one gateway must carry.  This
writes a whole batch's frames with one ``write_queue`` put, under the channel's lock
(so delivery tags stay in step with the broker's count), and registers one
confirmation future per message in the channel's own table, which aiormq's frame
reader resolves (single and ``multiple`` acks alike).  It leans on aiormq internals
(``delivery_tag``, ``confirmations``, ``write_queue``): the version is pinned in
pyproject.toml, and tests/gateway exercises this path in every test.
"""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Sequence

from aiormq import Channel
from aiormq.abc import ChannelFrame
from pamqp import commands as spec
from pamqp.header import ContentHeader

__all__ = ["confirmed", "send_batch"]


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
    """The property flags and list, as pamqp writes them (once per batch, not per record)."""
    header = ContentHeader(properties=properties, body_size=0).marshal()
    return header[_HEADER_START.size :]


def encode_publishes(
    channel_number: int,
    exchange: str,
    items: Sequence[tuple[str, bytes]],
    properties: spec.Basic.Properties,
    max_body: int,
) -> bytes:
    """The frames of one basic.publish per item (method, header, body frames), written
    with struct: pamqp's general marshalling costs more than the rest of a record's trip."""
    props = _encoded_properties(properties)
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


async def send_batch(
    channel: Channel,
    exchange: str,
    items: Sequence[tuple[str, bytes]],
    properties: spec.Basic.Properties,
) -> list[asyncio.Future[object]]:
    """Write ``(routing key, body)`` items in order; one confirmation future each (empty
    when the channel is closed)."""
    loop = asyncio.get_running_loop()
    payload = encode_publishes(
        channel.number, exchange, items, properties, channel.max_content_size
    )
    futures: list[asyncio.Future[object]] = []
    async with channel.lock:
        if channel.is_closed:
            return []
        for _ in items:
            channel.delivery_tag += 1
            future: asyncio.Future[object] = loop.create_future()
            channel.confirmations[channel.delivery_tag] = future
            futures.append(future)
        await channel.write_queue.put(ChannelFrame(payload=payload, should_close=False))
    return futures


async def confirmed(futures: list[asyncio.Future[object]], timeout: float = 30.0) -> int:
    """How many leading futures the broker acked (the rest: nacked, failed, or no
    answer within ``timeout``: the caller publishes them again)."""
    try:
        return await asyncio.wait_for(_acked(futures), timeout)
    except Exception:  # the channel closed (its futures fail) or the broker went quiet
        return sum(1 for _ in _leading_acks(futures))
    finally:
        for future in futures:
            if not future.done():
                future.cancel()


async def _acked(futures: list[asyncio.Future[object]]) -> int:
    done = 0
    for future in futures:
        if not isinstance(await future, spec.Basic.Ack):
            break
        done += 1
    return done


def _leading_acks(futures: list[asyncio.Future[object]]) -> list[object]:
    out = []
    for future in futures:
        if not future.done() or future.cancelled() or future.exception() is not None:
            break
        if not isinstance(future.result(), spec.Basic.Ack):
            break
        out.append(future.result())
    return out
