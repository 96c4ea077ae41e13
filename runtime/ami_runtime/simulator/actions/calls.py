"""Originate, the Bridge family, parking and AGI.

Texts from ``main/manager.c`` (``action_originate``, ``fast_originate``), ``main/features.c``
(``action_bridge``), ``main/manager_bridges.c``, ``res/parking/parking_manager.c`` and
``res/res_agi.c`` (``action_add_agi_cmd``).
"""

from __future__ import annotations

import re

from ..events import CALL, SimEvent, bridge_fields, channel_event, channel_fields
from ..privileges import CLASSES
from ..state.calls import OriginateRequest, bridge_channels, parse_callerid
from ..state.calls import originate as place_call
from .base import Ctx, Handler

__all__ = ["HANDLERS", "split_variables"]

SYSTEM = CLASSES["system"]
_NEED_SYSTEM_APPS = frozenset(
    {"agi", "exec", "system", "originate", "mixmonitor", "externalivr", "dbdeltree", "reload"}
)
_NEED_SYSTEM_FUNCS = re.compile(r"(SHELL|EVAL|CURL|DB|FILE|ODBC|REALTIME)\(", re.I)


def _split_args(text: str) -> list[str]:
    """``__ast_app_separate_args``: commas split except inside quotes, () and []."""
    out, cur, depth, quoted, escaped = [], [], 0, False, False
    for ch in text:
        if escaped:
            cur.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch in "([" and not quoted:
            depth += 1
            cur.append(ch)
        elif ch in ")]" and not quoted:
            depth = max(0, depth - 1)
            cur.append(ch)
        elif ch == "," and not quoted and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def split_variables(values: list[str]) -> list[tuple[str, str]]:
    """Every ``Variable:`` header, split into ``name=value`` pairs (at most 64 each)."""
    pairs = []
    for value in values:
        for part in _split_args(value)[:64]:
            name, eq, val = part.partition("=")
            if eq and name:
                pairs.append((name, val))
    return pairs


def _originate_event(ctx: Ctx, req: OriginateRequest, ok: bool, reason: int, uid: str,
                     chan: str) -> SimEvent:  # fmt: skip
    body = [*ctx.aid(), ("Response", "Success" if ok else "Failure"), ("Channel", chan)]
    if req.application:
        body += [("Application", req.application), ("Data", req.data)]
    else:
        body += [("Context", req.context), ("Exten", req.exten)]
    name, num = parse_callerid(req.callerid) if req.callerid else ("", "")
    body += [("Reason", str(reason)), ("Uniqueid", uid), ("CallerIDNum", num or "<unknown>"),
             ("CallerIDName", name or "<unknown>")]  # fmt: skip
    return SimEvent("OriginateResponse", CALL, tuple(body))


async def _async_originate(ctx: Ctx, req: OriginateRequest) -> None:
    result = await place_call(ctx.state, req)
    chan = result.channel
    uid = chan.uniqueid if chan else (req.channel_id or "<unknown>")
    event = _originate_event(ctx, req, result.success, result.reason, uid,
                             chan.name if chan else req.channel)  # fmt: skip
    ctx.state.emit(event)


def _request(ctx: Ctx) -> OriginateRequest | str:
    channel, prio, timeout = ctx.get("Channel"), ctx.get("Priority"), ctx.get("Timeout")
    if not channel:
        return "Channel not specified"
    if prio and not prio.isdigit():
        return "Invalid priority"
    if timeout and not timeout.isdigit():
        return "Invalid timeout"
    if "/" not in channel:
        return "Invalid channel"
    if ctx.get("Exten") and not ctx.get("Context") and not ctx.get("Application"):
        return "Extension does not exist."
    app, data = ctx.get("Application"), ctx.get("Data")
    forbidden = app.lower() in _NEED_SYSTEM_APPS or _NEED_SYSTEM_FUNCS.search(data)
    if app and forbidden and not ctx.session.writeperm & SYSTEM:
        return "Originate Access Forbidden: app or data blacklisted"
    return OriginateRequest(
        channel=channel, context=ctx.get("Context") or "default", exten=ctx.get("Exten") or "s",
        priority=int(prio or 1), application=app, data=data,
        timeout_ms=int(timeout) if timeout else 30000, callerid=ctx.get("CallerID"),
        variables=split_variables(ctx.request.get_all("Variable")), account=ctx.get("Account"),
        channel_id=ctx.get("ChannelId"), other_channel_id=ctx.get("OtherChannelId"),
    )  # fmt: skip


async def originate(ctx: Ctx) -> None:
    """Place a call; ``Async: true`` answers at once and reports with OriginateResponse."""
    req = _request(ctx)
    if isinstance(req, str):
        ctx.error(req)
        return
    if ctx.get("Async").lower() in ("true", "yes", "1", "on", "y", "t"):
        ctx.ok("Originate successfully queued")
        ctx.state.spawn(_async_originate(ctx, req))
        return
    result = await place_call(ctx.state, req)
    if result.success:
        ctx.ok("Originate successfully queued")
    else:
        ctx.error("Originate failed")


def bridge(ctx: Ctx) -> None:
    """Bridge two existing channels (found by name prefix)."""
    name1, name2 = ctx.get("Channel1"), ctx.get("Channel2")
    if not name1 or not name2:
        ctx.error("Missing channel parameter in request")
        return
    one = ctx.state.channels.get_prefix(name1)
    if one is None:
        ctx.error(f"Channel1 does not exist: {name1}")
        return
    two = ctx.state.channels.get_prefix(name2)
    if two is None:
        ctx.error(f"Channel2 does not exist: {name2}")
        return
    bridge_channels(ctx.state, one, two)
    ctx.ok("Channels have been bridged")


def bridgelist(ctx: Ctx) -> None:
    """Every bridge, or with ``BridgeType`` those whose technology it names: Asterisk
    compares the filter with the bridge's technology (``simple_bridge``,
    ``holding_bridge``...), not with the type its events show (``basic``)."""
    kind = ctx.get("BridgeType")
    bridges = [b for b in ctx.state.bridges if not kind or b.technology == kind]
    ctx.list_start("Bridge listing will follow")
    for b in bridges:
        ctx.item("BridgeListItem", bridge_fields(b))
    ctx.list_complete("BridgeListComplete", len(bridges))


def _find_bridge(ctx: Ctx) -> object | None:
    uid = ctx.get("BridgeUniqueid")
    if not uid:
        ctx.error("BridgeUniqueid must be provided")
        return None
    found = next((b for b in ctx.state.bridges if b.uniqueid == uid), None)
    if found is None:
        ctx.error("Specified BridgeUniqueid not found")
    return found


def bridgeinfo(ctx: Ctx) -> None:
    """A bridge's channels, then its fields in the completion event."""
    from ..state.bridges import Bridge

    b = _find_bridge(ctx)
    if not isinstance(b, Bridge):
        return
    ctx.list_start("Bridge channel listing will follow")
    for ch in b.channels:
        ctx.item("BridgeInfoChannel", channel_fields(ch))
    ctx.list_complete("BridgeInfoComplete", len(b.channels), bridge_fields(b))


def agi(ctx: Ctx) -> None:
    """Queue a command for a channel in async AGI."""
    name, command = ctx.get("Channel"), ctx.get("Command")
    if not name or not command:
        ctx.error("Both, Channel and Command are *required*")
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error(f"Channel {name} does not exist.")
        return
    if ch.agi_queue is None:
        ctx.error(f"Failed to add AGI command to channel {ch.name} queue")
        return
    ch.agi_queue.put_nowait((command, ctx.get("CommandID")))
    ctx.ok("Added AGI command to queue")


HANDLERS: dict[str, Handler] = {
    "originate": originate,
    "bridge": bridge,
    "bridgelist": bridgelist,
    "bridgeinfo": bridgeinfo,
    "agi": agi,
}


# -- bridge management (main/manager_bridges.c, main/bridge.c) ---------------------------

#: ``bridge technology show types`` on the real servers: (name, type, priority).
BRIDGE_TECHNOLOGIES = (
    ("native_rtp", "Native", 90), ("holding_bridge", "Holding", 50),
    ("simple_bridge", "1to1Mix", 50), ("softmix", "MultiMix", 10),
)  # fmt: skip


def bridgekick(ctx: Ctx) -> None:
    """Kick a channel out of its bridge (or of ``BridgeUniqueid``)."""
    from ..state import pbx

    name, uid = ctx.get("Channel"), ctx.get("BridgeUniqueid")
    if not name:
        ctx.error("Channel must be provided")
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error("Channel does not exist")
        return
    bridge = next((b for b in ctx.state.bridges if ch in b.channels), None)
    if uid and (bridge is None or bridge.uniqueid != uid):
        known = any(b.uniqueid == uid for b in ctx.state.bridges)
        ctx.error("Channel is not in the bridge" if known else f"Bridge {uid} not found")
        return
    if bridge is None:
        ctx.error("Channel is not in a bridge")
        return
    ctx.ok("Channel has been kicked")
    pbx.leave_bridge(ctx.state, ch, hang_up_others=True, resume=True)


def bridgedestroy(ctx: Ctx) -> None:
    """End a bridge: every channel leaves it."""
    from ..state import pbx

    uid = ctx.get("BridgeUniqueid")
    if not uid:
        ctx.error("BridgeUniqueid must be provided")
        return
    bridge = next((b for b in ctx.state.bridges if b.uniqueid == uid), None)
    if bridge is None:
        ctx.error("Specified BridgeUniqueid not found")
        return
    ctx.ok("Bridge has been destroyed")
    for ch in list(reversed(bridge.channels)):
        pbx.leave_bridge(ctx.state, ch, hang_up_others=False, resume=True)
    if bridge in ctx.state.bridges and bridge is not ctx.state.parking.bridge:
        ctx.state.bridges.remove(bridge)
        if not bridge.channels:
            ctx.state.emit(SimEvent("BridgeDestroy", CALL, tuple(bridge_fields(bridge))))


def bridgetechnologylist(ctx: Ctx) -> None:
    """The bridge technologies and whether each is suspended."""
    ctx.list_start("Bridge technology listing will follow")
    for name, kind, priority in BRIDGE_TECHNOLOGIES:
        suspended = "Yes" if name in ctx.state.suspended_technologies else "No"
        ctx.item("BridgeTechnologyListItem", [
            ("BridgeTechnology", name), ("BridgeType", kind), ("BridgePriority", str(priority)),
            ("BridgeSuspended", suspended),
        ])  # fmt: skip
    ctx.list_complete("BridgeTechnologyListComplete", len(BRIDGE_TECHNOLOGIES))


def _suspend(suspend: bool) -> Handler:
    def handler(ctx: Ctx) -> None:
        name = ctx.get("BridgeTechnology")
        if not name:
            ctx.error("BridgeTechnology must be provided")
            return
        if name not in {t[0] for t in BRIDGE_TECHNOLOGIES}:
            ctx.error("BridgeTechnology not found")
            return
        if suspend:
            ctx.state.suspended_technologies.add(name)
            ctx.ok("Suspended bridge technology")
        else:
            ctx.state.suspended_technologies.discard(name)
            ctx.ok("Unsuspended bridge technology")

    handler.__doc__ = f"{'Suspend' if suspend else 'Unsuspend'} a bridge technology."
    return handler


def blindtransfer(ctx: Ctx) -> None:
    """Blind transfer (``action_blind_transfer``, ``ast_bridge_transfer_blind``): the
    other party of the transferer's bridge goes to Exten@Context."""
    from ..state import pbx

    ch = ctx.named_channel(with_exten=True)
    if ch is None:
        return
    exten = ctx.get("Exten")
    context = ctx.get("Context") or ch.context
    bridge = next((b for b in ctx.state.bridges if ch in b.channels), None)
    head = [*channel_fields(ch, "Transferer")]
    tail = [("IsExternal", "Yes"), ("Context", context), ("Extension", exten)]
    if bridge is None or len(bridge.channels) != 2:
        ctx.error("Transfer invalid")
        ctx.state.emit(SimEvent("BlindTransfer", CALL, (("Result", "Invalid"), *head, *tail)))
        return
    other = next(c for c in bridge.channels if c is not ch)
    ctx.ok("Transfer succeeded")
    state = ctx.state
    state.emit(channel_event("Unhold", ch))
    state.set_variable(ch, "BLINDTRANSFER", other.name)
    state.set_variable(other, "BLINDTRANSFER", ch.name)
    body = (("Result", "Success"), *head, *channel_fields(other, "Transferee"),
            *bridge_fields(bridge), *tail)  # fmt: skip
    state.set_variable(ch, "BRIDGEPEER", "")
    state.emit(SimEvent("BlindTransfer", CALL, body))
    state.set_variable(other, "BRIDGEPEER", "")
    other.after_bridge = (context, exten, 1)
    other.context, other.exten, other.priority = context, exten, 1
    pbx.leave_bridge(state, ch, hang_up_others=True, resume=True)


HANDLERS.update({
    "bridgekick": bridgekick,
    "bridgedestroy": bridgedestroy,
    "bridgetechnologylist": bridgetechnologylist,
    "bridgetechnologysuspend": _suspend(True),
    "bridgetechnologyunsuspend": _suspend(False),
    "blindtransfer": blindtransfer,
})  # fmt: skip
