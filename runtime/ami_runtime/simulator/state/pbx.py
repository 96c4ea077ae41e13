"""Channel life: creation, state changes, the dialplan runner, redirect and hangup.

Mirrors what Asterisk publishes for each step (``main/channel.c``, ``main/pbx.c``,
``main/manager_channels.c``): Newchannel on allocation, Newstate when the state changes,
Newexten (class dialplan) for every application run, Hangup with ``Cause``/``Cause-txt``
when the channel goes away, and a hangup of one Local half brings the other down
(``main/core_unreal.c``).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from typing import TYPE_CHECKING

from ..events import CALL, SimEvent, bridge_fields, channel_event, channel_fields
from ..events import hangup_cause_text as cause_text
from ..privileges import CLASSES
from .bridges import Bridge
from .channels import Channel

if TYPE_CHECKING:
    from . import State

__all__ = [
    "create_channel",
    "hangup",
    "request_hangup",
    "leave_bridge",
    "set_bridge_peers",
    "redirect",
    "set_state",
    "start_dialplan",
]

DIALPLAN = CLASSES["dialplan"]


def create_channel(
    state: State,
    name: str,
    context: str,
    exten: str,
    *,
    uniqueid: str | None = None,
    linkedid: str | None = None,
    chan_state: int = 0,
    device: str = "",
    accountcode: str = "",
) -> Channel:
    """Allocate, register and announce a channel (Newchannel)."""
    uid = uniqueid or state.channels.next_uniqueid()
    ch = Channel(name, uid, linkedid or uid, context, exten, state=chan_state, device=device)
    ch.accountcode = accountcode
    state.channels.add(ch)
    state.emit(channel_event("Newchannel", ch))
    return ch


def set_state(state: State, ch: Channel, new: int) -> None:
    """Change a channel's state: Newstate, then the device state it implies."""
    if ch.state == new or not ch.alive:
        return
    ch.state = new
    state.emit(channel_event("Newstate", ch))
    if new == 6:
        ch.answered.set()
    if ch.device:
        state.device_changed(ch.device)


def start_dialplan(state: State, ch: Channel) -> None:
    """Run the channel's dialplan from its current context/exten/priority."""
    from .apps import run_dialplan

    old = ch.task
    ch.launched = True
    ch.task = asyncio.get_running_loop().create_task(run_dialplan(state, ch))
    if old is not None and old is not asyncio.current_task():
        old.cancel()


def redirect(state: State, ch: Channel, context: str, exten: str, priority: int) -> None:
    """``ast_async_goto``: leave any bridge and continue at the new location."""
    ch.after_bridge = None
    leave_bridge(state, ch, hang_up_others=False)
    ch.context, ch.exten, ch.priority = context, exten, priority
    start_dialplan(state, ch)


def set_bridge_peers(state: State, bridge: Bridge) -> None:
    """BRIDGEPEER on every channel of a two-party bridge (empty once it breaks up)."""
    for ch in bridge.channels:
        others = [c.name for c in bridge.channels if c is not ch]
        state.set_variable(ch, "BRIDGEPEER", ",".join(others))


def leave_bridge(
    state: State, ch: Channel, *, hang_up_others: bool = True, resume: bool = False
) -> None:
    """Take a channel out of its bridge; a basic bridge with one channel left breaks up.
    A channel put in the bridge by the Bridge action (or left behind) goes on in the
    dialplan where the action left it when ``resume``; otherwise the one left behind
    hangs up when ``hang_up_others``."""
    bridge = next((b for b in state.bridges if ch in b.channels), None)
    if bridge is None:
        return
    breaking = bridge.type == "basic" and len(bridge.channels) <= 2
    if breaking:
        for member in bridge.channels:
            if member.variables.get("BRIDGEPEER"):
                state.set_variable(member, "BRIDGEPEER", "")
    bridge.channels.remove(ch)
    ch.bridge_id = ""
    body = (*bridge_fields(bridge), *channel_fields(ch))
    state.emit(SimEvent("BridgeLeave", CALL, body))
    if resume:
        _after_bridge(state, ch)
    if not breaking:
        return
    for other in list(bridge.channels):
        if hang_up_others and other.after_bridge is None:
            hangup(state, other, 16)
        else:
            leave_bridge(state, other, hang_up_others=False, resume=True)
    if bridge in state.bridges and not bridge.channels:
        state.bridges.remove(bridge)
        state.emit(SimEvent("BridgeDestroy", CALL, tuple(bridge_fields(bridge))))


def _after_bridge(state: State, ch: Channel) -> None:
    """``ast_bridge_set_after_go_on``: continue at the location saved on entry."""
    target, ch.after_bridge = ch.after_bridge, None
    if target is None or not ch.alive:
        return
    ch.context, ch.exten, ch.priority = target
    start_dialplan(state, ch)


def _forget(state: State, ch: Channel) -> None:
    """Drop every reference other state keeps to a dead channel."""
    for queue in state.queues.values():
        queue.entries = [e for e in queue.entries if e.channel is not ch]
    for space, parked in list(state.parking.calls.items()):
        if parked.channel is ch:
            from .parking import parked_fields

            # the parkee hung up while parked
            state.emit(SimEvent("ParkedCallGiveUp", CALL, tuple(parked_fields(state, parked))))
            del state.parking.calls[space]
            state.publish_device(f"park:{space}@{state.parking.context}", "NOT_INUSE")


def take_held_callerid(state: State, ch: Channel) -> None:
    """Apply the caller ID a Local peer passed on (NewCallerid), if there is one."""
    if ch.held_callerid is None or not ch.alive:
        return
    (ch.cid_name, ch.cid_num), ch.held_callerid = ch.held_callerid, None
    pres = [("CID-CallingPres", "0 (Presentation Allowed, Not Screened)")]
    state.emit(channel_event("NewCallerid", ch, pres))


def request_hangup(
    state: State, ch: Channel, cause: int | None, event: str | None = "HangupRequest", *,
    with_cause: bool = True, keep_own: bool = False,
) -> None:  # fmt: skip
    """Ask a channel to hang up (``ast_queue_hangup_with_cause``, ``ast_softhangup``):
    publish ``event`` (HangupRequest for a Local peer; nothing for the AMI action), set
    the cause when there is one; a channel running dialplan stops its application and
    ends its dialplan (SoftHangupRequest, the ``h`` extension, Hangup), any other hangs
    up at once.  ``keep_own``: a cause the channel already has stays."""
    if not ch.alive or ch.hangup_requested:
        return
    if event is not None:
        shown = [("Cause", str(cause if cause is not None else ch.hangup_cause))]
        state.emit(channel_event(event, ch, shown if with_cause else []))
    if cause is not None and not (ch.hangup_cause and (keep_own or not cause)):
        ch.hangup_cause = cause
    if (ch.bridge_id or ch.was_bridged) and not ch.hangup_cause:
        ch.hangup_cause = 16  # a channel that has been bridged ends normally
    if ch.in_pbx or ch.dialing:
        ch.hangup_requested = True
        if ch.app_task is not None:
            ch.app_task.cancel()
        return
    hangup(state, ch, ch.hangup_cause)


def hangup(state: State, ch: Channel, cause: int = 16, *, request: str | None = None) -> None:
    """Hang a channel up now; ``request`` names the request event to publish first."""
    if not ch.alive:
        return
    if request is not None:
        state.emit(channel_event(request, ch, [("Cause", str(cause))]))
    ch.alive = False
    ch.hangup_cause = cause
    if ch.timeout_handle is not None:
        ch.timeout_handle.cancel()
    if ch.task is not None and ch.task is not asyncio.current_task():
        ch.task.cancel()
    if ch.agi_queue is not None:
        state.emit(channel_event("AsyncAGIEnd", ch, category=CLASSES["agi"]))
        ch.agi_queue = None
    leave_bridge(state, ch)
    _forget(state, ch)
    rtp_qos(state, ch)
    extra = [("Cause", str(cause)), ("Cause-txt", cause_text(cause))]
    state.emit(channel_event("Hangup", ch, extra))
    state.channels.remove(ch)
    if ch.device:
        state.device_changed(ch.device)
    peer = ch.peer
    if peer is not None and peer.alive:
        status = ch.variables.get("DIALSTATUS")
        if status and ch.name.endswith(";2") and ch.tech.lower() == "local":
            state.set_variable(peer, "CHANLOCALSTATUS", status)  # chan_local's hangup
        if peer.tech.upper() == "PJSIP":  # a BYE: the far side's RTP ends, no cause
            rtp_qos(state, peer)
            request_hangup(state, peer, cause, with_cause=False)
            from ..actions.pjsip import loopback_auth_state

            loopback_auth_state(state, peer.device.partition("/")[2])
        else:
            # the request carries this side's cause; a ;2 side that has a cause of its
            # own (Busy, Congestion) keeps it, as chan_local
            keep = ch.name.endswith(";1") and ch.tech.lower() == "local"
            request_hangup(state, peer, cause, keep_own=keep)


_QOS = (
    ("RTPAUDIOQOS", "ssrc={ssrc};themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;"
     "txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000"),
    ("RTPAUDIOQOSJITTER", "".join(
        f"{k}jitter=000.000000;" for k in ("minrx", "maxrx", "avgrx", "stdevrx", "mintx", "maxtx",
                                           "avgtx", "stdevtx"))),
    ("RTPAUDIOQOSLOSS", "".join(
        f"  {k}lost=000.000000;" for k in ("minrx", "maxrx", "avgrx", "stdevrx", "mintx", "maxtx",
                                           "avgtx", "stdevtx"))),
    ("RTPAUDIOQOSRTT", "".join(f"     {k}rtt=000.000000;" for k in ("min", "max", "avg", "stdev"))),
    ("RTPAUDIOQOSMES", "".join(
        f"   {k}mes=000.000000;" for k in ("minrx", "maxrx", "avgrx", "stdevrx", "mintx", "maxtx",
                                          "avgtx", "stdevtx"))),
)  # fmt: skip


def rtp_qos(state: State, ch: Channel) -> None:
    """The RTP statistics a PJSIP channel that had media sets when its RTP ends
    (``RTPAUDIOQOS*``, ``chan_pjsip``); no packet ever flows in the simulator."""
    if ch.tech.upper() != "PJSIP" or not ch.answered.is_set() or ch.variables.get("RTPAUDIOQOS"):
        return
    ssrc = str(random.randrange(10**9, 2**32))  # noqa: S311 - an RTP SSRC, not a secret
    for name, value in _QOS:
        state.set_variable(ch, name, value.format(ssrc=ssrc))


def schedule_timeout(state: State, ch: Channel, seconds: float) -> None:
    """AbsoluteTimeout: hang up after ``seconds`` (cause 0 is what a timeout gives)."""
    if ch.timeout_handle is not None:
        ch.timeout_handle.cancel()
    loop = asyncio.get_running_loop()
    ch.timeout_handle = loop.call_later(seconds, lambda: request_hangup(state, ch, None, None))


async def cancel_task(task: asyncio.Task[None] | None) -> None:
    """Cancel a task and wait for it (used at shutdown)."""
    if task is None or task.done():
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
