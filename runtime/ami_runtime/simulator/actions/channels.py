"""Actions on live channels: Hangup, AbsoluteTimeout, Redirect, Status, CoreShowChannels,
CoreShowChannelMap, PlayDTMF, MuteAudio, SendText, LocalOptimizeAway.

Texts from ``main/manager.c`` (``ast_manager_hangup_helper``, ``action_timeout``,
``action_redirect``, ``action_status``/``generate_status``, ``action_sendtext``),
``main/manager_channels.c`` (``action_coreshowchannels``, ``action_coreshowchannelmap``),
``apps/app_senddtmf.c`` (``manager_play_dtmf``), ``res/res_mutestream.c`` and
``main/core_local.c`` (``manager_optimize_away``).
"""

from __future__ import annotations

import asyncio
import re

from ..events import channel_event, channel_fields
from ..privileges import CLASSES
from ..state import pbx
from ..state.channels import Channel
from .base import Ctx, Handler

__all__ = ["HANDLERS"]

DTMF = CLASSES["dtmf"]
_DIGITS = frozenset("0123456789*#ABCDabcdwW")


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _hangup_regex(ctx: Ctx, pattern: str, cause: int | None) -> None:
    try:
        regex = re.compile(pattern)
    except re.error:
        ctx.error("Invalid regex")
        return
    ctx.list_start("Channels hung up will follow")
    doomed = [c for c in ctx.state.channels.all() if regex.search(c.name)]
    for ch in doomed:
        pbx.request_hangup(ctx.state, ch, _default_cause(ctx, ch, cause), None)
        ctx.item("ChannelHungup", [("Channel", ch.name)], aid_last=True)
    ctx.list_complete("ChannelsHungupListComplete", len(doomed))


def _default_cause(ctx: Ctx, ch: Channel, cause: int | None) -> int | None:
    """No Cause given: a channel that has been bridged or parked ends with a normal
    clearing, any other keeps its own cause (a Local ;2 running dialplan whose ;1 is
    bridged ends with 0, and passes 0 to its ;1)."""
    if cause is None and ch.was_bridged:
        return 16
    return cause


def hangup(ctx: Ctx) -> None:
    """Hang up a channel by name, or every channel matching ``/regex/``."""
    name, cause_text = ctx.get("Channel"), ctx.get("Cause")
    if not name:
        ctx.error("No channel specified")
        return
    cause: int | None = None
    if cause_text:
        if not cause_text.isdigit() or int(cause_text) > 500:
            ctx.error("Invalid cause")
            return
        cause = int(cause_text)
    if len(name) > 1 and name.startswith("/") and name.endswith("/"):
        _hangup_regex(ctx, name[1:-1], cause)
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error("No such channel")
        return
    pbx.request_hangup(ctx.state, ch, _default_cause(ctx, ch, cause), None)
    ctx.ok("Channel Hungup")


def absolutetimeout(ctx: Ctx) -> None:
    """Hang the channel up after ``Timeout`` seconds."""
    name = ctx.get("Channel")
    try:
        seconds = float(ctx.get("Timeout") or 0)
    except ValueError:
        seconds = 0.0
    if not name:
        ctx.error("No channel specified")
    elif seconds <= 0:
        ctx.error("No timeout specified")
    elif (ch := ctx.state.channels.get(name)) is None:
        ctx.error("No such channel")
    else:
        pbx.schedule_timeout(ctx.state, ch, seconds)
        ctx.ok("Timeout Set")


def _priority(text: str) -> int:
    """A priority number; the simulator's dialplan has no labels, so others are invalid."""
    return int(text) if text.lstrip("-").isdigit() else -1


def redirect(ctx: Ctx) -> None:
    """Send a channel (and optionally a second one) elsewhere in the dialplan."""
    name, context, exten, prio = (ctx.get(k) for k in ("Channel", "Context", "Exten", "Priority"))
    for value, what in (
        (name, "Channel"),
        (context, "Context"),
        (exten, "Exten"),
        (prio, "Priority"),
    ):
        if not value:
            ctx.error(f"{what} not specified")
            return
    pi = _priority(prio)
    if pi < 1:
        ctx.error("Priority is invalid")
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error(f"Channel does not exist: {name}")
        return
    name2 = ctx.get("ExtraChannel")
    if not name2:
        if not ctx.state.dialplan.exists(context, exten, pi):
            # ast_async_goto finds nothing there: the channel's dialplan just ends
            ctx.ok("Redirect successful")
            pbx.request_hangup(ctx.state, ch, None, None)
            return
        pbx.redirect(ctx.state, ch, context, exten, pi)
        ctx.ok("Redirect successful")
        return
    ch2 = ctx.state.channels.get(name2)
    if ch2 is None:
        ctx.error(f"ExtraChannel does not exist: {name2}")
        return
    ctx2, exten2 = ctx.get("ExtraContext") or context, ctx.get("ExtraExten") or exten
    pi2 = _priority(ctx.get("ExtraPriority") or str(pi))
    pbx.redirect(ctx.state, ch, context, exten, pi)
    pbx.redirect(ctx.state, ch2, ctx2, exten2, max(pi2, 1))
    ctx.ok("Dual Redirect successful")


def _status_item(ctx: Ctx, ch: Channel) -> None:
    variables = [v.strip() for v in ctx.get("Variables").split(",") if v.strip()]
    if ctx.get("AllVariables").lower() in ("yes", "true", "1", "on", "y", "t"):
        variables = list(ch.variables)
    body = [("Event", "Status"), ("Privilege", "Call"), *channel_fields(ch)]
    body += [
        ("Type", ch.tech), ("DNID", ""), ("EffectiveConnectedLineNum", ch.conn_num or "<unknown>"),
        ("EffectiveConnectedLineName", ch.conn_name or "<unknown>"), ("TimeToHangup", "0"),
        ("BridgeID", ch.bridge_id), ("Application", ch.application), ("Data", ch.data),
        ("Nativeformats", f"({ch.codec})"), ("Readformat", ch.codec), ("Readtrans", ""),
        ("Writeformat", ch.codec), ("Writetrans", ""), ("Callgroup", "0"), ("Pickupgroup", "0"),
        ("Seconds", str(ch.duration())),
    ]  # fmt: skip
    body += [("Variable", f"{v}={_variable(ctx, ch, v)}") for v in variables]
    ctx.send(body + ctx.aid())


def _variable(ctx: Ctx, ch: Channel, name: str) -> str:
    from ..state.functions import read_variable

    if name in ch.variables:
        return ch.variables[name]
    value = read_variable(ctx.state, ch, name)
    return value if value or name.endswith(")") else "(null)"


def status(ctx: Ctx) -> None:
    """Status items (``Privilege: Call``, ActionID last) for one or every channel."""
    name = ctx.get("Channel")
    chans = ctx.state.channels.all()
    if name:
        one = ctx.state.channels.get(name)
        if one is None:
            ctx.error("No such channel")
            return
        chans = [one]
    ctx.list_start("Channel status will follow")
    for ch in chans:
        _status_item(ctx, ch)
    ctx.list_complete("StatusComplete", len(chans), [("Items", str(len(chans)))])


def coreshowchannels(ctx: Ctx) -> None:
    """One CoreShowChannel per live channel."""
    chans = ctx.state.channels.all()
    ctx.list_start("Channels will follow")
    for ch in chans:
        ctx.item("CoreShowChannel", [
            *channel_fields(ch), ("Application", ch.application), ("ApplicationData", ch.data),
            ("Duration", _hms(ch.duration())), ("BridgeId", ch.bridge_id),
        ])  # fmt: skip
    ctx.list_complete("CoreShowChannelsComplete", len(chans))


def coreshowchannelmap(ctx: Ctx) -> None:
    """The channels bridged with the given one."""
    name = ctx.get("Channel")
    if not name:
        ctx.error("Channel must be provided")
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error("Could not get channel snapshot")
        return
    bridge = next((b for b in ctx.state.bridges if ch in b.channels), None)
    peers = [c for c in bridge.channels if c is not ch] if bridge and bridge.type == "basic" else []
    ctx.list_start("Channel map will follow")
    for other in peers:
        ctx.item("CoreShowChannelMap", [("Channel", ch.name), ("ConnectedChannel", other.name)])
    ctx.list_complete("CoreShowChannelMapComplete", len(peers))


async def playdtmf(ctx: Ctx) -> None:
    """Play a digit; the reply comes once it has played (default 100 ms)."""
    ch = ctx.state.channels.get(ctx.get("Channel"))
    digit, duration_text = ctx.get("Digit"), ctx.get("Duration")
    if ch is None:
        ctx.error("Channel not found")
        return
    if not digit:
        ctx.error("No digit specified")
        return
    if duration_text and not duration_text.isdigit():
        ctx.error("Could not convert Duration parameter")
        return
    duration = int(duration_text) if duration_text else 100
    receive = ctx.get("Receive").lower() in ("yes", "true", "1", "on", "y", "t")
    direction = "Received" if receive else "Sent"
    if not receive and ch.peer is not None and ch.peer.alive:
        # written to a Local half, the digit arrives on the other half
        ch, direction = ch.peer, "Received"
    ctx.state.emit(
        channel_event("DTMFBegin", ch, [("Digit", digit[0]), ("Direction", direction)], DTMF)
    )
    if not receive and digit[0] in _DIGITS:
        await asyncio.sleep(duration / 1000)
    end = [("Digit", digit[0]), ("DurationMs", str(duration)), ("Direction", direction)]
    ctx.state.emit(channel_event("DTMFEnd", ch, end, DTMF))
    ctx.ok("DTMF successfully queued")


def muteaudio(ctx: Ctx) -> None:
    """Mute a direction of a channel's audio; a bare Success."""
    name, direction, state = ctx.get("Channel"), ctx.get("Direction"), ctx.get("State")
    for value, what in ((name, "Channel"), (direction, "Direction"), (state, "State")):
        if not value:
            ctx.error(f"{what} not specified")
            return
    if ctx.state.channels.get(name) is None:
        ctx.error("No such channel")
    elif direction not in ("in", "out", "all"):
        ctx.error("Failed to mute/unmute stream")
    else:
        ctx.respond("Success")


def sendtext(ctx: Ctx) -> None:
    """Text to a channel; Local channels accept it."""
    name, text = ctx.get("Channel"), ctx.get("Message")
    if not name:
        ctx.error("No channel specified")
    elif not text:
        ctx.error("No Message specified")
    elif ctx.state.channels.get(name) is None:
        ctx.error("No such channel")
    else:
        ctx.ok("Success")


def localoptimizeaway(ctx: Ctx) -> None:
    """Queue a Local channel for optimization (nothing to optimize in the simulator)."""
    name = ctx.get("Channel")
    if not name:
        ctx.error("'Channel' not specified.")
        return
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error("Channel does not exist.")
    elif ch.tech.lower() != "local":
        ctx.error("Unable to find channel")
    else:
        ctx.ok("Queued channel to be optimized away")


HANDLERS: dict[str, Handler] = {
    "hangup": hangup,
    "absolutetimeout": absolutetimeout,
    "redirect": redirect,
    "status": status,
    "coreshowchannels": coreshowchannels,
    "coreshowchannelmap": coreshowchannelmap,
    "playdtmf": playdtmf,
    "muteaudio": muteaudio,
    "sendtext": sendtext,
    "localoptimizeaway": localoptimizeaway,
}
