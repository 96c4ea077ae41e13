# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_pjsip_outbound_registration``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "OutboundRegistrationDetail",
    "OutboundRegistrationDetailComplete",
]


class OutboundRegistrationDetail(Event):
    """Provides configuration details and status information about an outbound registration.

    ``Event: OutboundRegistrationDetail`` (``res/res_pjsip_outbound_registration.c``).
    Class: command. Asterisk: documented since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "OutboundRegistrationDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'registration'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    max_retries = StrHeader("MaxRetries")
    """The MaxRetries header. Header ``MaxRetries``."""

    client_uri = StrHeader("ClientUri")
    """The ClientUri header. Header ``ClientUri``."""

    security_negotiation = StrHeader("SecurityNegotiation")
    """The SecurityNegotiation header. Header ``SecurityNegotiation``."""

    auth_rejection_permanent = StrHeader("AuthRejectionPermanent")
    """The AuthRejectionPermanent header. Header ``AuthRejectionPermanent``."""

    server_uri = StrHeader("ServerUri")
    """The ServerUri header. Header ``ServerUri``."""

    max_random_initial_delay = StrHeader("MaxRandomInitialDelay")
    """The MaxRandomInitialDelay header. Header ``MaxRandomInitialDelay``."""

    support_path = StrHeader("SupportPath")
    """The SupportPath header. Header ``SupportPath``."""

    retry_interval = StrHeader("RetryInterval")
    """The RetryInterval header. Header ``RetryInterval``."""

    contact_header_params = StrHeader("ContactHeaderParams")
    """The ContactHeaderParams header. Header ``ContactHeaderParams``."""

    expiration = StrHeader("Expiration")
    """The Expiration header. Header ``Expiration``."""

    transport = StrHeader("Transport")
    """The Transport header. Header ``Transport``."""

    line = StrHeader("Line")
    """The Line header. Header ``Line``."""

    contact_user = StrHeader("ContactUser")
    """The ContactUser header. Header ``ContactUser``."""

    endpoint = StrHeader("Endpoint")
    """The Endpoint header. Header ``Endpoint``."""

    user_agent = StrHeader("UserAgent")
    """The UserAgent header. Header ``UserAgent``."""

    forbidden_retry_interval = StrHeader("ForbiddenRetryInterval")
    """The ForbiddenRetryInterval header. Header ``ForbiddenRetryInterval``."""

    outbound_auth = StrHeader("OutboundAuth")
    """The OutboundAuth header. Header ``OutboundAuth``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The OutboundProxy header. Header ``OutboundProxy``."""

    fatal_retry_interval = StrHeader("FatalRetryInterval")
    """The FatalRetryInterval header. Header ``FatalRetryInterval``."""

    support_outbound = StrHeader("SupportOutbound")
    """The SupportOutbound header. Header ``SupportOutbound``."""

    status = StrHeader("Status")
    """The current status of this registration. Will be one of: Documented values: Registered,
    Unregistered, Rejected. Header ``Status``."""

    next_reg = IntHeader("NextReg")
    """The number of seconds until the next registration. Header ``NextReg``."""


class OutboundRegistrationDetailComplete(ListCompleteFields):
    """Ends the PJSIPShowRegistrationsOutbound reply.

    ``Event: OutboundRegistrationDetailComplete``
    (``res/res_pjsip_outbound_registration.c``). Class: none (sent to one session). Headers
    of ListCompleteFields included. Not in Asterisk's XML docs: curated from recordings and
    source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "OutboundRegistrationDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    registered = IntHeader("Registered")
    """Registrations that are registered. Header ``Registered``."""

    not_registered = IntHeader("NotRegistered")
    """Registrations that are not. Header ``NotRegistered``."""
