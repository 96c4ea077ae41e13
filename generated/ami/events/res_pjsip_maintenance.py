# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_pjsip_maintenance``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "PJSIPMaintenanceStatus",
    "PJSIPMaintenanceStatusComplete",
]


class PJSIPMaintenanceStatus(Event):
    """Reports the maintenance mode state of a PJSIP endpoint.

    ``Event: PJSIPMaintenanceStatus`` (``res/res_pjsip_maintenance.c``). Class: system.
    Asterisk: documented since 20.20.0, 22.10.0, 23.4.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PJSIPMaintenanceStatus"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "20.20.0"

    endpoint = StrHeader("Endpoint")
    """The PJSIP endpoint name. Header ``Endpoint``."""

    status = StrHeader("Status")
    """Current maintenance state. Documented values: enabled, disabled. Header ``Status``."""


class PJSIPMaintenanceStatusComplete(ListCompleteFields):
    """Ends the PJSIPShowMaintenance reply.

    ``Event: PJSIPMaintenanceStatusComplete`` (``res/res_pjsip_maintenance.c``). Class: none
    (sent to one session). Headers of ListCompleteFields included. Not in Asterisk's XML
    docs: curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PJSIPMaintenanceStatusComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
