# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``manager``.

Implemented in main/core_local.c, main/db.c, main/features.c, main/manager.c, main/pbx.c.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from ami_runtime.action import (
    Field,
    HeaderValue,
    ListSpec,
    Request,
    WaitRule,
    init_fields,
    request_class,
)
from ami_runtime.message import Response
from ami_runtime.responses import CommandResponse, ConfigResponse, HeaderLinesResponse, PingResponse

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "AbsoluteTimeout",
    "AOCMessage",
    "Atxfer",
    "BlindTransfer",
    "Bridge",
    "BridgeDestroy",
    "BridgeInfo",
    "BridgeKick",
    "BridgeList",
    "BridgeTechnologyList",
    "BridgeTechnologySuspend",
    "BridgeTechnologyUnsuspend",
    "CancelAtxfer",
    "Challenge",
    "Command",
    "CoreSettings",
    "CoreShowChannelMap",
    "CoreShowChannels",
    "CoreStatus",
    "CreateConfig",
    "DBDel",
    "DBDelTree",
    "DBGet",
    "DBGetTree",
    "DBPut",
    "Events",
    "ExtensionState",
    "ExtensionStateList",
    "Filter",
    "GetConfig",
    "GetConfigJSON",
    "Getvar",
    "Hangup",
    "ListCategories",
    "ListCommands",
    "LocalOptimizeAway",
    "LoggerRotate",
    "Login",
    "Logoff",
    "MailboxCount",
    "MailboxStatus",
    "MessageSend",
    "ModuleCheck",
    "ModuleLoad",
    "Originate_Application",
    "Originate_Context",
    "Ping",
    "PresenceState",
    "Redirect",
    "Reload",
    "SendText",
    "Setvar",
    "ShowDialPlan",
    "Status",
    "UpdateConfig",
    "UserEvent",
    "WaitEvent",
]


@request_class
class AbsoluteTimeout(Request[Response]):
    """Hang up a channel after a given number of seconds.

    Sends ``Action: AbsoluteTimeout`` (``main/manager.c``). Privilege: system, call. Reply:
    Message 'Timeout Set'. Asterisk: since 0.5. Verified live on Asterisk 20, 22, 23.

    Asterisk refuses 0 or a negative value with 'No timeout specified', so pystrix's default
    of 0 never worked; fractions of a second are allowed (pystrix truncated them).
    """

    ACTION: ClassVar[str] = "AbsoluteTimeout"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("seconds", "Timeout", encoding="float"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "call")
    SINCE: ClassVar[str | None] = "0.5"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel to hang up. Header ``Channel``."""

    seconds: float | None = 0
    """Seconds from now until the hangup; Asterisk needs a positive value. Header ``Timeout``."""

    def __init__(self, channel: str, seconds: float | None = 0) -> None:
        init_fields(self, channel=channel, seconds=seconds)


@request_class
class AOCMessage(Request[Response]):
    """Generate an Advice of Charge message on a channel.

    Sends ``Action: AOCMessage``. Privilege: aoc. Reply: a plain response. Related events:
    AOC-S, AOC-D, AOC-E. Asterisk: since 1.8.0. Verified live on Asterisk 20, 22, 23.

    The numbered UnitAmount(N) and UnitType(N) headers (N from 0 to 31) are not fields here:
    pass them as extra headers to send_action.
    """

    ACTION: ClassVar[str] = "AOCMessage"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel"),
        Field("channel_prefix", "ChannelPrefix"),
        Field("msg_type", "MsgType", required=True, choices=("S", "D", "E")),
        Field("charge_type", "ChargeType", choices=("NA", "FREE", "Currency", "Unit")),
        Field("currency_name", "CurrencyName"),
        Field("currency_amount", "CurrencyAmount"),
        Field(
            "currency_multiplier",
            "CurrencyMultiplier",
            choices=(
                "OneThousandth",
                "OneHundredth",
                "OneTenth",
                "One",
                "Ten",
                "Hundred",
                "Thousand",
            ),
        ),
        Field("total_type", "TotalType", choices=("Total", "SubTotal")),
        Field(
            "aoc_billing_id",
            "AOCBillingId",
            choices=(
                "Normal",
                "ReverseCharge",
                "CreditCard",
                "CallFwdUnconditional",
                "CallFwdBusy",
                "CallFwdNoReply",
                "CallDeflection",
                "CallTransfer",
            ),
        ),
        Field("charging_association_id", "ChargingAssociationId"),
        Field("charging_association_number", "ChargingAssociationNumber"),
        Field("charging_association_plan", "ChargingAssociationPlan"),
        Field(
            "charged_item",
            "ChargedItem",
            choices=(
                "NA",
                "SpecialArrangement",
                "BasicCommunication",
                "CallAttempt",
                "CallSetup",
                "UserUserInfo",
                "SupplementaryService",
            ),
        ),
        Field(
            "rate_type",
            "RateType",
            choices=(
                "NA",
                "Free",
                "FreeFromBeginning",
                "Duration",
                "Flat",
                "Volume",
                "SpecialCode",
            ),
        ),
        Field("time", "Time"),
        Field(
            "time_scale",
            "TimeScale",
            choices=(
                "OneHundredthSecond",
                "OneTenthSecond",
                "Second",
                "TenSeconds",
                "Minute",
                "Hour",
                "Day",
            ),
        ),
        Field("granularity", "Granularity"),
        Field(
            "granularity_time_scale",
            "GranularityTimeScale",
            choices=(
                "OneHundredthSecond",
                "OneTenthSecond",
                "Second",
                "TenSeconds",
                "Minute",
                "Hour",
                "Day",
            ),
        ),
        Field("charging_type", "ChargingType", choices=("ContinuousCharging", "StepFunction")),
        Field("volume_unit", "VolumeUnit", choices=("Octet", "Segment", "Message")),
        Field("code", "Code"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("aoc",)
    EVENTS: ClassVar[tuple[str, ...]] = ("AOC-S", "AOC-D", "AOC-E")
    SINCE: ClassVar[str | None] = "1.8.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    msg_type: Literal["S", "D", "E"]
    """Defines what type of AOC message to create, AOC-S, AOC-D or AOC-E. One of: S, D, E
    (checked before sending). Header ``MsgType``."""

    _: KW_ONLY

    channel: str | None = None
    """Channel name to generate the AOC message on. This value is required unless ChannelPrefix
    is given. Header ``Channel``."""

    channel_prefix: str | None = None
    """Partial channel prefix. By using this option one can match the beginning part of a
    channel name without having to put the entire name in. For example if a channel name is
    SIP/snom-00000001 and this value is set to SIP/snom, then that channel matches and the
    message will be sent. Note however that only the first matched channel has the message
    sent on it. Header ``ChannelPrefix``."""

    charge_type: Literal["NA", "FREE", "Currency", "Unit"] | None = None
    """Defines what kind of charge this message represents for AOC-D and AOC-E. One of: NA,
    FREE, Currency, Unit (checked before sending). Header ``ChargeType``."""

    currency_name: str | None = None
    """Specifies the currency's name. Note that this value is truncated after 10 characters.
    Header ``CurrencyName``."""

    currency_amount: str | None = None
    """Specifies the charge unit amount as a positive integer. This value is required when
    ChargeType==Currency (AOC-D or AOC-E) or RateType==Duration/Flat/Volume (AOC-S). Header
    ``CurrencyAmount``."""

    currency_multiplier: (
        Literal["OneThousandth", "OneHundredth", "OneTenth", "One", "Ten", "Hundred", "Thousand"]
        | None
    ) = None
    """Specifies the currency multiplier. This value is required when CurrencyAmount is given.
    One of: OneThousandth, OneHundredth, OneTenth, One, Ten, Hundred, Thousand (checked
    before sending). Header ``CurrencyMultiplier``."""

    total_type: Literal["Total", "SubTotal"] | None = None
    """Defines what kind of AOC-D total is represented. One of: Total, SubTotal (checked before
    sending). Header ``TotalType``. Asterisk's default: Total."""

    aoc_billing_id: (
        Literal[
            "Normal",
            "ReverseCharge",
            "CreditCard",
            "CallFwdUnconditional",
            "CallFwdBusy",
            "CallFwdNoReply",
            "CallDeflection",
            "CallTransfer",
        ]
        | None
    ) = None
    """Represents a billing ID associated with an AOC-D or AOC-E message. Note that only the
    first 3 items of the enum are valid AOC-D billing IDs. One of: Normal, ReverseCharge,
    CreditCard, CallFwdUnconditional, CallFwdBusy, CallFwdNoReply, CallDeflection,
    CallTransfer (checked before sending). Header ``AOCBillingId``."""

    charging_association_id: str | None = None
    """Charging association identifier. This is optional for AOC-E and can be set to any value
    between -32768 and 32767 Header ``ChargingAssociationId``."""

    charging_association_number: str | None = None
    """Represents the charging association party number. This value is optional for AOC-E.
    Header ``ChargingAssociationNumber``."""

    charging_association_plan: str | None = None
    """Integer representing the charging plan associated with the ChargingAssociationNumber.
    The value is bits 7 through 1 of the Q.931 octet containing the type-of-number and
    numbering-plan-identification fields. Header ``ChargingAssociationPlan``."""

    charged_item: (
        Literal[
            "NA",
            "SpecialArrangement",
            "BasicCommunication",
            "CallAttempt",
            "CallSetup",
            "UserUserInfo",
            "SupplementaryService",
        ]
        | None
    ) = None
    """Defines what part of the call is charged in AOC-S. Usually this is set to
    BasicCommunication, which refers to the time after the call is answered, but
    establishment (CallAttempt) or successful establishment (CallSetup) of a call can also
    be used. Other options are available, but these generally do not carry enough
    information to actually calculate the price of a call. It is possible to have multiple
    ChargedItem entries for a single call -- for example to charge for both the
    establishment of the call and the actual call. In this case, each ChargedItem is
    described by a ChargedItem: header and all other headers that follow it up to the next
    ChargedItem: header. One of: NA, SpecialArrangement, BasicCommunication, CallAttempt,
    CallSetup, UserUserInfo, SupplementaryService (checked before sending). Header
    ``ChargedItem``."""

    rate_type: (
        Literal["NA", "Free", "FreeFromBeginning", "Duration", "Flat", "Volume", "SpecialCode"]
        | None
    ) = None
    """Defines how an AOC-S ChargedItem is charged. The Duration option is only available when
    ChargedItem==BasicCommunication. One of: NA, Free, FreeFromBeginning, Duration, Flat,
    Volume, SpecialCode (checked before sending). Header ``RateType``."""

    time: str | None = None
    """Specifies a positive integer which is the amount of time is paid for by one
    CurrencyAmount. This value is required when RateType==Duration. Header ``Time``."""

    time_scale: (
        Literal[
            "OneHundredthSecond", "OneTenthSecond", "Second", "TenSeconds", "Minute", "Hour", "Day"
        ]
        | None
    ) = None
    """Specifies the time multiplier. This value is required when Time is given. One of:
    OneHundredthSecond, OneTenthSecond, Second, TenSeconds, Minute, Hour, Day (checked
    before sending). Header ``TimeScale``."""

    granularity: str | None = None
    """Specifies a positive integer which is the size of the charged time increments. This
    value is optional when RateType==Duration and ChargingType==StepFunction. Header
    ``Granularity``."""

    granularity_time_scale: (
        Literal[
            "OneHundredthSecond", "OneTenthSecond", "Second", "TenSeconds", "Minute", "Hour", "Day"
        ]
        | None
    ) = None
    """Specifies the granularity time multiplier. This value is required when Granularity is
    given. One of: OneHundredthSecond, OneTenthSecond, Second, TenSeconds, Minute, Hour, Day
    (checked before sending). Header ``GranularityTimeScale``."""

    charging_type: Literal["ContinuousCharging", "StepFunction"] | None = None
    """Specifies whether the charge increases continuously with time or in increments of Time
    or, if provided, Granularity. This value is required when RateType==Duration. One of:
    ContinuousCharging, StepFunction (checked before sending). Header ``ChargingType``."""

    volume_unit: Literal["Octet", "Segment", "Message"] | None = None
    """Specifies the quantity of which one unit is paid for by one CurrencyAmount. This value
    is required when RateType==Volume. One of: Octet, Segment, Message (checked before
    sending). Header ``VolumeUnit``."""

    code: str | None = None
    """Specifies the charging code, which can be set to a value between 1 and 10. This value is
    required when ChargedItem==SpecialArrangement or RateType==SpecialCode. Header ``Code``."""

    def __init__(
        self,
        msg_type: Literal["S", "D", "E"],
        *,
        channel: str | None = None,
        channel_prefix: str | None = None,
        charge_type: Literal["NA", "FREE", "Currency", "Unit"] | None = None,
        currency_name: str | None = None,
        currency_amount: str | None = None,
        currency_multiplier: Literal[
            "OneThousandth", "OneHundredth", "OneTenth", "One", "Ten", "Hundred", "Thousand"
        ]
        | None = None,
        total_type: Literal["Total", "SubTotal"] | None = None,
        aoc_billing_id: Literal[
            "Normal",
            "ReverseCharge",
            "CreditCard",
            "CallFwdUnconditional",
            "CallFwdBusy",
            "CallFwdNoReply",
            "CallDeflection",
            "CallTransfer",
        ]
        | None = None,
        charging_association_id: str | None = None,
        charging_association_number: str | None = None,
        charging_association_plan: str | None = None,
        charged_item: Literal[
            "NA",
            "SpecialArrangement",
            "BasicCommunication",
            "CallAttempt",
            "CallSetup",
            "UserUserInfo",
            "SupplementaryService",
        ]
        | None = None,
        rate_type: Literal[
            "NA", "Free", "FreeFromBeginning", "Duration", "Flat", "Volume", "SpecialCode"
        ]
        | None = None,
        time: str | None = None,
        time_scale: Literal[
            "OneHundredthSecond", "OneTenthSecond", "Second", "TenSeconds", "Minute", "Hour", "Day"
        ]
        | None = None,
        granularity: str | None = None,
        granularity_time_scale: Literal[
            "OneHundredthSecond", "OneTenthSecond", "Second", "TenSeconds", "Minute", "Hour", "Day"
        ]
        | None = None,
        charging_type: Literal["ContinuousCharging", "StepFunction"] | None = None,
        volume_unit: Literal["Octet", "Segment", "Message"] | None = None,
        code: str | None = None,
    ) -> None:
        init_fields(
            self,
            msg_type=msg_type,
            channel=channel,
            channel_prefix=channel_prefix,
            charge_type=charge_type,
            currency_name=currency_name,
            currency_amount=currency_amount,
            currency_multiplier=currency_multiplier,
            total_type=total_type,
            aoc_billing_id=aoc_billing_id,
            charging_association_id=charging_association_id,
            charging_association_number=charging_association_number,
            charging_association_plan=charging_association_plan,
            charged_item=charged_item,
            rate_type=rate_type,
            time=time,
            time_scale=time_scale,
            granularity=granularity,
            granularity_time_scale=granularity_time_scale,
            charging_type=charging_type,
            volume_unit=volume_unit,
            code=code,
        )


@request_class
class Atxfer(Request[Response]):
    """Attended transfer.

    Sends ``Action: Atxfer``. Privilege: call. Reply: a plain response. Related events:
    AttendedTransfer. Asterisk: since 1.6.1.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "Atxfer"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("exten", "Exten", required=True),
        Field("context", "Context"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    EVENTS: ClassVar[tuple[str, ...]] = ("AttendedTransfer",)
    SINCE: ClassVar[str | None] = "1.6.1.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """Transferer's channel. Header ``Channel``."""

    exten: str
    """Extension to transfer to. Header ``Exten``."""

    _: KW_ONLY

    context: str | None = None
    """Context to transfer to. Header ``Context``."""

    def __init__(self, channel: str, exten: str, *, context: str | None = None) -> None:
        init_fields(self, channel=channel, exten=exten, context=context)


@request_class
class BlindTransfer(Request[Response]):
    """Blind transfer channel(s) to the given destination.

    Sends ``Action: BlindTransfer``. Privilege: call. Reply: a plain response. Related
    events: BlindTransfer. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BlindTransfer"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("context", "Context"),
        Field("exten", "Exten"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    EVENTS: ClassVar[tuple[str, ...]] = ("BlindTransfer",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The Channel header. Header ``Channel``."""

    _: KW_ONLY

    context: str | None = None
    """The Context header. Header ``Context``."""

    exten: str | None = None
    """The Exten header. Header ``Exten``."""

    def __init__(
        self, channel: str, *, context: str | None = None, exten: str | None = None
    ) -> None:
        init_fields(self, channel=channel, context=context, exten=exten)


@request_class
class Bridge(Request[Response]):
    """Bridge two channels already in the PBX.

    Sends ``Action: Bridge`` (``main/features.c``). Privilege: call. Reply: Message
    'Channels have been bridged'. Asterisk: since 1.6. Verified live on Asterisk 20, 22, 23.

    Tone also takes Channel1, Channel2 or Both (12+); a true word means Channel2.
    """

    ACTION: ClassVar[str] = "Bridge"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel_1", "Channel1", required=True),
        Field("channel_2", "Channel2", required=True),
        Field(
            "tone",
            "Tone",
            encoding="bool",
            true="yes",
            false="no",
            choices=("Channel1", "Channel2", "Both"),
        ),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel_1: str
    """The channel to which channel_2 is connected. Header ``Channel1``."""

    channel_2: str
    """The channel connected to channel_1. Header ``Channel2``."""

    tone: bool | Literal["Channel1", "Channel2", "Both"] | None = False
    """Play a courtesy tone: True plays it to channel_2; or Asterisk's own 'Channel1',
    'Channel2', 'Both'. Besides a bool: Channel1, Channel2, Both. Header ``Tone``.
    Asterisk's default: no."""

    def __init__(
        self,
        channel_1: str,
        channel_2: str,
        tone: bool | Literal["Channel1", "Channel2", "Both"] | None = False,
    ) -> None:
        init_fields(self, channel_1=channel_1, channel_2=channel_2, tone=tone)


@request_class
class BridgeDestroy(Request[Response]):
    """Destroy a bridge.

    Sends ``Action: BridgeDestroy``. Privilege: none needed. Reply: a plain response.
    Related events: BridgeDestroy. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22,
    23.
    """

    ACTION: ClassVar[str] = "BridgeDestroy"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("bridge_uniqueid", "BridgeUniqueid", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    EVENTS: ClassVar[tuple[str, ...]] = ("BridgeDestroy",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    bridge_uniqueid: str
    """The unique ID of the bridge to destroy. Header ``BridgeUniqueid``."""

    def __init__(self, bridge_uniqueid: str) -> None:
        init_fields(self, bridge_uniqueid=bridge_uniqueid)


@request_class
class BridgeInfo(Request[Response]):
    """Get information about a bridge.

    Sends ``Action: BridgeInfo``. Privilege: none needed. Reply: an event list of
    BridgeInfoChannel items, ended by BridgeInfoComplete. Asterisk: since 12.0.0. Verified
    live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BridgeInfo"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("bridge_uniqueid", "BridgeUniqueid", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("BridgeInfoChannel",), complete="BridgeInfoComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    bridge_uniqueid: str
    """The unique ID of the bridge about which to retrieve information. Header
    ``BridgeUniqueid``."""

    def __init__(self, bridge_uniqueid: str) -> None:
        init_fields(self, bridge_uniqueid=bridge_uniqueid)


@request_class
class BridgeKick(Request[Response]):
    """Kick a channel from a bridge.

    Sends ``Action: BridgeKick``. Privilege: none needed. Reply: a plain response. Related
    events: BridgeLeave. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BridgeKick"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("bridge_uniqueid", "BridgeUniqueid"),
        Field("channel", "Channel", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    EVENTS: ClassVar[tuple[str, ...]] = ("BridgeLeave",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel to kick out of a bridge. Header ``Channel``."""

    _: KW_ONLY

    bridge_uniqueid: str | None = None
    """The unique ID of the bridge containing the channel to destroy. This parameter can be
    omitted, or supplied to insure that the channel is not removed from the wrong bridge.
    Header ``BridgeUniqueid``."""

    def __init__(self, channel: str, *, bridge_uniqueid: str | None = None) -> None:
        init_fields(self, channel=channel, bridge_uniqueid=bridge_uniqueid)


@request_class
class BridgeList(Request[Response]):
    """Get a list of bridges in the system.

    Sends ``Action: BridgeList``. Privilege: none needed. Reply: an event list of
    BridgeListItem items, ended by BridgeListComplete. Asterisk: since 12.0.0. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BridgeList"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("bridge_type", "BridgeType"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("BridgeListItem",), complete="BridgeListComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    bridge_type: str | None = None
    """Optional type for filtering the resulting list of bridges. Header ``BridgeType``."""

    def __init__(self, *, bridge_type: str | None = None) -> None:
        init_fields(self, bridge_type=bridge_type)


@request_class
class BridgeTechnologyList(Request[Response]):
    """List available bridging technologies and their statuses.

    Sends ``Action: BridgeTechnologyList``. Privilege: none needed. Reply: an event list of
    BridgeTechnologyListItem items, ended by BridgeTechnologyListComplete. Asterisk: since
    12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BridgeTechnologyList"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("BridgeTechnologyListItem",), complete="BridgeTechnologyListComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class BridgeTechnologySuspend(Request[Response]):
    """Suspend a bridging technology.

    Sends ``Action: BridgeTechnologySuspend``. Privilege: none needed. Reply: a plain
    response. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BridgeTechnologySuspend"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("bridge_technology", "BridgeTechnology", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    bridge_technology: str
    """The name of the bridging technology to suspend. Header ``BridgeTechnology``."""

    def __init__(self, bridge_technology: str) -> None:
        init_fields(self, bridge_technology=bridge_technology)


@request_class
class BridgeTechnologyUnsuspend(Request[Response]):
    """Unsuspend a bridging technology.

    Sends ``Action: BridgeTechnologyUnsuspend``. Privilege: none needed. Reply: a plain
    response. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "BridgeTechnologyUnsuspend"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("bridge_technology", "BridgeTechnology", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    bridge_technology: str
    """The name of the bridging technology to unsuspend. Header ``BridgeTechnology``."""

    def __init__(self, bridge_technology: str) -> None:
        init_fields(self, bridge_technology=bridge_technology)


@request_class
class CancelAtxfer(Request[Response]):
    """Cancel an attended transfer.

    Sends ``Action: CancelAtxfer``. Privilege: call. Reply: a plain response. Related
    events: AttendedTransfer. Asterisk: since 13.18.0, 14.7.0, 15.1.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "CancelAtxfer"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("channel", "Channel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    EVENTS: ClassVar[tuple[str, ...]] = ("AttendedTransfer",)
    SINCE: ClassVar[str | None] = "13.18.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("13.18.0", "14.7.0", "15.1.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The transferer channel. Header ``Channel``."""

    def __init__(self, channel: str) -> None:
        init_fields(self, channel=channel)


@request_class
class Challenge(Request[Response]):
    """Ask for a challenge to log in without sending the secret (pass it to Login's challenge).

    Sends ``Action: Challenge`` (``main/manager.c``). Privilege: none needed. Reply:
    Challenge: a decimal number, fixed for the session. Asterisk: since 0.4. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "Challenge"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("authtype", "AuthType"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "0.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    authtype: str | None
    """Digest algorithm; MD5 is the only one Asterisk knows. Header ``AuthType``."""

    def __init__(self, authtype: str | None = "MD5", *, auth_type: str | None = None) -> None:
        if auth_type is not None:
            if authtype != "MD5":
                raise TypeError("Challenge: give authtype or auth_type, not both")
            authtype = auth_type
        init_fields(self, authtype=authtype)


@request_class
class Command(Request[CommandResponse]):
    """Run an Asterisk CLI command; the output lines are in the response's data.

    Sends ``Action: Command`` (``main/manager.c``). Privilege: command. Reply: a
    CommandResponse; CLI output lines in data (CommandResponse). Asterisk: since 0.3.
    Verified live on Asterisk 20, 22, 23.

    Asterisk 14+ answers with one 'Output:' header per line (Error if the command fails); up
    to 13 with 'Response: Follows' and raw lines ending in '--END COMMAND--'. Both land in
    data; pystrix lost the 14+ lines.

    'module load', 'module unload' and 'restart gracefully' are refused ('Command
    blacklisted').
    """

    ACTION: ClassVar[str] = "Command"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("command", "Command", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    RESPONSE: ClassVar[type[Response]] = CommandResponse
    SINCE: ClassVar[str | None] = "0.3"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    command: str
    """The CLI command line. Header ``Command``."""

    def __init__(self, command: str) -> None:
        init_fields(self, command=command)


@request_class
class CoreSettings(Request[Response]):
    """Show PBX core settings (version etc).

    Sends ``Action: CoreSettings``. Privilege: reporting, system. Reply: a plain response.
    Asterisk: since 1.6.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "CoreSettings"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    SINCE: ClassVar[str | None] = "1.6.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class CoreShowChannelMap(Request[Response]):
    """List all channels connected to the specified channel.

    Sends ``Action: CoreShowChannelMap``. Privilege: reporting, system. Reply: an event list
    of CoreShowChannelMap items, ended by CoreShowChannelMapComplete. Asterisk: since
    18.19.0, 20.4.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "CoreShowChannelMap"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("channel", "Channel"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("CoreShowChannelMap",), complete="CoreShowChannelMapComplete"
    )
    SINCE: ClassVar[str | None] = "18.19.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.19.0", "20.4.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    channel: str | None = None
    """The channel to get the mapping for. Requires a channel name. Header ``Channel``."""

    def __init__(self, *, channel: str | None = None) -> None:
        init_fields(self, channel=channel)


@request_class
class CoreShowChannels(Request[Response]):
    """List every active channel.

    Sends ``Action: CoreShowChannels`` (``main/manager.c``). Privilege: system, reporting.
    Reply: an event list of CoreShowChannel items, ended by CoreShowChannelsComplete.
    Asterisk: since 1.6. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "CoreShowChannels"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("CoreShowChannel",), complete="CoreShowChannelsComplete"
    )
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class CoreStatus(Request[Response]):
    """Show PBX core status variables.

    Sends ``Action: CoreStatus``. Privilege: reporting, system. Reply: a plain response.
    Asterisk: since 1.6.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "CoreStatus"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    SINCE: ClassVar[str | None] = "1.6.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class CreateConfig(Request[Response]):
    """Create an empty configuration file, before filling it with UpdateConfig.

    Sends ``Action: CreateConfig`` (``main/manager.c``). Privilege: config. Reply: Message
    'New configuration file created successfully'. Asterisk: since 1.6. Verified live on
    Asterisk 20, 22, 23.

    Fails if the file exists; from 20.13.0, 21.8.0 and 22.3.0 the file must be inside the
    configuration directory.
    """

    ACTION: ClassVar[str] = "CreateConfig"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("filename", "Filename", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("config",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    filename: str
    """File name with extension, e.g. 'amitest.conf'. Header ``Filename``."""

    def __init__(self, filename: str) -> None:
        init_fields(self, filename=filename)


@request_class
class DBDel(Request[Response]):
    """Delete one key from the Asterisk database.

    Sends ``Action: DBDel`` (``main/db.c``). Privilege: system. Reply: 'Key deleted
    successfully'; a missing key is an Error. Asterisk: since 1.6. Verified live on Asterisk
    20, 22, 23.
    """

    ACTION: ClassVar[str] = "DBDel"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("family", "Family", required=True),
        Field("key", "Key", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    family: str
    """Database family. Header ``Family``."""

    key: str
    """Key within the family. Header ``Key``."""

    def __init__(self, family: str, key: str) -> None:
        init_fields(self, family=family, key=key)


@request_class
class DBDelTree(Request[Response]):
    """Delete a family, or a subtree of it, from the Asterisk database.

    Sends ``Action: DBDelTree`` (``main/db.c``). Privilege: system. Reply: 'Key tree deleted
    successfully'; nothing deleted is an Error. Asterisk: since 1.6. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "DBDelTree"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("family", "Family", required=True),
        Field("key", "Key"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    family: str
    """Database family. Header ``Family``."""

    key: str | None = None
    """Subtree within the family; the whole family when absent. Header ``Key``."""

    def __init__(self, family: str, key: str | None = None) -> None:
        init_fields(self, family=family, key=key)


@request_class
class DBGet(Request[Response]):
    """Read one key from the Asterisk database; the value is in the DBGetResponse item (Val).

    Sends ``Action: DBGet`` (``main/db.c``). Privilege: system, reporting. Reply: an event
    list of DBGetResponse items, ended by DBGetComplete. Asterisk: since 1.2. Verified live
    on Asterisk 20, 22, 23.

    An event list since 13.2 (DBGetResponse, then DBGetComplete); pystrix had no list
    handling.
    """

    ACTION: ClassVar[str] = "DBGet"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("family", "Family", required=True),
        Field("key", "Key", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("DBGetResponse",), complete="DBGetComplete")
    SINCE: ClassVar[str | None] = "1.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    family: str
    """Database family. Header ``Family``."""

    key: str
    """Key within the family. Header ``Key``."""

    def __init__(self, family: str, key: str) -> None:
        init_fields(self, family=family, key=key)


@request_class
class DBGetTree(Request[Response]):
    """Get DB entries, optionally at a particular family/key.

    Sends ``Action: DBGetTree``. Privilege: reporting, system. Reply: an event list of
    DBGetTreeResponse items, ended by DBGetTreeComplete. Asterisk: since 16.28.0, 18.14.0,
    19.6.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): a family that does not
    exist is an empty list (DBGet of a missing key is an Error, 'Database entry not found').
    """

    ACTION: ClassVar[str] = "DBGetTree"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("family", "Family"),
        Field("key", "Key"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("DBGetTreeResponse",), complete="DBGetTreeComplete"
    )
    SINCE: ClassVar[str | None] = "16.28.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("16.28.0", "18.14.0", "19.6.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    family: str | None = None
    """The Family header. Header ``Family``."""

    key: str | None = None
    """The Key header. Header ``Key``."""

    def __init__(self, *, family: str | None = None, key: str | None = None) -> None:
        init_fields(self, family=family, key=key)


@request_class
class DBPut(Request[Response]):
    """Store a value in the Asterisk database.

    Sends ``Action: DBPut`` (``main/db.c``). Privilege: system. Reply: Message 'Updated
    database successfully'. Asterisk: since 1.2. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "DBPut"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("family", "Family", required=True),
        Field("key", "Key", required=True),
        Field("value", "Val", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    family: str
    """Database family. Header ``Family``."""

    key: str
    """Key within the family. Header ``Key``."""

    value: str
    """The value to store (Asterisk itself accepts it absent: empty). Header ``Val``."""

    def __init__(self, family: str, key: str, value: str) -> None:
        init_fields(self, family=family, key=key, value=value)


@request_class
class Events(Request[Response]):
    """Choose which event classes this session receives.

    Sends ``Action: Events`` (``main/manager.c``). Privilege: none needed. Reply: keys
    Events. Asterisk: since 0.9. Verified live on Asterisk 20, 22, 23.

    The reply is 'Response: Success' with 'Events: On' or 'Events: Off' (1.6+); pystrix only
    accepted 1.4's 'Response: Events On/Off' and always reported failure.

    The mask is ANDed with the user's read= classes; list items arrive whatever the mask.
    """

    ACTION: ClassVar[str] = "Events"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("mask", "EventMask", encoding="mask", required=True, empty="off"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "0.9"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    mask: str | bool | Iterable[str]
    """An EVENTMASK_* constant, an iterable of them (sent as one comma list; empty means off),
    True/False, or a numeric mask. Header ``EventMask``."""

    def __init__(self, mask: str | bool | Iterable[str]) -> None:
        init_fields(self, mask=mask)


@request_class
class ExtensionState(Request[Response]):
    """Report the state of an extension's hint (see the EXTENSION_STATE_* constants).

    Sends ``Action: ExtensionState`` (``main/manager.c``). Privilege: call, reporting.
    Reply: keys Exten, Context, Hint, Status, StatusText. Asterisk: since 0.4. Verified live
    on Asterisk 20, 22, 23.

    Status is one of -2, -1, 0, 1, 2, 4, 8, 9, 16, 17; StatusText names it (13+). A missing
    extension is Success with Status -1.
    """

    ACTION: ClassVar[str] = "ExtensionState"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("extension", "Exten", required=True),
        Field("context", "Context", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    SINCE: ClassVar[str | None] = "0.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    extension: str
    """The extension to check. Header ``Exten``."""

    context: str
    """Its context (Asterisk falls back to 'default' when absent). Header ``Context``."""

    def __init__(self, extension: str, context: str) -> None:
        init_fields(self, extension=extension, context=context)


@request_class
class ExtensionStateList(Request[Response]):
    """List the current known extension states.

    Sends ``Action: ExtensionStateList``. Privilege: call, reporting. Reply: an event list
    of ExtensionStatus items, ended by ExtensionStateListComplete. Asterisk: since 13.0.0.
    Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ExtensionStateList"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ExtensionStatus",), complete="ExtensionStateListComplete"
    )
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class Filter(Request[Response]):
    """Dynamically add filters for the current manager session.

    Sends ``Action: Filter``. Privilege: system. Reply: a plain response. Asterisk: since
    10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "Filter"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("operation", "Operation", choices=("Add",)),
        Field("match_criteria", "MatchCriteria"),
        Field("filter", "Filter"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    operation: Literal["Add"] | None = None
    """The Operation header. One of: Add (checked before sending). Header ``Operation``."""

    match_criteria: str | None = None
    """Advanced match criteria. If not specified, the Filter parameter is assumed to be a
    regular expression and will be matched against the entire event payload. Syntax:
    [name(<event_name>)][,header(<header_name>)][,<match_method>] One of each of the
    following may be specified separated by commas. For example: action(include|exclude),
    name(<event_name>), header(<header_name>), <match_method>. Header ``MatchCriteria``."""

    filter: str | None = None
    """The match expression to be applied to the event. See the manager.conf.sample file in the
    configs/samples directory of the Asterisk source tree for more information. Header
    ``Filter``."""

    def __init__(
        self,
        *,
        operation: Literal["Add"] | None = None,
        match_criteria: str | None = None,
        filter: str | None = None,
    ) -> None:
        init_fields(self, operation=operation, match_criteria=match_criteria, filter=filter)


@request_class
class GetConfig(Request[ConfigResponse]):
    """Read a configuration file; the response's get_lines() yields its lines in order.

    Sends ``Action: GetConfig`` (``main/manager.c``). Privilege: system, config. Reply: a
    ConfigResponse; Category-NNNNNN and Line-NNNNNN-NNNNNN: name=value keys
    (ConfigResponse). Asterisk: since 1.4. Verified live on Asterisk 20, 22, 23.

    Category and Filter are Asterisk's (pystrix lacked them); get_lines() yields (category,
    'name=value') pairs.
    """

    ACTION: ClassVar[str] = "GetConfig"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("filename", "Filename", required=True),
        Field("category", "Category"),
        Field("filter", "Filter"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "config")
    RESPONSE: ClassVar[type[Response]] = ConfigResponse
    SINCE: ClassVar[str | None] = "1.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    filename: str
    """File name with extension, e.g. 'manager.conf'. Header ``Filename``."""

    _: KW_ONLY

    category: str | None = None
    """Only this category. Header ``Category``."""

    filter: str | None = None
    """Comma list of name_regex=value_regex that categories must match (13.2+). Header
    ``Filter``."""

    def __init__(
        self, filename: str, *, category: str | None = None, filter: str | None = None
    ) -> None:
        init_fields(self, filename=filename, category=category, filter=filter)


@request_class
class GetConfigJSON(Request[Response]):
    """Retrieve configuration (JSON format).

    Sends ``Action: GetConfigJSON``. Privilege: config, system. Reply: a plain response.
    Asterisk: since 1.6.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "GetConfigJSON"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("filename", "Filename", required=True),
        Field("category", "Category"),
        Field("filter", "Filter"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("config", "system")
    SINCE: ClassVar[str | None] = "1.6.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    filename: str
    """Configuration filename (e.g. foo.conf). Header ``Filename``."""

    _: KW_ONLY

    category: str | None = None
    """Category in configuration file. Header ``Category``."""

    filter: str | None = None
    """A comma separated list of name_regex=value_regex expressions which will cause only
    categories whose variables match all expressions to be considered. The special variable
    name TEMPLATES can be used to control whether templates are included. Passing include as
    the value will include templates along with normal categories. Passing restrict as the
    value will restrict the operation to ONLY templates. Not specifying a TEMPLATES
    expression results in the default behavior which is to not include templates. Header
    ``Filter``."""

    def __init__(
        self, filename: str, *, category: str | None = None, filter: str | None = None
    ) -> None:
        init_fields(self, filename=filename, category=category, filter=filter)


@request_class
class Getvar(Request[Response]):
    """Read a channel variable, a global variable (no channel) or a dialplan function.

    Sends ``Action: Getvar`` (``main/manager.c``). Privilege: call, reporting. Reply: Value
    is empty when the variable is unset. Asterisk: since 1.0. Verified live on Asterisk 20,
    22, 23.

    SHELL() and EVAL() need class system.
    """

    ACTION: ClassVar[str] = "Getvar"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel"),
        Field("variable", "Variable", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    SINCE: ClassVar[str | None] = "1.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    variable: str
    """Variable name, function or expression, e.g. 'LEN(abc)'. Header ``Variable``."""

    channel: str | None = None
    """The channel; the variable is global when absent. Header ``Channel``."""

    def __init__(self, variable: str, channel: str | None = None) -> None:
        init_fields(self, variable=variable, channel=channel)


@request_class
class Hangup(Request[Response]):
    """Hang up a channel, or every channel matching /regex/.

    Sends ``Action: Hangup`` (``main/manager.c``). Privilege: system, call. Reply: 'Channel
    Hungup'; 'No such channel' is an Error. Related events: Hangup. Asterisk: since 0.2.
    Verified live on Asterisk 20, 22, 23.

    With a /regex/ channel (11+) the reply is an event list of ChannelHungup items ending in
    ChannelsHungupListComplete.

    The Hangup event carries no ActionID; Cause is Asterisk's (pystrix lacked it).
    """

    ACTION: ClassVar[str] = "Hangup"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("cause", "Cause", encoding="int"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "call")
    EVENTS: ClassVar[tuple[str, ...]] = ("Hangup",)
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """Exact channel name, or /regex/. Header ``Channel``."""

    _: KW_ONLY

    cause: int | None = None
    """Numeric hangup cause (0-127), e.g. 16 normal clearing. Header ``Cause``."""

    def __init__(self, channel: str, *, cause: int | None = None) -> None:
        init_fields(self, channel=channel, cause=cause)


@request_class
class ListCategories(Request[HeaderLinesResponse]):
    """List the categories of a configuration file.

    Sends ``Action: ListCategories`` (``main/manager.c``). Privilege: config. Reply: a
    HeaderLinesResponse; keys Category-NNNNNN. Asterisk: since 1.6. Verified live on
    Asterisk 20, 22, 23.

    The reply is Category-NNNNNN headers (data lists them as lines); no categories gives an
    'Error: no categories found' line.
    """

    ACTION: ClassVar[str] = "ListCategories"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("filename", "Filename", required=True),
        Field("match", "Match"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("config",)
    RESPONSE: ClassVar[type[Response]] = HeaderLinesResponse
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    filename: str
    """File name with extension. Header ``Filename``."""

    _: KW_ONLY

    match: str | None = None
    """Only categories whose name matches (read by the code, undocumented). Header ``Match``."""

    def __init__(self, filename: str, *, match: str | None = None) -> None:
        init_fields(self, filename=filename, match=match)


@request_class
class ListCommands(Request[HeaderLinesResponse]):
    """List the actions this user may run, with synopsis and classes.

    Sends ``Action: ListCommands`` (``main/manager.c``). Privilege: none needed. Reply: a
    HeaderLinesResponse; Header lines in data (HeaderLinesResponse). Asterisk: since 1.0.
    Verified live on Asterisk 20, 22, 23.

    The reply is one '<Action>: <synopsis> (Priv: <classes>)' header per action; data lists
    them as lines, as pystrix promised.
    """

    ACTION: ClassVar[str] = "ListCommands"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    RESPONSE: ClassVar[type[Response]] = HeaderLinesResponse
    SINCE: ClassVar[str | None] = "1.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class LocalOptimizeAway(Request[Response]):
    """Let a Local channel created with /n optimize itself away once bridged.

    Sends ``Action: LocalOptimizeAway`` (``main/core_local.c``). Privilege: system, call.
    Reply: Message 'Queued channel to be optimized away'. Asterisk: since 1.8. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "LocalOptimizeAway"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("channel", "Channel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "call")
    SINCE: ClassVar[str | None] = "1.8"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The Local channel. Header ``Channel``."""

    def __init__(self, channel: str) -> None:
        init_fields(self, channel=channel)


@request_class
class LoggerRotate(Request[Response]):
    """Reload and rotate the Asterisk logger.

    Sends ``Action: LoggerRotate``. Privilege: reporting, system. Reply: a plain response.
    Asterisk: since 13.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "LoggerRotate"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class Login(Request[Response]):
    """Log in, with the plain secret or, after Challenge, with an MD5 key.

    Sends ``Action: Login`` (``main/manager.c``). Privilege: none needed. Reply:
    'Authentication accepted', then FullyBooted when the session gets system events.
    Asterisk: since 0.2. Verified live on Asterisk 20, 22, 23.

    With challenge set, sends AuthType and Key = md5(challenge + secret) instead of Secret.

    A failed login is answered after one second and the server closes the socket.
    """

    ACTION: ClassVar[str] = "Login"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("authtype", "AuthType"),
        Field("username", "Username", required=True),
        Field("secret", "Secret", encoding="secret", required=True),
        Field("events", "Events", encoding="bool", true=None, false="off", any_text=True),
        Field("challenge", "", encoding="local"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    TRANSFORM: ClassVar[str | None] = "md5_login"
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    username: str
    """User name from manager.conf (case-insensitive). Header ``Username``."""

    secret: str
    """The user's secret; never sent with a challenge. Header ``Secret``."""

    events: bool | str | None
    """False sends 'Events: off'; True sends nothing (the user's read= classes apply); a string
    is an event mask. Header ``Events``."""

    challenge: str | int | None
    """The Challenge reply's value; switches to MD5 authentication."""

    authtype: str | None
    """Authentication type used with a challenge. Header ``AuthType``."""

    def __init__(
        self,
        username: str,
        secret: str,
        events: bool | str | None = True,
        challenge: str | int | None = None,
        authtype: str | None = "MD5",
        *,
        auth_type: str | None = None,
    ) -> None:
        if auth_type is not None:
            if authtype != "MD5":
                raise TypeError("Login: give authtype or auth_type, not both")
            authtype = auth_type
        init_fields(
            self,
            username=username,
            secret=secret,
            events=events,
            challenge=challenge,
            authtype=authtype,
        )


@request_class
class Logoff(Request[Response]):
    """End the session; the server answers Goodbye and closes.

    Sends ``Action: Logoff`` (``main/manager.c``). Privilege: none needed. Reply: 'Response:
    Goodbye', 'Thanks for all the fish.' Asterisk: since 0.2. Verified live on Asterisk 20,
    22, 23.

    'Response: Goodbye' is a success here (pystrix counted it as failure).
    """

    ACTION: ClassVar[str] = "Logoff"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class MailboxCount(Request[Response]):
    """Count the urgent, new and old messages of a voicemail box.

    Sends ``Action: MailboxCount`` (``main/manager.c``). Privilege: call, reporting. Reply:
    keys Mailbox, UrgMessages, NewMessages, OldMessages. Asterisk: since 0.5. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "MailboxCount"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("mailbox", "Mailbox", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    SINCE: ClassVar[str | None] = "0.5"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    mailbox: str
    """Mailbox as mailbox@context. Header ``Mailbox``."""

    def __init__(self, mailbox: str) -> None:
        init_fields(self, mailbox=mailbox)


@request_class
class MailboxStatus(Request[Response]):
    """Report whether a voicemail box has messages waiting.

    Sends ``Action: MailboxStatus`` (``main/manager.c``). Privilege: call, reporting. Reply:
    keys Mailbox, Waiting. Asterisk: since 0.4. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "MailboxStatus"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("mailbox", "Mailbox", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    SINCE: ClassVar[str | None] = "0.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    mailbox: str
    """Mailbox as mailbox@context. Header ``Mailbox``."""

    def __init__(self, mailbox: str) -> None:
        init_fields(self, mailbox=mailbox)


@request_class
class MessageSend(Request[Response]):
    """Send an out of call message to an endpoint.

    Sends ``Action: MessageSend``. Privilege: message. Reply: a plain response. Asterisk:
    since 11.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "MessageSend"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("destination", "Destination"),
        Field("to", "To"),
        Field("from_", "From"),
        Field("body", "Body"),
        Field("base64_body", "Base64Body"),
        Field("variables", "Variable", encoding="variables"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("message",)
    SINCE: ClassVar[str | None] = "11.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    destination: str | None = None
    """A To URI for the message. If Destination is provided, the To parameter can also be
    supplied and may alter the message based on the specified message technology. For
    backwards compatibility, if Destination is not provided, the To parameter must be
    provided and will be used as the message destination. Header ``Destination``."""

    to: str | None = None
    """A To URI for the message if needed for the message technology being used to send this
    message. This can be a SIP(S) URI, such as Alice <sip:alice@atlanta.com>, or a string in
    the format alice@atlanta.com. This parameter is required if the Destination parameter is
    not provided. Header ``To``."""

    from_: str | None = None
    """A From URI for the message if needed for the message technology being used to send this
    message. Header ``From``."""

    body: str | None = None
    """The message body text. This must not contain any newlines as that conflicts with the AMI
    protocol. Header ``Body``."""

    base64_body: str | None = None
    """Text bodies requiring the use of newlines have to be base64 encoded in this field.
    Base64Body will be decoded before being sent out. Base64Body takes precedence over Body.
    Header ``Base64Body``."""

    variables: Mapping[str, str | int | float] | None = None
    """Message variable to set, multiple Variable: headers are allowed. The header value is a
    comma separated list of name=value pairs. Header ``Variable``."""

    def __init__(
        self,
        *,
        destination: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        body: str | None = None,
        base64_body: str | None = None,
        variables: Mapping[str, str | int | float] | None = None,
    ) -> None:
        init_fields(
            self,
            destination=destination,
            to=to,
            from_=from_,
            body=body,
            base64_body=base64_body,
            variables=variables,
        )


@request_class
class ModuleCheck(Request[Response]):
    """Check whether a module is loaded.

    Sends ``Action: ModuleCheck`` (``main/manager.c``). Privilege: system. Reply: keys
    Version. Asterisk: since 1.6. Verified live on Asterisk 20, 22, 23.

    The Version header is empty in current releases.
    """

    ACTION: ClassVar[str] = "ModuleCheck"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("module", "Module", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    module: str
    """Module name without extension. Header ``Module``."""

    def __init__(self, module: str) -> None:
        init_fields(self, module=module)


@request_class
class ModuleLoad(Request[Response]):
    """Load, unload, reload or refresh a module (see the MODULE_* constants).

    Sends ``Action: ModuleLoad`` (``main/manager.c``). Privilege: system. Reply: 'Module
    loaded.', 'Module unloaded.', 'Module reloaded.', 'All modules reloaded'. Asterisk:
    since 1.6. Verified live on Asterisk 20, 22, 23.

    Without LoadType Asterisk sends two or three Error responses.

    From 20.11.0, 21.6.0 and 22.1.0 Module must be a file in the modules directory: built-in
    names fail with 'Module not found.'
    """

    ACTION: ClassVar[str] = "ModuleLoad"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("load_type", "LoadType", required=True),
        Field("module", "Module"),
        Field("recursive", "Recursive", encoding="bool"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    load_type: str
    """load, unload, reload or refresh (20.8.0/21.3.0+). Header ``LoadType``."""

    module: str | None = None
    """Module file name with extension, or a built-in subsystem; every module when absent with
    reload. Header ``Module``."""

    _: KW_ONLY

    recursive: bool | None = None
    """For refresh: also unload and reload the modules that depend on it. Header ``Recursive``.
    Asterisk 20.8 and later."""

    def __init__(
        self, load_type: str, module: str | None = None, *, recursive: bool | None = None
    ) -> None:
        init_fields(self, load_type=load_type, module=module, recursive=recursive)


@request_class
class Originate_Application(Request[Response]):
    """Call a channel and, once it answers, run a dialplan application on it.

    Sends ``Action: Originate`` (``main/manager.c``). Privilege: originate. Reply:
    'Originate successfully queued' / 'Originate failed'. Related events: OriginateResponse.
    Asterisk: since 0.2. Verified live on Asterisk 20, 22, 23.

    Class originate, not call as pystrix said; applications such as System or Exec, and
    functions such as SHELL in Data, also need system.

    With async_ (the default) the result comes in OriginateResponse (Reason: see
    ORIGINATE_RESULT_*), which needs class call in the event mask.

    The request waits timeout + 2 s, or ten minutes without a timeout.

    Variable values are escaped so commas survive (pystrix sent them raw: {'A': 'x,y'} set
    A=x).
    """

    ACTION: ClassVar[str] = "Originate"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("application", "Application", required=True),
        Field("data", "Data", encoding="list"),
        Field("timeout", "Timeout", encoding="int"),
        Field("async_", "Async", encoding="bool"),
        Field("callerid", "CallerID"),
        Field("variables", "Variable", encoding="variables"),
        Field("account", "Account"),
        Field("early_media", "EarlyMedia", encoding="bool"),
        Field("codecs", "Codecs", encoding="list"),
        Field("channel_id", "ChannelId"),
        Field("other_channel_id", "OtherChannelId"),
        Field("predial_gosub", "PreDialGoSub"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("originate",)
    EVENTS: ClassVar[tuple[str, ...]] = ("OriginateResponse",)
    WAIT: ClassVar[WaitRule | None] = WaitRule("timeout", 0.001, 2.0, 600.0)
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel to call, as Tech/data, e.g. 'PJSIP/100'. Header ``Channel``."""

    application: str
    """The application to run, e.g. 'Playback'. Header ``Application``."""

    data: Sequence[str] | str | None
    """Arguments of the application: a sequence, sent comma-joined, or one string. Header
    ``Data``."""

    timeout: int | None
    """Milliseconds to wait for an answer. Header ``Timeout``. Asterisk's default: 30000."""

    callerid: str | None
    """Caller ID, e.g. '"Name" <100>'. Header ``CallerID``."""

    variables: Mapping[str, str | int | float] | None
    """Channel variables to set; one 'Variable: name=value' line each. Header ``Variable``."""

    account: str | None
    """Account code for CDRs. Header ``Account``."""

    async_: bool | None
    """Return at once and report in OriginateResponse; False blocks the session until answered.
    Header ``Async``. Asterisk's default: false."""

    early_media: bool | None
    """Connect on early media. Header ``EarlyMedia``."""

    codecs: Sequence[str] | str | None
    """Codecs to offer, comma-joined. Header ``Codecs``."""

    channel_id: str | None
    """Uniqueid for the new channel. Header ``ChannelId``."""

    other_channel_id: str | None
    """Uniqueid for the second leg of a Local channel. Header ``OtherChannelId``."""

    predial_gosub: str | None
    """context,exten,priority run on the channel before dialing. Header ``PreDialGoSub``."""

    def __init__(
        self,
        channel: str,
        application: str,
        data: Sequence[str] | str | None = None,
        timeout: int | None = None,
        callerid: str | None = None,
        variables: Mapping[str, str | int | float] | None = None,
        account: str | None = None,
        async_: bool | None = True,
        *,
        early_media: bool | None = None,
        codecs: Sequence[str] | str | None = None,
        channel_id: str | None = None,
        other_channel_id: str | None = None,
        predial_gosub: str | None = None,
        caller_id: str | None = None,
    ) -> None:
        if caller_id is not None:
            if callerid is not None:
                raise TypeError("Originate_Application: give callerid or caller_id, not both")
            callerid = caller_id
        init_fields(
            self,
            channel=channel,
            application=application,
            data=data,
            timeout=timeout,
            callerid=callerid,
            variables=variables,
            account=account,
            async_=async_,
            early_media=early_media,
            codecs=codecs,
            channel_id=channel_id,
            other_channel_id=other_channel_id,
            predial_gosub=predial_gosub,
        )


@request_class
class Originate_Context(Request[Response]):
    """Call a channel and, once it answers, send it to a context, extension and priority.

    Sends ``Action: Originate`` (``main/manager.c``). Privilege: originate. Reply:
    'Originate successfully queued' / 'Originate failed'. Related events: OriginateResponse.
    Asterisk: since 0.2. Verified live on Asterisk 20, 22, 23.

    Class originate, not call as pystrix said.

    With async_ (the default) the result comes in OriginateResponse (Reason: see
    ORIGINATE_RESULT_*), which needs class call in the event mask.

    The request waits timeout + 2 s, or ten minutes without a timeout.

    Variable values are escaped so commas survive (pystrix sent them raw).
    """

    ACTION: ClassVar[str] = "Originate"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("context", "Context", required=True),
        Field("extension", "Exten", required=True),
        Field("priority", "Priority", required=True),
        Field("timeout", "Timeout", encoding="int"),
        Field("async_", "Async", encoding="bool"),
        Field("callerid", "CallerID"),
        Field("variables", "Variable", encoding="variables"),
        Field("account", "Account"),
        Field("early_media", "EarlyMedia", encoding="bool"),
        Field("codecs", "Codecs", encoding="list"),
        Field("channel_id", "ChannelId"),
        Field("other_channel_id", "OtherChannelId"),
        Field("predial_gosub", "PreDialGoSub"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("originate",)
    EVENTS: ClassVar[tuple[str, ...]] = ("OriginateResponse",)
    WAIT: ClassVar[WaitRule | None] = WaitRule("timeout", 0.001, 2.0, 600.0)
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel to call, as Tech/data, e.g. 'PJSIP/100'. Header ``Channel``."""

    context: str
    """Dialplan context. Header ``Context``."""

    extension: str
    """Extension in the context. Header ``Exten``."""

    priority: int | str
    """Priority number or label. Header ``Priority``."""

    timeout: int | None
    """Milliseconds to wait for an answer. Header ``Timeout``. Asterisk's default: 30000."""

    callerid: str | None
    """Caller ID, e.g. '"Name" <100>'. Header ``CallerID``."""

    variables: Mapping[str, str | int | float] | None
    """Channel variables to set; one 'Variable: name=value' line each. Header ``Variable``."""

    account: str | None
    """Account code for CDRs. Header ``Account``."""

    async_: bool | None
    """Return at once and report in OriginateResponse; False blocks the session until answered.
    Header ``Async``. Asterisk's default: false."""

    early_media: bool | None
    """Connect on early media. Header ``EarlyMedia``."""

    codecs: Sequence[str] | str | None
    """Codecs to offer, comma-joined. Header ``Codecs``."""

    channel_id: str | None
    """Uniqueid for the new channel. Header ``ChannelId``."""

    other_channel_id: str | None
    """Uniqueid for the second leg of a Local channel. Header ``OtherChannelId``."""

    predial_gosub: str | None
    """context,exten,priority run on the channel before dialing. Header ``PreDialGoSub``."""

    def __init__(
        self,
        channel: str,
        context: str,
        extension: str,
        priority: int | str,
        timeout: int | None = None,
        callerid: str | None = None,
        variables: Mapping[str, str | int | float] | None = None,
        account: str | None = None,
        async_: bool | None = True,
        *,
        early_media: bool | None = None,
        codecs: Sequence[str] | str | None = None,
        channel_id: str | None = None,
        other_channel_id: str | None = None,
        predial_gosub: str | None = None,
        caller_id: str | None = None,
    ) -> None:
        if caller_id is not None:
            if callerid is not None:
                raise TypeError("Originate_Context: give callerid or caller_id, not both")
            callerid = caller_id
        init_fields(
            self,
            channel=channel,
            context=context,
            extension=extension,
            priority=priority,
            timeout=timeout,
            callerid=callerid,
            variables=variables,
            account=account,
            async_=async_,
            early_media=early_media,
            codecs=codecs,
            channel_id=channel_id,
            other_channel_id=other_channel_id,
            predial_gosub=predial_gosub,
        )


@request_class
class Ping(Request[PingResponse]):
    """Keep the session alive and measure the round trip (PingResponse.rtt).

    Sends ``Action: Ping`` (``main/manager.c``). Privilege: none needed. Reply: a
    PingResponse; keys Ping, Timestamp. Asterisk: since 0.2. Verified live on Asterisk 20,
    22, 23.

    1.6+ answers 'Response: Success', 'Ping: Pong' and Timestamp; pystrix's RTT only worked
    with 1.4's 'Response: Pong'.
    """

    ACTION: ClassVar[str] = "Ping"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    RESPONSE: ClassVar[type[Response]] = PingResponse
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PresenceState(Request[Response]):
    """Check Presence State.

    Sends ``Action: PresenceState``. Privilege: call, reporting. Reply: a plain response.
    Related events: PresenceStatus. Asterisk: since 11.0.0. Verified live on Asterisk 20,
    22, 23.
    """

    ACTION: ClassVar[str] = "PresenceState"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("provider", "Provider", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    EVENTS: ClassVar[tuple[str, ...]] = ("PresenceStatus",)
    SINCE: ClassVar[str | None] = "11.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    provider: str
    """Presence Provider to check the state of Header ``Provider``."""

    def __init__(self, provider: str) -> None:
        init_fields(self, provider=provider)


@request_class
class Redirect(Request[Response]):
    """Send a channel (and optionally a second one) to a context, extension and priority.

    Sends ``Action: Redirect`` (``main/manager.c``). Privilege: call. Reply: 'Redirect
    successful' / 'Dual Redirect successful'. Asterisk: since 0.2. Verified live on Asterisk
    20, 22, 23.

    A missing extension still answers Success; the Extra* fields (dual redirect) are
    Asterisk's.
    """

    ACTION: ClassVar[str] = "Redirect"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("extra_channel", "ExtraChannel"),
        Field("context", "Context", required=True),
        Field("extension", "Exten", required=True),
        Field("priority", "Priority", required=True),
        Field("extra_context", "ExtraContext"),
        Field("extra_extension", "ExtraExten"),
        Field("extra_priority", "ExtraPriority"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel to redirect. Header ``Channel``."""

    context: str
    """Target context. Header ``Context``."""

    extension: str
    """Target extension. Header ``Exten``."""

    priority: int | str
    """Target priority. Header ``Priority``."""

    _: KW_ONLY

    extra_channel: str | None = None
    """A second channel to redirect. Header ``ExtraChannel``."""

    extra_context: str | None = None
    """Context for the second channel. Header ``ExtraContext``."""

    extra_extension: str | None = None
    """Extension for the second channel. Header ``ExtraExten``."""

    extra_priority: int | str | None = None
    """Priority for the second channel. Header ``ExtraPriority``."""

    def __init__(
        self,
        channel: str,
        context: str,
        extension: str,
        priority: int | str,
        *,
        extra_channel: str | None = None,
        extra_context: str | None = None,
        extra_extension: str | None = None,
        extra_priority: int | str | None = None,
    ) -> None:
        init_fields(
            self,
            channel=channel,
            context=context,
            extension=extension,
            priority=priority,
            extra_channel=extra_channel,
            extra_context=extra_context,
            extra_extension=extra_extension,
            extra_priority=extra_priority,
        )


@request_class
class Reload(Request[Response]):
    """Reload one module, or every module.

    Sends ``Action: Reload`` (``main/manager.c``). Privilege: system, config. Reply: 'Module
    Reloaded'; 'No such module' is an Error. Related events: Reload. Asterisk: since 1.6.
    Verified live on Asterisk 20, 22, 23.

    Needs class system or config (pystrix said call).
    """

    ACTION: ClassVar[str] = "Reload"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("module", "Module"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "config")
    EVENTS: ClassVar[tuple[str, ...]] = ("Reload",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    module: str | None = None
    """Module name without extension; everything when absent. Header ``Module``."""

    def __init__(self, module: str | None = None) -> None:
        init_fields(self, module=module)


@request_class
class SendText(Request[Response]):
    """Send a text message to a channel during a call.

    Sends ``Action: SendText`` (``main/manager.c``). Privilege: call. Reply: Message
    'Success'; 'Failure' is an Error. Asterisk: since 1.6. Verified live on Asterisk 20, 22,
    23.
    """

    ACTION: ClassVar[str] = "SendText"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("message", "Message", required=True),
        Field("content_type", "Content-Type"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel. Header ``Channel``."""

    message: str
    """The text. Header ``Message``."""

    _: KW_ONLY

    content_type: str | None = None
    """MIME type of the message. Header ``Content-Type``."""

    def __init__(self, channel: str, message: str, *, content_type: str | None = None) -> None:
        init_fields(self, channel=channel, message=message, content_type=content_type)


@request_class
class Setvar(Request[Response]):
    """Set a channel variable, a global variable (no channel) or a dialplan function.

    Sends ``Action: Setvar`` (``main/manager.c``). Privilege: call. Reply: Message 'Variable
    Set'. Asterisk: since 1.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "Setvar"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel"),
        Field("variable", "Variable", required=True),
        Field("value", "Value", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    variable: str
    """Variable name or function, e.g. 'CDR(userfield)'. Header ``Variable``."""

    value: str
    """The value (may be empty). Header ``Value``."""

    channel: str | None = None
    """The channel; the variable is global when absent. Header ``Channel``."""

    def __init__(self, variable: str, value: str, channel: str | None = None) -> None:
        init_fields(self, variable=variable, value=value, channel=channel)


@request_class
class ShowDialPlan(Request[Response]):
    """List dialplan contexts, extensions and priorities, optionally of one context or
    extension.

    Sends ``Action: ShowDialPlan`` (``main/pbx.c``). Privilege: config, reporting. Reply: an
    event list of ListDialplan items, ended by ShowDialPlanComplete. Asterisk: since 1.6.0.
    Verified live on Asterisk 20, 22, 23.

    Curated (not imported) to keep Context first, as clients send it; a missing context is
    an Error.
    """

    ACTION: ClassVar[str] = "ShowDialPlan"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context"),
        Field("extension", "Extension"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("config", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ListDialplan",), complete="ShowDialPlanComplete"
    )
    SINCE: ClassVar[str | None] = "1.6.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str | None = None
    """Only this context. Header ``Context``."""

    extension: str | None = None
    """Only this extension. Header ``Extension``."""

    def __init__(self, context: str | None = None, extension: str | None = None) -> None:
        init_fields(self, context=context, extension=extension)


@request_class
class Status(Request[Response]):
    """Report the status of one channel, or of every channel.

    Sends ``Action: Status`` (``main/manager.c``). Privilege: system, call, reporting.
    Reply: an event list of Status items, ended by StatusComplete. Asterisk: since 0.2.
    Verified live on Asterisk 20, 22, 23.

    channel is optional here (Asterisk lists every channel without it); pystrix required it.

    Variables and AllVariables are Asterisk's (pystrix lacked them); items carry 'Variable:
    name=value' lines.
    """

    ACTION: ClassVar[str] = "Status"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel"),
        Field("variables", "Variables", encoding="list"),
        Field("all_variables", "AllVariables", encoding="bool"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("Status",), complete="StatusComplete")
    SINCE: ClassVar[str | None] = "0.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str | None = None
    """The channel; every channel when absent. Header ``Channel``."""

    _: KW_ONLY

    variables: Sequence[str] | str | None = None
    """Variables to include in each item (sequence or comma list). Header ``Variables``."""

    all_variables: bool | None = None
    """Include every channel variable. Header ``AllVariables``."""

    def __init__(
        self,
        channel: str | None = None,
        *,
        variables: Sequence[str] | str | None = None,
        all_variables: bool | None = None,
    ) -> None:
        init_fields(self, channel=channel, variables=variables, all_variables=all_variables)


@request_class
class UpdateConfig(Request[Response]):
    """Apply a list of changes to a configuration file and write the result.

    Sends ``Action: UpdateConfig`` (``main/manager.c``). Privilege: config. Reply: A bare
    Success; both files must exist ('File requires escalated privileges'). Asterisk: since
    1.4. Verified live on Asterisk 20, 22, 23.

    Each change is (action, category, variable, value, match[, line, options]); None parts
    are not sent. Actions: NewCat, RenameCat, DelCat, EmptyCat, Update, Delete, Append,
    Insert.

    At most 128 header lines per message, so about 25 changes per request.
    """

    ACTION: ClassVar[str] = "UpdateConfig"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("src_filename", "SrcFilename", required=True),
        Field("dst_filename", "DstFilename", required=True),
        Field("reload", "Reload", encoding="bool", any_text=True),
        Field("preserve_effective_context", "PreserveEffectiveContext", encoding="bool"),
        Field(
            "changes",
            "",
            encoding="numbered",
            required=True,
            subkeys=("Action", "Cat", "Var", "Value", "Match", "Line", "Options"),
        ),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("config",)
    SINCE: ClassVar[str | None] = "1.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    src_filename: str
    """File to read. Header ``SrcFilename``."""

    dst_filename: str
    """File to write. Header ``DstFilename``."""

    changes: Sequence[Sequence[str | None]]
    """The changes, sent as Action-NNNNNN, Cat-NNNNNN, Var-NNNNNN, Value-NNNNNN, Match-NNNNNN
    (Line-, Options-) headers numbered from 000000."""

    reload: bool | str | None = True
    """Reload after writing: True, False, or the name of the module to reload. Header
    ``Reload``."""

    _: KW_ONLY

    preserve_effective_context: bool | None = None
    """Keep a category's effective contents when its templates change (13.2+). Header
    ``PreserveEffectiveContext``."""

    def __init__(
        self,
        src_filename: str,
        dst_filename: str,
        changes: Sequence[Sequence[str | None]],
        reload: bool | str | None = True,
        *,
        preserve_effective_context: bool | None = None,
    ) -> None:
        init_fields(
            self,
            src_filename=src_filename,
            dst_filename=dst_filename,
            changes=changes,
            reload=reload,
            preserve_effective_context=preserve_effective_context,
        )


@request_class
class UserEvent(Request[Response]):
    """Send a UserEvent to every session with class user; extra keyword arguments become its
    headers.

    Sends ``Action: UserEvent`` (``main/manager.c``). Privilege: user. Reply: Message 'Event
    Sent'. Related events: UserEvent. Asterisk: since 1.4. Verified live on Asterisk 20, 22,
    23.

    pystrix's form UserEvent(UserEvent='Name', Header='v') works, and so does
    UserEvent('Name', Header='v').

    The event copies every header, ActionID included.
    """

    ACTION: ClassVar[str] = "UserEvent"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("user_event", "UserEvent", required=True),
        Field("headers_", "", encoding="headers"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    EVENTS: ClassVar[tuple[str, ...]] = ("UserEvent",)
    SINCE: ClassVar[str | None] = "1.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    user_event: str | None
    """The event's name (its UserEvent header). Header ``UserEvent``."""

    headers_: Mapping[str, HeaderValue]
    """Further headers of the event, as keyword arguments."""

    def __init__(self, user_event: str | None = None, **headers: HeaderValue) -> None:
        extra = dict(headers)
        if user_event is None and "UserEvent" in extra:
            user_event = str(extra.pop("UserEvent"))
        init_fields(self, user_event=user_event, headers_=extra)


@request_class
class WaitEvent(Request[Response]):
    """Wait until an event is queued for this session, or the timeout expires.

    Sends ``Action: WaitEvent`` (``main/manager.c``). Privilege: none needed. Reply: an
    event list without item events, ended by WaitEventComplete. Asterisk: since 1.4.0.
    Verified live on Asterisk 20, 22, 23.

    Meant for HTTP manager sessions, whose events are only delivered this way; on a TCP
    session events flow anyway.

    The reply comes at once; the request resolves at WaitEventComplete, which carries its
    ActionID (events in between do not). It waits timeout + 2 s, or ten minutes without one.
    """

    ACTION: ClassVar[str] = "WaitEvent"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("timeout", "Timeout", encoding="int", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=(), complete="WaitEventComplete", announced=False
    )
    WAIT: ClassVar[WaitRule | None] = WaitRule("timeout", 1.0, 2.0, 600.0)
    SINCE: ClassVar[str | None] = "1.4.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    timeout: int
    """Seconds to wait; -1 waits until an event comes. Header ``Timeout``."""

    def __init__(self, timeout: int) -> None:
        init_fields(self, timeout=timeout)
