# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_agent_pool``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader

from ._groups import ChannelSnapshotFields, ListCompleteFields

__all__ = [
    "Agents",
    "AgentsComplete",
]


class Agents(ChannelSnapshotFields):
    """Response event in a series to the Agents AMI action containing information about a
    defined agent.

    ``Event: Agents`` (``apps/app_agent_pool.c``). Class: agent. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Agents"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    agent = StrHeader("Agent")
    """Agent ID of the agent. Header ``Agent``."""

    name_ = StrHeader("Name")
    """User friendly name of the agent. Header ``Name``."""

    status = StrHeader("Status")
    """Current status of the agent. The valid values are: Documented values: AGENT_LOGGEDOFF,
    AGENT_IDLE, AGENT_ONCALL. Header ``Status``."""

    talking_to_chan = StrHeader("TalkingToChan")
    """BRIDGEPEER value on agent channel. Present if Status value is AGENT_ONCALL. Header
    ``TalkingToChan``."""

    call_started = StrHeader("CallStarted")
    """Epoch time when the agent started talking with the caller. Present if Status value is
    AGENT_ONCALL. Header ``CallStarted``."""

    logged_in_time = StrHeader("LoggedInTime")
    """Epoch time when the agent logged in. Present if Status value is AGENT_IDLE or
    AGENT_ONCALL. Header ``LoggedInTime``."""


class AgentsComplete(ListCompleteFields):
    """Final response event in a series of events to the Agents AMI action.

    ``Event: AgentsComplete`` (``apps/app_agent_pool.c``). Class: agent. Asterisk:
    documented since 12.0.0. Headers of ListCompleteFields included. Verified live on
    Asterisk 20, 22, 23.

    Observed on Asterisk 20, 22, 23: it sends EventList, ListItems (the ListCompleteFields
    headers).
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AgentsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
