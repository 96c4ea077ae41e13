"""Queue actions (``apps/app_queue.c``: ``manager_add_queue_member``,
``manager_remove_queue_member``, ``manager_pause_queue_member``,
``manager_queue_member_penalty``, ``manager_queues_status``, ``manager_queues_summary``,
``manager_queue_log_custom``, ``manager_queue_reload``, ``manager_queue_reset``).
"""

from __future__ import annotations

import time

from ..events import SimEvent
from ..privileges import CLASSES
from ..state.queues import DEVICE_STATE_NUMBERS, Member, Queue, QueueEntry
from .base import Ctx, Handler

__all__ = ["HANDLERS"]

AGENT = CLASSES["agent"]
_TRUE = ("yes", "true", "y", "t", "1", "on")
_FALSE = ("no", "false", "n", "f", "0", "off")


def _event(ctx: Ctx, name: str, q: Queue, m: Member) -> None:
    fields = ctx.state.member_fields(q, m)
    ctx.state.emit(SimEvent(name, AGENT, tuple(fields)))


def queueadd(ctx: Ctx) -> None:
    """Add a dynamic member."""
    qname, iface = ctx.get("Queue"), ctx.get("Interface")
    if not qname:
        ctx.error("'Queue' not specified.")
        return
    if not iface:
        ctx.error("'Interface' not specified.")
        return
    q = ctx.state.queues.get(qname)
    if q is None:
        ctx.error("Unable to add interface to queue: No such queue")
        return
    if q.member(iface) is not None:
        ctx.error("Unable to add interface: Already there")
        return
    penalty = ctx.get("Penalty")
    m = Member(iface, ctx.get("MemberName") or iface, ctx.get("StateInterface") or iface)
    m.penalty = int(penalty) if penalty.lstrip("-").isdigit() else 0
    m.paused = ctx.get("Paused").lower() in _TRUE
    m.reason = ctx.get("Reason") if m.paused else ""
    m.lastpause = int(time.time()) if m.paused else 0
    wrap = ctx.get("Wrapuptime")
    m.wrapuptime = int(wrap) if wrap.isdigit() else 0
    q.members.append(m)
    ctx.ok("Added interface to queue")
    ctx.state.queue_pause_state(q, m)
    _event(ctx, "QueueMemberAdded", q, m)
    ctx.state.queue_avail_state(q)


def queueremove(ctx: Ctx) -> None:
    """Remove a dynamic member."""
    qname, iface = ctx.get("Queue"), ctx.get("Interface")
    if not qname or not iface:
        ctx.error("Need 'Queue' and 'Interface' parameters.")
        return
    q = ctx.state.queues.get(qname)
    if q is None:
        ctx.error("Unable to remove interface from queue: No such queue")
        return
    m = q.member(iface)
    if m is None:
        ctx.error("Unable to remove interface: Not there")
        return
    if not m.dynamic:
        ctx.error("Member not dynamic")
        return
    q.members.remove(m)
    ctx.ok("Removed interface from queue")
    _event(ctx, "QueueMemberRemoved", q, m)
    if m.paused:
        m.paused = False
        ctx.state.queue_pause_state(q, m)
    ctx.state.queue_avail_state(q)


def _targets(ctx: Ctx, iface: str) -> list[tuple[Queue, Member]]:
    qname = ctx.get("Queue")
    found = []
    for q in ctx.state.queues.values():
        m = q.member(iface)
        if m is not None and (not qname or q.name == qname):
            found.append((q, m))
    return found


def queuepause(ctx: Ctx) -> None:
    """Pause or unpause a member in one queue or all."""
    iface, paused_text = ctx.get("Interface"), ctx.get("Paused")
    if not iface or not paused_text:
        ctx.error("Need 'Interface' and 'Paused' parameters.")
        return
    targets = _targets(ctx, iface)
    if not targets:
        ctx.error("Interface not found")
        return
    paused = paused_text.lower() in _TRUE
    for _q, m in targets:
        m.paused = paused
        m.reason = ctx.get("Reason") if paused else ""
        if paused:
            m.lastpause = int(time.time())
    ctx.ok(f"Interface {'paused' if paused else 'unpaused'} successfully")
    for q, m in targets:
        ctx.state.queue_pause_state(q, m)
        ctx.state.queue_avail_state(q)
        _event(ctx, "QueueMemberPause", q, m)


def queuepenalty(ctx: Ctx) -> None:
    """Set a member's penalty."""
    iface, penalty = ctx.get("Interface"), ctx.get("Penalty")
    if not iface or not penalty:
        ctx.error("Need 'Interface' and 'Penalty' parameters.")
        return
    value = int(penalty) if penalty.lstrip("-").isdigit() else -1
    targets = _targets(ctx, iface)
    if value < 0 or not targets:
        ctx.error("Invalid interface, queuename or penalty")
        return
    for _q, m in targets:
        m.penalty = value
    ctx.ok("Interface penalty set successfully")
    for q, m in targets:
        _event(ctx, "QueueMemberPenalty", q, m)


def _member_item(ctx: Ctx, q: Queue, m: Member) -> None:
    status = DEVICE_STATE_NUMBERS.get(ctx.state.device_state(m.state_interface), 0)
    ctx.item("QueueMember", [
        ("Queue", q.name), ("Name", m.membername), ("Location", m.interface),
        ("StateInterface", m.state_interface),
        ("Membership", "dynamic" if m.dynamic else "static"), ("Penalty", str(m.penalty)),
        ("CallsTaken", str(m.calls)), ("LastCall", str(m.lastcall)),
        ("LastPause", str(m.lastpause)), ("LoginTime", str(m.logintime)), ("InCall", "0"),
        ("Status", str(status)), ("Paused", "1" if m.paused else "0"),
        ("PausedReason", m.reason), ("Wrapuptime", str(m.wrapuptime)),
    ], aid_last=True)  # fmt: skip


def _queue_items(ctx: Ctx, q: Queue, member: str) -> int:
    ctx.item("QueueParams", [
        ("Queue", q.name), ("Max", str(q.maxlen)), ("Strategy", q.strategy),
        ("Calls", str(len(q.entries))), ("Holdtime", str(q.holdtime)),
        ("TalkTime", str(q.talktime)), ("Completed", str(q.completed)),
        ("Abandoned", str(q.abandoned)), ("ServiceLevel", str(q.servicelevel)),
        ("ServicelevelPerf", "0.0"), ("ServicelevelPerf2", "0.0"), ("Weight", str(q.weight)),
    ], aid_last=True)  # fmt: skip
    count = 1
    for m in q.members:
        if not member or m.interface.lower() == member.lower() or m.membername == member:
            _member_item(ctx, q, m)
            count += 1
    now = time.time()
    for pos, entry in enumerate(q.entries, start=1):
        ch = entry.channel
        ctx.item("QueueEntry", [
            ("Queue", q.name), ("Position", str(pos)), ("Channel", ch.name),
            ("Uniqueid", ch.uniqueid), ("CallerIDNum", ch.cid_num or "unknown"),
            ("CallerIDName", ch.cid_name or "unknown"),
            ("ConnectedLineNum", ch.conn_num or "unknown"),
            ("ConnectedLineName", ch.conn_name or "unknown"),
            ("Wait", str(int(now - entry.joined))), ("Priority", str(entry.priority)),
        ], aid_last=True)  # fmt: skip
        count += 1
    return count


def queuestatus(ctx: Ctx) -> None:
    """QueueParams, QueueMember and QueueEntry items; ListItems counts them all."""
    qname, member = ctx.get("Queue"), ctx.get("Member")
    ctx.list_start("Queue status will follow")
    count = 0
    for q in ctx.state.queues.values():
        if not qname or q.name == qname:
            count += _queue_items(ctx, q, member)
    ctx.list_complete("QueueStatusComplete", count)


def queuesummary(ctx: Ctx) -> None:
    """One QueueSummary per queue."""
    qname = ctx.get("Queue")
    ctx.list_start("Queue summary will follow")
    count = 0
    for q in ctx.state.queues.values():
        if qname and q.name != qname:
            continue
        logged_in = available = 0
        for m in q.members:
            state = ctx.state.device_state(m.state_interface)
            if state in ("UNAVAILABLE", "INVALID"):
                continue
            logged_in += 1
            available += 1 if state in ("NOT_INUSE", "UNKNOWN") and not m.paused else 0
        longest = max((int(time.time() - e.joined) for e in q.entries), default=0)
        ctx.item("QueueSummary", [
            ("Queue", q.name), ("LoggedIn", str(logged_in)), ("Available", str(available)),
            ("Callers", str(len(q.entries))), ("HoldTime", str(q.holdtime)),
            ("TalkTime", str(q.talktime)), ("LongestHoldTime", str(longest)),
        ], aid_last=True)  # fmt: skip
        count += 1
    ctx.list_complete("QueueSummaryComplete", count)


def queuelog(ctx: Ctx) -> None:
    """Accept a custom queue_log line (kept nowhere)."""
    if not ctx.get("Queue") or not ctx.get("Event"):
        ctx.error("Need 'Queue' and 'Event' parameters.")
        return
    ctx.ok("Event added successfully")


def queuereload(ctx: Ctx) -> None:
    """Succeeds for any queue name, as the real one does."""
    ctx.ok("Queue reloaded successfully")


def queuereset(ctx: Ctx) -> None:
    """Zero the statistics of one queue or all."""
    qname = ctx.get("Queue")
    for q in ctx.state.queues.values():
        if not qname or q.name == qname:
            q.reset_stats()
    ctx.ok("Queue stats reset successfully")


def queuememberringinuse(ctx: Ctx) -> None:
    """Set whether a member is rung while in use."""
    iface, value = ctx.get("Interface"), ctx.get("RingInUse").lower()
    targets = _targets(ctx, iface) if iface else []
    if not targets or value not in (*_TRUE, *_FALSE):
        ctx.error("Invalid interface, queuename, or ringinuse value\n")
        return
    for _q, m in targets:
        m.ringinuse = value in _TRUE
    ctx.ok("Interface ringinuse set successfully")
    for q, m in targets:
        _event(ctx, "QueueMemberRinginuse", q, m)


def queuerule(ctx: Ctx) -> None:
    """The rules of queuerules.conf (none in the fixture): an empty Success, then a blank
    line, as ``manager_queue_rule_show`` writes it."""
    rule_lines: list[str] = []
    ctx.respond("Success", extra=[], trailer="\r\n" + "".join(rule_lines))


def _caller(ctx: Ctx) -> tuple[Queue, QueueEntry] | None:
    q = ctx.state.queues.get(ctx.get("Queue"))
    name = ctx.get("Caller")
    if q is None:
        return None
    entry = next((e for e in q.entries if e.channel.name == name), None)
    return (q, entry) if entry is not None else None


def queuewithdrawcaller(ctx: Ctx) -> None:
    """Ask a waiting caller to leave the queue (QUEUESTATUS WITHDRAW)."""
    if not ctx.get("Queue") or not ctx.get("Caller"):
        ctx.error("'Queue' and 'Caller' are required.")
        return
    found = _caller(ctx)
    if found is None:
        ctx.error("Unable to request withdraw from queue: No such caller")
        return
    found[1].withdraw = ctx.get("WithdrawInfo") or "1"
    ctx.ok("Withdraw has been requested")


def queuechangeprioritycaller(ctx: Ctx) -> None:
    """Change a waiting caller's priority."""
    prio = ctx.get("Priority")
    if not ctx.get("Queue") or not ctx.get("Caller") or not prio.lstrip("-").isdigit():
        ctx.error("'Queue', 'Caller' and 'Priority' are required.")
        return
    found = _caller(ctx)
    if found is None:
        ctx.error("Unable to change priority caller on queue: No such caller")
        return
    found[1].priority = int(prio)
    ctx.ok("Priority change for caller on queue")


HANDLERS: dict[str, Handler] = {
    "queuememberringinuse": queuememberringinuse,
    "queuerule": queuerule,
    "queuewithdrawcaller": queuewithdrawcaller,
    "queuechangeprioritycaller": queuechangeprioritycaller,
    "queueadd": queueadd,
    "queueremove": queueremove,
    "queuepause": queuepause,
    "queuepenalty": queuepenalty,
    "queuestatus": queuestatus,
    "queuesummary": queuesummary,
    "queuelog": queuelog,
    "queuereload": queuereload,
    "queuereset": queuereset,
}
