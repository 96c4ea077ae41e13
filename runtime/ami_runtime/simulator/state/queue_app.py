"""``Queue()`` (``apps/app_queue.c``): a caller waits, available members are rung, one
answers and is bridged with the caller, or the caller leaves.

What the real servers publish, step by step: the caller's QUEUE*/DIALED*/ANSWERED*
variables, ``Queue:<queue>`` RINGING and QueueCallerJoin; for each member rung a Local
pair dialled as an ``AppQueue`` outgoing line (DIALEDPEERNUMBER, LocalBridge, AgentCalled,
DialBegin); on answer DialEnd, QueueCallerLeave, AgentConnect and a bridge; when the
caller hangs up AgentComplete (or, unanswered, QueueCallerAbandon); when the member does
not answer in the queue's ``timeout`` AgentRingNoAnswer; when the Queue() timeout runs out
QueueCallerAbandon, QueueCallerLeave and ``QUEUESTATUS=TIMEOUT``.  Only ``Local/``
members can be rung; members are tried together (``ringall``) or one at a time in
member order (any other strategy), every ``retry`` seconds.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from ..events import CALL, SimEvent, bridge_fields, channel_event, channel_fields
from ..privileges import CLASSES
from . import pbx
from .bridges import Bridge
from .channels import Channel
from .queues import Member, Queue, QueueEntry

if TYPE_CHECKING:
    from . import State

__all__ = ["queue_app"]

AGENT = CLASSES["agent"]
DIALPLAN = CLASSES["dialplan"]
_TIMES = ("ANSWEREDTIME", "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "QUEUEWAIT",
          "QUEUEWAIT_MS")  # fmt: skip


class _Call:
    """One member being rung: the Local pair and when it started."""

    def __init__(self, member: Member, one: Channel, two: Channel) -> None:
        self.member, self.one, self.two = member, one, two
        self.started = time.monotonic()

    def ring_ms(self) -> int:
        """Milliseconds rung, to the second as app_queue's timers tick."""
        return round(time.monotonic() - self.started) * 1000


def _agent_fields(
    caller: Channel, call: _Call, queue: Queue, at_caller: bool = False
) -> list[tuple[str, str]]:
    """Caller, member line (``at_caller``: shown at the caller's dialplan location, as
    AgentCalled and AgentRingNoAnswer show it), queue and member."""
    dest = channel_fields(call.one, "Dest")
    if at_caller:
        where = {"DestContext": caller.context, "DestExten": caller.exten, "DestPriority": "1"}
        dest = [(k, where.get(k, v)) for k, v in dest]
    return [
        *channel_fields(caller), *dest, ("Queue", queue.name),
        ("Interface", call.member.interface), ("MemberName", call.member.membername),
    ]  # fmt: skip


def _available(state: State, queue: Queue, busy: set[str]) -> list[Member]:
    out = []
    for m in queue.members:
        device = state.device_state(m.state_interface)
        if m.paused or m.interface in busy or device in ("INVALID", "UNAVAILABLE"):
            continue
        if not m.ringinuse and device in ("INUSE", "BUSY", "RINGINUSE", "ONHOLD"):
            continue
        if m.interface.lower().startswith("local/"):
            out.append(m)
    return out


def _dial_member(state: State, queue: Queue, caller: Channel, member: Member) -> _Call | None:
    """Allocate the member's Local pair as Queue's outgoing line and start its dialplan."""
    data = member.interface.split("/", 1)[1]
    target, _, _options = data.partition("/")
    exten, _, context = target.partition("@")
    context = context or "default"
    if not state.dialplan.exists(context, exten):
        return None
    base = f"Local/{exten}@{context}-{state.channels.next_local_suffix()}"
    device = f"Local/{exten}@{context}"
    one = pbx.create_channel(state, base + ";1", context, exten, device=device)
    two = pbx.create_channel(
        state, base + ";2", context, exten, linkedid=one.linkedid, chan_state=4, device=device
    )
    one.peer, two.peer = two, one
    outgoing = [("Extension", exten), ("Application", "AppQueue"), ("AppData", "(Outgoing Line)")]
    # the caller's ID is set before the outgoing line's first snapshot; NewCallerid follows
    one.cid_num, one.cid_name = caller.cid_num or caller.exten, caller.cid_name
    state.emit(channel_event("Newexten", one, outgoing, category=DIALPLAN))
    pres = [("CID-CallingPres", "0 (Presentation Allowed, Not Screened)")]
    state.emit(channel_event("NewCallerid", one, pres))
    state.set_variable(one, "DIALEDPEERNUMBER", data)
    state.set_variable(two, "DIALEDPEERNUMBER", data)
    two.conn_num, two.conn_name = one.cid_num, one.cid_name
    state.emit(channel_event("NewConnectedLine", two))
    local = [*channel_fields(one, "LocalOne"), *channel_fields(two, "LocalTwo")]
    local += [("Context", context), ("Exten", exten), ("LocalOptimization", "No")]
    state.emit(SimEvent("LocalBridge", CALL, tuple(local)))
    call = _Call(member, one, two)
    # AgentCalled shows the outgoing line at the caller's location (where it will be once
    # answered); DialBegin, just after, still at its own
    state.emit(SimEvent("AgentCalled", AGENT, tuple(_agent_fields(caller, call, queue, True))))
    dial = (*channel_fields(caller), *channel_fields(one, "Dest"),
            ("DialString", member.interface))  # fmt: skip
    state.emit(SimEvent("DialBegin", CALL, dial))
    one.dialing = True
    pbx.start_dialplan(state, two)
    return call


def _dial_end(state: State, caller: Channel, call: _Call, status: str) -> None:
    dest = [(k, v) for k, v in _agent_fields(caller, call, Queue(""), True) if k.startswith("Dest")]
    body = (*channel_fields(caller), *dest, ("DialStatus", status))
    state.emit(SimEvent("DialEnd", CALL, body))


def _leave(state: State, queue: Queue, entry: QueueEntry, position: int) -> None:
    if entry in queue.entries:
        queue.entries.remove(entry)
    if not queue.entries:
        state.publish_device(f"Queue:{queue.name}", "NOT_INUSE")
    leave = [("Queue", queue.name), ("Position", str(position)), ("Count", str(len(queue.entries)))]
    state.emit(channel_event("QueueCallerLeave", entry.channel, leave, category=AGENT))
    state.set_variable(entry.channel, "QUEUEPOSITION", str(position))


def _set_times(state: State, ch: Channel, waited: float, dialed: float, answered: float) -> None:
    # QUEUEWAIT_MS is whole seconds times 1000, the others real milliseconds
    state.set_variable(ch, "QUEUEWAIT", str(int(waited)))
    state.set_variable(ch, "QUEUEWAIT_MS", str(int(waited) * 1000))
    for name, seconds in (("DIALEDTIME", dialed), ("ANSWEREDTIME", answered)):
        state.set_variable(ch, name, str(int(seconds)))
        state.set_variable(ch, f"{name}_MS", str(int(seconds * 1000)))


def _abandon(
    state: State, queue: Queue, entry: QueueEntry, position: int, *, timeout: bool
) -> None:
    ch, waited = entry.channel, time.time() - entry.joined
    abandon = [("Queue", queue.name), ("Position", str(position)),
               ("OriginalPosition", str(position)), ("HoldTime", str(int(waited)))]  # fmt: skip
    if not timeout:
        _set_times(state, ch, waited, waited, 0)
    state.set_variable(ch, "ABANDONED", "TRUE")
    state.emit(channel_event("QueueCallerAbandon", ch, abandon, category=AGENT))
    if timeout:
        _set_times(state, ch, waited, waited, 0)
    queue.abandoned += 1
    _leave(state, queue, entry, position)


def _hang_up_calls(state: State, caller: Channel, calls: list[_Call], status: str) -> None:
    for call in calls:
        if call.one.alive:
            _dial_end(state, caller, call, status)
            call.one.dialing = False
            call.one.context, call.one.exten = caller.context, caller.exten
            pbx.hangup(state, call.one, 0)


async def _ring(
    state: State, queue: Queue, entry: QueueEntry, calls: list[_Call], until: float
) -> _Call | None:
    """Wait for a member to answer, the member timeout, or the caller's deadline."""
    loop = asyncio.get_running_loop()
    while loop.time() < until and not entry.withdraw:
        for call in calls:
            if call.two.answered.is_set() and call.one.alive:
                return call
        if not any(c.two.alive for c in calls):
            return None
        await asyncio.sleep(0.02)
    return None


async def _connected(state: State, queue: Queue, entry: QueueEntry, call: _Call,
                     position: int) -> bool:  # fmt: skip
    """The member answered: bridge them until one side hangs up."""
    caller, one = entry.channel, call.one
    one.dialing = False
    one.context, one.exten, one.priority = caller.context, caller.exten, 1
    pbx.set_state(state, one, 6)
    outgoing = [("Extension", one.exten), ("Application", "AppQueue"),
                ("AppData", "(Outgoing Line)")]  # fmt: skip
    state.emit(channel_event("Newexten", one, outgoing, category=DIALPLAN))
    _dial_end(state, caller, call, "ANSWER")
    waited = time.time() - entry.joined
    _leave(state, queue, entry, position)
    state.set_variable(caller, "QUEUEWAIT", str(int(waited)))
    state.set_variable(caller, "QUEUEWAIT_MS", str(int(waited) * 1000))
    connect = [("HoldTime", str(int(waited))), ("RingTime", str(call.ring_ms() // 1000))]
    state.emit(SimEvent("AgentConnect", AGENT, (*_agent_fields(caller, call, queue), *connect)))
    member = call.member
    member.calls += 1
    member.lastcall = int(time.time())
    queue.completed += 1
    queue.holdtime = int(waited)
    bridge = Bridge()
    state.bridges.append(bridge)
    state.emit(SimEvent("BridgeCreate", CALL, tuple(bridge_fields(bridge))))
    for ch in (one, caller):
        bridge.channels.append(ch)
        ch.bridge_id = bridge.uniqueid
        ch.was_bridged = True
        state.emit(SimEvent("BridgeEnter", CALL, (*bridge_fields(bridge), *channel_fields(ch))))
    pbx.set_bridge_peers(state, bridge)
    talk_start = time.time()
    reason = "agent"
    try:
        while one.alive and caller.alive and one in bridge.channels:
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        reason = "caller"
    talk = time.time() - talk_start
    done = [("HoldTime", str(int(waited))), ("TalkTime", str(int(talk))), ("Reason", reason)]
    state.emit(SimEvent("AgentComplete", AGENT, (*_agent_fields(caller, call, queue), *done)))
    queue.talktime = int(talk)
    pbx.leave_bridge(state, caller)
    _set_times_after(state, caller, talk, talk + call.ring_ms() / 1000)
    return reason == "agent" and caller.alive


def _set_times_after(state: State, ch: Channel, talk: float, dialed: float) -> None:
    for name, seconds in (("ANSWEREDTIME", talk), ("DIALEDTIME", dialed)):
        state.set_variable(ch, name, str(int(seconds)))
        state.set_variable(ch, f"{name}_MS", str(int(seconds * 1000)))


async def queue_app(state: State, ch: Channel, data: str) -> bool:
    """``Queue(queuename[,options[,URL[,announceoverride[,timeout]]]])``."""
    args = data.split(",")
    queue = state.queues.get(args[0].strip())
    if queue is None:
        state.set_variable(ch, "QUEUESTATUS", "UNKNOWN")
        return True
    loop = asyncio.get_running_loop()
    timeout = float(args[4]) if len(args) > 4 and args[4].strip() else 0.0
    deadline = loop.time() + timeout if timeout > 0 else float("inf")
    for name in _TIMES:
        state.set_variable(ch, name, "")
    entry = QueueEntry(ch)
    queue.entries.append(entry)
    position = len(queue.entries)
    state.publish_device(f"Queue:{queue.name}", "RINGING")
    join = [("Queue", queue.name), ("Position", str(position)), ("Count", str(position))]
    state.emit(channel_event("QueueCallerJoin", ch, join, category=AGENT))
    calls: list[_Call] = []
    try:
        while loop.time() < deadline and not entry.withdraw:
            members = _available(state, queue, set())
            if queue.strategy != "ringall":
                members = members[:1]
            calls = [c for m in members if (c := _dial_member(state, queue, ch, m)) is not None]
            if calls:
                member_timeout = queue.timeout if queue.timeout > 0 else float("inf")
                until = min(deadline, loop.time() + member_timeout)
                answered = await _ring(state, queue, entry, calls, until)
                if answered is not None:
                    others = [c for c in calls if c is not answered]
                    _hang_up_calls(state, ch, others, "CANCEL")
                    calls = []
                    return await _connected(state, queue, entry, answered, position)
                for call in calls:
                    if call.one.alive:
                        fields = _agent_fields(ch, call, queue, True)
                        body = (*fields, ("RingTime", str(call.ring_ms())))
                        state.emit(SimEvent("AgentRingNoAnswer", AGENT, body))
                        _dial_end(state, ch, call, "NOANSWER")
                # the ring attempt ends: what still rings is cancelled
                _hang_up_calls(state, ch, calls, "CANCEL")
                calls = []
            wait = min(queue.retry if calls == [] else 0.1, max(0.0, deadline - loop.time()))
            await asyncio.sleep(max(0.02, wait if members else 0.1))
    except asyncio.CancelledError:
        _hang_up_calls(state, ch, calls, "CANCEL")
        if entry in queue.entries:
            _abandon(state, queue, entry, position, timeout=False)
        return False
    if entry.withdraw:
        _leave(state, queue, entry, position)
        state.set_variable(ch, "QUEUE_WITHDRAW_INFO", entry.withdraw)
        state.set_variable(ch, "QUEUESTATUS", "WITHDRAW")
        return True
    _abandon(state, queue, entry, position, timeout=True)
    state.set_variable(ch, "QUEUESTATUS", "TIMEOUT")
    return True
