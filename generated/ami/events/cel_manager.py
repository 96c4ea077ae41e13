# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``cel_manager``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader
from ami_runtime.message import Event

__all__ = [
    "CEL",
]


class CEL(Event):
    """Raised when a Channel Event Log is generated for a channel.

    ``Event: CEL`` (``cel/cel_manager.c``). Class: call. Asterisk: documented since 13.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "CEL"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.2.0"

    event_name = StrHeader("EventName")
    """The name of the CEL event being raised. This can include both the system defined CEL
    events, as well as user defined events. Note: All events listed here may not be raised,
    depending on the configuration in cel.conf. Documented values: CHAN_START, CHAN_END,
    ANSWER, HANGUP, BRIDGE_ENTER, BRIDGE_EXIT, APP_START, APP_END, PARK_START, PARK_END,
    BLINDTRANSFER, ATTENDEDTRANSFER, PICKUP, FORWARD, LINKEDID_END, LOCAL_OPTIMIZE_BEGIN,
    LOCAL_OPTIMIZE, STREAM_BEGIN, STREAM_END, DTMF, USER_DEFINED. Header ``EventName``."""

    account_code = StrHeader("AccountCode")
    """The channel's account code. Header ``AccountCode``."""

    caller_i_dnum = StrHeader("CallerIDnum")
    """The Caller ID number. Header ``CallerIDnum``."""

    caller_i_dname = StrHeader("CallerIDname")
    """The Caller ID name. Header ``CallerIDname``."""

    caller_i_dani = StrHeader("CallerIDani")
    """The Caller ID Automatic Number Identification. Header ``CallerIDani``."""

    caller_i_drdnis = StrHeader("CallerIDrdnis")
    """The Caller ID Redirected Dialed Number Identification Service. Header ``CallerIDrdnis``."""

    caller_i_ddnid = StrHeader("CallerIDdnid")
    """The Caller ID Dialed Number Identifier. Header ``CallerIDdnid``."""

    exten = StrHeader("Exten")
    """The dialplan extension the channel is currently executing in. Header ``Exten``."""

    context = StrHeader("Context")
    """The dialplan context the channel is currently executing in. Header ``Context``."""

    application = StrHeader("Application")
    """The dialplan application the channel is currently executing. Header ``Application``."""

    app_data = StrHeader("AppData")
    """The arguments passed to the dialplan Application. Header ``AppData``."""

    event_time = StrHeader("EventTime")
    """The time the CEL event occurred. Header ``EventTime``."""

    ama_flags = StrHeader("AMAFlags")
    """A flag that informs a billing system how to treat the CEL. Documented values: OMIT,
    BILLING, DOCUMENTATION. Header ``AMAFlags``."""

    unique_id = StrHeader("UniqueID")
    """The unique ID of the channel. Header ``UniqueID``."""

    linked_id = StrHeader("LinkedID")
    """The linked ID of the channel, which ties this event to other related channel's events.
    Header ``LinkedID``."""

    user_field = StrHeader("UserField")
    """A user defined field set on a channel, containing arbitrary application specific data.
    Header ``UserField``."""

    peer = StrHeader("Peer")
    """If this channel is in a bridge, the channel that it is in a bridge with. Header
    ``Peer``."""

    peer_account = StrHeader("PeerAccount")
    """If this channel is in a bridge, the accountcode of the channel it is in a bridge with.
    Header ``PeerAccount``."""

    extra = StrHeader("Extra")
    """Some events will have event specific data that accompanies the CEL record. This extra
    data is JSON encoded, and is dependent on the event in question. Header ``Extra``."""
