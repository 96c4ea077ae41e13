# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_pjsip_notify``.

Implemented in res/res_pjsip_notify.c.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "PJSIPNotify",
]


@request_class
class PJSIPNotify(Request[Response]):
    """Send a NOTIFY to either an endpoint, an arbitrary URI, or inside a SIP dialog.

    Sends ``Action: PJSIPNotify`` (``res/res_pjsip_notify.c``). Privilege: system. Reply: a
    plain response. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.

    Give exactly one of endpoint, uri or channel.
    """

    ACTION: ClassVar[str] = "PJSIPNotify"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("endpoint", "Endpoint"),
        Field("uri", "URI"),
        Field("channel", "channel"),
        Field("option", "Option"),
        Field("variables", "Variable", encoding="variables"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    endpoint: str | None = None
    """The endpoint to which to send the NOTIFY. Header ``Endpoint``."""

    uri: str | None = None
    """Abritrary URI to which to send the NOTIFY. Header ``URI``."""

    channel: str | None = None
    """Channel name to send the NOTIFY. Must be a PJSIP channel. Header ``channel``."""

    option: str | None = None
    """The config section name from pjsip_notify.conf to use. One of Option or Variable must be
    specified. Header ``Option``."""

    variables: Mapping[str, str | int | float] | None = None
    """Appends variables as headers/content to the NOTIFY. If the variable is named Content,
    then the value will compose the body of the message if another variable sets
    Content-Type. name=value One of Option or Variable must be specified. Header
    ``Variable``."""

    def __init__(
        self,
        *,
        endpoint: str | None = None,
        uri: str | None = None,
        channel: str | None = None,
        option: str | None = None,
        variables: Mapping[str, str | int | float] | None = None,
    ) -> None:
        init_fields(
            self, endpoint=endpoint, uri=uri, channel=channel, option=option, variables=variables
        )
