# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_senddtmf``.

Implemented in apps/app_senddtmf.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "PlayDTMF",
    "SendFlash",
]


@request_class
class PlayDTMF(Request[Response]):
    """Play a DTMF digit on a channel.

    Sends ``Action: PlayDTMF`` (``apps/app_senddtmf.c``). Privilege: call. Reply: 'DTMF
    successfully queued'; 'Channel not found' is an Error. Asterisk: since 1.4. Verified
    live on Asterisk 20, 22, 23.

    The reply comes after the digit has played.
    """

    ACTION: ClassVar[str] = "PlayDTMF"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("digit", "Digit", required=True),
        Field("duration", "Duration", encoding="int"),
        Field("receive", "Receive", encoding="bool"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel. Header ``Channel``."""

    digit: str | int
    """The digit (0-9, *, #, A-D). Header ``Digit``."""

    _: KW_ONLY

    duration: int | None = None
    """Milliseconds the digit lasts. Header ``Duration``. Asterisk 12 and later."""

    receive: bool | None = None
    """Emulate receiving the digit instead of sending it. Header ``Receive``. Asterisk 13.30
    and later."""

    def __init__(
        self,
        channel: str,
        digit: str | int,
        *,
        duration: int | None = None,
        receive: bool | None = None,
    ) -> None:
        init_fields(self, channel=channel, digit=digit, duration=duration, receive=receive)


@request_class
class SendFlash(Request[Response]):
    """Send a hook flash on a specific channel.

    Sends ``Action: SendFlash`` (``apps/app_senddtmf.c``). Privilege: call. Reply: a plain
    response. Asterisk: since 18.18.0, 20.3.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "SendFlash"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("receive", "Receive"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.18.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.18.0", "20.3.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """Channel name to send hook flash to. Header ``Channel``."""

    _: KW_ONLY

    receive: str | None = None
    """Emulate receiving a hook flash on this channel instead of sending it out. Header
    ``Receive``."""

    def __init__(self, channel: str, *, receive: str | None = None) -> None:
        init_fields(self, channel=channel, receive=receive)
