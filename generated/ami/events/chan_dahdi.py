# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``chan_dahdi``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ChannelSnapshotFields, ListCompleteFields

__all__ = [
    "Alarm",
    "AlarmClear",
    "DAHDIChannel",
    "DAHDIShowChannels",
    "DAHDIShowChannelsComplete",
    "DAHDIShowStatus",
    "DAHDIShowStatusComplete",
    "DNDState",
    "MCID",
    "PRIShowSpans",
    "PRIShowSpansComplete",
    "SpanAlarm",
    "SpanAlarmClear",
]


class Alarm(Event):
    """Raised when an alarm is set on a DAHDI channel.

    ``Event: Alarm`` (``channels/chan_dahdi.c``). Class: system. Asterisk: documented since
    12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Alarm"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dahdi_channel = StrHeader("DAHDIChannel")
    """The channel on which the alarm occurred. Note: This is not an Asterisk channel
    identifier. Header ``DAHDIChannel``."""

    alarm = StrHeader("Alarm")
    """A textual description of the alarm that occurred. Header ``Alarm``."""


class AlarmClear(Event):
    """Raised when an alarm is cleared on a DAHDI channel.

    ``Event: AlarmClear`` (``channels/chan_dahdi.c``). Class: system. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AlarmClear"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dahdi_channel = StrHeader("DAHDIChannel")
    """The DAHDI channel on which the alarm was cleared. Note: This is not an Asterisk channel
    identifier. Header ``DAHDIChannel``."""


class DAHDIChannel(ChannelSnapshotFields):
    """Raised when a DAHDI channel is created or an underlying technology is associated with a
    DAHDI channel.

    ``Event: DAHDIChannel`` (``channels/chan_dahdi.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DAHDIChannel"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dahdi_group = StrHeader("DAHDIGroup")
    """The DAHDI logical group associated with this channel. Header ``DAHDIGroup``."""

    dahdi_span = StrHeader("DAHDISpan")
    """The DAHDI span associated with this channel. Header ``DAHDISpan``."""

    dahdi_channel = StrHeader("DAHDIChannel")
    """The DAHDI channel associated with this channel. Header ``DAHDIChannel``."""


class DAHDIShowChannels(Event):
    """One DAHDI channel, an item of the DAHDIShowChannels reply.

    ``Event: DAHDIShowChannels`` (``channels/chan_dahdi.c``). Class: none (sent to one
    session). Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DAHDIShowChannels"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    dahdi_channel = IntHeader("DAHDIChannel")
    """The DAHDI channel number. Header ``DAHDIChannel``."""

    signalling = StrHeader("Signalling")
    """Its signalling. Header ``Signalling``."""

    signalling_code = IntHeader("SignallingCode")
    """Its signalling as a number. Header ``SignallingCode``."""

    context = StrHeader("Context")
    """Its context. Header ``Context``."""

    dnd = StrHeader("DND")
    """Do not disturb. Documented values: Enabled, Disabled. Header ``DND``."""

    alarm = StrHeader("Alarm")
    """Its alarm state. Header ``Alarm``."""

    description = StrHeader("Description")
    """Its description. Header ``Description``."""


class DAHDIShowChannelsComplete(ListCompleteFields):
    """Ends the DAHDIShowChannels reply.

    ``Event: DAHDIShowChannelsComplete`` (``channels/chan_dahdi.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DAHDIShowChannelsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    items_ = IntHeader("Items")
    """Channels listed (the pre-13.2 count). Header ``Items``."""


class DAHDIShowStatus(Event):
    """One DAHDI span, an item of the DAHDIShowStatus reply.

    ``Event: DAHDIShowStatus`` (``channels/chan_dahdi.c``). Class: none (sent to one
    session). Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DAHDIShowStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    span = IntHeader("Span")
    """The span number. Header ``Span``."""

    description = StrHeader("Description")
    """Its description. Header ``Description``."""

    alarms = StrHeader("Alarms")
    """Its alarms. Header ``Alarms``."""


class DAHDIShowStatusComplete(ListCompleteFields):
    """Ends the DAHDIShowStatus reply.

    ``Event: DAHDIShowStatusComplete`` (``channels/chan_dahdi.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DAHDIShowStatusComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class DNDState(Event):
    """Raised when the Do Not Disturb state is changed on a DAHDI channel.

    ``Event: DNDState`` (``channels/chan_dahdi.c``). Class: system. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DNDState"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    dahdi_channel = StrHeader("DAHDIChannel")
    """The DAHDI channel on which DND status changed. Note: This is not an Asterisk channel
    identifier. Header ``DAHDIChannel``."""

    status = StrHeader("Status")
    """The Status header. Documented values: enabled, disabled. Header ``Status``."""


class MCID(ChannelSnapshotFields):
    """Published when a malicious call ID request arrives.

    ``Event: MCID`` (``channels/chan_dahdi.c``). Class: call. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MCID"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    m_caller_id_num_valid = StrHeader("MCallerIDNumValid")
    """The MCallerIDNumValid header. Header ``MCallerIDNumValid``."""

    m_caller_id_num = StrHeader("MCallerIDNum")
    """The MCallerIDNum header. Header ``MCallerIDNum``."""

    m_caller_i_dton = StrHeader("MCallerIDton")
    """The MCallerIDton header. Header ``MCallerIDton``."""

    m_caller_id_num_plan = StrHeader("MCallerIDNumPlan")
    """The MCallerIDNumPlan header. Header ``MCallerIDNumPlan``."""

    m_caller_id_num_pres = StrHeader("MCallerIDNumPres")
    """The MCallerIDNumPres header. Header ``MCallerIDNumPres``."""

    m_caller_id_name_valid = StrHeader("MCallerIDNameValid")
    """The MCallerIDNameValid header. Header ``MCallerIDNameValid``."""

    m_caller_id_name = StrHeader("MCallerIDName")
    """The MCallerIDName header. Header ``MCallerIDName``."""

    m_caller_id_name_char_set = StrHeader("MCallerIDNameCharSet")
    """The MCallerIDNameCharSet header. Header ``MCallerIDNameCharSet``."""

    m_caller_id_name_pres = StrHeader("MCallerIDNamePres")
    """The MCallerIDNamePres header. Header ``MCallerIDNamePres``."""

    m_caller_id_subaddr = StrHeader("MCallerIDSubaddr")
    """The MCallerIDSubaddr header. Header ``MCallerIDSubaddr``."""

    m_caller_id_subaddr_type = StrHeader("MCallerIDSubaddrType")
    """The MCallerIDSubaddrType header. Header ``MCallerIDSubaddrType``."""

    m_caller_id_subaddr_odd = StrHeader("MCallerIDSubaddrOdd")
    """The MCallerIDSubaddrOdd header. Header ``MCallerIDSubaddrOdd``."""

    m_caller_id_pres = StrHeader("MCallerIDPres")
    """The MCallerIDPres header. Header ``MCallerIDPres``."""

    m_connected_id_num_valid = StrHeader("MConnectedIDNumValid")
    """The MConnectedIDNumValid header. Header ``MConnectedIDNumValid``."""

    m_connected_id_num = StrHeader("MConnectedIDNum")
    """The MConnectedIDNum header. Header ``MConnectedIDNum``."""

    m_connected_i_dton = StrHeader("MConnectedIDton")
    """The MConnectedIDton header. Header ``MConnectedIDton``."""

    m_connected_id_num_plan = StrHeader("MConnectedIDNumPlan")
    """The MConnectedIDNumPlan header. Header ``MConnectedIDNumPlan``."""

    m_connected_id_num_pres = StrHeader("MConnectedIDNumPres")
    """The MConnectedIDNumPres header. Header ``MConnectedIDNumPres``."""

    m_connected_id_name_valid = StrHeader("MConnectedIDNameValid")
    """The MConnectedIDNameValid header. Header ``MConnectedIDNameValid``."""

    m_connected_id_name = StrHeader("MConnectedIDName")
    """The MConnectedIDName header. Header ``MConnectedIDName``."""

    m_connected_id_name_char_set = StrHeader("MConnectedIDNameCharSet")
    """The MConnectedIDNameCharSet header. Header ``MConnectedIDNameCharSet``."""

    m_connected_id_name_pres = StrHeader("MConnectedIDNamePres")
    """The MConnectedIDNamePres header. Header ``MConnectedIDNamePres``."""

    m_connected_id_subaddr = StrHeader("MConnectedIDSubaddr")
    """The MConnectedIDSubaddr header. Header ``MConnectedIDSubaddr``."""

    m_connected_id_subaddr_type = StrHeader("MConnectedIDSubaddrType")
    """The MConnectedIDSubaddrType header. Header ``MConnectedIDSubaddrType``."""

    m_connected_id_subaddr_odd = StrHeader("MConnectedIDSubaddrOdd")
    """The MConnectedIDSubaddrOdd header. Header ``MConnectedIDSubaddrOdd``."""

    m_connected_id_pres = StrHeader("MConnectedIDPres")
    """The MConnectedIDPres header. Header ``MConnectedIDPres``."""


class PRIShowSpans(Event):
    """One PRI span, an item of the PRIShowSpans reply.

    ``Event: PRIShowSpans`` (``channels/chan_dahdi.c``). Class: none (sent to one session).
    Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PRIShowSpans"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    span = IntHeader("Span")
    """The span number. Header ``Span``."""

    d_channel = IntHeader("DChannel")
    """Its D-channel. Header ``DChannel``."""

    order = StrHeader("Order")
    """Primary or Secondary. Header ``Order``."""

    active = StrHeader("Active")
    """Whether it is active. Documented values: Yes, No. Header ``Active``."""

    alarm = StrHeader("Alarm")
    """Its alarm state. Header ``Alarm``."""

    up = StrHeader("Up")
    """Whether it is up. Documented values: Yes, No. Header ``Up``."""


class PRIShowSpansComplete(ListCompleteFields):
    """Ends the PRIShowSpans reply.

    ``Event: PRIShowSpansComplete`` (``channels/chan_dahdi.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PRIShowSpansComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class SpanAlarm(Event):
    """Raised when an alarm is set on a DAHDI span.

    ``Event: SpanAlarm`` (``channels/chan_dahdi.c``). Class: system. Asterisk: documented
    since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SpanAlarm"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    span = StrHeader("Span")
    """The span on which the alarm occurred. Header ``Span``."""

    alarm = StrHeader("Alarm")
    """A textual description of the alarm that occurred. Header ``Alarm``."""


class SpanAlarmClear(Event):
    """Raised when an alarm is cleared on a DAHDI span.

    ``Event: SpanAlarmClear`` (``channels/chan_dahdi.c``). Class: system. Asterisk:
    documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SpanAlarmClear"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"

    span = StrHeader("Span")
    """The span on which the alarm was cleared. Header ``Span``."""
