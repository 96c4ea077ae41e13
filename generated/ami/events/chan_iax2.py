# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``chan_iax2``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "PeerEntry",
    "PeerlistComplete",
    "RegistrationsComplete",
    "RegistryEntry",
]


class PeerEntry(Event):
    """One peer, an item of the IAXpeers, IAXpeerlist and (until 21) SIPpeers replies.

    ``Event: PeerEntry`` (``channels/chan_iax2.c``). Class: none (sent to one session). Not
    in Asterisk's XML docs: curated from recordings and source. Verified live on Asterisk
    20.

    Observed on Asterisk 20: it sends Forcerport, AutoForcerport, Comedia, AutoComedia,
    which the docs omit.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PeerEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channeltype = StrHeader("Channeltype")
    """IAX2 or SIP. Header ``Channeltype``."""

    object_name = StrHeader("ObjectName")
    """The peer's name. Header ``ObjectName``."""

    chan_object_type = StrHeader("ChanObjectType")
    """peer or user. Header ``ChanObjectType``."""

    i_paddress = StrHeader("IPaddress")
    """The peer's address. Header ``IPaddress``."""

    i_pport = StrHeader("IPport")
    """The peer's port (chan_sip). Header ``IPport``."""

    port = StrHeader("Port")
    """The peer's port (chan_iax2). Header ``Port``."""

    dynamic = StrHeader("Dynamic")
    """Whether it registers (dynamic host). Documented values: yes, no. Header ``Dynamic``."""

    status = StrHeader("Status")
    """Reachability, e.g. 'OK (1 ms)', 'Unmonitored', 'UNREACHABLE'. Header ``Status``."""

    description = StrHeader("Description")
    """The peer's description. Header ``Description``."""

    accountcode = StrHeader("Accountcode")
    """The peer's account code (chan_sip). Header ``Accountcode``."""

    video_support = StrHeader("VideoSupport")
    """chan_sip: video enabled. Documented values: yes, no. Header ``VideoSupport``."""

    text_support = StrHeader("TextSupport")
    """chan_sip: text enabled. Documented values: yes, no. Header ``TextSupport``."""

    acl = StrHeader("ACL")
    """chan_sip: an ACL applies. Documented values: yes, no. Header ``ACL``."""

    realtime_device = StrHeader("RealtimeDevice")
    """chan_sip: loaded from realtime. Documented values: yes, no. Header ``RealtimeDevice``."""

    forcerport = StrHeader("Forcerport")
    """chan_sip: the peer's force_rport setting. Documented values: yes, no. Header
    ``Forcerport``. Observed on Asterisk 20; not in the docs."""

    auto_forcerport = StrHeader("AutoForcerport")
    """chan_sip: force_rport set automatically (auto_force_rport). Documented values: yes, no.
    Header ``AutoForcerport``. Observed on Asterisk 20; not in the docs."""

    comedia = StrHeader("Comedia")
    """chan_sip: the peer's comedia setting (media to where it comes from). Documented values:
    yes, no. Header ``Comedia``. Observed on Asterisk 20; not in the docs."""

    auto_comedia = StrHeader("AutoComedia")
    """chan_sip: comedia set automatically (auto_comedia). Documented values: yes, no. Header
    ``AutoComedia``. Observed on Asterisk 20; not in the docs."""


class PeerlistComplete(ListCompleteFields):
    """Ends the IAXpeers, IAXpeerlist and (until 21) SIPpeers replies.

    ``Event: PeerlistComplete`` (``channels/chan_iax2.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source. Verified live on Asterisk 20.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PeerlistComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)


class RegistrationsComplete(ListCompleteFields):
    """Ends the IAXregistry and (until 21) SIPshowregistry replies.

    ``Event: RegistrationsComplete`` (``channels/chan_iax2.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source. Verified live on Asterisk 20.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RegistrationsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)


class RegistryEntry(Event):
    """One outbound registration, an item of the IAXregistry and (until 21) SIPshowregistry
    replies.

    ``Event: RegistryEntry`` (``channels/chan_iax2.c``). Class: none (sent to one session).
    Not in Asterisk's XML docs: curated from recordings and source. Verified live on
    Asterisk 20.

    Observed on Asterisk 20: it sends Domain, DomainPort, RegistrationTime, which the docs
    omit.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "RegistryEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    host = StrHeader("Host")
    """The registrar. Header ``Host``."""

    port = StrHeader("Port")
    """Its port. Header ``Port``."""

    username = StrHeader("Username")
    """The user registered. Header ``Username``."""

    refresh = IntHeader("Refresh")
    """The refresh interval in seconds. Header ``Refresh``."""

    state = StrHeader("State")
    """Registered, Unregistered, Request Sent ... Header ``State``."""

    domain = StrHeader("Domain")
    """chan_sip: the registration's domain. Header ``Domain``. Observed on Asterisk 20; not in
    the docs."""

    domain_port = IntHeader("DomainPort")
    """chan_sip: the domain's port. Header ``DomainPort``. Observed on Asterisk 20; not in the
    docs."""

    registration_time = IntHeader("RegistrationTime")
    """chan_sip: when the registration was last refreshed, in seconds since the epoch. Header
    ``RegistrationTime``. Observed on Asterisk 20; not in the docs."""
