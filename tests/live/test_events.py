"""Every event, live: real call flows on each Asterisk, every event read through its class.

The scenarios drive the fixture's dialplan (shared/asterisk/etcNN/extensions.conf): calls
originated answered, busy and failed, Local, PJSIP (and chan_sip on 20) calls to the
server itself, bridges, Redirect and a blind transfer (an attended one aborts at its
prompt: the fixture has no sound files), ChanSpy, parking (picked up, given up, timed
out), a queue whose member rings, pausing, penalty and abandoning, ConfBridge with its
recording, MixMonitor (and Monitor on 20), agents, async AGI, device and presence
states, voicemail, AstDB, reload, UserEvent, WaitEvent, the Filter and Events masks, the
limited user and refused logins, plus every list action that needs no argument. Each
scenario waits for the events it expects, never a fixed time, and hangs up what it
started.

Every event any session receives (and every list item and completion an action gathers)
goes through :class:`~tests.live.event_check.TypedCheck`: it must arrive as the class
``ami.events.EVENTS`` has for its name, each typed property must read without raising,
and every header other than a UserEvent's own must be covered by a typed property (the
docs', a curated entry's, or an observation of spec/observed.yaml, each of which this
version's run must confirm). The last test asserts all that and reports, in the run's
summary, the events and types seen and any header no typed property covers, per type
(``-s`` also lists the types). Each event type read cleanly is recorded as verified on
the version. ``AMI_LIVE_VERSIONS=20 python -m pytest tests/live/test_events.py -q -s``
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ami  # noqa: F401  # registers ami.events.EVENTS
import pytest
import yaml
from ami import Manager, core
from ami import actions as act
from ami.actions import ACTIONS
from ami_runtime.errors import AmiError
from ami_runtime.message import Event, Response

from tests.asterisk_server import AsteriskServer
from tests.live import verified
from tests.live.event_check import EventLog, TypedCheck

SPEC = Path(__file__).resolve().parents[2] / "spec"
ADMIN = ("admin", "adminsecret")
LIMITED = ("limited", "limitedsecret")
_ids = itertools.count(1)


@dataclass
class Live:
    """One admin session on one server, everything it received, and the typed check."""

    server: AsteriskServer
    manager: Manager
    log: EventLog
    check: TypedCheck

    @property
    def version(self) -> str:
        return self.server.version

    def send(self, request: object, **kwargs: object) -> Response:
        reply = self.manager.send_action(request, **kwargs)  # type: ignore[arg-type]
        self.check.check_response(reply)
        return reply

    def ok(self, request: object, **kwargs: object) -> Response:
        reply = self.send(request, **kwargs)
        assert reply.success, (request, reply.as_dict())
        return reply

    def session(
        self, user: tuple[str, str] = ADMIN, events: bool = True, auth: str = "md5"
    ) -> Manager:
        """Another session whose events go through the typed check too."""
        manager = Manager()
        manager.connect(self.server.host, self.server.ami_port)
        manager.register_callback("", self.check)
        try:
            manager.login(*user, auth=auth, events=events)  # type: ignore[arg-type]
        except BaseException:
            manager.close()
            raise
        return manager

    def uid(self) -> str:
        return f"live-{self.version}-{next(_ids)}-{uuid.uuid4().hex[:6]}"

    def call(self, dial: str, exten: str = "101", **kwargs: object) -> tuple[str, str]:
        """Originate ``dial`` into ``exten`` of ``test``; wait until it answered.

        Returns the outbound channel's name and Uniqueid (set by ChannelId)."""
        uid = self.uid()
        start = len(self.log)
        self.ok(
            core.Originate_Context(dial, "test", exten, 1, timeout=10000, channel_id=uid, **kwargs)
        )
        response = self.log.wait("OriginateResponse", start, Uniqueid=uid)
        assert response.get("Response") == "Success", response.as_dict()
        self.log.wait("Newchannel", start, Uniqueid=uid)
        self.log.wait("Newstate", start, Uniqueid=uid, ChannelStateDesc="Up")
        self.log.wait("DialBegin", start, DestUniqueid=uid)
        self.log.wait("DialEnd", start, DestUniqueid=uid, DialStatus="ANSWER")
        if dial.startswith("Local/"):
            self.log.wait("LocalBridge", start, LocalOneUniqueid=uid)
        return str(response.get("Channel")), uid

    def hangup(self, channel: str, uid: str) -> None:
        self.send(core.Hangup(channel))
        self.log.wait("Hangup", 0, Uniqueid=uid)  # (from 0: see quiesce)

    def channels(self) -> list[Event]:
        return self.send(core.CoreShowChannels()).events

    def quiesce(self) -> None:
        """Hang up every channel left and wait until each has gone."""
        left = self.channels()
        if not left:
            return
        self.send(core.Hangup("/.*/"))
        # A channel's Hangup is looked for in the whole log, not from the listing on: one
        # ending by itself (a leg of a call just completed) can have its Hangup logged
        # before the listing returns (the callback thread logs events apart from the
        # reader that answers the listing), and a Uniqueid is never reused.  (CI saw
        # that: a listed leg, no event after the listing, 15 s of waiting.)
        for channel in left:
            self.log.wait("Hangup", 0, Uniqueid=str(channel.get("Uniqueid")))


@pytest.fixture(scope="module")
def live(asterisk: AsteriskServer) -> Iterator[Live]:
    check = TypedCheck(asterisk.version)
    log = EventLog()
    manager = Manager()
    manager.connect(asterisk.host, asterisk.ami_port)
    manager.register_callback("", check)
    manager.register_callback("", log)
    manager.login(*ADMIN)
    log.wait("FullyBooted")  # what every login with events on gets first
    state = Live(asterisk, manager, log, check)
    state.quiesce()  # channels another test module may have left
    try:
        yield state
    finally:
        try:
            state.quiesce()
        finally:
            manager.close()


@pytest.fixture
def flow(live: Live) -> Iterator[Live]:
    """A scenario: whatever channels it leaves are hung up after it."""
    yield live
    live.quiesce()


def test_originate_answered_busy_failed(flow: Live) -> None:
    channel, uid = flow.call("Local/400@test")  # 400 answers and raises a UserEvent
    flow.log.wait("UserEvent", 0, UserEvent="DialplanEvent")
    start = len(flow.log)
    flow.hangup(channel, uid)
    flow.log.wait("SoftHangupRequest", start, Uniqueid=uid)

    for dial, reason in (("Local/999@test", "busy"), ("Local/nosuchexten@test", "failed")):
        uid = flow.uid()
        start = len(flow.log)
        flow.ok(core.Originate_Context(dial, "test", "101", 1, timeout=5000, channel_id=uid))
        failed = flow.log.wait("OriginateResponse", start, Response="Failure")
        assert failed.get("Reason") is not None, (reason, failed.as_dict())

    # synchronous Originate: the reply itself waits for the answer
    uid = flow.uid()
    start = len(flow.log)
    reply = flow.send(core.Originate_Application("Local/101@test", "Wait", "5", 10000,
                                                 async_=False, channel_id=uid))  # fmt: skip
    assert reply.success, reply.as_dict()
    flow.log.wait("Newchannel", start, Uniqueid=uid)


def test_pjsip_call_to_itself_and_registration(flow: Live) -> None:
    start = len(flow.log)
    flow.ok(act.PJSIPUnregister("pjreg"))
    flow.ok(act.PJSIPRegister("pjreg"))
    flow.log.wait("Registry", start, Status="Registered")
    flow.log.wait("ContactStatus", start, ContactStatus="Reachable")
    channel, uid = flow.call("PJSIP/200@pjself")
    flow.log.wait("Newchannel", start, Channel="PJSIP/pjpeer-*")
    flow.log.wait("ChallengeSent", start, Service="PJSIP")  # each endpoint challenges
    for request in (
        act.PJSIPShowEndpoint("pjself"),
        act.PJSIPShowRegistrationsOutbound(),
        act.PJSIPShowContacts(),
    ):
        flow.send(request)
    flow.ok(act.PJSIPNotify(endpoint="pjself", option="check-sync"))
    flow.ok(act.PJSIPQualify("pjself"))
    flow.hangup(channel, uid)


def test_chan_sip_call_to_itself(flow: Live) -> None:
    if flow.version != "20":
        pytest.skip("chan_sip was removed in Asterisk 21")
    start = len(flow.log)
    channel, uid = flow.call("SIP/selfpeer/200")
    flow.log.wait("Newchannel", start, Channel="SIP/*", Exten="200")
    flow.send(act.SIPshowpeer("selfpeer"))
    flow.ok(act.SIPqualify("selfpeer"))
    flow.log.wait("SIPQualifyPeerDone", start, Peer="selfpeer")
    flow.hangup(channel, uid)


def test_bridge_redirect_transfers_and_dtmf(flow: Live) -> None:
    a, a_uid = flow.call("Local/101@test")
    b, b_uid = flow.call("Local/101@test")
    start = len(flow.log)
    flow.ok(act.Bridge(a, b))
    flow.log.wait("BridgeCreate", start)
    flow.log.wait("BridgeEnter", start, Uniqueid=a_uid)
    enter = flow.log.wait("BridgeEnter", start, Uniqueid=b_uid)
    bridge = str(enter.get("BridgeUniqueid"))
    flow.send(act.BridgeList())
    flow.send(act.BridgeInfo(bridge))
    flow.ok(act.PlayDTMF(a, "5", duration=100))
    flow.log.wait("DTMFBegin", start)
    flow.send(act.CoreShowChannelMap(channel=a))
    flow.ok(core.Setvar("CHANNEL(accountcode)", "amikit", a))
    flow.log.wait("NewAccountCode", start, Uniqueid=a_uid)
    flow.ok(core.Setvar("CHANNEL(hangup_handler_push)", "test,h,1", b))
    flow.log.wait("HangupHandlerPush", start, Uniqueid=b_uid)
    if flow.version == "20":  # res_monitor: removed in 21
        flow.ok(act.Monitor(a, f"amikit-{a_uid}"))
        flow.log.wait("MonitorStart", start, Uniqueid=a_uid)
        flow.ok(act.StopMonitor(a))
        flow.log.wait("MonitorStop", start, Uniqueid=a_uid)

    # a spy listens to one of them, quietly
    start = len(flow.log)
    spy = flow.uid()
    flow.ok(core.Originate_Application("Local/101@test", "ChanSpy", "Local/101,qEs", 10000,
                                       channel_id=spy))  # fmt: skip
    flow.log.wait("ChanSpyStart", start)

    start = xfer = len(flow.log)
    flow.ok(act.BlindTransfer(a, context="test", exten="900"))
    flow.log.wait("BlindTransfer", start)
    flow.log.wait("BridgeLeave", start, BridgeUniqueid=bridge)
    flow.log.wait("VarSet", start, Variable="REDIRECTED")

    c, c_uid = flow.call("Local/101@test")
    start = len(flow.log)
    flow.ok(core.Redirect(c, "test", "900", 1))
    flow.log.wait("Newexten", start, Uniqueid=c_uid, Exten="900")
    flow.log.wait("VarSet", start, Uniqueid=c_uid, Variable="REDIRECTED")
    start = len(flow.log)
    flow.quiesce()
    flow.log.wait("BridgeDestroy", xfer, BridgeUniqueid=bridge)
    flow.log.wait("HangupHandlerRun", start, Uniqueid=b_uid)
    flow.log.wait("ChanSpyStop", start)


def test_parking(flow: Live) -> None:
    a, a_uid = flow.call("Local/101@test")
    start = len(flow.log)
    flow.ok(act.Park(a, a, 60000))
    parked = flow.log.wait("ParkedCall", start, ParkeeUniqueid=a_uid)
    flow.send(act.ParkedCalls())
    flow.send(act.Parkinglots())
    space = str(parked.get("ParkingSpace"))
    # a call to the parking space picks it up
    flow.call(f"Local/{space}@test", "101")
    flow.log.wait("UnParkedCall", start, ParkeeUniqueid=a_uid)
    flow.quiesce()

    b, b_uid = flow.call("Local/101@test")
    start = len(flow.log)
    flow.ok(act.Park(b, b, 60000))
    flow.log.wait("ParkedCall", start, ParkeeUniqueid=b_uid)
    flow.hangup(b, b_uid)
    flow.log.wait("ParkedCallGiveUp", start, ParkeeUniqueid=b_uid)

    c, c_uid = flow.call("Local/101@test")
    start = len(flow.log)
    flow.ok(act.Park(c, c, 500))  # half a second: it times out
    flow.log.wait("ParkedCallTimeOut", start, ParkeeUniqueid=c_uid)


def test_queue_ringing_pausing_abandoning(flow: Live) -> None:
    member = "Local/100@test/n"
    start = len(flow.log)
    dynamic = f"Local/{flow.uid()}@test/n"  # a member of this run alone
    flow.ok(act.QueueAdd(dynamic, "sales", "Dynamic Member", paused=True))
    flow.log.wait("QueueMemberAdded", start, Queue="sales")
    flow.ok(act.QueuePause(dynamic, False, "sales", reason="back"))
    flow.log.wait("QueueMemberPause", start, Queue="sales")
    flow.ok(act.QueuePenalty(dynamic, 2, "sales"))
    flow.log.wait("QueueMemberPenalty", start, Queue="sales", Penalty="2")
    flow.ok(act.QueueMemberRingInUse(dynamic, "yes", queue="sales"))
    flow.log.wait("QueueMemberRinginuse", start, Queue="sales")
    flow.ok(act.QueueRemove(dynamic, "sales"))
    flow.log.wait("QueueMemberRemoved", start, Queue="sales")

    # a caller reaches the static member (unpaused, whatever it was), which rings and answers
    flow.send(act.QueuePause(member, False, "support"))
    caller, caller_uid = flow.call("Local/500@test")
    flow.log.wait("QueueCallerJoin", start, Queue="support")
    flow.log.wait("AgentCalled", start, Queue="support")
    flow.log.wait("AgentConnect", start, Queue="support")
    flow.log.wait("QueueCallerLeave", start, Queue="support")
    flow.send(act.QueueStatus("support"))
    flow.send(act.QueueSummary("support"))
    flow.hangup(caller, caller_uid)
    flow.log.wait("AgentComplete", start, Queue="support")
    flow.quiesce()

    # every member paused: the next caller waits, then gives up
    start = len(flow.log)
    flow.ok(act.QueuePause(member, True, "support", reason="lunch"))
    flow.log.wait("QueueMemberPause", start, Queue="support", Paused="1")
    caller, caller_uid = flow.call("Local/500@test")
    flow.log.wait("QueueCallerJoin", start, Queue="support")
    flow.send(act.QueueStatus("support"))
    flow.hangup(caller, caller_uid)
    flow.log.wait("QueueCallerAbandon", start, Queue="support")
    flow.ok(act.QueuePause(member, False, "support"))
    flow.log.wait("QueueMemberPause", start, Queue="support", Paused="0")


def test_confbridge_mixmonitor_agent_agi(flow: Live) -> None:
    start = len(flow.log)
    flow.call("Local/600@test")
    flow.call("Local/601@test")
    flow.log.wait("ConfbridgeStart", start, Conference="test")
    flow.log.wait("ConfbridgeJoin", start, Conference="test", Admin="Yes")
    # The two calls join in either order: wait for the user's join as for the admin's.
    user = str(flow.log.wait("ConfbridgeJoin", start, Conference="test", Admin="No").get("Channel"))
    flow.send(act.ConfbridgeList("test"))
    flow.send(act.ConfbridgeListRooms())
    flow.ok(act.ConfbridgeMute("test", user))
    flow.log.wait("ConfbridgeMute", start)
    flow.ok(act.ConfbridgeUnmute("test", user))
    flow.log.wait("ConfbridgeUnmute", start)
    flow.ok(act.ConfbridgeStartRecord("test", record_file=f"amikit-{flow.uid()}.wav"))
    flow.log.wait("ConfbridgeRecord", start, Conference="test")
    flow.ok(act.ConfbridgeStopRecord("test"))
    flow.log.wait("ConfbridgeStopRecord", start, Conference="test")
    flow.ok(act.ConfbridgeLock("test"))
    flow.ok(act.ConfbridgeUnlock("test"))
    flow.ok(act.ConfbridgeKick("test", user))
    flow.log.wait("ConfbridgeLeave", start, Channel=user)
    flow.quiesce()  # the kicked user's call ended with it; the admin's ends now
    flow.log.wait("ConfbridgeEnd", start, Conference="test")

    # MixMonitor on a plain call
    c, c_uid = flow.call("Local/101@test")
    start = len(flow.log)
    flow.ok(act.MixMonitor(c, file=f"amikit-{c_uid}.wav"))
    flow.log.wait("MixMonitorStart", start, Uniqueid=c_uid)
    flow.ok(act.MixMonitorMute(c, "both", True))
    flow.log.wait("MixMonitorMute", start, Uniqueid=c_uid)
    flow.ok(act.StopMixMonitor(c))
    flow.log.wait("MixMonitorStop", start, Uniqueid=c_uid)
    flow.hangup(c, c_uid)

    # async AGI
    start = len(flow.log)
    d, d_uid = flow.call("Local/300@test")
    agi = flow.log.wait("AsyncAGIStart", start)
    flow.ok(act.AGI(str(agi.get("Channel")), "EXEC NoOp amikit", command_id="noop1"))
    flow.log.wait("AsyncAGIExec", start, CommandID="noop1")
    flow.log.wait("AGIExecStart", start)
    flow.log.wait("AGIExecEnd", start)
    flow.hangup(d, d_uid)
    flow.log.wait("AsyncAGIEnd", start)

    # agent login and logoff
    start = len(flow.log)
    e, e_uid = flow.call("Local/7001@test")
    flow.log.wait("AgentLogin", start, Agent="7001")
    flow.send(act.Agents())
    flow.ok(act.AgentLogoff("7001"))
    flow.log.wait("AgentLogoff", start, Agent="7001")


def test_states_voicemail_astdb_reload_userevent(flow: Live) -> None:
    start = len(flow.log)
    flow.ok(core.Setvar("DEVICE_STATE(Custom:test100)", "NOT_INUSE"))  # whatever it was
    flow.ok(core.Setvar("DEVICE_STATE(Custom:test100)", "INUSE"))
    flow.log.wait("DeviceStateChange", start, Device="Custom:test100", State="INUSE")
    flow.log.wait("ExtensionStatus", start, Exten="100")
    flow.ok(core.Setvar("DEVICE_STATE(Custom:test100)", "NOT_INUSE"))
    flow.log.wait("DeviceStateChange", start, Device="Custom:test100", State="NOT_INUSE")
    presentity = f"CustomPresence:{flow.uid()}"
    flow.ok(core.Setvar(f"PRESENCE_STATE({presentity})", "away,,gone"))
    flow.log.wait("PresenceStateChange", start, Presentity=presentity)

    flow.send(act.VoicemailUsersList())
    flow.send(act.VoicemailUserStatus("default", "1000"))
    flow.send(act.VoicemailBoxSummary("default", "1000"))
    flow.send(core.MailboxStatus("1000@default"))
    flow.send(core.MailboxCount("1000@default"))
    flow.send(act.VoicemailRefresh(context="default", mailbox="1000"))

    family = f"amikit-{flow.uid()}"
    flow.ok(act.DBPut(family, "k", "v1"))
    got = flow.ok(act.DBGet(family, "k"))
    assert [e.get("Val") for e in got.events] == ["v1"]
    flow.send(act.DBGetTree(family=family))
    flow.ok(act.DBDelTree(family))

    # WaitEvent: a session that waits gets the next event as the item of its reply
    waiting = flow.session()
    try:
        waiter = threading.Thread(
            target=lambda: replies.append(waiting.send_action(act.WaitEvent(10), timeout=12))
        )
        replies: list[Response] = []
        waiter.start()
        # until Asterisk has the session waiting, a UserEvent would reach it as an event
        for _ in range(50):
            flow.ok(act.UserEvent("AmikitWake"))
            waiter.join(0.2)
            if not waiter.is_alive():
                break
        assert replies and replies[0].success, replies
        flow.check.check_response(replies[0])
        assert replies[0].complete is not None
    finally:
        waiting.close()

    start = len(flow.log)
    flow.ok(core.Reload("app_queue"))
    flow.log.wait("Reload", start)
    flow.ok(act.UserEvent("AmikitLive", Marker="1", Other="two"))
    flow.log.wait("UserEvent", start, UserEvent="AmikitLive", Marker="1")


def test_masks_filters_and_the_limited_user(flow: Live) -> None:
    # limited first: its login asks nothing it may be refused (a RequestNotAllowed security
    # event that the other sessions would receive: test_clients.py checks there is none)
    start = len(flow.log)
    limited = flow.session(LIMITED)
    flow.log.wait("SuccessfulAuth", start, AccountID="limited", Service="AMI")
    muted = flow.session(events=False)  # Login with Events: off
    masked = flow.session(events=False)
    filtered = flow.session()
    logs = {name: EventLog(flow.log.waited) for name in ("muted", "masked", "filtered", "limited")}
    try:
        for name, manager in (("muted", muted), ("masked", masked), ("filtered", filtered),
                              ("limited", limited)):  # fmt: skip
            manager.register_callback("", logs[name])
        assert masked.send_action(core.Events(["call"])).success
        assert filtered.send_action(act.Filter(operation="Add", filter="Event: UserEvent")).success
        # what reached the filtered session before its filter took effect ends here
        flow.ok(act.UserEvent("AmikitFilterStart"))
        marker = logs["filtered"].wait("UserEvent", 0, UserEvent="AmikitFilterStart")
        after = logs["filtered"].since(0).index(marker)

        # a call, a user event, then the call's hangup as the last marker
        a, a_uid = flow.call("Local/101@test")
        flow.ok(act.UserEvent("AmikitMask", Marker="masks"))
        logs["filtered"].wait("UserEvent", after, UserEvent="AmikitMask")
        flow.hangup(a, a_uid)
        logs["limited"].wait("Hangup", 0, Uniqueid=a_uid)
        logs["masked"].wait("Hangup", 0, Uniqueid=a_uid)
        assert {e.name for e in logs["filtered"].since(after)} == {"UserEvent"}
        limited_names = {e.name for e in logs["limited"].since(0)}
        assert "Newchannel" in limited_names
        assert "UserEvent" not in limited_names  # class user: not in limited's read mask
        masked_classes = {e.get("Privilege", "").split(",")[0] for e in logs["masked"].since(0)}
        assert masked_classes == {"call"}
        assert not logs["muted"].since(0)
        start = len(flow.log)
        refused = limited.send_action(act.DBPut("amikit", "k", "v"))
        assert not refused.success and refused.message == "Permission denied"
        flow.log.wait("RequestNotAllowed", start, AccountID="limited")
    finally:
        for manager in (muted, masked, filtered, limited):
            manager.close()

    # refused logins raise security events on the admin session
    start = len(flow.log)
    for user, auth, event in (
        (("admin", "wrongsecret"), "md5", "ChallengeResponseFailed"),
        (("admin", "wrongsecret"), "plain", "InvalidPassword"),
        (("nosuchuser", "secret"), "plain", "InvalidAccountID"),
    ):
        with pytest.raises(AmiError):
            flow.session(user, auth=auth)
        flow.log.wait(event, start)


def test_every_list_action_without_arguments(flow: Live) -> None:
    """During a live call, so the channel lists have items."""
    flow.call("Local/101@test")
    start = len(flow.log)
    for name, cls in sorted(ACTIONS.items()):
        if cls.LIST is None or name == "WaitEvent" or any(f.required for f in cls.FIELDS):
            continue
        try:
            flow.send(cls(), timeout=5)
        except AmiError as exc:  # an action this version lacks is refused before sending
            assert "version" in str(exc).lower() or "Asterisk" in str(exc), (name, exc)
    # the actions of modules not loaded (chan_iax2) are unknown to the server
    flow.log.wait("RequestBadFormat", start, Service="AMI")


def test_every_event_type_is_typed_and_reads_cleanly(
    live: Live, live_report: Callable[[str], None]
) -> None:
    live.quiesce()
    check = live.check
    live_report(check.report(types=False))  # in the run's summary
    print(check.report().splitlines()[-1])  # the types, with -s
    # recorded: what a scenario waited for or a list gathered, so every run records the
    # same (an event that merely came along, a qualify's ContactStatus, may not)
    established = check.recorded_types(live.log.waited | check.listed)
    for name in established:
        verified.record("event", name, live.version)
    came_along = sorted(set(check.recorded_types()) - set(established))
    print(f"recorded {len(established)}; typed but not recorded (came along): {came_along}")
    assert not check.untyped, f"events without a typed class: {dict(check.untyped)}"
    assert not check.errors, check.errors
    # UserEvent carries whatever headers its sender chose; every other header Asterisk
    # sends is typed (the docs' or, where they omit it, spec/observed.yaml's)
    untyped_headers = {n: dict(c) for n, c in check.uncovered.items() if n != "UserEvent"}
    assert not untyped_headers, f"add them to spec/observed.yaml: {untyped_headers}"
    assert len(check.seen) > 60  # (the scenarios above ran)
    observed = yaml.safe_load((SPEC / "observed.yaml").read_text(encoding="utf-8"))
    assert not check.unconfirmed(observed["events"]), "spec/observed.yaml claims more than seen"
