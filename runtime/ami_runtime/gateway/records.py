"""The JSON the gateway publishes: event records, gap records, ownership records, RPC
replies.  Their schemas are generated from the catalogue (``generated/schemas/``); this
module is the one place that writes them.

Every record names its PBX, the ownership ``epoch`` (one per holding of a PBX by a
gateway process) and ``seq``, numbered from 1 within the epoch with no holes: a
consumer that saw ``seq`` n and then n+2 in one epoch has missed n+1 (a gap record
covers it if the gateway dropped it).
"""

from __future__ import annotations

import json
from typing import Any

from ..message import Event, Message

__all__ = ["event_record", "gap_record", "headers_of", "message_json", "owner_record"]

#: The record ``type`` of each kind, also the last word of its routing key.
GAP = "AmiGatewayGap"
OWNER = "AmiGatewayOwner"


def headers_of(message: Message) -> dict[str, str | list[str]]:
    """Every header; a header that comes more than once becomes a list, in order."""
    out: dict[str, str | list[str]] = {}
    for key, value in message.pairs:
        have = out.get(key)
        if have is None:
            out[key] = value
        elif isinstance(have, list):
            have.append(value)
        else:
            out[key] = [have, value]
    return out


def message_json(message: Message) -> dict[str, Any]:
    """A message (list item, response) as its headers, plus output lines if any."""
    out: dict[str, Any] = {"headers": headers_of(message)}
    if message.lines:
        out["lines"] = list(message.lines)
    return out


def event_record(
    pbx: str, epoch: str, seq: int, received: float, event: Event, tags: tuple[str, ...]
) -> bytes:
    return json.dumps(
        {
            "type": "event",
            "pbx": pbx,
            "epoch": epoch,
            "seq": seq,
            "received": received,
            "event": event.name,
            "class": type(event).__name__,
            "headers": headers_of(event),
            "tags": list(tags),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def gap_record(pbx: str, epoch: str, first: int, last: int, reason: str, at: float) -> bytes:
    """``first``..``last`` (sequence numbers of this epoch) were dropped for ``reason``;
    its own ``seq`` is ``last``, so a consumer sorting by ``seq`` finds it in place."""
    return json.dumps(
        {
            "type": "gap",
            "pbx": pbx,
            "epoch": epoch,
            "seq": last,
            "received": at,
            "event": GAP,
            "first_seq": first,
            "last_seq": last,
            "count": last - first + 1,
            "reason": reason,
        },
        separators=(",", ":"),
    ).encode()


def owner_record(pbx: str, epoch: str, gateway: str, at: float, reason: str) -> bytes:
    """The first record of an epoch (``seq`` 0): who holds the PBX from now on and why.

    Between the previous epoch's last record and this one the PBX's events were seen by
    no gateway: that window is a gap AMI cannot replay, and this record reports it."""
    return json.dumps(
        {
            "type": "owner",
            "pbx": pbx,
            "epoch": epoch,
            "seq": 0,
            "received": at,
            "event": OWNER,
            "gateway": gateway,
            "reason": reason,
        },
        separators=(",", ":"),
    ).encode()
