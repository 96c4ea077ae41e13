"""Parking (``res/parking/parking_manager.c``, ``parking_applications.c``).

A parked channel enters the lot's holding bridge (BridgeEnter) and gets the first free
space; ParkedCall is published, and when the lot's time runs out ParkedCallTimeOut
follows and the call is hung up (the recorded lot has ``comebacktoorigin = yes``, whose
dialback target does not exist in the simulator).
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from ..events import CALL, SimEvent, bridge_fields, channel_fields
from . import pbx
from .bridges import ParkedCall
from .channels import Channel

if TYPE_CHECKING:
    from . import State

__all__ = ["dial_string", "open_parking_bridge", "park_channel", "parked_fields"]

_SUFFIX = re.compile(r"-[0-9a-f]{8}(;[12])?$")


def dial_string(channel_name: str) -> str:
    """``ast_channel_name_to_dial_string``: drop the unique suffix."""
    return _SUFFIX.sub("", channel_name)


def parked_fields(state: State, call: ParkedCall) -> list[tuple[str, str]]:
    """The body shared by ParkedCall events and ParkedCalls items."""
    return [
        *channel_fields(call.channel, "Parkee"),
        ("ParkerDialString", call.parker_dial_string),
        ("Parkinglot", state.parking.name),
        ("ParkingSpace", str(call.space)),
        ("ParkingTimeout", str(call.remaining())),
        ("ParkingDuration", str(call.duration())),
    ]


def park_channel(
    state: State, ch: Channel, *, parker_dial_string: str, timeout_ms: int | None
) -> ParkedCall | None:
    """Park ``ch``; None when the lot is full."""
    lot = state.parking
    space = lot.free_space()
    if space is None:
        return None
    pbx.leave_bridge(state, ch, hang_up_others=False)
    if ch.in_pbx and ch.task is not asyncio.current_task():
        ch.priority += 1  # where it goes on once retrieved (the next priority)
        ch.in_pbx = False
    if ch.task is not None and ch.task is not asyncio.current_task():
        ch.task.cancel()
        ch.task = None
    timeout = lot.parkingtime if timeout_ms is None else max(1, timeout_ms // 1000)
    call = ParkedCall(ch, space, timeout, dial_string(parker_dial_string))
    lot.calls[space] = call
    open_parking_bridge(state)
    ch.was_bridged = True
    state.publish_device(f"park:{space}@{lot.context}", "INUSE")
    lot.bridge.channels.append(ch)
    ch.bridge_id = lot.bridge.uniqueid
    enter = (*bridge_fields(lot.bridge), *channel_fields(ch), ("SwapUniqueid", ""))
    state.emit(SimEvent("BridgeEnter", CALL, tuple(enter[:-1])))
    state.emit(SimEvent("ParkedCall", CALL, tuple(parked_fields(state, call))))
    loop = asyncio.get_running_loop()
    ch.timeout_handle = loop.call_later(timeout, lambda: _time_out(state, call))
    return call


def open_parking_bridge(state: State) -> None:
    """The lot's holding bridge exists from the first call parked on (and stays)."""
    if state.parking.bridge not in state.bridges:
        state.bridges.append(state.parking.bridge)
        state.emit(SimEvent("BridgeCreate", CALL, tuple(bridge_fields(state.parking.bridge))))


def _time_out(state: State, call: ParkedCall) -> None:
    if state.parking.calls.get(call.space) is not call:
        return
    state.emit(SimEvent("ParkedCallTimeOut", CALL, tuple(parked_fields(state, call))))
    del state.parking.calls[call.space]
    state.publish_device(f"park:{call.space}@{state.parking.context}", "NOT_INUSE")
    pbx.hangup(state, call.channel, 16)
