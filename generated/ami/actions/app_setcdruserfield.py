# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_setcdruserfield``.

Implemented in apps/app_setcdruserfield.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "SetCDRUserField",
]


@request_class
class SetCDRUserField(Request[Response]):
    """Set the userfield of a channel's CDR (Asterisk 1.4 and older only).

    Sends ``Action: SetCDRUserField`` (``apps/app_setcdruserfield.c``). Privilege: call.
    Reply: a plain response. Asterisk: since 1.2, removed in 1.6.

    Gone since 1.6.0: every current Asterisk answers 'Invalid/unknown command'. Use Setvar
    with variable 'CDR(userfield)' and the channel instead.
    """

    ACTION: ClassVar[str] = "SetCDRUserField"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("user_field", "UserField", required=True),
        Field("append", "Append", encoding="bool"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.2"
    REMOVED: ClassVar[str | None] = "1.6"

    channel: str
    """The channel. Header ``Channel``."""

    user_field: str
    """The value to set. Header ``UserField``."""

    _: KW_ONLY

    append: bool | None = None
    """Append to the current value. Header ``Append``."""

    def __init__(self, channel: str, user_field: str, *, append: bool | None = None) -> None:
        init_fields(self, channel=channel, user_field=user_field, append=append)
