"""Queues and members as ``apps/app_queue.c`` keeps them, loaded from queues.conf.

Member ``Status`` is the numeric device state (``AST_DEVICE_*``) of the member's state
interface; QueueMember* events carry the fields of ``queue_member_blob_create`` in its
order.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..confparse import ConfigFile
from .channels import Channel

__all__ = ["DEVICE_STATE_NUMBERS", "Member", "Queue", "QueueEntry", "load_queues"]

#: ``enum ast_device_state`` (``include/asterisk/devicestate.h``).
DEVICE_STATE_NUMBERS = {
    "UNKNOWN": 0,
    "NOT_INUSE": 1,
    "INUSE": 2,
    "BUSY": 3,
    "INVALID": 4,
    "UNAVAILABLE": 5,
    "RINGING": 6,
    "RINGINUSE": 7,
    "ONHOLD": 8,
}


@dataclass(eq=False)
class Member:
    """A queue member (static from queues.conf, or dynamic from QueueAdd)."""

    interface: str
    membername: str
    state_interface: str
    penalty: int = 0
    paused: bool = False
    reason: str = ""
    dynamic: bool = True
    calls: int = 0
    lastcall: int = 0
    lastpause: int = 0
    logintime: int = field(default_factory=lambda: int(time.time()))
    wrapuptime: int = 0
    ringinuse: bool = True


@dataclass(eq=False)
class QueueEntry:
    """A caller waiting in a queue."""

    channel: Channel
    joined: float = field(default_factory=time.time)
    priority: int = 0
    #: Set by QueueWithdrawCaller: the caller leaves with QUEUESTATUS WITHDRAW.
    withdraw: str = ""


@dataclass(eq=False)
class Queue:
    """One queue and its statistics."""

    name: str
    strategy: str = "ringall"
    maxlen: int = 0
    weight: int = 0
    servicelevel: int = 0
    wrapuptime: int = 0
    #: Seconds a member rings (``timeout``) and between attempts (``retry``).
    timeout: int = 15
    retry: int = 5
    members: list[Member] = field(default_factory=list)
    entries: list[QueueEntry] = field(default_factory=list)
    holdtime: int = 0
    talktime: int = 0
    completed: int = 0
    abandoned: int = 0

    def member(self, interface: str) -> Member | None:
        """The member with this interface (case-insensitive, as ``interface_exists``)."""
        for m in self.members:
            if m.interface.lower() == interface.lower():
                return m
        return None

    def reset_stats(self) -> None:
        """QueueReset (``clear_queue``)."""
        self.holdtime = self.talktime = self.completed = self.abandoned = 0
        for m in self.members:
            m.calls = 0
            m.lastcall = 0


def _static_member(text: str) -> Member:
    """``member => interface[,penalty[,membername[,state_interface[,ringinuse]]]]``."""
    parts = [p.strip() for p in text.split(",")]
    interface = parts[0]
    penalty = int(parts[1]) if len(parts) > 1 and parts[1].lstrip("-").isdigit() else 0
    name = parts[2] if len(parts) > 2 and parts[2] else interface
    state = parts[3] if len(parts) > 3 and parts[3] else interface
    return Member(interface, name, state, penalty=penalty, dynamic=False)


def load_queues(conf: ConfigFile) -> dict[str, Queue]:
    """Every queue category of queues.conf (``general`` and templates skipped)."""
    queues: dict[str, Queue] = {}
    for cat in conf.categories:
        if cat.name == "general" or cat.is_template:
            continue
        q = Queue(cat.name)
        q.strategy = cat.get("strategy") or "ringall"
        q.maxlen = int(cat.get("maxlen") or 0)
        q.weight = int(cat.get("weight") or 0)
        q.servicelevel = int(cat.get("servicelevel") or 0)
        q.wrapuptime = int(cat.get("wrapuptime") or 0)
        q.timeout = int(cat.get("timeout") or 15)
        q.retry = int(cat.get("retry") or 5)
        ringinuse = (cat.get("ringinuse") or "yes").lower() in ("yes", "true", "1", "on")
        q.members = [_static_member(v) for v in cat.get_all("member")]
        for member in q.members:
            member.ringinuse = ringinuse
        queues[q.name] = q
    return queues
