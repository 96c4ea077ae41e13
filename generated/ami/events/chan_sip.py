# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``chan_sip``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader
from ami_runtime.message import Event

from ._groups import ChannelSnapshotFields, ListCompleteFields

__all__ = [
    "SessionTimeout",
    "SIPpeerstatusComplete",
    "SIPQualifyPeerDone",
]


class SessionTimeout(ChannelSnapshotFields):
    """Raised when a SIP session times out.

    ``Event: SessionTimeout`` (``channels/chan_sip.c``). Class: call. Asterisk: removed in
    21. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SessionTimeout"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    REMOVED: ClassVar[str | None] = "21"

    source = StrHeader("Source")
    """The source of the session timeout. Documented values: RTPTimeout, SIPSessionTimer.
    Header ``Source``."""


class SIPpeerstatusComplete(ListCompleteFields):
    """Ends the SIPpeerstatus reply.

    ``Event: SIPpeerstatusComplete`` (``channels/chan_sip.c``). Class: none (sent to one
    session). Asterisk: removed in 21. Headers of ListCompleteFields included. Not in
    Asterisk's XML docs: curated from recordings and source. Verified live on Asterisk 20.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SIPpeerstatusComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)


class SIPQualifyPeerDone(Event):
    """Raised when SIPQualifyPeer has finished qualifying the specified peer.

    ``Event: SIPQualifyPeerDone`` (``channels/chan_sip.c``). Class: call. Asterisk: removed
    in 21. Verified live on Asterisk 20.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "SIPQualifyPeerDone"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    peer = StrHeader("Peer")
    """The name of the peer. Header ``Peer``."""
