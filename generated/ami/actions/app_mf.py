# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_mf``.

Implemented in apps/app_mf.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "PlayMF",
]


@request_class
class PlayMF(Request[Response]):
    """Play MF digit on a specific channel.

    Sends ``Action: PlayMF`` (``apps/app_mf.c``). Privilege: call. Reply: a plain response.
    Asterisk: since 16.21.0, 18.7.0, 19.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PlayMF"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("digit", "Digit", required=True),
        Field("duration", "Duration"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.21.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("16.21.0", "18.7.0", "19.0.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """Channel name to send digit to. Header ``Channel``."""

    digit: str
    """The MF digit to play. Header ``Digit``."""

    _: KW_ONLY

    duration: str | None = None
    """The duration, in milliseconds, of the digit to be played. Header ``Duration``."""

    def __init__(self, channel: str, digit: str, *, duration: str | None = None) -> None:
        init_fields(self, channel=channel, digit=digit, duration=duration)
