# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``manager``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, Snapshot, StrHeader
from ami_runtime.message import Event

from ._groups import (
    BridgeSnapshot,
    BridgeSnapshotFields,
    ChannelSnapshot,
    ChannelSnapshotFields,
    ListCompleteFields,
)

__all__ = [
    "AgentLogin",
    "AgentLogoff",
    "AOC_D",
    "AOC_E",
    "AOC_S",
    "AttendedTransfer",
    "AuthMethodNotAllowed",
    "BlindTransfer",
    "BridgeCreate",
    "BridgeDestroy",
    "BridgeEnter",
    "BridgeInfoChannel",
    "BridgeInfoComplete",
    "BridgeLeave",
    "BridgeListComplete",
    "BridgeListItem",
    "BridgeMerge",
    "BridgeTechnologyListComplete",
    "BridgeTechnologyListItem",
    "BridgeVideoSourceUpdate",
    "ChallengeResponseFailed",
    "ChallengeSent",
    "ChannelHungup",
    "ChannelsHungupListComplete",
    "ChannelTalkingStart",
    "ChannelTalkingStop",
    "ChanSpyStart",
    "ChanSpyStop",
    "ContactStatus",
    "CoreShowChannel",
    "CoreShowChannelMapComplete",
    "CoreShowChannelsComplete",
    "DBGetComplete",
    "DBGetResponse",
    "DBGetTreeComplete",
    "DBGetTreeResponse",
    "DeadlockStart",
    "DeviceStateChange",
    "DialBegin",
    "DialEnd",
    "DialState",
    "DTMFBegin",
    "DTMFEnd",
    "ExtensionStateListComplete",
    "ExtensionStatus",
    "FailedACL",
    "FAXStatus",
    "Flash",
    "FullyBooted",
    "Hangup",
    "HangupHandlerPop",
    "HangupHandlerPush",
    "HangupHandlerRun",
    "HangupRequest",
    "Hold",
    "InvalidAccountID",
    "InvalidPassword",
    "InvalidTransport",
    "ListDialplan",
    "Load",
    "LoadAverageLimit",
    "LocalBridge",
    "LocalOptimizationBegin",
    "LocalOptimizationEnd",
    "LogChannel",
    "MemoryLimit",
    "MessageWaiting",
    "MonitorStart",
    "MonitorStop",
    "MusicOnHoldStart",
    "MusicOnHoldStop",
    "NewAccountCode",
    "NewCallerid",
    "Newchannel",
    "NewConnectedLine",
    "NewExten",
    "Newstate",
    "OriginateResponse",
    "PeerStatus",
    "Pickup",
    "PresenceStateChange",
    "PresenceStatus",
    "ReceiveFAX",
    "Registry",
    "Reload",
    "Rename",
    "RequestBadFormat",
    "RequestNotAllowed",
    "RequestNotSupported",
    "RTCPReceived",
    "RTCPSent",
    "SendFAX",
    "SessionLimit",
    "ShowDialPlanComplete",
    "Shutdown",
    "SoftHangupRequest",
    "Status",
    "StatusComplete",
    "SuccessfulAuth",
    "UnexpectedAddress",
    "Unhold",
    "Unload",
    "UserEvent",
    "VarSet",
    "WaitEventComplete",
    "Wink",
]


class AgentLogin(ChannelSnapshotFields):
    """Raised when an Agent has logged in.

    ``Event: AgentLogin``. Class: agent. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentLogin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    agent = StrHeader("Agent")
    """Agent ID of the agent. Header ``Agent``."""


class AgentLogoff(ChannelSnapshotFields):
    """Raised when an Agent has logged off.

    ``Event: AgentLogoff``. Class: agent. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentLogoff"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"

    agent = StrHeader("Agent")
    """Agent ID of the agent. Header ``Agent``."""

    logintime = IntHeader("Logintime")
    """The number of seconds the agent was logged in. Header ``Logintime``."""


class AOC_D(ChannelSnapshotFields):
    """Raised when an Advice of Charge message is sent during a call.

    ``Event: AOC-D``. Class: aoc. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AOC-D"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("aoc",)
    SINCE: ClassVar[str | None] = "12.0.0"

    charge = StrHeader("Charge")
    """The Charge header. Header ``Charge``."""

    type = StrHeader("Type")
    """The Type header. Documented values: NotAvailable, Free, Currency, Units. Header
    ``Type``."""

    billing_id = StrHeader("BillingID")
    """The BillingID header. Documented values: Normal, Reverse, CreditCard,
    CallForwardingUnconditional, CallForwardingBusy, CallForwardingNoReply, CallDeflection,
    CallTransfer, NotAvailable. Header ``BillingID``."""

    total_type = StrHeader("TotalType")
    """The TotalType header. Documented values: SubTotal, Total. Header ``TotalType``."""

    currency = StrHeader("Currency")
    """The Currency header. Header ``Currency``."""

    name_ = StrHeader("Name")
    """The Name header. Header ``Name``."""

    cost = StrHeader("Cost")
    """The Cost header. Header ``Cost``."""

    multiplier = StrHeader("Multiplier")
    """The Multiplier header. Documented values: 1/1000, 1/100, 1/10, 1, 10, 100, 1000. Header
    ``Multiplier``."""

    units = StrHeader("Units")
    """The Units header. Header ``Units``."""

    number_of = StrHeader("NumberOf")
    """The NumberOf header. Header ``NumberOf``."""

    type_of = StrHeader("TypeOf")
    """The TypeOf header. Header ``TypeOf``."""


class AOC_E(ChannelSnapshotFields):
    """Raised when an Advice of Charge message is sent at the end of a call.

    ``Event: AOC-E``. Class: aoc. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AOC-E"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("aoc",)
    SINCE: ClassVar[str | None] = "12.0.0"

    charging_association = StrHeader("ChargingAssociation")
    """The ChargingAssociation header. Header ``ChargingAssociation``."""

    number = StrHeader("Number")
    """The Number header. Header ``Number``."""

    plan = StrHeader("Plan")
    """The Plan header. Header ``Plan``."""

    id = StrHeader("ID")
    """The ID header. Header ``ID``."""

    charge = StrHeader("Charge")
    """The Charge header. Header ``Charge``."""

    type = StrHeader("Type")
    """The Type header. Documented values: NotAvailable, Free, Currency, Units. Header
    ``Type``."""

    billing_id = StrHeader("BillingID")
    """The BillingID header. Documented values: Normal, Reverse, CreditCard,
    CallForwardingUnconditional, CallForwardingBusy, CallForwardingNoReply, CallDeflection,
    CallTransfer, NotAvailable. Header ``BillingID``."""

    total_type = StrHeader("TotalType")
    """The TotalType header. Documented values: SubTotal, Total. Header ``TotalType``."""

    currency = StrHeader("Currency")
    """The Currency header. Header ``Currency``."""

    name_ = StrHeader("Name")
    """The Name header. Header ``Name``."""

    cost = StrHeader("Cost")
    """The Cost header. Header ``Cost``."""

    multiplier = StrHeader("Multiplier")
    """The Multiplier header. Documented values: 1/1000, 1/100, 1/10, 1, 10, 100, 1000. Header
    ``Multiplier``."""

    units = StrHeader("Units")
    """The Units header. Header ``Units``."""

    number_of = StrHeader("NumberOf")
    """The NumberOf header. Header ``NumberOf``."""

    type_of = StrHeader("TypeOf")
    """The TypeOf header. Header ``TypeOf``."""


class AOC_S(ChannelSnapshotFields):
    """Raised when an Advice of Charge message is sent at the beginning of a call.

    ``Event: AOC-S``. Class: aoc. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AOC-S"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("aoc",)
    SINCE: ClassVar[str | None] = "12.0.0"

    chargeable = StrHeader("Chargeable")
    """The Chargeable header. Header ``Chargeable``."""

    rate_type = StrHeader("RateType")
    """The RateType header. Documented values: NotAvailable, Free, FreeFromBeginning, Duration,
    Flag, Volume, SpecialCode. Header ``RateType``."""

    currency = StrHeader("Currency")
    """The Currency header. Header ``Currency``."""

    name_ = StrHeader("Name")
    """The Name header. Header ``Name``."""

    cost = StrHeader("Cost")
    """The Cost header. Header ``Cost``."""

    multiplier = StrHeader("Multiplier")
    """The Multiplier header. Documented values: 1/1000, 1/100, 1/10, 1, 10, 100, 1000. Header
    ``Multiplier``."""

    charging_type = StrHeader("ChargingType")
    """The ChargingType header. Header ``ChargingType``."""

    step_function = StrHeader("StepFunction")
    """The StepFunction header. Header ``StepFunction``."""

    granularity = StrHeader("Granularity")
    """The Granularity header. Header ``Granularity``."""

    length = StrHeader("Length")
    """The Length header. Header ``Length``."""

    scale = StrHeader("Scale")
    """The Scale header. Header ``Scale``."""

    unit = StrHeader("Unit")
    """The Unit header. Documented values: Octet, Segment, Message. Header ``Unit``."""

    special_code = StrHeader("SpecialCode")
    """The SpecialCode header. Header ``SpecialCode``."""


class AttendedTransfer(Event):
    """Raised when an attended transfer is complete.

    ``Event: AttendedTransfer``. Class: call. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AttendedTransfer"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    orig_transferer = Snapshot(ChannelSnapshot, "OrigTransferer")
    """The OrigTransferer channel snapshot: its headers (``OrigTransfererChannel`` ...) through
    a :class:`ChannelSnapshot`."""

    orig_bridge = Snapshot(BridgeSnapshot, "Orig")
    """The Orig bridge snapshot: its headers (``OrigBridgeUniqueid`` ...) through a
    :class:`BridgeSnapshot`."""

    second_transferer = Snapshot(ChannelSnapshot, "SecondTransferer")
    """The SecondTransferer channel snapshot: its headers (``SecondTransfererChannel`` ...)
    through a :class:`ChannelSnapshot`."""

    second_bridge = Snapshot(BridgeSnapshot, "Second")
    """The Second bridge snapshot: its headers (``SecondBridgeUniqueid`` ...) through a
    :class:`BridgeSnapshot`."""

    local_one = Snapshot(ChannelSnapshot, "LocalOne")
    """The LocalOne channel snapshot: its headers (``LocalOneChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    local_two = Snapshot(ChannelSnapshot, "LocalTwo")
    """The LocalTwo channel snapshot: its headers (``LocalTwoChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    transferee = Snapshot(ChannelSnapshot, "Transferee")
    """The Transferee channel snapshot: its headers (``TransfereeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    transfer_target = Snapshot(ChannelSnapshot, "TransferTarget")
    """The TransferTarget channel snapshot: its headers (``TransferTargetChannel`` ...) through
    a :class:`ChannelSnapshot`."""

    result = StrHeader("Result")
    """Indicates if the transfer was successful or if it failed. Note: A result of Success does
    not necessarily mean that a target was successfully contacted. It means that a party was
    successfully placed into the dialplan at the expected location. Documented values: Fail,
    Invalid, Not Permitted, Success. Header ``Result``."""

    dest_type = StrHeader("DestType")
    """Indicates the method by which the attended transfer completed. Documented values:
    Bridge, App, Link, Threeway, Fail. Header ``DestType``."""

    dest_bridge_uniqueid = StrHeader("DestBridgeUniqueid")
    """Indicates the surviving bridge when bridges were merged to complete the transfer Note:
    This header is only present when DestType is Bridge or Threeway Header
    ``DestBridgeUniqueid``."""

    dest_app = StrHeader("DestApp")
    """Indicates the application that is running when the transfer completes Note: This header
    is only present when DestType is App Header ``DestApp``."""

    dest_transferer_channel = StrHeader("DestTransfererChannel")
    """The name of the surviving transferer channel when a transfer results in a threeway call
    Note: This header is only present when DestType is Threeway Header
    ``DestTransfererChannel``."""


class AuthMethodNotAllowed(Event):
    """Raised when a request used an authentication method not allowed by the service.

    ``Event: AuthMethodNotAllowed``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AuthMethodNotAllowed"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    auth_method = StrHeader("AuthMethod")
    """The authentication method attempted. Header ``AuthMethod``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class BlindTransfer(BridgeSnapshotFields):
    """Raised when a blind transfer is complete.

    ``Event: BlindTransfer``. Class: call. Asterisk: documented since 12.0.0. Headers of
    BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BlindTransfer"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    transferer = Snapshot(ChannelSnapshot, "Transferer")
    """The Transferer channel snapshot: its headers (``TransfererChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    transferee = Snapshot(ChannelSnapshot, "Transferee")
    """The Transferee channel snapshot: its headers (``TransfereeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    result = StrHeader("Result")
    """Indicates if the transfer was successful or if it failed. Note: A result of Success does
    not necessarily mean that a target was successfully contacted. It means that a party was
    successfully placed into the dialplan at the expected location. Documented values: Fail,
    Invalid, Not Permitted, Success. Header ``Result``."""

    is_external = StrHeader("IsExternal")
    """Indicates if the transfer was performed outside of Asterisk. For instance, a channel
    protocol native transfer is external. A DTMF transfer is internal. Documented values:
    Yes, No. Header ``IsExternal``."""

    context = StrHeader("Context")
    """Destination context for the blind transfer. Header ``Context``."""

    extension = StrHeader("Extension")
    """Destination extension for the blind transfer. Header ``Extension``."""


class BridgeCreate(BridgeSnapshotFields):
    """Raised when a bridge is created.

    ``Event: BridgeCreate``. Class: call. Asterisk: documented since 12.0.0. Headers of
    BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeCreate"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class BridgeDestroy(BridgeSnapshotFields):
    """Raised when a bridge is destroyed.

    ``Event: BridgeDestroy``. Class: call. Asterisk: documented since 12.0.0. Headers of
    BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeDestroy"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class BridgeEnter(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a channel enters a bridge.

    ``Event: BridgeEnter``. Class: call. Asterisk: documented since 12.0.0. Headers of
    BridgeSnapshotFields, ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeEnter"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    swap_uniqueid = StrHeader("SwapUniqueid")
    """The uniqueid of the channel being swapped out of the bridge Header ``SwapUniqueid``."""


class BridgeInfoChannel(ChannelSnapshotFields):
    """Information about a channel in a bridge.

    ``Event: BridgeInfoChannel``. Class: command. Asterisk: documented since 13.0.0. Headers
    of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeInfoChannel"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.0.0"


class BridgeInfoComplete(BridgeSnapshotFields):
    """Information about a bridge.

    ``Event: BridgeInfoComplete``. Class: command. Asterisk: documented since 13.0.0.
    Headers of BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeInfoComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.0.0"


class BridgeLeave(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a channel leaves a bridge.

    ``Event: BridgeLeave``. Class: call. Asterisk: documented since 12.0.0. Headers of
    BridgeSnapshotFields, ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeLeave"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class BridgeListComplete(ListCompleteFields):
    """Ends the BridgeList reply.

    ``Event: BridgeListComplete`` (``main/manager_bridges.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class BridgeListItem(BridgeSnapshotFields):
    """One bridge, an item of the BridgeList reply.

    ``Event: BridgeListItem`` (``main/manager_bridges.c``). Class: none (sent to one
    session). Headers of BridgeSnapshotFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeListItem"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class BridgeMerge(Event):
    """Raised when two bridges are merged.

    ``Event: BridgeMerge``. Class: call. Asterisk: documented since 16.24.0, 18.10.0,
    19.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeMerge"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.24.0"

    to_bridge = Snapshot(BridgeSnapshot, "To")
    """The To bridge snapshot: its headers (``ToBridgeUniqueid`` ...) through a
    :class:`BridgeSnapshot`."""

    from__bridge = Snapshot(BridgeSnapshot, "From")
    """The From bridge snapshot: its headers (``FromBridgeUniqueid`` ...) through a
    :class:`BridgeSnapshot`."""


class BridgeTechnologyListComplete(ListCompleteFields):
    """Ends the BridgeTechnologyList reply.

    ``Event: BridgeTechnologyListComplete`` (``main/manager_bridges.c``). Class: none (sent
    to one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeTechnologyListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class BridgeTechnologyListItem(Event):
    """One bridging technology, an item of the BridgeTechnologyList reply.

    ``Event: BridgeTechnologyListItem`` (``main/manager_bridges.c``). Class: none (sent to
    one session). Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeTechnologyListItem"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    bridge_technology = StrHeader("BridgeTechnology")
    """The technology's name. Header ``BridgeTechnology``."""

    bridge_type = StrHeader("BridgeType")
    """The kind of bridging it does. Header ``BridgeType``."""

    bridge_priority = IntHeader("BridgePriority")
    """Its preference among technologies. Header ``BridgePriority``."""

    suspended = StrHeader("Suspended")
    """Whether it is suspended (BridgeTechnologySuspend). Documented values: Yes, No. Header
    ``Suspended``."""


class BridgeVideoSourceUpdate(BridgeSnapshotFields):
    """Raised when the channel that is the source of video in a bridge changes.

    ``Event: BridgeVideoSourceUpdate``. Class: call. Asterisk: documented since 13.13.0,
    14.2.0. Headers of BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "BridgeVideoSourceUpdate"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.13.0"

    bridge_previous_video_source = StrHeader("BridgePreviousVideoSource")
    """The unique ID of the channel that was the video source. Header
    ``BridgePreviousVideoSource``."""


class ChallengeResponseFailed(Event):
    """Raised when a request's attempt to authenticate has been challenged, and the request
    failed the authentication challenge.

    ``Event: ChallengeResponseFailed``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChallengeResponseFailed"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    challenge = StrHeader("Challenge")
    """The challenge that was sent. Header ``Challenge``."""

    response = StrHeader("Response")
    """The response that was received. Header ``Response``."""

    expected_response = StrHeader("ExpectedResponse")
    """The expected response to the challenge. Header ``ExpectedResponse``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class ChallengeSent(Event):
    """Raised when an Asterisk service sends an authentication challenge to a request.

    ``Event: ChallengeSent``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChallengeSent"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    challenge = StrHeader("Challenge")
    """The challenge that was sent. Header ``Challenge``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class ChannelHungup(Event):
    """One channel hung up by a Hangup action with a /regex/ channel, an item of its reply.

    ``Event: ChannelHungup`` (``main/manager.c``). Class: none (sent to one session). Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChannelHungup"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    channel = StrHeader("Channel")
    """The channel hung up. Header ``Channel``."""


class ChannelsHungupListComplete(ListCompleteFields):
    """Ends the reply of a Hangup action with a /regex/ channel.

    ``Event: ChannelsHungupListComplete`` (``main/manager.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChannelsHungupListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class ChannelTalkingStart(ChannelSnapshotFields):
    """Raised when talking is detected on a channel.

    ``Event: ChannelTalkingStart``. Class: call. Asterisk: documented since 12.4.0. Headers
    of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChannelTalkingStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.4.0"


class ChannelTalkingStop(ChannelSnapshotFields):
    """Raised when talking is no longer detected on a channel.

    ``Event: ChannelTalkingStop``. Class: call. Asterisk: documented since 12.4.0. Headers
    of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChannelTalkingStop"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.4.0"

    duration = StrHeader("Duration")
    """The length in time, in milliseconds, that talking was detected on the channel. Header
    ``Duration``."""


class ChanSpyStart(Event):
    """Raised when one channel begins spying on another channel.

    ``Event: ChanSpyStart``. Class: call. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChanSpyStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    spyer = Snapshot(ChannelSnapshot, "Spyer")
    """The Spyer channel snapshot: its headers (``SpyerChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    spyee = Snapshot(ChannelSnapshot, "Spyee")
    """The Spyee channel snapshot: its headers (``SpyeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""


class ChanSpyStop(Event):
    """Raised when a channel has stopped spying.

    ``Event: ChanSpyStop``. Class: call. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ChanSpyStop"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    spyer = Snapshot(ChannelSnapshot, "Spyer")
    """The Spyer channel snapshot: its headers (``SpyerChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    spyee = Snapshot(ChannelSnapshot, "Spyee")
    """The Spyee channel snapshot: its headers (``SpyeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""


class ContactStatus(Event):
    """Raised when the state of a contact changes.

    ``Event: ContactStatus``. Class: system. Asterisk: documented since 13.5.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ContactStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.5.0"

    uri = StrHeader("URI")
    """This contact's URI. Header ``URI``."""

    contact_status = StrHeader("ContactStatus")
    """New status of the contact. Documented values: Unknown, Unreachable, Reachable,
    Unqualified, Removed, Updated. Header ``ContactStatus``."""

    aor = StrHeader("AOR")
    """The name of the associated aor. Header ``AOR``."""

    endpoint_name = StrHeader("EndpointName")
    """The name of the associated endpoint. Header ``EndpointName``."""

    roundtrip_usec = IntHeader("RoundtripUsec")
    """The RTT measured during the last qualify. Header ``RoundtripUsec``."""


class CoreShowChannel(ChannelSnapshotFields):
    """Raised in response to a CoreShowChannels command.

    ``Event: CoreShowChannel``. Class: call. Asterisk: documented since 18.26.0, 20.11.0,
    21.6.0, 22.1.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "CoreShowChannel"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"

    bridge_id = StrHeader("BridgeId")
    """Identifier of the bridge the channel is in, may be empty if not in one Header
    ``BridgeId``."""

    application = StrHeader("Application")
    """Application currently executing on the channel Header ``Application``."""

    application_data = StrHeader("ApplicationData")
    """Data given to the currently executing application Header ``ApplicationData``."""

    duration = StrHeader("Duration")
    """The amount of time the channel has existed Header ``Duration``."""


class CoreShowChannelMapComplete(ListCompleteFields):
    """Raised at the end of the CoreShowChannelMap list produced by the CoreShowChannelMap
    command.

    ``Event: CoreShowChannelMapComplete``. Class: call. Asterisk: documented since 18.26.0,
    20.11.0, 21.6.0, 22.1.0. Headers of ListCompleteFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "CoreShowChannelMapComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"


class CoreShowChannelsComplete(ListCompleteFields):
    """Raised at the end of the CoreShowChannel list produced by the CoreShowChannels command.

    ``Event: CoreShowChannelsComplete``. Class: call. Asterisk: documented since 18.26.0,
    20.11.0, 21.6.0, 22.1.0. Headers of ListCompleteFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "CoreShowChannelsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"


class DBGetComplete(ListCompleteFields):
    """Ends the DBGet reply.

    ``Event: DBGetComplete`` (``main/db.c``). Class: none (sent to one session). Headers of
    ListCompleteFields included. Not in Asterisk's XML docs: curated from recordings and
    source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DBGetComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class DBGetResponse(Event):
    """The value of one key, the item of the DBGet reply.

    ``Event: DBGetResponse`` (``main/db.c``). Class: none (sent to one session). Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DBGetResponse"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    family = StrHeader("Family")
    """The database family. Header ``Family``."""

    key = StrHeader("Key")
    """The key. Header ``Key``."""

    val = StrHeader("Val")
    """The value. Header ``Val``."""


class DBGetTreeComplete(ListCompleteFields):
    """Ends the DBGetTree reply.

    ``Event: DBGetTreeComplete`` (``main/db.c``). Class: none (sent to one session). Headers
    of ListCompleteFields included. Not in Asterisk's XML docs: curated from recordings and
    source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DBGetTreeComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class DBGetTreeResponse(Event):
    """One key of a family, an item of the DBGetTree reply.

    ``Event: DBGetTreeResponse`` (``main/db.c``). Class: none (sent to one session). Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DBGetTreeResponse"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    key = StrHeader("Key")
    """The full key, /family/key. Header ``Key``."""

    val = StrHeader("Val")
    """The value. Header ``Val``."""


class DeadlockStart(Event):
    """Raised when a probable deadlock has started. Delivery of this event is attempted but not
    guaranteed, and could fail for example if the manager itself is deadlocked.

    ``Event: DeadlockStart``. Class: system. Asterisk: documented since 16.29.0, 18.15.0,
    19.7.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DeadlockStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "16.29.0"

    mutex = StrHeader("Mutex")
    """The mutex involved in the deadlock. Header ``Mutex``."""


class DeviceStateChange(Event):
    """Raised when a device state changes.

    ``Event: DeviceStateChange``. Class: call. Asterisk: documented since 13.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DeviceStateChange"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.0.0"

    device = StrHeader("Device")
    """The device whose state has changed Header ``Device``."""

    state = StrHeader("State")
    """The new state of the device Header ``State``."""


class DialBegin(ChannelSnapshotFields):
    """Raised when a dial action has started.

    ``Event: DialBegin``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DialBegin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    dial_string = StrHeader("DialString")
    """The non-technology specific device being dialed. Header ``DialString``."""


class DialEnd(ChannelSnapshotFields):
    """Raised when a dial action has completed.

    ``Event: DialEnd``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DialEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    dial_status = StrHeader("DialStatus")
    """The result of the dial operation. Documented values: ABORT, ANSWER, BUSY, CANCEL,
    CHANUNAVAIL, CONGESTION, CONTINUE, GOTO, NOANSWER. Header ``DialStatus``."""

    forward = StrHeader("Forward")
    """If the call was forwarded, where the call was forwarded to. Header ``Forward``."""


class DialState(ChannelSnapshotFields):
    """Raised when dial status has changed.

    ``Event: DialState``. Class: call. Asterisk: documented since 14.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DialState"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "14.0.0"

    dest = Snapshot(ChannelSnapshot, "Dest")
    """The Dest channel snapshot: its headers (``DestChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    dial_status = StrHeader("DialStatus")
    """The new state of the outbound dial attempt. Documented values: RINGING, PROCEEDING,
    PROGRESS. Header ``DialStatus``."""

    forward = StrHeader("Forward")
    """If the call was forwarded, where the call was forwarded to. Header ``Forward``."""


class DTMFBegin(ChannelSnapshotFields):
    """Raised when a DTMF digit has started on a channel.

    ``Event: DTMFBegin``. Class: dtmf. Asterisk: documented since 16.24.0, 18.10.0, 19.2.0.
    Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DTMFBegin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dtmf",)
    SINCE: ClassVar[str | None] = "16.24.0"

    digit = StrHeader("Digit")
    """DTMF digit received or transmitted (0-9, A-E, # or * Header ``Digit``."""

    direction = StrHeader("Direction")
    """The Direction header. Documented values: Received, Sent. Header ``Direction``."""


class DTMFEnd(ChannelSnapshotFields):
    """Raised when a DTMF digit has ended on a channel.

    ``Event: DTMFEnd``. Class: dtmf. Asterisk: documented since 16.24.0, 18.10.0, 19.2.0.
    Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DTMFEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dtmf",)
    SINCE: ClassVar[str | None] = "16.24.0"

    digit = StrHeader("Digit")
    """DTMF digit received or transmitted (0-9, A-E, # or * Header ``Digit``."""

    duration_ms = IntHeader("DurationMs")
    """Duration (in milliseconds) DTMF was sent/received Header ``DurationMs``."""

    direction = StrHeader("Direction")
    """The Direction header. Documented values: Received, Sent. Header ``Direction``."""


class ExtensionStateListComplete(ListCompleteFields):
    """Indicates the end of the list the current known extension states.

    ``Event: ExtensionStateListComplete``. Class: command. Asterisk: documented since
    13.0.0. Headers of ListCompleteFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ExtensionStateListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.0.0"


class ExtensionStatus(Event):
    """Raised when a hint changes due to a device state change.

    ``Event: ExtensionStatus``. Class: call. Asterisk: documented since 18.26.0, 20.11.0,
    21.6.0, 22.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ExtensionStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"

    exten = StrHeader("Exten")
    """Name of the extension. Header ``Exten``."""

    context = StrHeader("Context")
    """Context that owns the extension. Header ``Context``."""

    hint = StrHeader("Hint")
    """Hint set for the extension Header ``Hint``."""

    status = IntHeader("Status")
    """Numerical value of the extension status. Extension status is determined by the combined
    device state of all items contained in the hint. Documented values: -2, -1, 0, 1, 2, 4,
    8, 9, 16, 17. Compare with ``ami.core.EXTENSION_STATE_*``. Header ``Status``."""

    status_text = StrHeader("StatusText")
    """Text representation of Status. Documented values: Idle, InUse, Busy, Unavailable,
    Ringing, InUse&Ringing, Hold, InUse&Hold, Unknown. Header ``StatusText``."""


class FailedACL(Event):
    """Raised when a request violates an ACL check.

    ``Event: FailedACL``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FailedACL"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    acl_name = StrHeader("ACLName")
    """If available, the name of the ACL that failed. Header ``ACLName``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class FAXStatus(ChannelSnapshotFields):
    """Raised periodically during a fax transmission.

    ``Event: FAXStatus``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FAXStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    operation = StrHeader("Operation")
    """The Operation header. Documented values: gateway, receive, send. Header ``Operation``."""

    status = StrHeader("Status")
    """A text message describing the current status of the fax Header ``Status``."""

    local_station_id = StrHeader("LocalStationID")
    """The value of the LOCALSTATIONID channel variable Header ``LocalStationID``."""

    file_name = StrHeader("FileName")
    """The files being affected by the fax operation Header ``FileName``."""


class Flash(ChannelSnapshotFields):
    """Raised when a hook flash occurs on a channel.

    ``Event: Flash``. Class: call. Asterisk: documented since 16.24.0, 18.10.0, 19.2.0.
    Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Flash"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.24.0"


class FullyBooted(Event):
    """Raised when all Asterisk initialization procedures have finished.

    ``Event: FullyBooted``. Class: system. Asterisk: documented since 12.0.0. Verified live
    on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FullyBooted"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    status = StrHeader("Status")
    """Informational message Header ``Status``."""

    uptime = IntHeader("Uptime")
    """Seconds since start Header ``Uptime``."""

    last_reload = IntHeader("LastReload")
    """Seconds since last reload Header ``LastReload``."""


class Hangup(ChannelSnapshotFields):
    """Raised when a channel is hung up.

    ``Event: Hangup``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Hangup"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    cause = IntHeader("Cause")
    """A numeric cause code for why the channel was hung up. Header ``Cause``."""

    cause_txt = StrHeader("Cause-txt")
    """A description of why the channel was hung up. Header ``Cause-txt``."""

    tech_cause = IntHeader("TechCause")
    """A technology-specific off-nominal numeric cause code for why the channel was hung up.
    Suppressed for nominally terminated calls. Header ``TechCause``."""


class HangupHandlerPop(ChannelSnapshotFields):
    """Raised when a hangup handler is removed from the handler stack by the CHANNEL()
    function.

    ``Event: HangupHandlerPop``. Class: dialplan. Asterisk: documented since 12.0.0. Headers
    of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "HangupHandlerPop"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dialplan",)
    SINCE: ClassVar[str | None] = "12.0.0"

    handler = StrHeader("Handler")
    """Hangup handler parameter string passed to the Gosub application. Header ``Handler``."""


class HangupHandlerPush(ChannelSnapshotFields):
    """Raised when a hangup handler is added to the handler stack by the CHANNEL() function.

    ``Event: HangupHandlerPush``. Class: dialplan. Asterisk: documented since 12.0.0.
    Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "HangupHandlerPush"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dialplan",)
    SINCE: ClassVar[str | None] = "12.0.0"

    handler = StrHeader("Handler")
    """Hangup handler parameter string passed to the Gosub application. Header ``Handler``."""


class HangupHandlerRun(ChannelSnapshotFields):
    """Raised when a hangup handler is about to be called.

    ``Event: HangupHandlerRun``. Class: dialplan. Asterisk: documented since 12.0.0. Headers
    of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "HangupHandlerRun"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dialplan",)
    SINCE: ClassVar[str | None] = "12.0.0"

    handler = StrHeader("Handler")
    """Hangup handler parameter string passed to the Gosub application. Header ``Handler``."""


class HangupRequest(ChannelSnapshotFields):
    """Raised when a hangup is requested.

    ``Event: HangupRequest``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "HangupRequest"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    cause = IntHeader("Cause")
    """A numeric cause code for why the channel was hung up. Header ``Cause``."""


class Hold(ChannelSnapshotFields):
    """Raised when a channel goes on hold.

    ``Event: Hold``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Hold"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    music_class = StrHeader("MusicClass")
    """The suggested MusicClass, if provided. Header ``MusicClass``."""


class InvalidAccountID(Event):
    """Raised when a request fails an authentication check due to an invalid account ID.

    ``Event: InvalidAccountID``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InvalidAccountID"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class InvalidPassword(Event):
    """Raised when a request provides an invalid password during an authentication attempt.

    ``Event: InvalidPassword``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InvalidPassword"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""

    challenge = StrHeader("Challenge")
    """The challenge that was sent. Header ``Challenge``."""

    received_challenge = StrHeader("ReceivedChallenge")
    """The challenge that was received. Header ``ReceivedChallenge``."""

    received_hash = StrHeader("ReceivedHash")
    """The hash that was received. Header ``ReceivedHash``."""


class InvalidTransport(Event):
    """Raised when a request attempts to use a transport not allowed by the Asterisk service.

    ``Event: InvalidTransport``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InvalidTransport"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    attempted_transport = StrHeader("AttemptedTransport")
    """The transport type that the request attempted to use. Header ``AttemptedTransport``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class ListDialplan(Event):
    """One priority of the dialplan, an item of the ShowDialPlan reply.

    ``Event: ListDialplan`` (``main/pbx.c``). Class: none (sent to one session). Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ListDialplan"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    context = StrHeader("Context")
    """The context. Header ``Context``."""

    extension = StrHeader("Extension")
    """The extension. Header ``Extension``."""

    priority = StrHeader("Priority")
    """The priority: a number, or 'hint' for a hint. Header ``Priority``."""

    application = StrHeader("Application")
    """The application (for a hint: the device it watches). Header ``Application``."""

    app_data = StrHeader("AppData")
    """The application's arguments. Header ``AppData``."""

    registrar = StrHeader("Registrar")
    """The module that added it (pbx_config ...). Header ``Registrar``."""


class Load(Event):
    """Raised when a module has been loaded in Asterisk.

    ``Event: Load``. Class: system. Asterisk: documented since 16.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Load"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "16.0.0"

    module = StrHeader("Module")
    """The name of the module that was loaded Header ``Module``."""

    status = StrHeader("Status")
    """The result of the load request. Documented values: Failure, Success, Decline. Header
    ``Status``."""


class LoadAverageLimit(Event):
    """Raised when a request fails because a configured load average limit has been reached.

    ``Event: LoadAverageLimit``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LoadAverageLimit"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class LocalBridge(Event):
    """Raised when two halves of a Local Channel form a bridge.

    ``Event: LocalBridge``. Class: call. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LocalBridge"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    local_one = Snapshot(ChannelSnapshot, "LocalOne")
    """The LocalOne channel snapshot: its headers (``LocalOneChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    local_two = Snapshot(ChannelSnapshot, "LocalTwo")
    """The LocalTwo channel snapshot: its headers (``LocalTwoChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    context = StrHeader("Context")
    """The context in the dialplan that Channel2 starts in. Header ``Context``."""

    exten = StrHeader("Exten")
    """The extension in the dialplan that Channel2 starts in. Header ``Exten``."""

    local_optimization = StrHeader("LocalOptimization")
    """The LocalOptimization header. Documented values: Yes, No. Header ``LocalOptimization``."""


class LocalOptimizationBegin(Event):
    """Raised when two halves of a Local Channel begin to optimize themselves out of the media
    path.

    ``Event: LocalOptimizationBegin``. Class: call. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LocalOptimizationBegin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    local_one = Snapshot(ChannelSnapshot, "LocalOne")
    """The LocalOne channel snapshot: its headers (``LocalOneChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    local_two = Snapshot(ChannelSnapshot, "LocalTwo")
    """The LocalTwo channel snapshot: its headers (``LocalTwoChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    source = Snapshot(ChannelSnapshot, "Source")
    """The Source channel snapshot: its headers (``SourceChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    dest_unique_id = StrHeader("DestUniqueId")
    """The unique ID of the bridge into which the local channel is optimizing. Header
    ``DestUniqueId``."""

    id = StrHeader("Id")
    """Identification for the optimization operation. Header ``Id``."""


class LocalOptimizationEnd(Event):
    """Raised when two halves of a Local Channel have finished optimizing themselves out of the
    media path.

    ``Event: LocalOptimizationEnd``. Class: call. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LocalOptimizationEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    local_one = Snapshot(ChannelSnapshot, "LocalOne")
    """The LocalOne channel snapshot: its headers (``LocalOneChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    local_two = Snapshot(ChannelSnapshot, "LocalTwo")
    """The LocalTwo channel snapshot: its headers (``LocalTwoChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    success = StrHeader("Success")
    """Indicates whether the local optimization succeeded. Header ``Success``."""

    id = StrHeader("Id")
    """Identification for the optimization operation. Matches the Id from a previous
    LocalOptimizationBegin Header ``Id``."""


class LogChannel(Event):
    """Raised when a logging channel is re-enabled after a reload operation.

    ``Event: LogChannel``. Class: system. Asterisk: documented since 16.24.0, 18.10.0,
    19.2.0.

    Also raised by builtin: Raised when a logging channel is disabled.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LogChannel"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "16.24.0"

    channel = StrHeader("Channel")
    """The name of the logging channel. Header ``Channel``."""


class MemoryLimit(Event):
    """Raised when a request fails due to an internal memory allocation failure.

    ``Event: MemoryLimit``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MemoryLimit"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class MessageWaiting(ChannelSnapshotFields):
    """Raised when the state of messages in a voicemail mailbox has changed or when a channel
    has finished interacting with a mailbox.

    ``Event: MessageWaiting``. Class: call. Asterisk: documented since 16.24.0, 18.10.0,
    19.2.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MessageWaiting"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.24.0"

    mailbox = StrHeader("Mailbox")
    """The mailbox with the new message, specified as mailbox@context Header ``Mailbox``."""

    waiting = StrHeader("Waiting")
    """Whether or not the mailbox has messages waiting for it. Header ``Waiting``."""

    new = IntHeader("New")
    """The number of new messages. Header ``New``."""

    old = IntHeader("Old")
    """The number of old messages. Header ``Old``."""


class MonitorStart(ChannelSnapshotFields):
    """Raised when monitoring has started on a channel.

    ``Event: MonitorStart``. Class: call. Asterisk: removed in 21. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MonitorStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    REMOVED: ClassVar[str | None] = "21"


class MonitorStop(ChannelSnapshotFields):
    """Raised when monitoring has stopped on a channel.

    ``Event: MonitorStop``. Class: call. Asterisk: removed in 21. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MonitorStop"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    REMOVED: ClassVar[str | None] = "21"


class MusicOnHoldStart(ChannelSnapshotFields):
    """Raised when music on hold has started on a channel.

    ``Event: MusicOnHoldStart``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MusicOnHoldStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    class_ = StrHeader("Class")
    """The class of music being played on the channel Header ``Class``."""


class MusicOnHoldStop(ChannelSnapshotFields):
    """Raised when music on hold has stopped on a channel.

    ``Event: MusicOnHoldStop``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MusicOnHoldStop"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class NewAccountCode(ChannelSnapshotFields):
    """Raised when a Channel's AccountCode is changed.

    ``Event: NewAccountCode``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "NewAccountCode"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    old_account_code = StrHeader("OldAccountCode")
    """The channel's previous account code Header ``OldAccountCode``."""


class NewCallerid(ChannelSnapshotFields):
    """Raised when a channel receives new Caller ID information.

    ``Event: NewCallerid``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "NewCallerid"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    cid_calling_pres = StrHeader("CID-CallingPres")
    """A description of the Caller ID presentation. Header ``CID-CallingPres``."""


class Newchannel(ChannelSnapshotFields):
    """Raised when a new channel is created.

    ``Event: Newchannel``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Newchannel"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class NewConnectedLine(ChannelSnapshotFields):
    """Raised when a channel's connected line information is changed.

    ``Event: NewConnectedLine``. Class: call. Asterisk: documented since 13.13.0, 14.2.0.
    Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "NewConnectedLine"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.13.0"


class NewExten(ChannelSnapshotFields):
    """Raised when a channel enters a new context, extension, priority.

    ``Event: NewExten``. Class: dialplan. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "NewExten"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dialplan",)
    SINCE: ClassVar[str | None] = "12.0.0"

    extension = StrHeader("Extension")
    """Deprecated in 12, but kept for backward compatibility. Please use 'Exten' instead.
    Header ``Extension``."""

    application = StrHeader("Application")
    """The application about to be executed. Header ``Application``."""

    app_data = StrHeader("AppData")
    """The data to be passed to the application. Header ``AppData``."""


class Newstate(ChannelSnapshotFields):
    """Raised when a channel's state changes.

    ``Event: Newstate``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Newstate"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class OriginateResponse(Event):
    """Raised in response to an Originate command.

    ``Event: OriginateResponse``. Class: call. Asterisk: documented since 18.26.0, 20.11.0,
    21.6.0, 22.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "OriginateResponse"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"

    response = StrHeader("Response")
    """The Response header. Documented values: Failure, Success. Header ``Response``."""

    channel = StrHeader("Channel")
    """The Channel header. Header ``Channel``."""

    context = StrHeader("Context")
    """The Context header. Header ``Context``."""

    exten = StrHeader("Exten")
    """The Exten header. Header ``Exten``."""

    application = StrHeader("Application")
    """The Application header. Header ``Application``."""

    data = StrHeader("Data")
    """The Data header. Header ``Data``."""

    reason = IntHeader("Reason")
    """The Reason header. Compare with ``ami.core.ORIGINATE_RESULT_*``. Header ``Reason``."""

    uniqueid = StrHeader("Uniqueid")
    """The Uniqueid header. Header ``Uniqueid``."""

    caller_id_num = StrHeader("CallerIDNum")
    """The CallerIDNum header. Header ``CallerIDNum``."""

    caller_id_name = StrHeader("CallerIDName")
    """The CallerIDName header. Header ``CallerIDName``."""


class PeerStatus(Event):
    """Raised when the state of a peer changes.

    ``Event: PeerStatus``. Class: system. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PeerStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    channel_type = StrHeader("ChannelType")
    """The channel technology of the peer. Header ``ChannelType``."""

    peer = StrHeader("Peer")
    """The name of the peer (including channel technology). Header ``Peer``."""

    peer_status = StrHeader("PeerStatus")
    """New status of the peer. Documented values: Unknown, Registered, Unregistered, Rejected,
    Lagged. Header ``PeerStatus``."""

    cause = IntHeader("Cause")
    """The reason the status has changed. Header ``Cause``."""

    address = StrHeader("Address")
    """New address of the peer. Header ``Address``."""

    port = StrHeader("Port")
    """New port for the peer. Header ``Port``."""

    time = StrHeader("Time")
    """Time it takes to reach the peer and receive a response. Header ``Time``."""


class Pickup(ChannelSnapshotFields):
    """Raised when a call pickup occurs.

    ``Event: Pickup``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Pickup"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    target = Snapshot(ChannelSnapshot, "Target")
    """The Target channel snapshot: its headers (``TargetChannel`` ...) through a
    :class:`ChannelSnapshot`."""


class PresenceStateChange(Event):
    """Raised when a presence state changes.

    ``Event: PresenceStateChange``. Class: call. Asterisk: documented since 13.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PresenceStateChange"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.0.0"

    presentity = StrHeader("Presentity")
    """The entity whose presence state has changed Header ``Presentity``."""

    status = StrHeader("Status")
    """The new status of the presentity Header ``Status``."""

    subtype = StrHeader("Subtype")
    """The new subtype of the presentity Header ``Subtype``."""

    message = StrHeader("Message")
    """The new message of the presentity Header ``Message``."""


class PresenceStatus(Event):
    """Raised when a hint changes due to a presence state change.

    ``Event: PresenceStatus``. Class: call. Asterisk: documented since 18.26.0, 20.11.0,
    21.6.0, 22.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PresenceStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"

    exten = StrHeader("Exten")
    """The Exten header. Header ``Exten``."""

    context = StrHeader("Context")
    """The Context header. Header ``Context``."""

    hint = StrHeader("Hint")
    """The Hint header. Header ``Hint``."""

    status = StrHeader("Status")
    """The Status header. Header ``Status``."""

    subtype = StrHeader("Subtype")
    """The Subtype header. Header ``Subtype``."""

    message = StrHeader("Message")
    """The Message header. Header ``Message``."""


class ReceiveFAX(ChannelSnapshotFields):
    """Raised when a receive fax operation has completed.

    ``Event: ReceiveFAX``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ReceiveFAX"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    local_station_id = StrHeader("LocalStationID")
    """The value of the LOCALSTATIONID channel variable Header ``LocalStationID``."""

    remote_station_id = StrHeader("RemoteStationID")
    """The value of the REMOTESTATIONID channel variable Header ``RemoteStationID``."""

    pages_transferred = IntHeader("PagesTransferred")
    """The number of pages that have been transferred Header ``PagesTransferred``."""

    resolution = StrHeader("Resolution")
    """The negotiated resolution Header ``Resolution``."""

    transfer_rate = StrHeader("TransferRate")
    """The negotiated transfer rate Header ``TransferRate``."""

    file_name = StrHeader("FileName")
    """The files being affected by the fax operation Header ``FileName``."""


class Registry(Event):
    """Raised when an outbound registration completes.

    ``Event: Registry``. Class: system. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Registry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    channel_type = StrHeader("ChannelType")
    """The type of channel that was registered (or not). Header ``ChannelType``."""

    username = StrHeader("Username")
    """The username portion of the registration. Header ``Username``."""

    domain = StrHeader("Domain")
    """The address portion of the registration. Header ``Domain``."""

    status = StrHeader("Status")
    """The status of the registration request. Documented values: Registered, Unregistered,
    Rejected, Failed. Header ``Status``."""

    cause = IntHeader("Cause")
    """What caused the rejection of the request, if available. Header ``Cause``."""


class Reload(Event):
    """Raised when a module has been reloaded in Asterisk.

    ``Event: Reload``. Class: system. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Reload"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    module = StrHeader("Module")
    """The name of the module that was reloaded, or All if all modules were reloaded Header
    ``Module``."""

    status = IntHeader("Status")
    """The numeric status code denoting the success or failure of the reload request.
    Documented values: 0, 1, 2, 3, 4, 5, 6. Header ``Status``."""


class Rename(Event):
    """Raised when the name of a channel is changed.

    ``Event: Rename``. Class: call. Asterisk: documented since 16.24.0, 18.10.0, 19.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Rename"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.24.0"


class RequestBadFormat(Event):
    """Raised when a request is received with bad formatting.

    ``Event: RequestBadFormat``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RequestBadFormat"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    request_type = StrHeader("RequestType")
    """The type of request attempted. Header ``RequestType``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""

    request_params = StrHeader("RequestParams")
    """Parameters provided to the rejected request. Header ``RequestParams``."""


class RequestNotAllowed(Event):
    """Raised when a request is not allowed by the service.

    ``Event: RequestNotAllowed``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RequestNotAllowed"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    request_type = StrHeader("RequestType")
    """The type of request attempted. Header ``RequestType``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""

    request_params = StrHeader("RequestParams")
    """Parameters provided to the rejected request. Header ``RequestParams``."""


class RequestNotSupported(Event):
    """Raised when a request fails due to some aspect of the requested item not being supported
    by the service.

    ``Event: RequestNotSupported``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RequestNotSupported"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    request_type = StrHeader("RequestType")
    """The type of request attempted. Header ``RequestType``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class RTCPReceived(ChannelSnapshotFields):
    """Raised when an RTCP packet is received.

    ``Event: RTCPReceived``. Class: reporting. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RTCPReceived"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "12.0.0"

    ssrc = StrHeader("SSRC")
    """The SSRC identifier for the remote system Header ``SSRC``."""

    pt = StrHeader("PT")
    """The type of packet for this RTCP report. Documented values: 200(SR), 201(RR). Header
    ``PT``."""

    from_ = StrHeader("From")
    """The address the report was received from. Header ``From``."""

    rtt = StrHeader("RTT")
    """Calculated Round-Trip Time in seconds Header ``RTT``."""

    report_count = IntHeader("ReportCount")
    """The number of reports that were received. The report count determines the number of
    ReportX headers in the message. The X for each set of report headers will range from 0
    to ReportCount - 1. Header ``ReportCount``."""

    sent_ntp = StrHeader("SentNTP")
    """The time the sender generated the report. Only valid when PT is 200(SR). Header
    ``SentNTP``."""

    sent_rtp = StrHeader("SentRTP")
    """The sender's last RTP timestamp. Only valid when PT is 200(SR). Header ``SentRTP``."""

    sent_packets = StrHeader("SentPackets")
    """The number of packets the sender has sent. Only valid when PT is 200(SR). Header
    ``SentPackets``."""

    sent_octets = StrHeader("SentOctets")
    """The number of bytes the sender has sent. Only valid when PT is 200(SR). Header
    ``SentOctets``."""

    report_x_source_ssrc = StrHeader("ReportXSourceSSRC")
    """The SSRC for the source of this report block. Header ``ReportXSourceSSRC``."""

    report_x_fraction_lost = StrHeader("ReportXFractionLost")
    """The fraction of RTP data packets from ReportXSourceSSRC lost since the previous SR or RR
    report was sent. Header ``ReportXFractionLost``."""

    report_x_cumulative_lost = StrHeader("ReportXCumulativeLost")
    """The total number of RTP data packets from ReportXSourceSSRC lost since the beginning of
    reception. Header ``ReportXCumulativeLost``."""

    report_x_highest_sequence = StrHeader("ReportXHighestSequence")
    """The highest sequence number received in an RTP data packet from ReportXSourceSSRC.
    Header ``ReportXHighestSequence``."""

    report_x_sequence_number_cycles = StrHeader("ReportXSequenceNumberCycles")
    """The number of sequence number cycles seen for the RTP data received from
    ReportXSourceSSRC. Header ``ReportXSequenceNumberCycles``."""

    report_xia_jitter = StrHeader("ReportXIAJitter")
    """An estimate of the statistical variance of the RTP data packet interarrival time,
    measured in timestamp units. Header ``ReportXIAJitter``."""

    report_xlsr = StrHeader("ReportXLSR")
    """The last SR timestamp received from ReportXSourceSSRC. If no SR has been received from
    ReportXSourceSSRC, then 0. Header ``ReportXLSR``."""

    report_xdlsr = StrHeader("ReportXDLSR")
    """The delay, expressed in units of 1/65536 seconds, between receiving the last SR packet
    from ReportXSourceSSRC and sending this report. Header ``ReportXDLSR``."""


class RTCPSent(ChannelSnapshotFields):
    """Raised when an RTCP packet is sent.

    ``Event: RTCPSent``. Class: reporting. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RTCPSent"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "12.0.0"

    ssrc = StrHeader("SSRC")
    """The SSRC identifier for our stream Header ``SSRC``."""

    pt = StrHeader("PT")
    """The type of packet for this RTCP report. Documented values: 200(SR), 201(RR). Header
    ``PT``."""

    to = StrHeader("To")
    """The address the report is sent to. Header ``To``."""

    report_count = IntHeader("ReportCount")
    """The number of reports that were sent. The report count determines the number of ReportX
    headers in the message. The X for each set of report headers will range from 0 to
    ReportCount - 1. Header ``ReportCount``."""

    sent_ntp = StrHeader("SentNTP")
    """The time the sender generated the report. Only valid when PT is 200(SR). Header
    ``SentNTP``."""

    sent_rtp = StrHeader("SentRTP")
    """The sender's last RTP timestamp. Only valid when PT is 200(SR). Header ``SentRTP``."""

    sent_packets = StrHeader("SentPackets")
    """The number of packets the sender has sent. Only valid when PT is 200(SR). Header
    ``SentPackets``."""

    sent_octets = StrHeader("SentOctets")
    """The number of bytes the sender has sent. Only valid when PT is 200(SR). Header
    ``SentOctets``."""

    report_x_source_ssrc = StrHeader("ReportXSourceSSRC")
    """The SSRC for the source of this report block. Header ``ReportXSourceSSRC``."""

    report_x_fraction_lost = StrHeader("ReportXFractionLost")
    """The fraction of RTP data packets from ReportXSourceSSRC lost since the previous SR or RR
    report was sent. Header ``ReportXFractionLost``."""

    report_x_cumulative_lost = StrHeader("ReportXCumulativeLost")
    """The total number of RTP data packets from ReportXSourceSSRC lost since the beginning of
    reception. Header ``ReportXCumulativeLost``."""

    report_x_highest_sequence = StrHeader("ReportXHighestSequence")
    """The highest sequence number received in an RTP data packet from ReportXSourceSSRC.
    Header ``ReportXHighestSequence``."""

    report_x_sequence_number_cycles = StrHeader("ReportXSequenceNumberCycles")
    """The number of sequence number cycles seen for the RTP data received from
    ReportXSourceSSRC. Header ``ReportXSequenceNumberCycles``."""

    report_xia_jitter = StrHeader("ReportXIAJitter")
    """An estimate of the statistical variance of the RTP data packet interarrival time,
    measured in timestamp units. Header ``ReportXIAJitter``."""

    report_xlsr = StrHeader("ReportXLSR")
    """The last SR timestamp received from ReportXSourceSSRC. If no SR has been received from
    ReportXSourceSSRC, then 0. Header ``ReportXLSR``."""

    report_xdlsr = StrHeader("ReportXDLSR")
    """The delay, expressed in units of 1/65536 seconds, between receiving the last SR packet
    from ReportXSourceSSRC and sending this report. Header ``ReportXDLSR``."""


class SendFAX(ChannelSnapshotFields):
    """Raised when a send fax operation has completed.

    ``Event: SendFAX``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SendFAX"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    local_station_id = StrHeader("LocalStationID")
    """The value of the LOCALSTATIONID channel variable Header ``LocalStationID``."""

    remote_station_id = StrHeader("RemoteStationID")
    """The value of the REMOTESTATIONID channel variable Header ``RemoteStationID``."""

    pages_transferred = IntHeader("PagesTransferred")
    """The number of pages that have been transferred Header ``PagesTransferred``."""

    resolution = StrHeader("Resolution")
    """The negotiated resolution Header ``Resolution``."""

    transfer_rate = StrHeader("TransferRate")
    """The negotiated transfer rate Header ``TransferRate``."""

    file_name = StrHeader("FileName")
    """The files being affected by the fax operation Header ``FileName``."""


class SessionLimit(Event):
    """Raised when a request fails due to exceeding the number of allowed concurrent sessions
    for that service.

    ``Event: SessionLimit``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SessionLimit"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class ShowDialPlanComplete(ListCompleteFields):
    """Ends the ShowDialPlan reply, with counts.

    ``Event: ShowDialPlanComplete`` (``main/pbx.c``). Class: none (sent to one session).
    Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated from
    recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ShowDialPlanComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    list_extensions = IntHeader("ListExtensions")
    """Extensions listed. Header ``ListExtensions``."""

    list_priorities = IntHeader("ListPriorities")
    """Priorities listed. Header ``ListPriorities``."""

    list_contexts = IntHeader("ListContexts")
    """Contexts listed. Header ``ListContexts``."""


class Shutdown(Event):
    """Raised when Asterisk is shutdown or restarted.

    ``Event: Shutdown``. Class: system. Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Shutdown"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    shutdown = StrHeader("Shutdown")
    """Whether the shutdown is proceeding cleanly (all channels were hungup successfully) or
    uncleanly (channels will be terminated) Documented values: Uncleanly, Cleanly. Header
    ``Shutdown``."""

    restart = StrHeader("Restart")
    """Whether or not a restart will occur. Documented values: True, False. Header ``Restart``."""


class SoftHangupRequest(ChannelSnapshotFields):
    """Raised when a soft hangup is requested with a specific cause code.

    ``Event: SoftHangupRequest``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SoftHangupRequest"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    cause = IntHeader("Cause")
    """A numeric cause code for why the channel was hung up. Header ``Cause``."""


class Status(ChannelSnapshotFields):
    """Raised in response to a Status command.

    ``Event: Status``. Class: call. Asterisk: documented since 18.26.0, 20.11.0, 21.6.0,
    22.1.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Status"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"

    type = StrHeader("Type")
    """Type of channel Header ``Type``."""

    dnid = StrHeader("DNID")
    """Dialed number identifier Header ``DNID``."""

    effective_connected_line_num = StrHeader("EffectiveConnectedLineNum")
    """The EffectiveConnectedLineNum header. Header ``EffectiveConnectedLineNum``."""

    effective_connected_line_name = StrHeader("EffectiveConnectedLineName")
    """The EffectiveConnectedLineName header. Header ``EffectiveConnectedLineName``."""

    time_to_hangup = StrHeader("TimeToHangup")
    """Absolute lifetime of the channel Header ``TimeToHangup``."""

    bridge_id = StrHeader("BridgeID")
    """Identifier of the bridge the channel is in, may be empty if not in one Header
    ``BridgeID``."""

    application = StrHeader("Application")
    """Application currently executing on the channel Header ``Application``."""

    data = StrHeader("Data")
    """Data given to the currently executing channel Header ``Data``."""

    nativeformats = StrHeader("Nativeformats")
    """Media formats the connected party is willing to send or receive Header
    ``Nativeformats``."""

    readformat = StrHeader("Readformat")
    """Media formats that frames from the channel are received in Header ``Readformat``."""

    readtrans = StrHeader("Readtrans")
    """Translation path for media received in native formats Header ``Readtrans``."""

    writeformat = StrHeader("Writeformat")
    """Media formats that frames to the channel are accepted in Header ``Writeformat``."""

    writetrans = StrHeader("Writetrans")
    """Translation path for media sent to the connected party Header ``Writetrans``."""

    callgroup = StrHeader("Callgroup")
    """Configured call group on the channel Header ``Callgroup``."""

    pickupgroup = StrHeader("Pickupgroup")
    """Configured pickup group on the channel Header ``Pickupgroup``."""

    seconds = IntHeader("Seconds")
    """Number of seconds the channel has been active Header ``Seconds``."""


class StatusComplete(Event):
    """Raised in response to a Status command.

    ``Event: StatusComplete``. Class: call. Asterisk: documented since 18.26.0, 20.11.0,
    21.6.0, 22.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "StatusComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.26.0"

    items_ = IntHeader("Items")
    """Number of Status events returned Header ``Items``."""


class SuccessfulAuth(Event):
    """Raised when a request successfully authenticates with a service.

    ``Event: SuccessfulAuth``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SuccessfulAuth"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    using_password = StrHeader("UsingPassword")
    """Whether or not the authentication attempt included a password. Header ``UsingPassword``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class UnexpectedAddress(Event):
    """Raised when a request has a different source address then what is expected for a session
    already in progress with a service.

    ``Event: UnexpectedAddress``. Class: security. Asterisk: documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "UnexpectedAddress"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("security",)
    SINCE: ClassVar[str | None] = "12.1.0"

    event_tv = StrHeader("EventTV")
    """The time the event was detected. Header ``EventTV``."""

    severity = StrHeader("Severity")
    """A relative severity of the security event. Documented values: Informational, Error.
    Header ``Severity``."""

    service = StrHeader("Service")
    """The Asterisk service that raised the security event. Header ``Service``."""

    event_version = StrHeader("EventVersion")
    """The version of this event. Header ``EventVersion``."""

    account_id = StrHeader("AccountID")
    """The Service account associated with the security event notification. Header
    ``AccountID``."""

    session_id = StrHeader("SessionID")
    """A unique identifier for the session in the service that raised the event. Header
    ``SessionID``."""

    local_address = StrHeader("LocalAddress")
    """The address of the Asterisk service that raised the security event. Header
    ``LocalAddress``."""

    remote_address = StrHeader("RemoteAddress")
    """The remote address of the entity that caused the security event to be raised. Header
    ``RemoteAddress``."""

    expected_address = StrHeader("ExpectedAddress")
    """The address that the request was expected to use. Header ``ExpectedAddress``."""

    module = StrHeader("Module")
    """If available, the name of the module that raised the event. Header ``Module``."""

    session_tv = StrHeader("SessionTV")
    """The timestamp reported by the session. Header ``SessionTV``."""


class Unhold(ChannelSnapshotFields):
    """Raised when a channel goes off hold.

    ``Event: Unhold``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Unhold"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"


class Unload(Event):
    """Raised when a module has been unloaded in Asterisk.

    ``Event: Unload``. Class: system. Asterisk: documented since 16.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Unload"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "16.0.0"

    module = StrHeader("Module")
    """The name of the module that was unloaded Header ``Module``."""

    status = StrHeader("Status")
    """The result of the unload request. Documented values: Success. Header ``Status``."""


class UserEvent(ChannelSnapshotFields):
    """A user defined event raised from the dialplan.

    ``Event: UserEvent``. Class: user. Asterisk: documented since 12.3.0. Headers of
    ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "UserEvent"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "12.3.0"

    user_event = StrHeader("UserEvent")
    """The event name, as specified in the dialplan. Header ``UserEvent``."""


class VarSet(ChannelSnapshotFields):
    """Raised when a variable is set to a particular value.

    ``Event: VarSet``. Class: dialplan. Asterisk: documented since 12.0.0. Headers of
    ChannelSnapshotFields included.

    Also raised by app_stack: Raised when a variable local to the gosub stack frame is set
    due to a subroutine call.

    Also raised by func_global: Raised when a variable is shared between channels.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VarSet"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("dialplan",)
    SINCE: ClassVar[str | None] = "12.0.0"

    variable = StrHeader("Variable")
    """The variable being set. Header ``Variable``."""

    value = StrHeader("Value")
    """The new value of the variable. Header ``Value``."""


class WaitEventComplete(Event):
    """Ends a WaitEvent action once events were sent or its timeout expired.

    ``Event: WaitEventComplete`` (``main/manager.c``). Class: none (sent to one session).
    Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "WaitEventComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class Wink(ChannelSnapshotFields):
    """Raised when a wink occurs on a channel.

    ``Event: Wink``. Class: call. Asterisk: documented since 16.24.0, 18.10.0, 19.2.0.
    Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Wink"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.24.0"
