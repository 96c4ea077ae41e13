"""Park, ParkedCalls and Parkinglots (``res/parking/parking_manager.c``).

``Park successful`` ends in a bare LF before the CRLF, as the real reply does.
"""

from __future__ import annotations

from ..state.parking import park_channel, parked_fields
from .base import Ctx, Handler

__all__ = ["HANDLERS"]


def park(ctx: Ctx) -> None:
    """Park a channel in the default lot."""
    name = ctx.get("Channel")
    if not name:
        ctx.error("Channel not specified")
        return
    timeout_text = ctx.get("Timeout")
    if timeout_text and not timeout_text.isdigit():
        ctx.error("Invalid Timeout value.")
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error(f"Channel does not exist: {name}")
        return
    lot = ctx.get("Parkinglot")
    if lot and lot != ctx.state.parking.name:
        ctx.error("Park action failed\n")
        return
    parker = ctx.get("TimeoutChannel") or ctx.get("Channel2") or ch.name
    timeout = int(timeout_text) if timeout_text else None
    if park_channel(ctx.state, ch, parker_dial_string=parker, timeout_ms=timeout) is None:
        ctx.error("Park action failed\n")
        return
    ctx.ok("Park successful\n")


def parkedcalls(ctx: Ctx) -> None:
    """ParkedCall items (ActionID last), then ``ListItems`` and the legacy ``Total``."""
    lot_name = ctx.get("ParkingLot")
    lot = ctx.state.parking
    if lot_name and lot_name != lot.name:
        ctx.error("Requested parking lot could not be found.")
        return
    calls = sorted(lot.calls.values(), key=lambda c: c.space)
    ctx.list_start("Parked calls will follow")
    for call in calls:
        ctx.item("ParkedCall", parked_fields(ctx.state, call), aid_last=True)
    ctx.list_complete("ParkedCallsComplete", len(calls), [("Total", str(len(calls)))])


def parkinglots(ctx: Ctx) -> None:
    """The one lot the recorded server has."""
    lot = ctx.state.parking
    ctx.list_start("Parking lots will follow")
    body = [("Name", lot.name), ("StartSpace", str(lot.start)), ("StopSpace", str(lot.stop))]
    ctx.item("Parkinglot", [*body, ("Timeout", str(lot.parkingtime))])
    ctx.list_complete("ParkinglotsComplete", 1)


HANDLERS: dict[str, Handler] = {
    "park": park,
    "parkedcalls": parkedcalls,
    "parkinglots": parkinglots,
}
