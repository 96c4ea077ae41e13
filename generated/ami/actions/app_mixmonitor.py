# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_mixmonitor``.

Implemented in apps/app_mixmonitor.c.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from ami_runtime.action import Field, Request
from ami_runtime.message import Response

__all__ = [
    "MixMonitorMute",
]


@dataclass(frozen=True, slots=True, repr=False)
class MixMonitorMute(Request[Response]):
    """Mute or unmute one or both directions of a MixMonitor recording.

    Sends ``Action: MixMonitorMute`` (``apps/app_mixmonitor.c``). Privilege: system, call.
    Reply: a plain response. Asterisk: since 1.8.
    """

    ACTION: ClassVar[str] = "MixMonitorMute"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("direction", "Direction", required=True),
        Field("mute", "State", encoding="bool", required=True, true="1", false="0"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "call")
    SINCE: ClassVar[str | None] = "1.8"

    channel: str
    """The recorded channel. Header ``Channel``."""

    direction: Literal["read", "write", "both"]
    """'read' (from the channel), 'write' (to it) or 'both'. Header ``Direction``."""

    mute: bool
    """True mutes, False unmutes. Header ``State``."""
