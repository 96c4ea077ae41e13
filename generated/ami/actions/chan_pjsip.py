# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``chan_pjsip``.

Implemented in channels/chan_pjsip.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "PJSIPHangup",
]


@request_class
class PJSIPHangup(Request[Response]):
    """Hangup an incoming PJSIP channel with a SIP response code.

    Sends ``Action: PJSIPHangup`` (``channels/chan_pjsip.c``). Privilege: call, system.
    Reply: a plain response. Asterisk: since 18.21.0, 20.6.0, 21.1.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPHangup"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("cause", "Cause", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "system")
    SINCE: ClassVar[str | None] = "18.21.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.21.0", "20.6.0", "21.1.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The exact channel name to be hungup, or to use a regular expression, set this parameter
    to: /regex/ Example exact channel: SIP/provider-0000012a Example regular expression:
    /^SIP/provider-.*$/ Header ``Channel``."""

    cause: str | int
    """May be one of... For example: Response code, Response code name. Header ``Cause``."""

    def __init__(self, channel: str, cause: str | int) -> None:
        init_fields(self, channel=channel, cause=cause)
