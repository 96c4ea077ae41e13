"""Monitor (``res/res_monitor.c``, gone in 21) and MixMonitor (``apps/app_mixmonitor.c``).

Nothing is recorded: the simulator keeps the per-channel flags the actions check and
answers with their texts, including the quirks (StopMonitor succeeds when nothing was
monitored; MixMonitor and StopMixMonitor reply with a bare Success).
"""

from __future__ import annotations

from ..events import channel_event
from ..state.channels import Channel
from .base import Ctx, Handler

__all__ = ["HANDLERS"]


def _channel(ctx: Ctx) -> Channel | None:
    name = ctx.get("Channel")
    if not name:
        ctx.error("No channel specified")
        return None
    ch = ctx.state.channels.get(name)
    if ch is None:
        ctx.error("No such channel")
    return ch


def monitor(ctx: Ctx) -> None:
    """Start (or rename) monitoring."""
    ch = _channel(ctx)
    if ch is None:
        return
    fname = ctx.get("File") or ch.name.replace("/", "-")
    if ch.monitor is None:
        # res_monitor marks the channel (inherited by the channels it calls)
        ctx.state.set_variable(ch, "__MONITORED", "true")
        ctx.state.emit(channel_event("MonitorStart", ch))
    ch.monitor = {"file": fname, "format": ctx.get("Format") or "wav", "paused": "0"}
    ctx.ok("Started monitoring channel")


def changemonitor(ctx: Ctx) -> None:
    """Rename the recording."""
    if not ctx.get("File") and ctx.get("Channel"):
        ctx.error("No filename specified")
        return
    ch = _channel(ctx)
    if ch is None:
        return
    if ch.monitor is None:
        ctx.error("Could not change monitored filename of channel")
        return
    ch.monitor["file"] = ctx.get("File")
    ctx.ok("Changed monitor filename")


def _pause(ctx: Ctx, paused: bool) -> None:
    ch = _channel(ctx)
    if ch is None:
        return
    verb = "pause" if paused else "unpause"
    if ch.monitor is None:
        ctx.error(f"Could not {verb} monitoring of the channel")
        return
    ch.monitor["paused"] = "1" if paused else "0"
    ctx.ok(f"{verb.capitalize()}d monitoring of the channel")


def pausemonitor(ctx: Ctx) -> None:
    """Pause the recording."""
    _pause(ctx, True)


def unpausemonitor(ctx: Ctx) -> None:
    """Resume the recording."""
    _pause(ctx, False)


def stopmonitor(ctx: Ctx) -> None:
    """Stop; succeeds also when nothing was being monitored."""
    ch = _channel(ctx)
    if ch is None:
        return
    if ch.monitor is not None:
        ch.monitor = None
        ctx.state.emit(channel_event("MonitorStop", ch))
        ctx.state.set_variable(ch, "MONITORED", "")
    ctx.ok("Stopped monitoring channel")


def mixmonitor(ctx: Ctx) -> None:
    """Start MixMonitor; a bare Success."""
    ch = _channel(ctx)
    if ch is None:
        return
    ch.mixmonitor = True
    file = ctx.get("File")
    if file:
        # astspooldir of the fixture's asterisk.conf (the run directory's spool)
        path = file if file.startswith("/") else f"/var/lib/asterisk/spool/monitor/{file}"
        ctx.state.set_variable(ch, "MIXMONITOR_FILENAME", path)
    ctx.state.emit(channel_event("MixMonitorStart", ch))
    ctx.respond("Success")


def mixmonitormute(ctx: Ctx) -> None:
    """Mute a direction of the recording; a bare Success."""
    if not ctx.get("Channel"):
        ctx.error("No channel specified")
        return
    if not ctx.get("Direction"):
        ctx.error("No direction specified")
        return
    if not ctx.get("State"):
        ctx.error("No state specified")
        return
    ch = ctx.state.channels.get(ctx.get("Channel"))
    if ch is None:
        ctx.error("No such channel")
    elif ctx.get("Direction") not in ("read", "write", "both"):
        ctx.error("Invalid direction specified. Must be read, write or both")
    else:
        ctx.respond("Success")
        state = "1" if ctx.get("State").lower() in ("1", "yes", "true", "on") else "0"
        mute = [("Direction", ctx.get("Direction")), ("State", state)]
        ctx.state.emit(channel_event("MixMonitorMute", ch, mute))


def stopmixmonitor(ctx: Ctx) -> None:
    """Stop MixMonitor; an error when none runs."""
    ch = _channel(ctx)
    if ch is None:
        return
    if not ch.mixmonitor:
        ctx.error("Could not stop monitoring channel")
        return
    ch.mixmonitor = False
    ctx.state.emit(channel_event("MixMonitorStop", ch))
    ctx.respond("Success")


HANDLERS: dict[str, Handler] = {
    "monitor": monitor,
    "changemonitor": changemonitor,
    "pausemonitor": pausemonitor,
    "unpausemonitor": unpausemonitor,
    "stopmonitor": stopmonitor,
    "mixmonitor": mixmonitor,
    "mixmonitormute": mixmonitormute,
    "stopmixmonitor": stopmixmonitor,
}
