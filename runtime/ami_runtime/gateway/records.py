"""The JSON the gateway publishes: event records, gap records, ownership records, RPC
replies.  Their schemas are generated from the catalogue (``generated/schemas/``); this
module is the one place that writes them.

Every record names its PBX, the ownership ``epoch`` (one per holding of a PBX by a
gateway process) and ``seq``, numbered from 1 within the epoch with no holes: a
consumer that saw ``seq`` n and then n+2 in one epoch has missed n+1 (a gap record
covers it if the gateway dropped it).
"""

from __future__ import annotations

import functools
import json
from typing import Any

from ..message import Event, Message

__all__ = ["event_record", "gap_record", "headers_of", "message_json", "owner_record"]

#: The record ``type`` of each kind, also the last word of its routing key.
GAP = "AmiGatewayGap"
OWNER = "AmiGatewayOwner"


#: ``json.dumps`` with our options builds an encoder per call; this one is built once.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def headers_of(message: Message) -> dict[str, str | list[str]]:
    """Every header; a header that comes more than once becomes a list, in order."""
    pairs = message.pairs
    out: dict[str, str | list[str]] = dict(pairs)
    if len(out) == len(pairs):
        return out  # no header repeated (most events)
    out = {}
    for key, value in pairs:
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


@functools.lru_cache(maxsize=4096)
def _record_ends(pbx: str, epoch: str, tags: tuple[str, ...]) -> tuple[str, str]:
    """The parts of an event record that a PBX's epoch repeats in every record."""
    head = f'{{"type":"event","pbx":{_encode(pbx)},"epoch":{_encode(epoch)},"seq":'
    return head, f',"tags":{_encode(list(tags))}}}'


@functools.lru_cache(maxsize=4096)
def _record_names(name: str, cls: str) -> str:
    return f',"event":{_encode(name)},"class":{_encode(cls)},"headers":'


def event_record(
    pbx: str, epoch: str, seq: int, received: float, event: Event, tags: tuple[str, ...]
) -> bytes:
    """``{"type":"event","pbx":...,"epoch":...,"seq":...,"received":...,"event":...,
    "class":...,"headers":{...},"tags":[...]}``, compact, as ``json.dumps`` would write
    it; only ``seq``, ``received`` and the headers are encoded per record."""
    head, tail = _record_ends(pbx, epoch, tags)
    names = _record_names(event.name, type(event).__name__)
    body = _encode(headers_of(event))
    return f'{head}{int(seq)!r},"received":{float(received)!r}{names}{body}{tail}'.encode()


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
