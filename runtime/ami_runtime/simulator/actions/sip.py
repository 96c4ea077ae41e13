"""chan_sip actions of Asterisk 20 (``channels/chan_sip.c``: ``manager_sip_show_peers``,
``manager_sip_show_peer``, ``manager_sip_qualify_peer``, ``manager_sip_peer_status``,
``manager_sipnotify``, ``manager_show_registry``).  Peers are the recorded server's.
"""

from __future__ import annotations

from ..state.sip import SipPeer, showpeer_fields
from .base import Ctx, Handler, Pairs

__all__ = ["HANDLERS"]


def sippeers(ctx: Ctx) -> None:
    """PeerEntry per peer, sorted by name."""
    peers = list(ctx.state.sip_peers.values())
    ctx.list_start("Peer status list will follow")
    for p in peers:
        ctx.item("PeerEntry", [
            ("Channeltype", "SIP"), ("ObjectName", p.name), ("ChanObjectType", "peer"),
            ("IPaddress", "127.0.0.1"), ("IPport", str(p.port)),
            ("Dynamic", "yes" if p.dynamic else "no"), ("AutoForcerport", "yes"),
            ("Forcerport", "no"), ("AutoComedia", "no"), ("Comedia", "no"),
            ("VideoSupport", "no"), ("TextSupport", "no"), ("ACL", "no"), ("Status", p.status),
            ("RealtimeDevice", "no"), ("Description", ""), ("Accountcode", ""),
        ])  # fmt: skip
    ctx.list_complete("PeerlistComplete", len(peers))


def _peer(ctx: Ctx) -> SipPeer | None:
    name = ctx.get("Peer")
    if not name:
        ctx.error("Peer: <name> missing.")
        return None
    return ctx.state.sip_peers.get(name.removeprefix("SIP/"))


def sipshowpeer(ctx: Ctx) -> None:
    """All of a peer's settings; an unknown peer's error is followed by a stray blank line."""
    if not ctx.get("Peer"):
        ctx.error("Peer: <name> missing.")
        return
    peer = _peer(ctx)
    if peer is None:
        ctx.error(f"Peer {ctx.get('Peer')} not found.", trailer="\r\n")
        return
    ctx.respond("Success", extra=showpeer_fields(peer))


def sipqualifypeer(ctx: Ctx) -> None:
    """Start a qualify (the peer stays as it is)."""
    if not ctx.get("Peer"):
        ctx.error("Peer: <name> missing.")
    elif _peer(ctx) is None:
        ctx.error("Peer not found")
    else:
        ctx.ok("SIP peer found - will qualify")


def _status(peer: SipPeer) -> Pairs:
    body: Pairs = [("ChannelType", "SIP"), ("Peer", f"SIP/{peer.name}")]
    if peer.qualify:
        return [*body, ("PeerStatus", "Reachable"), ("Time", "1")]
    return [*body, ("PeerStatus", "Unmonitored")]


def sippeerstatus(ctx: Ctx) -> None:
    """PeerStatus items (``Privilege: System``, ActionID last)."""
    name = ctx.get("Peer")
    peers = list(ctx.state.sip_peers.values())
    if name:
        one = ctx.state.sip_peers.get(name.removeprefix("SIP/"))
        if one is None:
            ctx.error(f"No such peer '{name}'")
            return
        peers = [one]
    ctx.list_start("Peer status will follow")
    for p in peers:
        ctx.send([("Event", "PeerStatus"), ("Privilege", "System"), *_status(p), *ctx.aid()])
    ctx.list_complete("SIPpeerstatusComplete", len(peers))


def sipshowregistry(ctx: Ctx) -> None:
    """The self-registration of ``regtest``."""
    dynamic = [p for p in ctx.state.sip_peers.values() if p.dynamic]
    ctx.list_start("Registrations will follow")
    for p in dynamic:
        ctx.item("RegistryEntry", [
            ("Host", "127.0.0.1"), ("Port", "5060"), ("Username", p.name),
            ("Domain", "127.0.0.1"), ("DomainPort", "5060"), ("Refresh", "105"),
            ("State", "Registered"), ("RegistrationTime", str(int(ctx.state.started))),
        ])  # fmt: skip
    ctx.list_complete("RegistrationsComplete", len(dynamic))


def sipnotify(ctx: Ctx) -> None:
    """Send a NOTIFY (to nowhere)."""
    name = ctx.get("Channel")
    if not name:
        ctx.error("Channel not specified")
    elif ctx.state.sip_peers.get(name.removeprefix("SIP/")) is None:
        ctx.error("Could not create address")
    else:
        ctx.ok("Notify Sent")


HANDLERS: dict[str, Handler] = {
    "sippeers": sippeers,
    "sipshowpeer": sipshowpeer,
    "sipqualifypeer": sipqualifypeer,
    "sippeerstatus": sippeerstatus,
    "sipshowregistry": sipshowregistry,
    "sipnotify": sipnotify,
}
