# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_mutestream``.

Implemented in res/res_mutestream.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "MuteAudio",
]


@request_class
class MuteAudio(Request[Response]):
    """Mute or unmute a channel's inbound and/or outbound audio.

    Sends ``Action: MuteAudio`` (``res/res_mutestream.c``). Privilege: system. Reply: A bare
    Success. Asterisk: since 1.8. Verified live on Asterisk 20, 22, 23.

    pystrix's input/output flags become Asterisk's Direction (in, out, all); direction=
    sends Asterisk's value as is. Neither set is refused (pystrix: ValueError).
    """

    ACTION: ClassVar[str] = "MuteAudio"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("direction", "Direction"),
        Field("muted", "State", encoding="bool", true="on", false="off"),
        Field("input", "", encoding="local"),
        Field("output", "", encoding="local"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    TRANSFORM: ClassVar[str | None] = "mute_direction"
    SINCE: ClassVar[str | None] = "1.8"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel. Header ``Channel``."""

    input: bool | None = False
    """Mute the audio coming from the channel (Direction in)."""

    output: bool | None = False
    """Mute the audio going to the channel (Direction out)."""

    muted: bool | None = False
    """True mutes, False unmutes. Header ``State``."""

    _: KW_ONLY

    direction: str | None = None
    """Asterisk's Direction (in, out, all), used instead of input/output. Header ``Direction``."""

    def __init__(
        self,
        channel: str,
        input: bool | None = False,
        output: bool | None = False,
        muted: bool | None = False,
        *,
        direction: str | None = None,
    ) -> None:
        init_fields(
            self, channel=channel, input=input, output=output, muted=muted, direction=direction
        )
