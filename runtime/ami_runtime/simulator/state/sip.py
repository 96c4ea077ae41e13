"""chan_sip peers as the recorded server has them (``channels/chan_sip.c``, removed in 21).

Peers come from sip.conf.  ``regtest`` is the account the server registers to itself, so
it shows as a dynamic peer at 127.0.0.1:5060; ``qualify = yes`` peers are reachable in
1 ms (loopback), others are ``Unmonitored``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..confparse import ConfigFile

__all__ = ["SipPeer", "load_peers", "showpeer_fields"]


@dataclass
class SipPeer:
    """The fields SIPpeers/SIPshowpeer/SIPpeerstatus print."""

    name: str
    host: str
    port: int
    dynamic: bool
    secret: bool
    context: str
    callerid: str
    mailbox: str
    qualify: bool
    useragent: str = ""
    contact: str = ""
    username: str = ""

    @property
    def status(self) -> str:
        """``OK (1 ms)`` for a qualified peer on loopback, else ``Unmonitored``."""
        return "OK (1 ms)" if self.qualify else "Unmonitored"


def _callerid(text: str) -> str:
    return text if text else '"" <>'


def load_peers(conf: ConfigFile) -> dict[str, SipPeer]:
    """Peers and friends of sip.conf; dynamic ones registered from 127.0.0.1:5060."""
    general = conf.find("general")
    useragent = (general.get("useragent") if general else None) or "Asterisk PBX"
    peers: dict[str, SipPeer] = {}
    for cat in conf.categories:
        if cat.name == "general" or cat.get("type") not in ("peer", "friend"):
            continue
        dynamic = cat.get("host") == "dynamic"
        peers[cat.name] = SipPeer(
            name=cat.name,
            host="" if dynamic else cat.get("host", "") or "",
            port=5060 if dynamic else int(cat.get("port") or 5060),
            dynamic=dynamic,
            secret=bool(cat.get("secret")),
            context=cat.get("context") or "default",
            callerid=_callerid(cat.get("callerid") or ""),
            mailbox=cat.get("mailbox") or "",
            qualify=(cat.get("qualify") or "no") == "yes",
            useragent=useragent if dynamic else "",
            contact=f"sip:{cat.name}@127.0.0.1:5060" if dynamic else "",
            username=cat.name if dynamic else "",
        )
    return dict(sorted(peers.items()))


def showpeer_fields(peer: SipPeer) -> list[tuple[str, str]]:
    """SIPshowpeer's reply body (``_sip_show_peer`` in manager mode), in its order."""
    yn = {True: "Y", False: "N"}
    return [
        ("Channeltype", "SIP"), ("ObjectName", peer.name), ("ChanObjectType", "peer"),
        ("SecretExist", yn[peer.secret]), ("RemoteSecretExist", "N"), ("MD5SecretExist", "N"),
        ("Context", peer.context), ("Language", ""), ("ToneZone", "<Not set>"),
        ("AMAflags", "Unknown"), ("CID-CallingPres", "Presentation Allowed, Not Screened"),
        ("Callgroup", ""), ("Pickupgroup", ""), ("Named Callgroup", ""),
        ("Named Pickupgroup", ""), ("MOHSuggest", ""), ("VoiceMailbox", peer.mailbox),
        ("TransferMode", "open"), ("LastMsgsSent", "0"), ("Maxforwards", "0"),
        ("Call-limit", "0"), ("Busy-level", "0"), ("MaxCallBR", "384 kbps"),
        ("Dynamic", yn[peer.dynamic]), ("Callerid", peer.callerid),
        ("RegExpire", "108 seconds" if peer.dynamic else "-1 seconds"),
        ("SIP-AuthInsecure", "no"), ("SIP-Forcerport", "a"), ("SIP-Comedia", "N"),
        ("ACL", "N"), ("SIP-CanReinvite", "Y"), ("SIP-DirectMedia", "Y"),
        ("SIP-PromiscRedir", "N"), ("SIP-UserPhone", "N"), ("SIP-VideoSupport", "N"),
        ("SIP-TextSupport", "N"), ("SIP-T.38Support", "N"), ("SIP-T.38EC", "Unknown"),
        ("SIP-T.38MaxDtgrm", "4294967295"), ("SIP-Sess-Timers", "Accept"),
        ("SIP-Sess-Refresh", "uas"), ("SIP-Sess-Expires", "1800"), ("SIP-Sess-Min", "90"),
        ("SIP-RTP-Engine", "asterisk"), ("SIP-Encryption", "N"), ("SIP-RTCP-Mux", "N"),
        ("SIP-DTMFmode", "rfc2833"), ("ToHost", peer.host), ("Address-IP", "127.0.0.1"),
        ("Address-Port", str(peer.port)), ("Default-addr-IP", "(null)"),
        ("Default-addr-port", "0"), ("Default-Username", peer.username),
        ("Codecs", "(ulaw|alaw)"), ("Status", peer.status), ("SIP-Useragent", peer.useragent),
        ("Reg-Contact", peer.contact), ("QualifyFreq", "60000 ms"), ("Parkinglot", ""),
        ("SIP-Use-Reason-Header", "N"), ("Description", ""),
    ]  # fmt: skip
