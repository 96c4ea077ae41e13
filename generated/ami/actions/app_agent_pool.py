# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_agent_pool``.

Implemented in apps/app_agent_pool.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "AgentLogoff",
    "Agents",
]


@request_class
class AgentLogoff(Request[Response]):
    """Sets an agent as no longer logged in.

    Sends ``Action: AgentLogoff`` (``apps/app_agent_pool.c``). Privilege: agent. Reply: a
    plain response. Asterisk: since 1.2.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "AgentLogoff"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("agent", "Agent", required=True),
        Field("soft", "Soft"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    SINCE: ClassVar[str | None] = "1.2.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    agent: str
    """Agent ID of the agent to log off. Header ``Agent``."""

    _: KW_ONLY

    soft: str | None = None
    """Set to true to not hangup existing calls. Header ``Soft``."""

    def __init__(self, agent: str, *, soft: str | None = None) -> None:
        init_fields(self, agent=agent, soft=soft)


@request_class
class Agents(Request[Response]):
    """Lists agents and their status.

    Sends ``Action: Agents`` (``apps/app_agent_pool.c``). Privilege: agent. Reply: an event
    list of Agents items, ended by AgentsComplete. Asterisk: since 1.2.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "Agents"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agent",)
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("Agents",), complete="AgentsComplete")
    SINCE: ClassVar[str | None] = "1.2.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
