# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_pjsip_outbound_registration``.

Implemented in res/res_pjsip_outbound_registration.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "PJSIPRegister",
    "PJSIPShowRegistrationsOutbound",
    "PJSIPUnregister",
]


@request_class
class PJSIPRegister(Request[Response]):
    """Register an outbound registration.

    Sends ``Action: PJSIPRegister`` (``res/res_pjsip_outbound_registration.c``). Privilege:
    reporting, system. Reply: a plain response. Asterisk: since 13.2.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPRegister"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("registration", "Registration", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    SINCE: ClassVar[str | None] = "13.2.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    registration: str
    """The outbound registration to register or '*all' to register them all. Header
    ``Registration``."""

    def __init__(self, registration: str) -> None:
        init_fields(self, registration=registration)


@request_class
class PJSIPShowRegistrationsOutbound(Request[Response]):
    """Lists PJSIP outbound registrations.

    Sends ``Action: PJSIPShowRegistrationsOutbound``
    (``res/res_pjsip_outbound_registration.c``). Privilege: reporting, system. Reply: an
    event list of OutboundRegistrationDetail, AuthDetail items, ended by
    OutboundRegistrationDetailComplete. Asterisk: since 12.0.0. Verified live on Asterisk
    20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowRegistrationsOutbound"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("OutboundRegistrationDetail", "AuthDetail"),
        complete="OutboundRegistrationDetailComplete",
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPUnregister(Request[Response]):
    """Unregister an outbound registration.

    Sends ``Action: PJSIPUnregister`` (``res/res_pjsip_outbound_registration.c``).
    Privilege: reporting, system. Reply: a plain response. Asterisk: since 12.0.0. Verified
    live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPUnregister"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("registration", "Registration", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    registration: str
    """The outbound registration to unregister or '*all' to unregister them all. Header
    ``Registration``."""

    def __init__(self, registration: str) -> None:
        init_fields(self, registration=registration)
