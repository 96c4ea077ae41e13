# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_queue``.

Implemented in apps/app_queue.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response
from ami_runtime.responses import HeaderLinesResponse

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "QueueAdd",
    "QueueChangePriorityCaller",
    "QueueLog",
    "QueueMemberRingInUse",
    "QueuePause",
    "QueuePenalty",
    "QueueReload",
    "QueueRemove",
    "QueueReset",
    "QueueRule",
    "QueueStatus",
    "QueueSummary",
    "QueueWithdrawCaller",
]


@request_class
class QueueAdd(Request[Response]):
    """Add a member to a queue.

    Sends ``Action: QueueAdd`` (``apps/app_queue.c``). Privilege: agent. Reply: Message
    'Added interface to queue'. Related events: QueueMemberAdded. Asterisk: since 1.0.
    Verified live on Asterisk 20, 22, 23.

    The QueueMemberAdded event carries no ActionID.
    """

    ACTION: ClassVar[str] = "QueueAdd"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue", required=True),
        Field("interface", "Interface", required=True),
        Field("penalty", "Penalty", encoding="int"),
        Field("paused", "Paused", encoding="bool", true="yes", false="no"),
        Field("reason", "Reason"),
        Field("membername", "MemberName"),
        Field("state_interface", "StateInterface"),
        Field("wrapuptime", "Wrapuptime", encoding="int"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    EVENTS: ClassVar[tuple[str, ...]] = ("QueueMemberAdded",)
    SINCE: ClassVar[str | None] = "1.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    interface: str
    """The member's interface, e.g. 'PJSIP/100'. Header ``Interface``."""

    queue: str
    """The queue. Header ``Queue``."""

    membername: str | None
    """Friendly name of the member. Header ``MemberName``."""

    penalty: int | None
    """Calls go to lower penalties first. Header ``Penalty``."""

    paused: bool | str | None
    """Add the member paused. Header ``Paused``."""

    reason: str | None
    """Why the member is paused. Header ``Reason``."""

    state_interface: str | None
    """Interface whose device state stands for the member's. Header ``StateInterface``."""

    wrapuptime: int | None
    """Seconds of wrap-up time (read by app_queue.c, undocumented). Header ``Wrapuptime``."""

    def __init__(
        self,
        interface: str,
        queue: str,
        membername: str | None = None,
        penalty: int | None = 0,
        paused: bool | str | None = False,
        *,
        reason: str | None = None,
        state_interface: str | None = None,
        wrapuptime: int | None = None,
        member_name: str | None = None,
    ) -> None:
        if member_name is not None:
            if membername is not None:
                raise TypeError("QueueAdd: give membername or member_name, not both")
            membername = member_name
        init_fields(
            self,
            interface=interface,
            queue=queue,
            membername=membername,
            penalty=penalty,
            paused=paused,
            reason=reason,
            state_interface=state_interface,
            wrapuptime=wrapuptime,
        )


@request_class
class QueueChangePriorityCaller(Request[Response]):
    """Change priority of a caller on queue.

    Sends ``Action: QueueChangePriorityCaller`` (``apps/app_queue.c``). Privilege: none
    needed. Reply: a plain response. Asterisk: since 15.0.0. Verified live on Asterisk 20,
    22, 23.
    """

    ACTION: ClassVar[str] = "QueueChangePriorityCaller"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue", required=True),
        Field("caller", "Caller", required=True),
        Field("priority", "Priority", required=True),
        Field("immediate", "Immediate"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "15.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    queue: str
    """The name of the queue to take action on. Header ``Queue``."""

    caller: str
    """The caller (channel) to change priority on queue. Header ``Caller``."""

    priority: str
    """Priority value for change for caller on queue. Header ``Priority``."""

    _: KW_ONLY

    immediate: str | None = None
    """When set to yes will cause the priority change to be reflected immediately, causing the
    channel to change position within the queue. Header ``Immediate``."""

    def __init__(
        self, queue: str, caller: str, priority: str, *, immediate: str | None = None
    ) -> None:
        init_fields(self, queue=queue, caller=caller, priority=priority, immediate=immediate)


@request_class
class QueueLog(Request[Response]):
    """Add a custom line to the queue log.

    Sends ``Action: QueueLog`` (``apps/app_queue.c``). Privilege: agent. Reply: Message
    'Event added successfully'. Asterisk: since 1.6. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueueLog"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue", required=True),
        Field("event", "Event", required=True),
        Field("uniqueid", "Uniqueid"),
        Field("interface", "Interface"),
        Field("message", "Message"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    queue: str
    """The queue. Header ``Queue``."""

    event: str
    """The event name written to the log. Header ``Event``."""

    interface: str | None = None
    """The member it concerns. Header ``Interface``."""

    uniqueid: str | None = None
    """The call's Uniqueid. Header ``Uniqueid``."""

    message: str | None = None
    """Free text ('|' separates fields in the log). Header ``Message``."""

    def __init__(
        self,
        queue: str,
        event: str,
        interface: str | None = None,
        uniqueid: str | None = None,
        message: str | None = None,
    ) -> None:
        init_fields(
            self, queue=queue, event=event, interface=interface, uniqueid=uniqueid, message=message
        )


@request_class
class QueueMemberRingInUse(Request[Response]):
    """Set the ringinuse value for a queue member.

    Sends ``Action: QueueMemberRingInUse`` (``apps/app_queue.c``). Privilege: agent. Reply:
    a plain response. Asterisk: since 11.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueueMemberRingInUse"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("interface", "Interface", required=True),
        Field("ring_in_use", "RingInUse", required=True),
        Field("queue", "Queue"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "11.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    interface: str
    """The Interface header. Header ``Interface``."""

    ring_in_use: str
    """The RingInUse header. Header ``RingInUse``."""

    _: KW_ONLY

    queue: str | None = None
    """The Queue header. Header ``Queue``."""

    def __init__(self, interface: str, ring_in_use: str, *, queue: str | None = None) -> None:
        init_fields(self, interface=interface, ring_in_use=ring_in_use, queue=queue)


@request_class
class QueuePause(Request[Response]):
    """Pause or unpause a member in one queue or in all its queues.

    Sends ``Action: QueuePause`` (``apps/app_queue.c``). Privilege: agent. Reply: 'Interface
    paused successfully' / 'Interface unpaused successfully'. Related events:
    QueueMemberPause. Asterisk: since 1.2. Verified live on Asterisk 20, 22, 23.

    The event is QueueMemberPause (12+; QueueMemberPaused up to 11); Reason is Asterisk's
    (pystrix lacked it).
    """

    ACTION: ClassVar[str] = "QueuePause"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue"),
        Field("interface", "Interface", required=True),
        Field("paused", "Paused", encoding="bool", required=True),
        Field("reason", "Reason"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    EVENTS: ClassVar[tuple[str, ...]] = ("QueueMemberPause",)
    SINCE: ClassVar[str | None] = "1.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    interface: str
    """The member's interface. Header ``Interface``."""

    paused: bool
    """True pauses, False unpauses. Header ``Paused``."""

    queue: str | None = None
    """Only this queue; every queue of the member when absent. Header ``Queue``."""

    _: KW_ONLY

    reason: str | None = None
    """Why; returned in QueueMemberPause. Header ``Reason``."""

    def __init__(
        self, interface: str, paused: bool, queue: str | None = None, *, reason: str | None = None
    ) -> None:
        init_fields(self, interface=interface, paused=paused, queue=queue, reason=reason)


@request_class
class QueuePenalty(Request[Response]):
    """Change a member's penalty in one queue or in all its queues.

    Sends ``Action: QueuePenalty`` (``apps/app_queue.c``). Privilege: agent. Reply: Message
    'Interface penalty set successfully'. Related events: QueueMemberPenalty. Asterisk:
    since 1.6. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueuePenalty"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("interface", "Interface", required=True),
        Field("penalty", "Penalty", encoding="int", required=True),
        Field("queue", "Queue"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    EVENTS: ClassVar[tuple[str, ...]] = ("QueueMemberPenalty",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    interface: str
    """The member's interface. Header ``Interface``."""

    penalty: int
    """The new penalty (not negative). Header ``Penalty``."""

    queue: str | None = None
    """Only this queue. Header ``Queue``."""

    def __init__(self, interface: str, penalty: int, queue: str | None = None) -> None:
        init_fields(self, interface=interface, penalty=penalty, queue=queue)


@request_class
class QueueReload(Request[Response]):
    """Reload queue members, rules and/or parameters from the configuration.

    Sends ``Action: QueueReload`` (``apps/app_queue.c``). Privilege: none needed. Reply:
    Message 'Queue reloaded successfully'. Asterisk: since 1.6.2.0. Verified live on
    Asterisk 20, 22, 23.

    No class is needed (pystrix said agent); an unknown queue still answers Success.
    """

    ACTION: ClassVar[str] = "QueueReload"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue"),
        Field("members", "Members", encoding="bool", true="yes", false="no"),
        Field("rules", "Rules", encoding="bool", true="yes", false="no"),
        Field("parameters", "Parameters", encoding="bool", true="yes", false="no"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.6.2.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    queue: str | None = None
    """Only this queue; every queue when absent. Header ``Queue``."""

    members: bool | str | None = "yes"
    """Reload the members ('yes'/'no' or a bool). Header ``Members``."""

    rules: bool | str | None = "yes"
    """Reload queuerules.conf. Header ``Rules``."""

    parameters: bool | str | None = "yes"
    """Reload the other queue options. Header ``Parameters``."""

    def __init__(
        self,
        queue: str | None = None,
        members: bool | str | None = "yes",
        rules: bool | str | None = "yes",
        parameters: bool | str | None = "yes",
    ) -> None:
        init_fields(self, queue=queue, members=members, rules=rules, parameters=parameters)


@request_class
class QueueRemove(Request[Response]):
    """Remove a dynamic member from a queue.

    Sends ``Action: QueueRemove`` (``apps/app_queue.c``). Privilege: agent. Reply: 'Removed
    interface from queue'; 'Member not dynamic' is an Error. Related events:
    QueueMemberRemoved. Asterisk: since 1.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueueRemove"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue", required=True),
        Field("interface", "Interface", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    EVENTS: ClassVar[tuple[str, ...]] = ("QueueMemberRemoved",)
    SINCE: ClassVar[str | None] = "1.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    interface: str
    """The member's interface. Header ``Interface``."""

    queue: str
    """The queue. Header ``Queue``."""

    def __init__(self, interface: str, queue: str) -> None:
        init_fields(self, interface=interface, queue=queue)


@request_class
class QueueReset(Request[Response]):
    """Reset queue statistics.

    Sends ``Action: QueueReset`` (``apps/app_queue.c``). Privilege: none needed. Reply: a
    plain response. Asterisk: since 1.6.2.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): a queue that does not
    exist is answered Success too.
    """

    ACTION: ClassVar[str] = "QueueReset"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("queue", "Queue"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.6.2.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    queue: str | None = None
    """The name of the queue on which to reset statistics. Header ``Queue``."""

    def __init__(self, *, queue: str | None = None) -> None:
        init_fields(self, queue=queue)


@request_class
class QueueRule(Request[HeaderLinesResponse]):
    """Queue Rules.

    Sends ``Action: QueueRule`` (``apps/app_queue.c``). Privilege: none needed. Reply: a
    HeaderLinesResponse; RuleList and Rule header lines, one block per rule (data lists
    them). Asterisk: since 1.6.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueueRule"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("rule", "Rule"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    RESPONSE: ClassVar[type[Response]] = HeaderLinesResponse
    SINCE: ClassVar[str | None] = "1.6.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    rule: str | None = None
    """The name of the rule in queuerules.conf whose contents to list. Header ``Rule``."""

    def __init__(self, *, rule: str | None = None) -> None:
        init_fields(self, rule=rule)


@request_class
class QueueStatus(Request[Response]):
    """Report the parameters, members and callers of one or every queue.

    Sends ``Action: QueueStatus`` (``apps/app_queue.c``). Privilege: none needed. Reply: an
    event list of QueueParams, QueueMember, QueueEntry items, ended by QueueStatusComplete.
    Asterisk: since 0.5. Verified live on Asterisk 20, 22, 23.

    ListItems in QueueStatusComplete counts the QueueParams items too.
    """

    ACTION: ClassVar[str] = "QueueStatus"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue"),
        Field("member", "Member"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("QueueParams", "QueueMember", "QueueEntry"), complete="QueueStatusComplete"
    )
    SINCE: ClassVar[str | None] = "0.5"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    queue: str | None = None
    """Only this queue. Header ``Queue``."""

    _: KW_ONLY

    member: str | None = None
    """Only this member (QueueParams still come). Header ``Member``."""

    def __init__(self, queue: str | None = None, *, member: str | None = None) -> None:
        init_fields(self, queue=queue, member=member)


@request_class
class QueueSummary(Request[Response]):
    """Summarise one or every queue (members logged in and available, callers, hold times).

    Sends ``Action: QueueSummary`` (``apps/app_queue.c``). Privilege: none needed. Reply: an
    event list of QueueSummary items, ended by QueueSummaryComplete. Asterisk: since 1.6.
    Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueueSummary"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("queue", "Queue"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("QueueSummary",), complete="QueueSummaryComplete"
    )
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    queue: str | None = None
    """Only this queue. Header ``Queue``."""

    def __init__(self, queue: str | None = None) -> None:
        init_fields(self, queue=queue)


@request_class
class QueueWithdrawCaller(Request[Response]):
    """Request to withdraw a caller from the queue back to the dialplan.

    Sends ``Action: QueueWithdrawCaller`` (``apps/app_queue.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 16.25.0, 18.11.0, 19.3.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "QueueWithdrawCaller"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("queue", "Queue", required=True),
        Field("caller", "Caller", required=True),
        Field("withdraw_info", "WithdrawInfo"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "16.25.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("16.25.0", "18.11.0", "19.3.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    queue: str
    """The name of the queue to take action on. Header ``Queue``."""

    caller: str
    """The caller (channel) to withdraw from the queue. Header ``Caller``."""

    _: KW_ONLY

    withdraw_info: str | None = None
    """Optional info to store. If the call is successfully withdrawn from the queue, this
    information will be available in the QUEUE_WITHDRAW_INFO variable. Header
    ``WithdrawInfo``."""

    def __init__(self, queue: str, caller: str, *, withdraw_info: str | None = None) -> None:
        init_fields(self, queue=queue, caller=caller, withdraw_info=withdraw_info)
