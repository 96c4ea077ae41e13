# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_controlplayback``.

Implemented in apps/app_controlplayback.c.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "ControlPlayback",
]


@request_class
class ControlPlayback(Request[Response]):
    """Control the playback of a file being played to a channel.

    Sends ``Action: ControlPlayback`` (``apps/app_controlplayback.c``). Privilege: call.
    Reply: a plain response. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ControlPlayback"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field(
            "control",
            "Control",
            required=True,
            choices=("stop", "forward", "reverse", "pause", "restart"),
        ),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The name of the channel that currently has a file being played back to it. Header
    ``Channel``."""

    control: Literal["stop", "forward", "reverse", "pause", "restart"]
    """The Control header. One of: stop, forward, reverse, pause, restart (checked before
    sending). Header ``Control``."""

    def __init__(
        self, channel: str, control: Literal["stop", "forward", "reverse", "pause", "restart"]
    ) -> None:
        init_fields(self, channel=channel, control=control)
