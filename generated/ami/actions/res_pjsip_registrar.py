# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_pjsip_registrar``.

Implemented in res/res_pjsip_registrar.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, request_class
from ami_runtime.message import Response

__all__ = [
    "PJSIPShowRegistrationInboundContactStatuses",
    "PJSIPShowRegistrationsInbound",
]


@request_class
class PJSIPShowRegistrationInboundContactStatuses(Request[Response]):
    """Lists ContactStatuses for PJSIP inbound registrations.

    Sends ``Action: PJSIPShowRegistrationInboundContactStatuses``
    (``res/res_pjsip_registrar.c``). Privilege: system. Reply: an event list of
    ContactStatusDetail items, ended by ContactStatusDetailComplete. Asterisk: since
    13.14.0, 14.3.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowRegistrationInboundContactStatuses"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ContactStatusDetail",), complete="ContactStatusDetailComplete"
    )
    SINCE: ClassVar[str | None] = "13.14.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("13.14.0", "14.3.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPShowRegistrationsInbound(Request[Response]):
    """Lists PJSIP inbound registrations.

    Sends ``Action: PJSIPShowRegistrationsInbound`` (``res/res_pjsip_registrar.c``).
    Privilege: system. Reply: an event list of InboundRegistrationDetail items, ended by
    InboundRegistrationDetailComplete. Asterisk: since 12.0.0. Verified live on Asterisk 20,
    22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowRegistrationsInbound"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("InboundRegistrationDetail",), complete="InboundRegistrationDetailComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
