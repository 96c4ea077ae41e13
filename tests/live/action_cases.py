"""What the live sweep sends: arguments valid for the fixture server, per action class.

:func:`cases` returns, for every action class of the catalogue, the requests that exercise
it on the fixture of ``shared/asterisk/`` (``etcNN/``: context ``test``, queues ``support``
and ``sales``, voicemail ``1000@default``, PJSIP endpoints ``pjself``/``pjpeer``, parking
lot ``default``, ConfBridge ``test``, agent ``7001``; chan_sip peers on 20), built from the
live channels :class:`Fixture` holds.  Besides the main case, edge cases name what they
test (``missing``: an unknown mailbox, channel, queue, family/key, parking lot, bridge,
peer): Asterisk must answer them promptly, with an error or an empty or plain answer.

Cases run in steps: step 0 all at once, the steps after it one by one in order (each a
sequence whose requests depend on the state the previous ones made: a bridge made, listed,
kicked from and destroyed).  The sweep fails when a catalogue class has no case here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ami import core
from ami_runtime import Request, Response

__all__ = ["Case", "Fixture", "cases", "NOWHERE"]

#: A channel, bridge, queue ... name no fixture has.
NOWHERE = "amikit-nowhere"


@dataclass(frozen=True)
class Case:
    """One request of the sweep."""

    request: Request[Any]
    edge: str = ""
    """What the edge case tests (``"unknown mailbox"``); empty for the main case."""
    refusal: str = ""
    """A regular expression: an error text this case expects for the fixture's state
    (searched, case-insensitively, besides the sweep's common ones)."""
    check: Check | None = None
    """For a success: what the answer must show to prove Asterisk read the request's
    headers (it ignores a header it does not know, so a misspelt one answers Success)."""


Check = Callable[[Response], str]
"""A success's problem, or ``""``."""


def answer_has(**headers: str) -> Check:
    """The response carries these headers with these values."""

    def check(response: Response) -> str:
        return "; ".join(
            f"{key}: {response.get(key)!r}, not {value!r}"
            for key, value in headers.items()
            if response.get(key) != value
        )

    return check


def item_has(event: str, **headers: str) -> Check:
    """Some list item ``event`` carries these headers with these values."""

    def check(response: Response) -> str:
        items = [e for e in response.events if e.name == event]
        if any(all(e.get(k) == v for k, v in headers.items()) for e in items):
            return ""
        seen = [{k: e.get(k) for k in headers} for e in items]
        return f"no {event} item with {headers}; items: {seen}"

    return check


def items_all(event: str, **headers: str) -> Check:
    """At least one item, and every item is ``event`` with these headers."""

    def check(response: Response) -> str:
        bad = [e.name for e in response.events if e.name != event] + [
            str({k: e.get(k) for k in headers})
            for e in response.events
            if any(e.get(k) != v for k, v in headers.items())
        ]
        return f"items not {event} {headers}: {bad}" if bad or not response.events else ""

    return check


@dataclass
class Fixture:
    """The live state the cases use: channel names, found after the setup originates."""

    version: str
    channels: dict[str, str] = field(default_factory=dict)
    """Role -> channel name (``"a"``: Local/101@test;1 running Wait ...)."""
    bridge: str = NOWHERE
    """The bridge of ``b1`` and ``b2`` (BridgeInfo, BridgeKick)."""
    bridge2: str = NOWHERE
    """The bridge of ``b3`` and ``b4`` (BridgeDestroy)."""
    db_family: str = "amikit-live"
    config: str = field(default_factory=lambda: f"amikit-live-{uuid.uuid4().hex[:8]}.conf")
    """A configuration file CreateConfig makes (a new name each run)."""

    def chan(self, role: str) -> str:
        return self.channels.get(role, f"Local/{NOWHERE}@test-00000000;1")


def _status_variable(channel: str, line: str = "") -> Check:
    """Status of ``channel``: its item has the ``Variable:`` line ``line`` (by default
    ``CHANNEL=<its name>``)."""
    wanted = line or f"CHANNEL={channel}"

    def check(response: Response) -> str:
        for item in response.events:
            if item.get("Channel") == channel:
                shown = item.get_all("Variable")
                return "" if wanted in shown else f"no {wanted!r} in the Variable lines {shown}"
        return f"no Status item for {channel}"

    return check


def _missing(request: Request[Any], what: str, refusal: str = "") -> Case:
    return Case(request, edge=f"unknown {what}", refusal=refusal)


Builder = Callable[[Fixture], list[Case]]


def _channel_actions(fx: Fixture) -> dict[str, list[Case]]:
    a = fx.chan("a")
    gone = f"Local/{NOWHERE}@test-00000000;1"
    return {
        "AbsoluteTimeout": [
            Case(core.AbsoluteTimeout(a, 600)),
            _missing(core.AbsoluteTimeout(gone, 600), "channel"),
        ],
        "AOCMessage": [Case(core.AOCMessage("D", channel=a, charge_type="Free"))],
        "Atxfer": [Case(core.Atxfer(fx.chan("xfer"), "100", context="test"))],
        "CancelAtxfer": [Case(core.CancelAtxfer(fx.chan("xfer")))],
        "BlindTransfer": [
            # "blind" is bridged with "blind2" in the first step: its peer goes to 100@test
            Case(core.BlindTransfer(fx.chan("blind"), context="test", exten="100")),
            _missing(core.BlindTransfer(gone, context="test", exten="100"), "channel"),
        ],
        "ControlPlayback": [Case(core.ControlPlayback(a, "stop"))],
        "CoreShowChannelMap": [
            Case(core.CoreShowChannelMap(channel=a)),
            _missing(core.CoreShowChannelMap(channel=gone), "channel"),
        ],
        "Getvar": [
            Case(core.Getvar("CHANNEL", channel=a), check=answer_has(Variable="CHANNEL", Value=a)),
            _missing(core.Getvar("CHANNEL", channel=gone), "channel"),
        ],
        "Setvar": [
            Case(core.Setvar("AMIKIT", "live", channel=a)),
            Case(
                core.Getvar("AMIKIT", channel=a),
                edge="read back with Getvar",
                check=answer_has(Value="live"),
            ),
        ],
        "LocalOptimizeAway": [Case(core.LocalOptimizeAway(a))],
        "MixMonitor": [Case(core.MixMonitor(a, file="amikit-live.wav"))],
        "MixMonitorMute": [Case(core.MixMonitorMute(a, "both", True))],
        "StopMixMonitor": [Case(core.StopMixMonitor(a))],
        "MuteAudio": [Case(core.MuteAudio(a, direction="all", muted=True))],
        "PlayDTMF": [Case(core.PlayDTMF(a, "1", duration=100))],
        "PlayMF": [Case(core.PlayMF(a, "1"))],
        "SendFlash": [Case(core.SendFlash(a))],
        "SendText": [Case(core.SendText(a, "hello from amikit"))],
        "Status": [
            Case(core.Status()),
            Case(core.Status(channel=a, variables=["CHANNEL"]), check=_status_variable(a)),
            # after Setvar: AllVariables lists AMIKIT=live
            Case(
                core.Status(channel=a, all_variables=True),
                check=_status_variable(a, "AMIKIT=live"),
            ),
            _missing(core.Status(channel=gone), "channel"),
        ],
        "AGI": [Case(core.AGI(fx.chan("agi"), "EXEC NoOp amikit", command_id="amikit-agi"))],
        "PJSIPHangup": [_missing(core.PJSIPHangup(f"PJSIP/{NOWHERE}-00000000", "16"), "channel")],
        "Monitor": [Case(core.Monitor(fx.chan("monitor"), filename="amikit-live"))],
        "ChangeMonitor": [Case(core.ChangeMonitor(fx.chan("monitor"), "amikit-live2"))],
        "PauseMonitor": [Case(core.PauseMonitor(fx.chan("monitor")))],
        "UnpauseMonitor": [Case(core.UnpauseMonitor(fx.chan("monitor")))],
        "StopMonitor": [Case(core.StopMonitor(fx.chan("monitor")))],
        "Redirect": [
            Case(core.Redirect(fx.chan("redirect"), "test", "900", 1)),
            _missing(core.Redirect(gone, "test", "900", 1), "channel"),
        ],
        "Hangup": [
            Case(core.Hangup(fx.chan("hangup"), cause=16)),
            _missing(core.Hangup(gone), "channel"),
        ],
        "Park": [
            Case(core.Park(fx.chan("park"), fx.chan("park"), timeout=60000)),
            _missing(core.Park(gone, gone), "channel"),
        ],
        "Bridge": [
            Case(core.Bridge(fx.chan("b1"), fx.chan("b2"))),
            Case(core.Bridge(fx.chan("b3"), fx.chan("b4"))),
            Case(core.Bridge(fx.chan("blind"), fx.chan("blind2"))),
        ],
        "BridgeInfo": [
            Case(
                core.BridgeInfo(fx.bridge),
                check=item_has("BridgeInfoChannel", Channel=fx.chan("b1")),
            ),
            _missing(core.BridgeInfo(NOWHERE), "bridge"),
        ],
        "BridgeKick": [
            Case(core.BridgeKick(fx.chan("b1"), bridge_uniqueid=fx.bridge)),
            _missing(core.BridgeKick(gone), "channel"),
        ],
        "BridgeDestroy": [
            Case(core.BridgeDestroy(fx.bridge2)),
            _missing(core.BridgeDestroy(NOWHERE), "bridge"),
        ],
    }


def _conference_actions(fx: Fixture) -> dict[str, list[Case]]:
    c = fx.chan("conf")
    return {
        "ConfbridgeListRooms": [Case(core.ConfbridgeListRooms())],
        "ConfbridgeList": [
            Case(core.ConfbridgeList("test")),
            _missing(core.ConfbridgeList(NOWHERE), "conference"),
        ],
        "ConfbridgeMute": [Case(core.ConfbridgeMute("test", c))],
        "ConfbridgeUnmute": [Case(core.ConfbridgeUnmute("test", c))],
        "ConfbridgeLock": [Case(core.ConfbridgeLock("test"))],
        "ConfbridgeUnlock": [Case(core.ConfbridgeUnlock("test"))],
        "ConfbridgeSetSingleVideoSrc": [Case(core.ConfbridgeSetSingleVideoSrc("test", c))],
        "ConfbridgeStartRecord": [
            Case(core.ConfbridgeStartRecord("test", record_file="amikit-live-conf.wav"))
        ],
        "ConfbridgeStopRecord": [Case(core.ConfbridgeStopRecord("test"))],
        "ConfbridgeKick": [
            Case(core.ConfbridgeKick("test", c)),
            _missing(core.ConfbridgeKick(NOWHERE, c), "conference"),
        ],
    }


def _queue_actions(fx: Fixture) -> dict[str, list[Case]]:
    member = "Local/7777@test/n"
    caller = fx.chan("caller")
    return {
        "QueueStatus": [
            Case(core.QueueStatus()),
            Case(core.QueueStatus(queue="support")),
            _missing(core.QueueStatus(queue=NOWHERE), "queue (an empty list)"),
        ],
        "QueueSummary": [
            Case(core.QueueSummary()),
            _missing(core.QueueSummary(queue=NOWHERE), "queue (an empty list)"),
        ],
        "QueueAdd": [
            Case(core.QueueAdd(member, "sales", membername="amikit", penalty=1)),
            _missing(core.QueueAdd(member, NOWHERE), "queue"),
        ],
        "QueuePause": [Case(core.QueuePause(member, True, queue="sales", reason="live"))],
        "QueuePenalty": [Case(core.QueuePenalty(member, 2, queue="sales"))],
        "QueueMemberRingInUse": [
            Case(core.QueueMemberRingInUse(member, "yes", queue="sales")),
            Case(
                core.QueueStatus(queue="sales", member=member),
                edge="QueueAdd, QueuePause, QueuePenalty read back with QueueStatus",
                check=item_has(
                    "QueueMember", Name="amikit", Penalty="2", Paused="1", PausedReason="live"
                ),
            ),
        ],
        "QueueRemove": [
            Case(core.QueueRemove(member, "sales")),
            _missing(core.QueueRemove(member, "sales"), "queue member"),
        ],
        "QueueChangePriorityCaller": [
            Case(core.QueueChangePriorityCaller("support", caller, "5")),
        ],
        "QueueWithdrawCaller": [Case(core.QueueWithdrawCaller("support", caller))],
        "QueueLog": [Case(core.QueueLog("support", "AMIKITLIVE", message="hello"))],
        "QueueRule": [Case(core.QueueRule())],
        "QueueReset": [
            Case(core.QueueReset(queue="support")),
            _missing(core.QueueReset(queue=NOWHERE), "queue"),
        ],
        "QueueReload": [Case(core.QueueReload(queue="sales", members=True))],
    }


def _readonly_actions(fx: Fixture) -> dict[str, list[Case]]:
    fam = fx.db_family
    return {
        "Ping": [Case(core.Ping())],
        "Challenge": [Case(core.Challenge())],
        "Command": [Case(core.Command("core show uptime"))],
        "CoreSettings": [Case(core.CoreSettings())],
        "CoreStatus": [Case(core.CoreStatus())],
        "CoreShowChannels": [Case(core.CoreShowChannels())],
        "ListCommands": [Case(core.ListCommands())],
        "BridgeList": [Case(core.BridgeList()), Case(core.BridgeList(bridge_type="basic"))],
        "BridgeTechnologyList": [Case(core.BridgeTechnologyList())],
        "BridgeTechnologySuspend": [Case(core.BridgeTechnologySuspend("softmix"))],
        "BridgeTechnologyUnsuspend": [
            Case(core.BridgeTechnologyUnsuspend("softmix")),
            _missing(core.BridgeTechnologyUnsuspend(NOWHERE), "bridge technology"),
        ],
        "DeviceStateList": [Case(core.DeviceStateList())],
        "PresenceStateList": [Case(core.PresenceStateList())],
        "PresenceState": [Case(core.PresenceState("CustomPresence:amikit"))],
        "ExtensionState": [
            Case(
                core.ExtensionState("100", "test"),
                check=answer_has(Exten="100", Context="test", Hint="Custom:test100"),
            ),
            _missing(core.ExtensionState(NOWHERE, "test"), "extension"),
        ],
        "ExtensionStateList": [Case(core.ExtensionStateList())],
        "ShowDialPlan": [
            Case(
                core.ShowDialPlan(context="test", extension="100"),
                check=items_all("ListDialplan", Context="test", Extension="100"),
            ),
            _missing(core.ShowDialPlan(context=NOWHERE), "context"),
        ],
        "GetConfig": [
            Case(
                core.GetConfig("extensions.conf", category="test"),
                check=answer_has(**{"Category-000000": "test"}),
            ),
            _missing(core.GetConfig(f"{NOWHERE}.conf"), "config file"),
        ],
        "GetConfigJSON": [Case(core.GetConfigJSON("queues.conf"))],
        "ListCategories": [
            Case(core.ListCategories("queues.conf")),
            _missing(core.ListCategories(f"{NOWHERE}.conf"), "config file"),
        ],
        "MailboxCount": [
            Case(core.MailboxCount("1000@default"), check=answer_has(Mailbox="1000@default"))
        ],
        "MailboxStatus": [Case(core.MailboxStatus("1000@default"))],
        "VoicemailUsersList": [Case(core.VoicemailUsersList())],
        "VoicemailUserStatus": [
            Case(core.VoicemailUserStatus("default", "1000")),
            _missing(core.VoicemailUserStatus("default", "9999"), "mailbox (a plain answer)"),
        ],
        "VoicemailBoxSummary": [
            Case(core.VoicemailBoxSummary("default", "1000")),
            _missing(core.VoicemailBoxSummary("default", "9999"), "mailbox"),
        ],
        "VoicemailRefresh": [Case(core.VoicemailRefresh(context="default", mailbox="1000"))],
        "VoicemailForward": [
            _missing(
                core.VoicemailForward("default", "1000", "INBOX", "1", "default", "1001", "INBOX"),
                "message",
            )
        ],
        "VoicemailMove": [
            _missing(core.VoicemailMove("default", "1000", "INBOX", "1", "Old"), "message")
        ],
        "VoicemailRemove": [
            _missing(core.VoicemailRemove("default", "1000", "INBOX", "1"), "message")
        ],
        "ParkedCalls": [
            Case(core.ParkedCalls()),
            _missing(core.ParkedCalls(parking_lot=NOWHERE), "parking lot"),
        ],
        "Parkinglots": [Case(core.Parkinglots())],
        "Agents": [Case(core.Agents())],
        "AgentLogoff": [
            Case(core.AgentLogoff("7001")),
            _missing(core.AgentLogoff(NOWHERE), "agent"),
        ],
        "DBPut": [Case(core.DBPut(fam, "key", "value")), Case(core.DBPut(fam, "key2", "v2"))],
        "DBGet": [
            Case(
                core.DBGet(fam, "key"),
                check=item_has("DBGetResponse", Family=fam, Key="key", Val="value"),
            ),
            _missing(core.DBGet(fam, NOWHERE), "family/key"),
        ],
        "DBGetTree": [
            Case(core.DBGetTree(family=fam)),
            _missing(core.DBGetTree(family=NOWHERE), "family"),
        ],
        "DBDel": [
            Case(core.DBDel(fam, "key")),
            _missing(
                core.DBDel(fam, NOWHERE),
                "family/key",
                refusal="^Database entry could not be deleted$",
            ),
        ],
        "DBDelTree": [
            Case(core.DBDelTree(fam)),
            _missing(core.DBDelTree(NOWHERE), "family"),
        ],
        "ModuleCheck": [
            Case(core.ModuleCheck("app_queue")),
            _missing(core.ModuleCheck(NOWHERE), "module", refusal="^Module not loaded$"),
        ],
        "ModuleLoad": [
            Case(core.ModuleLoad("reload", module="res_parking.so")),
            _missing(core.ModuleLoad("load", module=f"{NOWHERE}.so"), "module"),
        ],
        "Reload": [Case(core.Reload(module="app_voicemail"))],
        "LoggerRotate": [Case(core.LoggerRotate())],
        "UserEvent": [Case(core.UserEvent(UserEvent="AmikitLive", Source="live-sweep"))],
        "Events": [Case(core.Events("off"))],
        # An exclude filter: the session still gets every other event (the sweep's marker).
        "Filter": [Case(core.Filter(operation="Add", filter="!Event: AmikitNothing"))],
        "MessageSend": [
            Case(
                core.MessageSend(
                    to="pjsip:pjself", from_="amikit <sip:amikit@127.0.0.1>", body="hi"
                )
            )
        ],
        "PJSIPNotify": [
            Case(core.PJSIPNotify(endpoint="pjself", option="check-sync")),
            _missing(core.PJSIPNotify(endpoint=NOWHERE, option="check-sync"), "endpoint"),
        ],
        "PJSIPQualify": [
            Case(core.PJSIPQualify("pjself")),
            _missing(core.PJSIPQualify(NOWHERE), "endpoint"),
        ],
        "PJSIPShowEndpoints": [Case(core.PJSIPShowEndpoints())],
        "PJSIPShowEndpoint": [
            Case(
                core.PJSIPShowEndpoint("pjself"),
                check=item_has("EndpointDetail", ObjectName="pjself"),
            ),
            _missing(core.PJSIPShowEndpoint(NOWHERE), "endpoint"),
        ],
        "PJSIPShowAors": [Case(core.PJSIPShowAors())],
        "PJSIPShowAuths": [Case(core.PJSIPShowAuths())],
        "PJSIPShowContacts": [Case(core.PJSIPShowContacts())],
        "PJSIPShowRegistrationsInbound": [Case(core.PJSIPShowRegistrationsInbound())],
        "PJSIPShowRegistrationInboundContactStatuses": [
            Case(core.PJSIPShowRegistrationInboundContactStatuses())
        ],
        "PJSIPShowRegistrationsOutbound": [Case(core.PJSIPShowRegistrationsOutbound())],
        "PJSIPShowResourceLists": [Case(core.PJSIPShowResourceLists(), edge="empty list")],
        "PJSIPShowSubscriptionsInbound": [Case(core.PJSIPShowSubscriptionsInbound())],
        "PJSIPShowSubscriptionsOutbound": [
            Case(core.PJSIPShowSubscriptionsOutbound(), edge="empty list")
        ],
        "PJSIPShowMaintenance": [Case(core.PJSIPShowMaintenance())],
        "PJSIPSetMaintenance": [
            Case(core.PJSIPSetMaintenance("pjself", "on")),
            Case(
                core.PJSIPShowMaintenance(endpoint="pjself"),
                edge="read back with PJSIPShowMaintenance",
                check=item_has("PJSIPMaintenanceStatus", Endpoint="pjself", Status="enabled"),
            ),
            Case(core.PJSIPSetMaintenance("pjself", "off")),
            _missing(core.PJSIPSetMaintenance(NOWHERE, "off"), "endpoint"),
        ],
        "SorceryMemoryCacheExpire": [_missing(core.SorceryMemoryCacheExpire(NOWHERE), "cache")],
        "SorceryMemoryCacheExpireObject": [
            _missing(core.SorceryMemoryCacheExpireObject(NOWHERE, "x"), "cache")
        ],
        "SorceryMemoryCachePopulate": [_missing(core.SorceryMemoryCachePopulate(NOWHERE), "cache")],
        "SorceryMemoryCacheStale": [_missing(core.SorceryMemoryCacheStale(NOWHERE), "cache")],
        "SorceryMemoryCacheStaleObject": [
            _missing(core.SorceryMemoryCacheStaleObject(NOWHERE, "x"), "cache")
        ],
        "FAXSessions": [Case(core.FAXSessions(), edge="empty list")],
        "FAXSession": [_missing(core.FAXSession("4242"), "fax session")],
        "FAXStats": [Case(core.FAXStats())],
        "MWIGet": [Case(core.MWIGet("1000@default"))],
        "MWIUpdate": [Case(core.MWIUpdate("1000@default", old_messages="0", new_messages="1"))],
        "MWIDelete": [Case(core.MWIDelete("1000@default"))],
    }


def _absent_module_actions() -> dict[str, list[Case]]:
    """Actions of modules the fixture does not load (DAHDI, IAX2, Skinny, MeetMe, XMPP):
    the catalogue's own example arguments; the server must say the action is unknown."""
    return {
        "DAHDIDialOffhook": [Case(core.DAHDIDialOffhook("1", "100"))],
        "DAHDIDNDoff": [Case(core.DAHDIDNDoff("1"))],
        "DAHDIDNDon": [Case(core.DAHDIDNDon("1"))],
        "DAHDIHangup": [Case(core.DAHDIHangup("1"))],
        "DAHDIRestart": [Case(core.DAHDIRestart())],
        "DAHDIShowChannels": [Case(core.DAHDIShowChannels())],
        "DAHDIShowStatus": [Case(core.DAHDIShowStatus())],
        "DAHDITransfer": [Case(core.DAHDITransfer("1"))],
        "PRIDebugFileSet": [Case(core.PRIDebugFileSet("amikit-pri.log"))],
        "PRIDebugFileUnset": [Case(core.PRIDebugFileUnset())],
        "PRIDebugSet": [Case(core.PRIDebugSet("1", "0"))],
        "PRIShowSpans": [Case(core.PRIShowSpans())],
        "IAXnetstats": [Case(core.IAXnetstats())],
        "IAXpeerlist": [Case(core.IAXpeerlist())],
        "IAXpeers": [Case(core.IAXpeers())],
        "IAXregistry": [Case(core.IAXregistry())],
        "SKINNYdevices": [Case(core.SKINNYdevices())],
        "SKINNYlines": [Case(core.SKINNYlines())],
        "SKINNYshowdevice": [Case(core.SKINNYshowdevice("device1"))],
        "SKINNYshowline": [Case(core.SKINNYshowline("line1"))],
        "MeetmeList": [Case(core.MeetmeList())],
        "MeetmeListRooms": [Case(core.MeetmeListRooms())],
        "MeetmeMute": [Case(core.MeetmeMute("1234", "1"))],
        "MeetmeUnmute": [Case(core.MeetmeUnmute("1234", "1"))],
        "JabberSend": [Case(core.JabberSend("asterisk", "someone@example.org", "hi"))],
        "SetCDRUserField": [Case(core.SetCDRUserField("Local/1@test-00000000;1", "x"))],
    }


def _sip_actions() -> dict[str, list[Case]]:
    """chan_sip, on 20 only (removed in 21): peers ``selfpeer``, ``peer1``."""
    return {
        "SIPpeers": [Case(core.SIPpeers())],
        "SIPpeerstatus": [
            Case(core.SIPpeerstatus()),
            Case(core.SIPpeerstatus(peer="selfpeer")),
            _missing(core.SIPpeerstatus(peer=NOWHERE), "peer"),
        ],
        "SIPshowpeer": [
            Case(core.SIPshowpeer("selfpeer")),
            _missing(core.SIPshowpeer(NOWHERE), "peer"),
        ],
        "SIPshowregistry": [Case(core.SIPshowregistry())],
        "SIPqualify": [
            Case(core.SIPqualify("selfpeer")),
            _missing(core.SIPqualify(NOWHERE), "peer"),
        ],
        "SIPping": [Case(core.SIPping("selfpeer"))],
        "SIPnotify": [
            Case(core.SIPnotify("SIP/selfpeer", {"Event": "check-sync"})),
            # Not a peer: chan_sip tries the name as a host (create_addr)
            _missing(
                core.SIPnotify(f"SIP/{NOWHERE}", {"Event": "check-sync"}),
                "peer",
                refusal="^Could not create address$",
            ),
        ],
    }


#: Sessions and dialplan changes: sent one after another, in this order.
def _sequential(fx: Fixture) -> dict[str, list[Case]]:
    return {
        "CreateConfig": [Case(core.CreateConfig(fx.config))],
        "UpdateConfig": [
            Case(
                core.UpdateConfig(
                    fx.config,
                    fx.config,
                    [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
                    reload="no",
                )
            ),
            Case(
                core.GetConfig(fx.config),
                edge="read back with GetConfig",
                check=answer_has(
                    **{"Category-000000": "section1", "Line-000000-000000": "key1=value1"}
                ),
            ),
            _missing(
                core.UpdateConfig(
                    f"{NOWHERE}.conf", fx.config, [["Delete", "x", "y"]], reload="no"
                ),
                "config file",
                # restrictedFile(): a path realpath() cannot resolve counts as restricted
                refusal="^File requires escalated privileges$",
            ),
        ],
        "DialplanExtensionAdd": [
            Case(core.DialplanExtensionAdd("test", "7777", "1", "NoOp", application_data="x")),
            Case(
                core.ShowDialPlan(context="test", extension="7777"),
                edge="read back with ShowDialPlan",
                check=item_has("ListDialplan", Extension="7777", Application="NoOp", AppData="x"),
            ),
        ],
        "DialplanExtensionRemove": [
            Case(core.DialplanExtensionRemove("test", "7777", priority="1")),
            _missing(
                core.DialplanExtensionRemove(NOWHERE, "7777"),
                "context",
                refusal="^Failed to remove requested extension$",
            ),
        ],
        "PJSIPUnregister": [
            Case(core.PJSIPUnregister("pjreg")),
            _missing(core.PJSIPUnregister(NOWHERE), "registration"),
        ],
        "PJSIPRegister": [
            Case(core.PJSIPRegister("pjreg")),
            _missing(core.PJSIPRegister(NOWHERE), "registration"),
        ],
        "Originate_Context": [
            Case(core.Originate_Context("Local/100@test", "test", "100", 1, async_=False)),
            Case(
                core.Originate_Context("Local/999@test", "test", "100", 1, async_=False),
                edge="busy (Hangup(17))",
                refusal="^Originate failed$",
            ),
        ],
        "Originate_Application": [
            Case(core.Originate_Application("Local/100@test", "Wait", data=["1"])),
        ],
        "WaitEvent": [Case(core.WaitEvent(1))],
    }


def cases(fx: Fixture) -> dict[str, list[Case]]:
    """Class name -> its cases.  ``Login`` and ``Logoff`` are the session's own."""
    table: dict[str, list[Case]] = {}
    for part in (
        _readonly_actions(fx),
        _channel_actions(fx),
        _conference_actions(fx),
        _queue_actions(fx),
        _absent_module_actions(),
        _sip_actions(),
        _sequential(fx),
    ):
        table.update({k: v for k, v in part.items() if v})
    return table
