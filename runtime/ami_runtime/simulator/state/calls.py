"""Originate to ``Local/...`` and the Bridge action.

Originate follows ``main/pbx.c`` (``ast_pbx_outgoing_app``/``_exten``) with chan_local
(``main/core_local.c``): both halves are allocated (Newchannel ;1 Down, ;2 Ring), caller ID
is applied (NewCallerid/NewConnectedLine), LocalBridge and DialBegin are published, ;2
runs the dialplan, and when it answers ;1 goes Up, DialEnd says ANSWER and ;1 runs the
requested application or extension.  OriginateResponse ``Reason`` is 4 when answered, 3
on timeout, 0 when the far side hangs up or the target does not exist
(``pbx_dial_reason``).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..events import CALL, SimEvent, bridge_fields, channel_event, channel_fields
from ..privileges import CLASSES
from . import pbx
from .apps import run_app
from .bridges import Bridge
from .channels import Channel
from .pjsip import PjsipObject

if TYPE_CHECKING:
    from . import State

__all__ = ["OriginateRequest", "OriginateResult", "bridge_channels", "originate"]

DIALPLAN = CLASSES["dialplan"]
_CID = re.compile(r'^\s*(?:"([^"]*)"|([^<]*?))\s*<([^>]*)>\s*$')


@dataclass
class OriginateRequest:
    """What Originate asked for (already validated by the action handler)."""

    channel: str
    context: str = ""
    exten: str = ""
    priority: int = 1
    application: str = ""
    data: str = ""
    timeout_ms: int = 30000
    callerid: str = ""
    variables: list[tuple[str, str]] = field(default_factory=list)
    account: str = ""
    channel_id: str = ""
    other_channel_id: str = ""


@dataclass
class OriginateResult:
    """Outcome: the ;1 channel when one was created, and ``pbx_dial_reason``."""

    success: bool
    reason: int
    channel: Channel | None = None


def parse_callerid(text: str) -> tuple[str, str]:
    """``"Name" <num>`` -> (name, num); a bare number is a number (``ast_callerid_parse``)."""
    match = _CID.match(text)
    if match is not None:
        return (match.group(1) if match.group(1) is not None else match.group(2)), match.group(3)
    text = text.strip()
    return ("", text) if text.replace("+", "").isdigit() else (text, "")


def _apply_callerid(state: State, one: Channel, two: Channel, cid: str) -> None:
    name, num = parse_callerid(cid)
    pres = [("CID-CallingPres", "0 (Presentation Allowed, Not Screened)")]
    one.cid_name, one.cid_num = name, num
    state.emit(channel_event("NewCallerid", one, pres))
    one.conn_name, one.conn_num = name, num
    state.emit(channel_event("NewConnectedLine", one))
    two.cid_name, two.cid_num, two.conn_name, two.conn_num = name, num, name, num
    state.emit(channel_event("NewCallerid", two, pres))
    state.emit(channel_event("NewConnectedLine", two))


def _local_pair(state: State, req: OriginateRequest) -> tuple[Channel, Channel]:
    """Allocate both halves (``local_request``), the ;1 side placed as a dial's outgoing
    line (Newexten AppDial2); LocalBridge and DialBegin only when the target exists."""
    data = req.channel.split("/", 1)[1]
    target, _, options = data.partition("/")
    exten, _, context = target.partition("@")
    context = context or "default"
    base = f"Local/{exten}@{context}-{state.channels.next_local_suffix()}"
    device = f"Local/{exten}@{context}"
    uid1 = req.channel_id or state.channels.next_uniqueid()
    uid2 = req.other_channel_id or (f"{req.channel_id};2" if req.channel_id else "")
    one = pbx.create_channel(
        state, base + ";1", context, exten, uniqueid=uid1, device=device, accountcode=req.account
    )
    two = pbx.create_channel(
        state, base + ";2", context, exten, uniqueid=uid2 or None, linkedid=one.linkedid,
        chan_state=4, device=device, accountcode=req.account,
    )  # fmt: skip
    one.peer, two.peer = two, one
    outgoing = [("Extension", exten), ("Application", "AppDial2"), ("AppData", "(Outgoing Line)")]
    state.emit(channel_event("Newexten", one, outgoing, category=DIALPLAN))
    if not state.dialplan.exists(context, exten):
        return one, two
    if req.callerid:
        _apply_callerid(state, one, two, req.callerid)
    for name, value in reversed(req.variables):  # Asterisk's list is built by prepending
        state.set_variable(one, name, value)
    optimize = "No" if "n" in options else "Yes"
    local = [*channel_fields(one, "LocalOne"), *channel_fields(two, "LocalTwo")]
    local += [("Context", context), ("Exten", exten), ("LocalOptimization", optimize)]
    state.emit(SimEvent("LocalBridge", CALL, tuple(local)))
    for name, value in req.variables:  # local_call copies them to the ;2 side, in order
        state.set_variable(two, name, value)
    state.emit(SimEvent("DialBegin", CALL, (*channel_fields(one, "Dest"), ("DialString", data))))
    return one, two


def _pjsip_pair(state: State, req: OriginateRequest) -> tuple[Channel, Channel] | None:
    """``PJSIP/[exten@]endpoint``: an outgoing channel to the endpoint's contact.  When
    that contact is this server (the fixture's endpoints call each other), the INVITE
    comes back in as the endpoint named by the dialled one's ``from_user`` and runs
    ``exten`` in that endpoint's context.  None: no such endpoint or no contact here."""
    from ..actions.pjsip import loopback_auth_state

    data = req.channel.split("/", 1)[1]
    exten, _, endpoint_name = data.rpartition("@")
    pj = state.pjsip
    endpoint = pj.endpoint(endpoint_name)
    if endpoint is None:
        return None
    aors = [a.strip() for a in endpoint.get("aors").split(",") if a.strip()]
    contacts = [u for a in aors for u in (pj.contacts(a) + state.pjsip_registered.get(a, []))]
    binds = {t.get("bind") for t in pj.of("transport").values()}
    inbound = pj.endpoint(endpoint.get("from_user"))
    if not contacts or inbound is None:
        return None
    host = contacts[0].split("@", 1)[-1].split(";", 1)[0]
    if host not in binds:
        return None
    exten = exten or contacts[0].split(":", 1)[-1].split("@", 1)[0]
    one = _pjsip_channel(state, endpoint, req.channel_id or None, "s", 0)
    outgoing = [("Extension", "s"), ("Application", "AppDial2"), ("AppData", "(Outgoing Line)")]
    state.emit(channel_event("Newexten", one, outgoing, category=DIALPLAN))
    for name, value in req.variables:
        state.set_variable(one, name, value)
    loopback_auth_state(state, inbound.name)
    state.emit(SimEvent("DialBegin", CALL, (*channel_fields(one, "Dest"), ("DialString", data))))
    context = inbound.get("context") or "default"
    two = _pjsip_channel(state, inbound, req.other_channel_id or None, exten, 4, context)
    state.set_variable(two, "SIPDOMAIN", host.split(":", 1)[0])
    one.peer, two.peer = two, one
    return one, two


def _pjsip_channel(
    state: State, endpoint: PjsipObject, uniqueid: str | None, exten: str, chan_state: int,
    context: str | None = None,
) -> Channel:  # fmt: skip
    name = f"PJSIP/{endpoint.name}-{state.channels.next_tech_suffix('PJSIP')}"
    ch = Channel(
        name, "", "", context or endpoint.get("context") or "default", exten, state=chan_state,
        device=f"PJSIP/{endpoint.name}",
    )  # fmt: skip
    ch.cid_name, ch.cid_num = parse_callerid(endpoint.get("callerid"))
    ch.accountcode = endpoint.get("accountcode")
    ch.language = endpoint.get("language") or "en"
    ch.uniqueid = ch.linkedid = uniqueid or state.channels.next_uniqueid()
    state.channels.add(ch)
    state.emit(channel_event("Newchannel", ch))
    return ch


#: DialStatus for a callee that hung up before answering, by its cause (chan_local turns
#: 17 into a BUSY control frame and 34 into CONGESTION; anything else is no answer).
_DIAL_STATUS = {17: "BUSY", 34: "CONGESTION"}


def _dial_end(state: State, one: Channel, status: str) -> None:
    state.emit(SimEvent("DialEnd", CALL, (*channel_fields(one, "Dest"), ("DialStatus", status))))


async def _wait_answer(one: Channel, two: Channel, timeout: float) -> str:
    """``answered``, ``hangup`` (either side) or ``timeout``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while two.alive and not one.hangup_requested:
        if two.indicated:
            return two.indicated
        left = deadline - loop.time()
        if left <= 0:
            return "timeout"
        try:
            await asyncio.wait_for(two.answered.wait(), min(left, 0.05))
            return "answered"
        except asyncio.TimeoutError:
            continue
    return "hangup"


async def originate(state: State, req: OriginateRequest) -> OriginateResult:
    """Place the call; resolves once it is answered or has failed."""
    tech = req.channel.split("/", 1)[0].lower()
    if tech == "pjsip":
        pjsip_pair = _pjsip_pair(state, req)
        if pjsip_pair is None:
            return OriginateResult(False, 0)
        one, two = pjsip_pair
    elif tech == "local":
        one, two = _local_pair(state, req)
    elif tech == "sip" and state.sip_peers.get(req.channel.split("/", 1)[1].split("/")[0]):
        # a chan_sip peer: the INVITE goes out and nothing answers it (no far end in the
        # simulator); the call fails when the originate timeout runs out.  The real
        # server publishes no event for it meanwhile.
        state.channels.next_tech_suffix("SIP")
        await asyncio.sleep(req.timeout_ms / 1000)
        return OriginateResult(False, 0)
    else:
        return OriginateResult(False, 0)
    if not state.dialplan.exists(two.context, two.exten):
        one.peer = two.peer = None  # nothing to pass on: both halves just go
        pbx.hangup(state, two, 0)
        pbx.hangup(state, one, 0)
        return OriginateResult(False, 0)
    pbx.start_dialplan(state, two)
    one.dialing = True
    outcome = await _wait_answer(one, two, req.timeout_ms / 1000)
    one.dialing = False
    pbx.take_held_callerid(state, one)
    if outcome == "timeout":
        pbx.request_hangup(state, two, 19)
        pbx.hangup(state, one, 19)
        return OriginateResult(False, 3)
    if outcome in ("busy", "congestion"):
        # the callee indicated it without hanging up: the dialer gives up and hangs up
        _dial_end(state, one, outcome.upper())
        one.dialing = False
        pbx.hangup(state, one, 0)
        return OriginateResult(False, 5 if outcome == "busy" else 8)
    if outcome == "hangup":
        _dial_end(state, one, _DIAL_STATUS.get(two.hangup_cause, "NOANSWER"))
        pbx.hangup(state, one, one.hangup_cause if one.hangup_requested else two.hangup_cause)
        return OriginateResult(False, 0)
    pbx.set_state(state, one, 6)
    _dial_end(state, one, "ANSWER")
    if req.application:
        one.task = asyncio.get_running_loop().create_task(_run_then_hangup(state, one, req))
    else:
        one.context, one.exten, one.priority = req.context, req.exten, req.priority
        pbx.start_dialplan(state, one)
    return OriginateResult(True, 4, one)


async def _run_then_hangup(state: State, one: Channel, req: OriginateRequest) -> None:
    try:
        await run_app(state, one, req.application, req.data)
        pbx.hangup(state, one, one.hangup_cause)
    except asyncio.CancelledError:
        return


def bridge_channels(state: State, first: Channel, second: Channel) -> Bridge:
    """The Bridge action: pull both channels out of what they run into a basic bridge;
    when it breaks up each goes on in the dialplan after where it was (the next priority
    for a channel in the dialplan, its own location for one running an application)."""
    for ch in (first, second):
        pbx.leave_bridge(state, ch, hang_up_others=False)
        if ch.in_pbx:
            ch.priority += 1
        ch.after_bridge = (ch.context, ch.exten, ch.priority)
        if ch.task is not None:
            ch.task.cancel()
            ch.task = None
        ch.in_pbx = False
        pbx.set_state(state, ch, 6)
    bridge = Bridge()
    state.bridges.append(bridge)
    state.emit(SimEvent("BridgeCreate", CALL, tuple(bridge_fields(bridge))))
    for ch in (first, second):
        bridge.channels.append(ch)
        ch.bridge_id = bridge.uniqueid
        ch.was_bridged = True
        state.emit(SimEvent("BridgeEnter", CALL, (*bridge_fields(bridge), *channel_fields(ch))))
    pbx.set_bridge_peers(state, bridge)
    return bridge
