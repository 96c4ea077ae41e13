# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_pjsip_maintenance``.

Implemented in res/res_pjsip_maintenance.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "PJSIPSetMaintenance",
    "PJSIPShowMaintenance",
]


@request_class
class PJSIPSetMaintenance(Request[Response]):
    """Enable or disable maintenance mode for a PJSIP endpoint.

    Sends ``Action: PJSIPSetMaintenance`` (``res/res_pjsip_maintenance.c``). Privilege:
    system. Reply: a plain response. Related events: PJSIPMaintenanceStatus. Asterisk: since
    20.20.0, 22.10.0, 23.4.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPSetMaintenance"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("endpoint", "Endpoint", required=True),
        Field("state", "State", required=True, choices=("on", "off")),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    EVENTS: ClassVar[tuple[str, ...]] = ("PJSIPMaintenanceStatus",)
    SINCE: ClassVar[str | None] = "20.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("20.20.0", "22.10.0", "23.4.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    endpoint: str
    """The PJSIP endpoint name, or all to toggle maintenance mode for every configured
    endpoint. Header ``Endpoint``."""

    state: Literal["on", "off"]
    """Desired maintenance state. One of: on, off (checked before sending). Header ``State``."""

    def __init__(self, endpoint: str, state: Literal["on", "off"]) -> None:
        init_fields(self, endpoint=endpoint, state=state)


@request_class
class PJSIPShowMaintenance(Request[Response]):
    """Show maintenance mode status for PJSIP endpoints.

    Sends ``Action: PJSIPShowMaintenance`` (``res/res_pjsip_maintenance.c``). Privilege:
    reporting, system. Reply: an event list of PJSIPMaintenanceStatus items, ended by
    PJSIPMaintenanceStatusComplete. Asterisk: since 20.20.0, 22.10.0, 23.4.0. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowMaintenance"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("endpoint", "Endpoint"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("PJSIPMaintenanceStatus",), complete="PJSIPMaintenanceStatusComplete"
    )
    SINCE: ClassVar[str | None] = "20.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("20.20.0", "22.10.0", "23.4.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    endpoint: str | None = None
    """If specified, show the status for this endpoint only. If omitted, list all endpoints
    currently in maintenance mode. Header ``Endpoint``."""

    def __init__(self, *, endpoint: str | None = None) -> None:
        init_fields(self, endpoint=endpoint)
