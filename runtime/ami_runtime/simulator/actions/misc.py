"""Actions whose effect is media or signalling the simulator has none of, answered as the
real servers answer them: agents (``apps/app_agent_pool.c``), ConfBridge with no
conference running (``apps/confbridge/``), frames queued on a channel (PlayMF, SendFlash,
ControlPlayback, AOCMessage), MessageSend, attended transfer, and the voicemail message
actions on mailboxes that hold no message.
"""

from __future__ import annotations

import time

from ..events import channel_event, channel_fields
from ..privileges import CLASSES
from ..state.channels import Channel
from .base import Ctx, Handler

__all__ = ["HANDLERS"]

DTMF = CLASSES["dtmf"]


def agents(ctx: Ctx) -> None:
    """Every agent of agents.conf; none is logged in (AgentLogin is not simulated)."""
    names = sorted(ctx.state.agents)
    ctx.list_start("Agents will follow")
    for agent in names:
        body = [("Agent", agent), ("Name", ctx.state.agents[agent]), ("Status", "AGENT_LOGGEDOFF")]
        ctx.item("Agents", body)
    ctx.list_complete("AgentsComplete", len(names))


def agentlogoff(ctx: Ctx) -> None:
    """Log an agent off (it never is logged in)."""
    agent = ctx.get("Agent")
    if not agent:
        ctx.error("No agent specified")
    elif agent not in ctx.state.agents:
        ctx.error("No such agent")
    else:
        ctx.ok("Agent logged out")


def _confbridge(needs_conference: bool) -> Handler:
    def handler(ctx: Ctx) -> None:
        if needs_conference and not ctx.get("Conference"):
            ctx.error("No Conference name provided.")
        elif not ctx.state.conferences:
            ctx.error("No active conferences.")
        elif needs_conference and ctx.get("Conference") not in ctx.state.conferences:
            ctx.error("No Conference by that name found.")
        else:
            ctx.ok("")

    handler.__doc__ = "Conference controls: no media, so they only check the conference."
    return handler


def confbridgelist(ctx: Ctx) -> None:
    """The users of one conference."""
    name = ctx.get("Conference")
    if not name:
        ctx.error("No Conference name provided.")
        return
    if not ctx.state.conferences:
        ctx.error("No active conferences.")
        return
    conf = ctx.state.conferences.get(name)
    if conf is None:
        ctx.error("No Conference by that name found.")
        return
    ctx.list_start("Confbridge user list will follow")
    for user in conf.users:
        flags = [("Conference", name), ("Admin", "Yes" if user.admin else "No"),
                 ("MarkedUser", "Yes" if user.marked else "No"), ("WaitMarked", "No"),
                 ("EndMarked", "No"), ("EndMarkedAny", "No"), ("Waiting", "No"),
                 ("Muted", "No"), ("Talking", "No"),
                 ("AnsweredTime", str(int(time.time() - user.joined)))]  # fmt: skip
        ctx.item("ConfbridgeList", [*flags, *channel_fields(user.channel)])
    ctx.list_complete("ConfbridgeListComplete", len(conf.users))


def confbridgelistrooms(ctx: Ctx) -> None:
    """Every running conference."""
    confs = list(ctx.state.conferences.values())
    if not confs:
        ctx.error("No active conferences.")
        return
    ctx.list_start("Confbridge conferences will follow")
    for conf in confs:
        marked = sum(1 for u in conf.users if u.marked)
        ctx.item("ConfbridgeListRooms", [
            ("Conference", conf.name), ("Parties", str(len(conf.users))),
            ("Marked", str(marked)), ("Locked", "Yes" if conf.locked else "No"),
            ("Muted", "Yes" if conf.muted else "No"),
        ])  # fmt: skip
    ctx.list_complete("ConfbridgeListRoomsComplete", len(confs))


def _channel(ctx: Ctx, missing: str = "Channel not found") -> Channel | None:
    name = ctx.get("Channel")
    found = ctx.state.channels.get(name) if name else None
    if found is None:
        ctx.error(missing)
    return found


def playmf(ctx: Ctx) -> None:
    """Queue MF digits on a channel (no event: MF is not published)."""
    if _channel(ctx) is not None:
        ctx.ok("MF successfully queued")


def sendflash(ctx: Ctx) -> None:
    """A flash hook: the far end of a Local pair publishes Flash."""
    ch = _channel(ctx)
    if ch is None:
        return
    ctx.ok("Flash successfully queued")
    target = ch.peer if ch.peer is not None and ch.peer.alive else ch
    ctx.state.emit(channel_event("Flash", target))


def controlplayback(ctx: Ctx) -> None:
    """Control a playback; nothing plays in the simulator."""
    if not ctx.get("Channel"):
        ctx.error("Channel not specified")
        return
    if not ctx.get("Control"):
        ctx.error("Control not specified")
        return
    if _channel(ctx, "No such channel") is not None:
        ctx.respond("Success")


def aocmessage(ctx: Ctx) -> None:
    """Queue an Advice of Charge message on a channel."""
    if not ctx.get("Channel") and not ctx.get("ChannelPrefix"):
        ctx.error("Channel and PartialChannel are not specified. Specify at least one of these.")
        return
    name = ctx.get("Channel")
    ch = ctx.state.channels.get(name) if name else ctx.state.channels.get_prefix(
        ctx.get("ChannelPrefix")
    )  # fmt: skip
    if ch is None:
        ctx.error("No such channel")
        return
    ctx.ok("AOC Message successfully queued on channel")


def messagesend(ctx: Ctx) -> None:
    """Send an out-of-call message: ``pjsip:`` to a configured endpoint reaches it (this
    server, challenged as on the fixture), ``sip:`` to a peer on Asterisk 20."""
    to = ctx.get("To")
    if not to:
        ctx.error("No 'To' address specified.")
        return
    tech, _, rest = to.partition(":")
    target = rest.split("@", 1)[0]
    if tech.lower() == "pjsip" and ctx.state.pjsip.of("endpoint"):
        endpoint = ctx.state.pjsip.endpoint(target)
        if endpoint is None:
            ctx.error("Message failed to send.")
            return
        ctx.ok("Message successfully sent")
        from .pjsip import loopback_auth

        loopback_auth(ctx, endpoint.get("from_user"))
    elif tech.lower() == "sip" and ctx.state.sip_peers:
        ctx.ok("Message successfully sent")
    else:
        ctx.error("Message technology not found.")


def _feature(ctx: Ctx, section: str, name: str, default: str) -> str:
    features = ctx.state.configs.get("features.conf")
    cat = features.find(section) if features is not None else None
    return (cat.get(name) if cat is not None else None) or default


def _feed_digits(ctx: Ctx, ch: Channel, digits: str) -> None:
    """``action_atxfer``/``action_cancel_atxfer`` queue the feature code as DTMF the
    channel receives; in a bridge each digit also goes out to the other parties."""
    bridge = next((b for b in ctx.state.bridges if ch in b.channels), None)
    others = [c for c in bridge.channels if c is not ch] if bridge is not None else []
    for digit in digits:
        received = [("Digit", digit), ("DurationMs", "0"), ("Direction", "Received")]
        ctx.state.emit(channel_event("DTMFEnd", ch, received, DTMF))
        for other in others:
            legs = [(other, "Sent")]
            if other.peer is not None and other.peer.alive:
                legs.append((other.peer, "Received"))
            for leg, direction in legs:
                body = [("Digit", digit), ("Direction", direction)]
                ctx.state.emit(channel_event("DTMFBegin", leg, body, DTMF))
            for leg, direction in legs:
                body = [("Digit", digit), ("DurationMs", "100"), ("Direction", direction)]
                ctx.state.emit(channel_event("DTMFEnd", leg, body, DTMF))


def atxfer(ctx: Ctx) -> None:
    """Attended transfer: the atxfer feature code and the extension, fed to the channel."""
    ch = ctx.named_channel(with_exten=True)
    if ch is None:
        return
    exten = ctx.get("Exten")
    ctx.ok("Atxfer successfully queued")
    ctx.state.set_variable(ch, "TRANSFER_CONTEXT", ctx.get("Context") or ch.context)
    _feed_digits(ctx, ch, _feature(ctx, "featuremap", "atxfer", "*2") + exten)


def cancelatxfer(ctx: Ctx) -> None:
    """Cancel an attended transfer: the atxferabort code, fed to the channel."""
    ch = ctx.named_channel()
    if ch is None:
        return
    ctx.ok("CancelAtxfer successfully queued")
    _feed_digits(ctx, ch, _feature(ctx, "general", "atxferabort", "*1"))


def _voicemail(kind: str) -> Handler:
    def handler(ctx: Ctx) -> None:
        needed = ["Mailbox", "Context", "Folder", "ID"]
        needed += {"Move": ["ToFolder"], "Forward": ["ToMailbox", "ToContext", "ToFolder"]}.get(
            kind, []
        )  # fmt: skip
        for key in needed:
            if not ctx.get(key):
                ctx.error(f"{key} not specified, required")
                return
        ctx.ok(f"Message {kind.lower()} failed\n")

    handler.__doc__ = f"Voicemail{kind}: the mailboxes hold no message to {kind.lower()}."
    return handler


def faxsessions(ctx: Ctx) -> None:
    """No fax session can exist (no media): an empty list (``EventList: Start`` as
    res_fax writes it)."""
    pairs = [("Response", "Success"), *ctx.aid(), ("EventList", "Start")]
    ctx.send([*pairs, ("Message", "FAXSessionsEntry event list will follow")])
    complete = [("Event", "FAXSessionsComplete"), *ctx.aid(), ("EventList", "Complete")]
    ctx.send([*complete, ("ListItems", "0"), ("Total", "0")])


def faxsession(ctx: Ctx) -> None:
    """One fax session by number: never found."""
    number = ctx.get("SessionNumber")
    ctx.error("Session not found" if number.isdigit() else "Invalid session ID")


def faxstats(ctx: Ctx) -> None:
    """res_fax's counters, all zero."""
    ctx.ok("FAXStats event will follow")
    counters = ("CurrentSessions", "ReservedSessions", "TransmitAttempts", "ReceiveAttempts",
                "CompletedFAXes", "FailedFAXes")  # fmt: skip
    ctx.send([("Event", "FAXStats"), *ctx.aid(), *((c, "0") for c in counters)])


HANDLERS: dict[str, Handler] = {
    "faxsessions": faxsessions,
    "faxsession": faxsession,
    "faxstats": faxstats,
    "agents": agents,
    "agentlogoff": agentlogoff,
    "confbridgelist": confbridgelist,
    "confbridgelistrooms": confbridgelistrooms,
    "confbridgekick": _confbridge(True),
    "confbridgelock": _confbridge(True),
    "confbridgeunlock": _confbridge(True),
    "confbridgemute": _confbridge(True),
    "confbridgeunmute": _confbridge(True),
    "confbridgesetsinglevideosrc": _confbridge(True),
    "confbridgestartrecord": _confbridge(True),
    "confbridgestoprecord": _confbridge(True),
    "playmf": playmf,
    "sendflash": sendflash,
    "controlplayback": controlplayback,
    "aocmessage": aocmessage,
    "messagesend": messagesend,
    "atxfer": atxfer,
    "cancelatxfer": cancelatxfer,
    "voicemailforward": _voicemail("Forward"),
    "voicemailmove": _voicemail("Move"),
    "voicemailremove": _voicemail("Remove"),
}
