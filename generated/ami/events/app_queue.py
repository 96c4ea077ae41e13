# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_queue``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, Snapshot, StrHeader
from ami_runtime.message import Event

from ._groups import ChannelSnapshot, ChannelSnapshotFields, ListCompleteFields

__all__ = [
    "AgentCalled",
    "AgentComplete",
    "AgentConnect",
    "AgentDump",
    "AgentRingNoAnswer",
    "QueueCallerAbandon",
    "QueueCallerJoin",
    "QueueCallerLeave",
    "QueueEntry",
    "QueueMember",
    "QueueMemberAdded",
    "QueueMemberPause",
    "QueueMemberPenalty",
    "QueueMemberRemoved",
    "QueueMemberRinginuse",
    "QueueMemberStatus",
    "QueueParams",
    "QueueStatusComplete",
    "QueueSummary",
    "QueueSummaryComplete",
]


class AgentCalled(ChannelSnapshotFields):
    """Raised when an queue member is notified of a caller in the queue.

    ``Event: AgentCalled`` (``apps/app_queue.c``). Class: agent. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentCalled"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""


class AgentComplete(ChannelSnapshotFields):
    """Raised when a queue member has finished servicing a caller in the queue.

    ``Event: AgentComplete`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    hold_time = IntHeader("HoldTime")
    """The time the channel was in the queue, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``HoldTime``."""

    talk_time = IntHeader("TalkTime")
    """The time the queue member talked with the caller in the queue, expressed in seconds
    since 00:00, Jan 1, 1970 UTC. Header ``TalkTime``."""

    reason = StrHeader("Reason")
    """The Reason header. Documented values: caller, agent, transfer. Header ``Reason``."""


class AgentConnect(ChannelSnapshotFields):
    """Raised when a queue member answers and is bridged to a caller in the queue.

    ``Event: AgentConnect`` (``apps/app_queue.c``). Class: agent. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentConnect"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    ring_time = IntHeader("RingTime")
    """The time the queue member was rung, expressed in seconds since 00:00, Jan 1, 1970 UTC.
    Header ``RingTime``."""

    hold_time = IntHeader("HoldTime")
    """The time the channel was in the queue, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``HoldTime``."""


class AgentDump(ChannelSnapshotFields):
    """Raised when a queue member hangs up on a caller in the queue.

    ``Event: AgentDump`` (``apps/app_queue.c``). Class: agent. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentDump"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""


class AgentRingNoAnswer(ChannelSnapshotFields):
    """Raised when a queue member is notified of a caller in the queue and fails to answer.

    ``Event: AgentRingNoAnswer`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentRingNoAnswer"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    ring_time = IntHeader("RingTime")
    """The time the queue member was rung, expressed in seconds since 00:00, Jan 1, 1970 UTC.
    Header ``RingTime``."""


class QueueCallerAbandon(ChannelSnapshotFields):
    """Raised when a caller abandons the queue.

    ``Event: QueueCallerAbandon`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueCallerAbandon"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    position = IntHeader("Position")
    """This channel's current position in the queue. Header ``Position``."""

    original_position = IntHeader("OriginalPosition")
    """The channel's original position in the queue. Header ``OriginalPosition``."""

    hold_time = IntHeader("HoldTime")
    """The time the channel was in the queue, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``HoldTime``."""


class QueueCallerJoin(ChannelSnapshotFields):
    """Raised when a caller joins a Queue.

    ``Event: QueueCallerJoin`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueCallerJoin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    position = IntHeader("Position")
    """This channel's current position in the queue. Header ``Position``."""

    count = IntHeader("Count")
    """The total number of channels in the queue. Header ``Count``."""


class QueueCallerLeave(ChannelSnapshotFields):
    """Raised when a caller leaves a Queue.

    ``Event: QueueCallerLeave`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueCallerLeave"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    count = IntHeader("Count")
    """The total number of channels in the queue. Header ``Count``."""

    position = IntHeader("Position")
    """This channel's current position in the queue. Header ``Position``."""


class QueueEntry(Event):
    """Raised in response to the QueueStatus action.

    ``Event: QueueEntry`` (``apps/app_queue.c``). Class: agent. Asterisk: documented since
    16.24.0, 18.10.0, 19.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "16.24.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    position = IntHeader("Position")
    """The caller's position within the queue. Header ``Position``."""

    channel = StrHeader("Channel")
    """The name of the caller's channel. Header ``Channel``."""

    uniqueid = StrHeader("Uniqueid")
    """The unique ID of the channel. Header ``Uniqueid``."""

    caller_id_num = StrHeader("CallerIDNum")
    """The Caller ID number. Header ``CallerIDNum``."""

    caller_id_name = StrHeader("CallerIDName")
    """The Caller ID name. Header ``CallerIDName``."""

    connected_line_num = StrHeader("ConnectedLineNum")
    """The bridged party's number. Header ``ConnectedLineNum``."""

    connected_line_name = StrHeader("ConnectedLineName")
    """The bridged party's name. Header ``ConnectedLineName``."""

    wait = StrHeader("Wait")
    """The caller's wait time. Header ``Wait``."""

    priority = StrHeader("Priority")
    """The caller's priority within the queue. Header ``Priority``."""


class QueueMember(Event):
    """One member of a queue, an item of the QueueStatus reply.

    ``Event: QueueMember`` (``apps/app_queue.c``). Class: none (sent to one session). Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMember"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    queue = StrHeader("Queue")
    """The queue. Header ``Queue``."""

    member_name = StrHeader("Name")
    """The member's name (Name header). Header ``Name``."""

    location = StrHeader("Location")
    """The member's interface. Header ``Location``."""

    state_interface = StrHeader("StateInterface")
    """The interface whose device state stands for the member's. Header ``StateInterface``."""

    membership = StrHeader("Membership")
    """How the member was added. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The member's penalty. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """Calls this member has taken. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """When the member last took a call, in seconds since the epoch. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """When the member was last paused, in seconds since the epoch. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """When the member logged in, in seconds since the epoch. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """1 while the member is in a call. Documented values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The member's device state (AST_DEVICE_*: 1 not in use, 2 in use ...). Documented values:
    0, 1, 2, 3, 4, 5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """1 when paused. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """Why the member is paused. Header ``PausedReason``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The member's wrap-up time in seconds. Header ``Wrapuptime``."""


class QueueMemberAdded(Event):
    """Raised when a member is added to the queue.

    ``Event: QueueMemberAdded`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMemberAdded"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    state_interface = StrHeader("StateInterface")
    """Channel technology or location from which to read device state changes. Header
    ``StateInterface``."""

    membership = StrHeader("Membership")
    """The Membership header. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The penalty associated with the queue member. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """The number of calls this queue member has serviced. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """The time when started last paused the queue member. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """The time this member logged in to the queue, expressed in seconds since 00:00, Jan 1,
    1970 UTC. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """Set to 1 if member is in call. Set to 0 after LastCall time is updated. Documented
    values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The numeric device state status of the queue member. Documented values: 0, 1, 2, 3, 4,
    5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """The Paused header. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """If set when paused, the reason the queue member was paused. Header ``PausedReason``."""

    ringinuse = IntHeader("Ringinuse")
    """The Ringinuse header. Documented values: 0, 1. Header ``Ringinuse``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The Wrapup Time of the queue member. If this value is set will override the wrapup time
    of queue. Header ``Wrapuptime``."""


class QueueMemberPause(Event):
    """Raised when a member is paused/unpaused in the queue.

    ``Event: QueueMemberPause`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMemberPause"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.2.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    state_interface = StrHeader("StateInterface")
    """Channel technology or location from which to read device state changes. Header
    ``StateInterface``."""

    membership = StrHeader("Membership")
    """The Membership header. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The penalty associated with the queue member. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """The number of calls this queue member has serviced. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """The time when started last paused the queue member. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """The time this member logged in to the queue, expressed in seconds since 00:00, Jan 1,
    1970 UTC. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """Set to 1 if member is in call. Set to 0 after LastCall time is updated. Documented
    values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The numeric device state status of the queue member. Documented values: 0, 1, 2, 3, 4,
    5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """The Paused header. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """If set when paused, the reason the queue member was paused. Header ``PausedReason``."""

    ringinuse = IntHeader("Ringinuse")
    """The Ringinuse header. Documented values: 0, 1. Header ``Ringinuse``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The Wrapup Time of the queue member. If this value is set will override the wrapup time
    of queue. Header ``Wrapuptime``."""


class QueueMemberPenalty(Event):
    """Raised when a member's penalty is changed.

    ``Event: QueueMemberPenalty`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMemberPenalty"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    state_interface = StrHeader("StateInterface")
    """Channel technology or location from which to read device state changes. Header
    ``StateInterface``."""

    membership = StrHeader("Membership")
    """The Membership header. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The penalty associated with the queue member. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """The number of calls this queue member has serviced. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """The time when started last paused the queue member. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """The time this member logged in to the queue, expressed in seconds since 00:00, Jan 1,
    1970 UTC. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """Set to 1 if member is in call. Set to 0 after LastCall time is updated. Documented
    values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The numeric device state status of the queue member. Documented values: 0, 1, 2, 3, 4,
    5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """The Paused header. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """If set when paused, the reason the queue member was paused. Header ``PausedReason``."""

    ringinuse = IntHeader("Ringinuse")
    """The Ringinuse header. Documented values: 0, 1. Header ``Ringinuse``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The Wrapup Time of the queue member. If this value is set will override the wrapup time
    of queue. Header ``Wrapuptime``."""


class QueueMemberRemoved(Event):
    """Raised when a member is removed from the queue.

    ``Event: QueueMemberRemoved`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMemberRemoved"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    state_interface = StrHeader("StateInterface")
    """Channel technology or location from which to read device state changes. Header
    ``StateInterface``."""

    membership = StrHeader("Membership")
    """The Membership header. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The penalty associated with the queue member. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """The number of calls this queue member has serviced. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """The time when started last paused the queue member. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """The time this member logged in to the queue, expressed in seconds since 00:00, Jan 1,
    1970 UTC. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """Set to 1 if member is in call. Set to 0 after LastCall time is updated. Documented
    values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The numeric device state status of the queue member. Documented values: 0, 1, 2, 3, 4,
    5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """The Paused header. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """If set when paused, the reason the queue member was paused. Header ``PausedReason``."""

    ringinuse = IntHeader("Ringinuse")
    """The Ringinuse header. Documented values: 0, 1. Header ``Ringinuse``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The Wrapup Time of the queue member. If this value is set will override the wrapup time
    of queue. Header ``Wrapuptime``."""


class QueueMemberRinginuse(Event):
    """Raised when a member's ringinuse setting is changed.

    ``Event: QueueMemberRinginuse`` (``apps/app_queue.c``). Class: agent. Asterisk:
    documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMemberRinginuse"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    state_interface = StrHeader("StateInterface")
    """Channel technology or location from which to read device state changes. Header
    ``StateInterface``."""

    membership = StrHeader("Membership")
    """The Membership header. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The penalty associated with the queue member. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """The number of calls this queue member has serviced. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """The time when started last paused the queue member. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """The time this member logged in to the queue, expressed in seconds since 00:00, Jan 1,
    1970 UTC. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """Set to 1 if member is in call. Set to 0 after LastCall time is updated. Documented
    values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The numeric device state status of the queue member. Documented values: 0, 1, 2, 3, 4,
    5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """The Paused header. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """If set when paused, the reason the queue member was paused. Header ``PausedReason``."""

    ringinuse = IntHeader("Ringinuse")
    """The Ringinuse header. Documented values: 0, 1. Header ``Ringinuse``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The Wrapup Time of the queue member. If this value is set will override the wrapup time
    of queue. Header ``Wrapuptime``."""


class QueueMemberStatus(Event):
    """Raised when a Queue member's status has changed.

    ``Event: QueueMemberStatus`` (``apps/app_queue.c``). Class: agent. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueMemberStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    queue = StrHeader("Queue")
    """The name of the queue. Header ``Queue``."""

    member_name = StrHeader("MemberName")
    """The name of the queue member. Header ``MemberName``."""

    interface = StrHeader("Interface")
    """The queue member's channel technology or location. Header ``Interface``."""

    state_interface = StrHeader("StateInterface")
    """Channel technology or location from which to read device state changes. Header
    ``StateInterface``."""

    membership = StrHeader("Membership")
    """The Membership header. Documented values: dynamic, realtime, static. Header
    ``Membership``."""

    penalty = IntHeader("Penalty")
    """The penalty associated with the queue member. Header ``Penalty``."""

    calls_taken = IntHeader("CallsTaken")
    """The number of calls this queue member has serviced. Header ``CallsTaken``."""

    last_call = IntHeader("LastCall")
    """The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970
    UTC. Header ``LastCall``."""

    last_pause = IntHeader("LastPause")
    """The time when started last paused the queue member. Header ``LastPause``."""

    login_time = IntHeader("LoginTime")
    """The time this member logged in to the queue, expressed in seconds since 00:00, Jan 1,
    1970 UTC. Header ``LoginTime``."""

    in_call = IntHeader("InCall")
    """Set to 1 if member is in call. Set to 0 after LastCall time is updated. Documented
    values: 0, 1. Header ``InCall``."""

    status = IntHeader("Status")
    """The numeric device state status of the queue member. Documented values: 0, 1, 2, 3, 4,
    5, 6, 7, 8. Header ``Status``."""

    paused = IntHeader("Paused")
    """The Paused header. Documented values: 0, 1. Header ``Paused``."""

    paused_reason = StrHeader("PausedReason")
    """If set when paused, the reason the queue member was paused. Header ``PausedReason``."""

    ringinuse = IntHeader("Ringinuse")
    """The Ringinuse header. Documented values: 0, 1. Header ``Ringinuse``."""

    wrapuptime = IntHeader("Wrapuptime")
    """The Wrapup Time of the queue member. If this value is set will override the wrapup time
    of queue. Header ``Wrapuptime``."""


class QueueParams(Event):
    """Raised in response to the QueueStatus action.

    ``Event: QueueParams`` (``apps/app_queue.c``). Class: agent. Asterisk: documented since
    16.24.0, 18.10.0, 19.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueParams"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "16.24.0"

    max = IntHeader("Max")
    """The maximum number of callers allowed in the queue (maxlen in queues.conf); 0 for no
    limit. Header ``Max``."""

    strategy = StrHeader("Strategy")
    """The strategy of the queue. Header ``Strategy``."""

    calls = IntHeader("Calls")
    """The number of callers waiting in the queue. Header ``Calls``."""

    holdtime = IntHeader("Holdtime")
    """The queue's hold time. Header ``Holdtime``."""

    talk_time = IntHeader("TalkTime")
    """The queue's talk time. Header ``TalkTime``."""

    completed = IntHeader("Completed")
    """The number of calls a member answered and completed (a count, not a time). Header
    ``Completed``."""

    abandoned = IntHeader("Abandoned")
    """The number of callers who hung up while waiting in the queue. Header ``Abandoned``."""

    service_level_perf = StrHeader("ServiceLevelPerf")
    """Primary service level performance metric. Header ``ServiceLevelPerf``."""

    service_level_perf2 = StrHeader("ServiceLevelPerf2")
    """Secondary service level performance metric. Header ``ServiceLevelPerf2``."""


class QueueStatusComplete(ListCompleteFields):
    """Ends the QueueStatus reply (ListItems counts QueueParams items too).

    ``Event: QueueStatusComplete`` (``apps/app_queue.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueStatusComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class QueueSummary(Event):
    """One queue's summary, an item of the QueueSummary reply.

    ``Event: QueueSummary`` (``apps/app_queue.c``). Class: none (sent to one session). Not
    in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueSummary"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    queue = StrHeader("Queue")
    """The queue. Header ``Queue``."""

    logged_in = IntHeader("LoggedIn")
    """Members logged in. Header ``LoggedIn``."""

    available = IntHeader("Available")
    """Members available. Header ``Available``."""

    callers = IntHeader("Callers")
    """Callers waiting. Header ``Callers``."""

    hold_time = IntHeader("HoldTime")
    """Average hold time in seconds. Header ``HoldTime``."""

    talk_time = IntHeader("TalkTime")
    """Average talk time in seconds. Header ``TalkTime``."""

    longest_hold_time = IntHeader("LongestHoldTime")
    """The longest current wait in seconds. Header ``LongestHoldTime``."""


class QueueSummaryComplete(ListCompleteFields):
    """Ends the QueueSummary reply.

    ``Event: QueueSummaryComplete`` (``apps/app_queue.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "QueueSummaryComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
