# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``chan_sip``.

Implemented in channels/chan_sip.c.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "SIPnotify",
    "SIPpeers",
    "SIPpeerstatus",
    "SIPping",
    "SIPqualify",
    "SIPshowpeer",
    "SIPshowregistry",
]


@request_class
class SIPnotify(Request[Response]):
    """Send a SIP NOTIFY to a chan_sip peer.

    Sends ``Action: SIPnotify`` (``channels/chan_sip.c``). Privilege: system. Reply: Message
    'Notify Sent'. Asterisk: since 1.6.1.0, deprecated in 17, removed in 21. Verified live
    on Asterisk 20.

    channel is a peer name (a 'SIP/' prefix is allowed), class system (pystrix said call);
    chan_sip is gone in Asterisk 21.

    Seen live on Asterisk 20 (tests/live/test_actions.py): a channel that names no peer is
    tried as a host name, and one that does not resolve is refused with 'Could not create
    address'.
    """

    ACTION: ClassVar[str] = "SIPnotify"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("headers_", "Variable", encoding="variables"),
        Field("call_id", "Call-ID"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.6.1.0"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channel: str
    """The SIP peer. Header ``Channel``."""

    headers_: Mapping[str, str | int | float] | None
    """NOTIFY headers and body: one 'Variable: name=value' line each. Header ``Variable``."""

    call_id: str | None
    """Send within this existing dialog. Header ``Call-ID``."""

    def __init__(
        self,
        channel: str,
        headers: Mapping[str, str | int | float] | None = None,
        *,
        call_id: str | None = None,
    ) -> None:
        init_fields(self, channel=channel, headers_=headers, call_id=call_id)


@request_class
class SIPpeers(Request[Response]):
    """List chan_sip peers.

    Sends ``Action: SIPpeers`` (``channels/chan_sip.c``). Privilege: system, reporting.
    Reply: an event list of PeerEntry items, ended by PeerlistComplete. Asterisk: since 1.2,
    deprecated in 17, removed in 21. Verified live on Asterisk 20.

    chan_sip is gone in Asterisk 21.
    """

    ACTION: ClassVar[str] = "SIPpeers"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("PeerEntry",), complete="PeerlistComplete")
    SINCE: ClassVar[str | None] = "1.2"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)


@request_class
class SIPpeerstatus(Request[Response]):
    """Show the status of one or all of the sip peers.

    Sends ``Action: SIPpeerstatus`` (``channels/chan_sip.c``). Privilege: system. Reply: an
    event list of PeerStatus items, ended by SIPpeerstatusComplete. Asterisk: since 11.0.0,
    removed in 21. Verified live on Asterisk 20.
    """

    ACTION: ClassVar[str] = "SIPpeerstatus"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("peer", "Peer"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("PeerStatus",), complete="SIPpeerstatusComplete"
    )
    SINCE: ClassVar[str | None] = "11.0.0"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    _: KW_ONLY

    peer: str | None = None
    """The peer name you want to check. Header ``Peer``."""

    def __init__(self, *, peer: str | None = None) -> None:
        init_fields(self, peer=peer)


@request_class
class SIPping(Request[Response]):
    """Qualify (send OPTIONS to) a chan_sip peer; sends Asterisk's SIPqualifypeer.

    Sends ``Action: SIPqualifypeer`` (``channels/chan_sip.c``). Privilege: system,
    reporting. Reply: Message 'SIP peer found - will qualify'. Related events:
    SIPQualifyPeerDone. Asterisk: since 1.6.1.0, deprecated in 17, removed in 21. Verified
    live on Asterisk 20.

    No action named SIPping ever existed in Asterisk: this class sends SIPqualifypeer.
    chan_sip is gone in Asterisk 21.
    """

    ACTION: ClassVar[str] = "SIPqualifypeer"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("peer", "Peer", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    EVENTS: ClassVar[tuple[str, ...]] = ("SIPQualifyPeerDone",)
    SINCE: ClassVar[str | None] = "1.6.1.0"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    peer: str
    """The peer name. Header ``Peer``."""

    def __init__(self, peer: str) -> None:
        init_fields(self, peer=peer)


@request_class
class SIPqualify(Request[Response]):
    """Qualify (send OPTIONS to) a chan_sip peer; sends Asterisk's SIPqualifypeer.

    Sends ``Action: SIPqualifypeer`` (``channels/chan_sip.c``). Privilege: system,
    reporting. Reply: Message 'SIP peer found - will qualify'. Related events:
    SIPQualifyPeerDone. Asterisk: since 1.6.1.0, deprecated in 17, removed in 21. Verified
    live on Asterisk 20.

    pystrix sent 'Action: SIPqualify', which never existed; this class sends SIPqualifypeer.
    chan_sip is gone in Asterisk 21.
    """

    ACTION: ClassVar[str] = "SIPqualifypeer"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("peer", "Peer", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    EVENTS: ClassVar[tuple[str, ...]] = ("SIPQualifyPeerDone",)
    SINCE: ClassVar[str | None] = "1.6.1.0"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    peer: str
    """The peer name. Header ``Peer``."""

    def __init__(self, peer: str) -> None:
        init_fields(self, peer=peer)


@request_class
class SIPshowpeer(Request[Response]):
    """Show the details of a chan_sip peer.

    Sends ``Action: SIPshowpeer`` (``channels/chan_sip.c``). Privilege: system, reporting.
    Reply: keys Channeltype, ObjectName, Address-IP, Address-Port, Status, SIP-Useragent,
    Reg-Contact, Codecs. Asterisk: since 1.2, deprecated in 17, removed in 21. Verified live
    on Asterisk 20.

    chan_sip is gone in Asterisk 21.
    """

    ACTION: ClassVar[str] = "SIPshowpeer"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("peer", "Peer", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    SINCE: ClassVar[str | None] = "1.2"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    peer: str
    """The peer name. Header ``Peer``."""

    def __init__(self, peer: str) -> None:
        init_fields(self, peer=peer)


@request_class
class SIPshowregistry(Request[Response]):
    """List chan_sip outbound registrations.

    Sends ``Action: SIPshowregistry`` (``channels/chan_sip.c``). Privilege: system,
    reporting. Reply: an event list of RegistryEntry items, ended by RegistrationsComplete.
    Asterisk: since 1.6, deprecated in 17, removed in 21. Verified live on Asterisk 20.

    chan_sip is gone in Asterisk 21.
    """

    ACTION: ClassVar[str] = "SIPshowregistry"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("RegistryEntry",), complete="RegistrationsComplete"
    )
    SINCE: ClassVar[str | None] = "1.6"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)
