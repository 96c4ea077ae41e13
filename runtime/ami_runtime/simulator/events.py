"""Events as Asterisk 20 writes them: names, classes and exact header lists.

An event is built once (:class:`SimEvent`) and written to every session whose mask has
all its class bits (``main/manager.c``, ``__manager_event_sessions_va``); the session adds
``Event:`` and ``Privilege:``.  Header lists follow the recordings in
``shared/transcripts/`` and the ``<managerEvent>`` syntax in Asterisk's XML docs; channel
fields come from ``ast_manager_build_channel_state_string_prefix``
(``main/manager_channels.c``), bridge fields from ``ast_manager_build_bridge_state_string``
(``main/manager_bridges.c``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .privileges import CLASSES

if TYPE_CHECKING:
    from .state.bridges import Bridge
    from .state.channels import Channel

__all__ = [
    "CALL",
    "STATE_DESC",
    "SimEvent",
    "bridge_fields",
    "channel_event",
    "channel_fields",
    "hangup_cause_text",
]

Pairs = list[tuple[str, str]]

CALL = CLASSES["call"]

#: ``ast_state2str`` (``main/channel.c``).
STATE_DESC = {
    0: "Down",
    1: "Rsrvd",
    2: "OffHook",
    3: "Dialing",
    4: "Ring",
    5: "Ringing",
    6: "Up",
    7: "Busy",
    8: "Dialing Offhook",
    9: "Pre-ring",
}

#: The few causes the simulator produces (``main/causes.c`` / ``ast_cause2str``).
_CAUSES = {
    0: "Unknown",
    1: "Unallocated (unassigned) number",
    16: "Normal Clearing",
    17: "User busy",
    18: "No user responding",
    19: "User alerting, no answer",
    21: "Call Rejected",
    34: "Circuit/channel congestion",
    127: "Interworking, unspecified",
}


@dataclass(frozen=True, slots=True)
class SimEvent:
    """One event: name, class bits and body (everything after ``Privilege:``)."""

    name: str
    category: int
    body: tuple[tuple[str, str], ...]

    def pairs(self) -> Pairs:
        """``Event``, ``Privilege`` (``authority_to_str``), then the body."""
        from .privileges import authority_to_str

        return [("Event", self.name), ("Privilege", authority_to_str(self.category)), *self.body]


def hangup_cause_text(cause: int) -> str:
    """``Cause-txt`` for a cause code."""
    return _CAUSES.get(cause, "Unknown")


def _unknown(value: str) -> str:
    """Asterisk prints empty caller fields as ``<unknown>`` (``S_COR`` in the builder)."""
    return value if value else "<unknown>"


def channel_fields(ch: Channel, prefix: str = "") -> Pairs:
    """The 14 snapshot fields, optionally prefixed (``Dest``, ``LocalOne``, ``Parkee``...)."""
    p = prefix
    return [
        (f"{p}Channel", ch.name),
        (f"{p}ChannelState", str(ch.state)),
        (f"{p}ChannelStateDesc", STATE_DESC.get(ch.state, "Unknown")),
        (f"{p}CallerIDNum", _unknown(ch.cid_num)),
        (f"{p}CallerIDName", _unknown(ch.cid_name)),
        (f"{p}ConnectedLineNum", _unknown(ch.conn_num)),
        (f"{p}ConnectedLineName", _unknown(ch.conn_name)),
        (f"{p}Language", ch.language),
        (f"{p}AccountCode", ch.accountcode),
        (f"{p}Context", ch.context),
        (f"{p}Exten", ch.exten),
        (f"{p}Priority", str(ch.priority)),
        (f"{p}Uniqueid", ch.uniqueid),
        (f"{p}Linkedid", ch.linkedid),
    ]


def channel_event(
    name: str, ch: Channel, extra: Pairs | None = None, category: int = CALL
) -> SimEvent:
    """An event made of one channel snapshot plus ``extra`` headers."""
    return SimEvent(name, category, tuple(channel_fields(ch) + (extra or [])))


def bridge_fields(bridge: Bridge, prefix: str = "") -> Pairs:
    """``ast_manager_build_bridge_state_string_prefix``."""
    p = prefix
    return [
        (f"{p}BridgeUniqueid", bridge.uniqueid),
        (f"{p}BridgeType", bridge.type),
        (f"{p}BridgeTechnology", bridge.technology),
        (f"{p}BridgeCreator", bridge.creator),
        (f"{p}BridgeName", bridge.name),
        (f"{p}BridgeNumChannels", str(len(bridge.channels))),
        (f"{p}BridgeVideoSourceMode", "none"),
    ]
