# DO NOT EDIT. Generated from spec/events.yaml by codegen/ (template: event_groups.py.jinja).
# Run "make generate" to rebuild.
"""Header groups many events share: channel and bridge snapshots, list completions.

Asterisk documents each group once and includes it by reference
(``<channel_snapshot prefix="Dest"/>``, expanded by ``doc/appdocsxml.xslt``).  Each group
here is a mixin whose properties read the event's own headers (``hangup.uniqueid``) and,
for snapshots, a view that reads them through a prefix (``dial_begin.dest.uniqueid``
reads ``DestUniqueid``).  Properties never raise: an absent header, or an integer header
holding something else, reads as None; ``event.get(key)`` keeps the raw text.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, SnapshotView, StrHeader
from ami_runtime.message import Event

__all__ = [
    "ChannelSnapshotFields",
    "ChannelSnapshot",
    "BridgeSnapshotFields",
    "BridgeSnapshot",
    "ListCompleteFields",
]


class ChannelSnapshotFields(Event):
    """The headers of a channel snapshot, which Asterisk's docs share through <channel_snapshot
    prefix=...>. From main/manager_channels.c ast_manager_build_channel_state_string_prefix;
    doc/appdocsxml.xslt channel_snapshot.
    """

    __slots__ = ()

    channel = StrHeader("Channel")
    """The name of the channel. Header ``Channel``."""

    channel_state = IntHeader("ChannelState")
    """A numeric code for the channel's current state, related to ChannelStateDesc. Header
    ``ChannelState``."""

    channel_state_desc = StrHeader("ChannelStateDesc")
    """The channel's state as text. Documented values: Down, Rsrvd, OffHook, Dialing, Ring,
    Ringing, Up, Busy, Dialing Offhook, Pre-ring, Unknown. Header ``ChannelStateDesc``."""

    caller_id_num = StrHeader("CallerIDNum")
    """The caller ID number. Header ``CallerIDNum``."""

    caller_id_name = StrHeader("CallerIDName")
    """The caller ID name (C-escaped since 13.5: a newline arrives as \\n). Header
    ``CallerIDName``."""

    connected_line_num = StrHeader("ConnectedLineNum")
    """The connected line number. Header ``ConnectedLineNum``."""

    connected_line_name = StrHeader("ConnectedLineName")
    """The connected line name (C-escaped since 13.5). Header ``ConnectedLineName``."""

    language = StrHeader("Language")
    """The channel's language. Header ``Language``."""

    account_code = StrHeader("AccountCode")
    """The channel's account code. Header ``AccountCode``."""

    context = StrHeader("Context")
    """The dialplan context. Header ``Context``."""

    exten = StrHeader("Exten")
    """The dialplan extension. Header ``Exten``."""

    priority = IntHeader("Priority")
    """The dialplan priority. Header ``Priority``."""

    uniqueid = StrHeader("Uniqueid")
    """The channel's unique id. Header ``Uniqueid``."""

    linkedid = StrHeader("Linkedid")
    """Uniqueid of the oldest channel associated with this channel. Header ``Linkedid``."""


class ChannelSnapshot(SnapshotView):
    """The headers of one channel snapshot inside an event, read through its prefix
    (ChannelSnapshotFields reads the unprefixed ones).
    """

    __slots__ = ()

    ANCHOR: ClassVar[str] = "Channel"

    channel = StrHeader("Channel")
    """The name of the channel. Header ``Channel``."""

    channel_state = IntHeader("ChannelState")
    """A numeric code for the channel's current state, related to ChannelStateDesc. Header
    ``ChannelState``."""

    channel_state_desc = StrHeader("ChannelStateDesc")
    """The channel's state as text. Documented values: Down, Rsrvd, OffHook, Dialing, Ring,
    Ringing, Up, Busy, Dialing Offhook, Pre-ring, Unknown. Header ``ChannelStateDesc``."""

    caller_id_num = StrHeader("CallerIDNum")
    """The caller ID number. Header ``CallerIDNum``."""

    caller_id_name = StrHeader("CallerIDName")
    """The caller ID name (C-escaped since 13.5: a newline arrives as \\n). Header
    ``CallerIDName``."""

    connected_line_num = StrHeader("ConnectedLineNum")
    """The connected line number. Header ``ConnectedLineNum``."""

    connected_line_name = StrHeader("ConnectedLineName")
    """The connected line name (C-escaped since 13.5). Header ``ConnectedLineName``."""

    language = StrHeader("Language")
    """The channel's language. Header ``Language``."""

    account_code = StrHeader("AccountCode")
    """The channel's account code. Header ``AccountCode``."""

    context = StrHeader("Context")
    """The dialplan context. Header ``Context``."""

    exten = StrHeader("Exten")
    """The dialplan extension. Header ``Exten``."""

    priority = IntHeader("Priority")
    """The dialplan priority. Header ``Priority``."""

    uniqueid = StrHeader("Uniqueid")
    """The channel's unique id. Header ``Uniqueid``."""

    linkedid = StrHeader("Linkedid")
    """Uniqueid of the oldest channel associated with this channel. Header ``Linkedid``."""


class BridgeSnapshotFields(Event):
    """The headers of a bridge snapshot, which Asterisk's docs share through <bridge_snapshot
    prefix=...>. From main/manager_bridges.c ast_manager_build_bridge_state_string_prefix;
    doc/appdocsxml.xslt bridge_snapshot.
    """

    __slots__ = ()

    bridge_uniqueid = StrHeader("BridgeUniqueid")
    """The bridge's unique id. Header ``BridgeUniqueid``."""

    bridge_type = StrHeader("BridgeType")
    """The type of bridge. Header ``BridgeType``."""

    bridge_technology = StrHeader("BridgeTechnology")
    """Technology in use by the bridge. Header ``BridgeTechnology``."""

    bridge_creator = StrHeader("BridgeCreator")
    """Entity that created the bridge if applicable. Header ``BridgeCreator``."""

    bridge_name = StrHeader("BridgeName")
    """Name used to refer to the bridge by its BridgeCreator if applicable. Header
    ``BridgeName``."""

    bridge_num_channels = IntHeader("BridgeNumChannels")
    """Number of channels in the bridge. Header ``BridgeNumChannels``."""

    bridge_video_source_mode = StrHeader("BridgeVideoSourceMode")
    """The video source mode for the bridge. Documented values: none, talker, single. Header
    ``BridgeVideoSourceMode``."""

    bridge_video_source = StrHeader("BridgeVideoSource")
    """If there is a video source for the bridge, the unique ID of the channel that is the
    video source. Header ``BridgeVideoSource``."""


class BridgeSnapshot(SnapshotView):
    """The headers of one bridge snapshot inside an event, read through its prefix
    (BridgeSnapshotFields reads the unprefixed ones).
    """

    __slots__ = ()

    ANCHOR: ClassVar[str] = "BridgeUniqueid"

    bridge_uniqueid = StrHeader("BridgeUniqueid")
    """The bridge's unique id. Header ``BridgeUniqueid``."""

    bridge_type = StrHeader("BridgeType")
    """The type of bridge. Header ``BridgeType``."""

    bridge_technology = StrHeader("BridgeTechnology")
    """Technology in use by the bridge. Header ``BridgeTechnology``."""

    bridge_creator = StrHeader("BridgeCreator")
    """Entity that created the bridge if applicable. Header ``BridgeCreator``."""

    bridge_name = StrHeader("BridgeName")
    """Name used to refer to the bridge by its BridgeCreator if applicable. Header
    ``BridgeName``."""

    bridge_num_channels = IntHeader("BridgeNumChannels")
    """Number of channels in the bridge. Header ``BridgeNumChannels``."""

    bridge_video_source_mode = StrHeader("BridgeVideoSourceMode")
    """The video source mode for the bridge. Documented values: none, talker, single. Header
    ``BridgeVideoSourceMode``."""

    bridge_video_source = StrHeader("BridgeVideoSource")
    """If there is a video source for the bridge, the unique ID of the channel that is the
    video source. Header ``BridgeVideoSource``."""


class ListCompleteFields(Event):
    """The headers that end an event list (13.2+). From main/manager.c
    astman_send_list_complete_start.
    """

    __slots__ = ()

    event_list = StrHeader("EventList")
    """Always Complete: this event ends the list. Documented values: Complete. Header
    ``EventList``."""

    list_items = IntHeader("ListItems")
    """The number of list items sent before this event. Header ``ListItems``."""
