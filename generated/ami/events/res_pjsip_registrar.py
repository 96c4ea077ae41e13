# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_pjsip_registrar``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "ContactStatusDetailComplete",
    "InboundRegistrationDetail",
    "InboundRegistrationDetailComplete",
]


class ContactStatusDetailComplete(ListCompleteFields):
    """Ends the PJSIPShowRegistrationInboundContactStatuses reply.

    ``Event: ContactStatusDetailComplete`` (``res/res_pjsip_registrar.c``). Class: none
    (sent to one session). Headers of ListCompleteFields included. Not in Asterisk's XML
    docs: curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ContactStatusDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class InboundRegistrationDetail(Event):
    """Provide details about the Address of Record (AoR) associated with a registration.

    ``Event: InboundRegistrationDetail`` (``res/res_pjsip_registrar.c``). Class: command.
    Asterisk: documented since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InboundRegistrationDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'aor'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    minimum_expiration = StrHeader("MinimumExpiration")
    """The MinimumExpiration header. Header ``MinimumExpiration``."""

    default_expiration = StrHeader("DefaultExpiration")
    """The DefaultExpiration header. Header ``DefaultExpiration``."""

    qualify_timeout = StrHeader("QualifyTimeout")
    """The QualifyTimeout header. Header ``QualifyTimeout``."""

    qualify2xx_only = StrHeader("Qualify2xxOnly")
    """The Qualify2xxOnly header. Header ``Qualify2xxOnly``."""

    mailboxes = StrHeader("Mailboxes")
    """The Mailboxes header. Header ``Mailboxes``."""

    support_path = StrHeader("SupportPath")
    """The SupportPath header. Header ``SupportPath``."""

    remove_unavailable = StrHeader("RemoveUnavailable")
    """The RemoveUnavailable header. Header ``RemoveUnavailable``."""

    voicemail_extension = StrHeader("VoicemailExtension")
    """The VoicemailExtension header. Header ``VoicemailExtension``."""

    max_contacts = StrHeader("MaxContacts")
    """The MaxContacts header. Header ``MaxContacts``."""

    authenticate_qualify = StrHeader("AuthenticateQualify")
    """The AuthenticateQualify header. Header ``AuthenticateQualify``."""

    maximum_expiration = StrHeader("MaximumExpiration")
    """The MaximumExpiration header. Header ``MaximumExpiration``."""

    qualify_frequency = StrHeader("QualifyFrequency")
    """The QualifyFrequency header. Header ``QualifyFrequency``."""

    remove_existing = StrHeader("RemoveExisting")
    """The RemoveExisting header. Header ``RemoveExisting``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The OutboundProxy header. Header ``OutboundProxy``."""

    contacts = StrHeader("Contacts")
    """A comma-separated list of contacts associated with this AoR. Header ``Contacts``."""

    contact = StrHeader("Contact")
    """The specific contact associated with this registration. Header ``Contact``."""


class InboundRegistrationDetailComplete(ListCompleteFields):
    """Ends the PJSIPShowRegistrationsInbound reply.

    ``Event: InboundRegistrationDetailComplete`` (``res/res_pjsip_registrar.c``). Class:
    none (sent to one session). Headers of ListCompleteFields included. Not in Asterisk's
    XML docs: curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InboundRegistrationDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
