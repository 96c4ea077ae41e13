"""Our classes send what a real client sent to a real Asterisk (20 and 22).

Every request recorded in shared/transcripts*/ whose action is in the catalogue is built
here by hand with the ``ami.core`` class, and must produce the same header lines, in the
same order (ActionID aside).  A second test checks the other direction: each such
recorded request is matched by one of the cases below, so a new transcript cannot go
untested.  Channel names carry a per-run counter (``Local/101@test-0000000b;1``), which
is masked on both sides before comparing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from ami import core
from ami.actions import ACTIONS_BY_NAME
from ami_runtime import InvalidInput, Request, Response
from ami_runtime.framing import encode_message

from tests.transcripts import shared_dir

SHARED = shared_dir() or Path(__file__).resolve().parents[2] / "shared"
DIRS = [SHARED / "transcripts", SHARED / "transcripts22"]

Build = Callable[[], Request[Response]]
CH = "Local/101@test-0000000a;1"  # any live channel: the per-run counter is masked
NOSUCH = "Local/nosuch@test-ffffffff;1"
MEMBER = "Local/2001@test/n"

#: Event masks the scenarios log in with (Login's events takes a mask string too).
MASKS = (core.EVENTMASK_AGI, core.EVENTMASK_USER, core.EVENTMASK_CALL, core.EVENTMASK_SYSTEM)

#: Sent in (nearly) every transcript: the session's own login and logoff.
COMMON: list[Build] = [
    lambda: core.Login("admin", "adminsecret", events=False),
    lambda: core.Login("limited", "limitedsecret", events=False),
    lambda: core.Logoff(),
    lambda: core.Login("admin", "adminsecret"),
    *(lambda m=mask: core.Login("admin", "adminsecret", events=m) for mask in MASKS),
]

CASES: dict[str, list[Build]] = {
    "absolutetimeout": [
        lambda: core.AbsoluteTimeout(CH, 60),
        lambda: core.AbsoluteTimeout(NOSUCH, 5),
    ],
    "action_before_login": [lambda: core.Ping(), lambda: core.Command("core show version")],
    "agi_async": [
        lambda: core.AGI("Local/300@test-0000000a;2", "EXEC NoOp hello-from-ami", "agi-cmd-1"),
        lambda: core.AGI("Local/300@test-0000000a;2", "GET VARIABLE CHANNEL", "agi-cmd-2"),
        lambda: core.AGI("Local/300@test-0000000a;2", "ASYNCAGI BREAK", command_id="agi-cmd-3"),
        lambda: core.AGI(NOSUCH, "EXEC NoOp x"),
        lambda: core.Events(core.EVENTMASK_NONE),
    ],
    "bridge": [
        lambda: core.Bridge(CH, "Local/101@test-0000000a;1"),
        lambda: core.Bridge("Local/101@test-0000000a;2", NOSUCH, tone=None),
        lambda: core.BridgeList(),
    ],
    "challenge_bad_authtype": [lambda: core.Challenge("SHA1")],
    "login_md5": [lambda: core.Challenge()],
    "command_core_show_version": [lambda: core.Command("core show version")],
    "command_invalid": [
        lambda: core.Command("no such cli command"),
        lambda: core.Command("core show channels concise"),
    ],
    "coreshowchannels_empty": [lambda: core.CoreShowChannels()],
    "coreshowchannelmap": [lambda: core.CoreShowChannelMap(channel=CH)],
    "corestatus_coresettings": [lambda: core.CoreStatus(), lambda: core.CoreSettings()],
    "createconfig_updateconfig": [
        lambda: core.CreateConfig("amitest.conf"),
        lambda: core.UpdateConfig(
            "amitest.conf",
            "amitest.conf",
            [
                ("NewCat", "section1"),
                ("Append", "section1", "key1", "value1"),
                ("Append", "section1", "key2", "value2"),
                ("Update", "section1", "key1", "changed"),
                ("Delete", "section1", "key2"),
            ],
            reload="no",
        ),
        lambda: core.GetConfig("amitest.conf"),
        lambda: core.UpdateConfig(
            "amitest.conf", "amitest.conf", [("Update", "nosuchsection", "k", "v")], reload=None
        ),
        lambda: core.UpdateConfig("nosuchfile.conf", "x.conf", [], reload=None),
    ],
    "db_put_get_del": [
        lambda: core.DBPut("amitest", "color", "blue"),
        lambda: core.DBPut("amitest/sub", "size", "42"),
        lambda: core.DBGet("amitest", "color"),
        lambda: core.DBDel("amitest", "color"),
        lambda: core.DBDelTree("amitest"),
        lambda: core.DBGetTree(family="amitest"),
    ],
    "events_action": [
        lambda: core.Events(core.EVENTMASK_NONE),
        lambda: core.Events(True),
        lambda: core.Events([core.EVENTMASK_USER, core.EVENTMASK_CALL]),
        lambda: core.UserEvent("EventsProbe", Probe="1"),
    ],
    "extensionstate": [
        lambda: core.ExtensionState("100", "test"),
        lambda: core.ExtensionState("555", "test"),
        lambda: core.Setvar("DEVICE_STATE(Custom:test100)", "INUSE"),
        lambda: core.Setvar("DEVICE_STATE(Custom:test100)", "NOT_INUSE"),
        lambda: core.ExtensionStateList(),
    ],
    "getconfig": [
        lambda: core.GetConfig("manager.conf"),
        lambda: core.GetConfig("extensions.conf", category="test"),
        lambda: core.GetConfig("nosuchfile.conf"),
        lambda: core.GetConfigJSON("queues.conf"),
    ],
    "getvar_setvar_global": [
        lambda: core.Setvar("AMITEST_GLOBAL", "hello world"),
        lambda: core.Getvar("AMITEST_GLOBAL"),
        lambda: core.Getvar("AMITEST_UNSET"),
        lambda: core.Getvar("TESTGLOBAL"),
        lambda: core.Getvar("LEN(abcdef)"),
    ],
    "hangup": [
        lambda: core.Hangup(CH, cause=16),
        lambda: core.Hangup(NOSUCH),
        lambda: core.Hangup("/^Local\\/nosuch.*$/"),
    ],
    "listcommands": [lambda: core.ListCommands()],
    "localoptimizeaway": [
        lambda: core.LocalOptimizeAway(CH),
        lambda: core.LocalOptimizeAway("SIP/nosuch-00000000"),
    ],
    "login_plaintext_events_on": [lambda: core.Login("admin", "adminsecret")],
    "login_unknown_user": [lambda: core.Login("nosuchuser", "x")],
    "login_wrong_password": [lambda: core.Login("admin", "wrongpassword")],
    "logoff": [lambda: core.Logoff()],
    "loggerrotate_waitevent": [lambda: core.LoggerRotate(), lambda: core.WaitEvent(2)],
    "mixmonitor": [
        lambda: core.MixMonitor(CH, file="amitest-mixmonitor.wav", options="b"),
        lambda: core.MixMonitorMute(CH, "both", True),
        lambda: core.StopMixMonitor(CH),
    ],
    "monitor_lifecycle": [
        lambda: core.Monitor(CH, "amitest-monitor"),
        lambda: core.ChangeMonitor(CH, "amitest-monitor-2"),
        lambda: core.PauseMonitor(CH),
        lambda: core.UnpauseMonitor(CH),
        lambda: core.StopMonitor(CH),
        lambda: core.Monitor(NOSUCH, format=None, mix=None),
    ],
    "muteaudio": [
        lambda: core.MuteAudio(CH, input=True, output=True, muted=True),
        lambda: core.MuteAudio(CH, True),
        lambda: core.MuteAudio(CH, muted=True, direction="sideways"),
        lambda: core.MuteAudio(NOSUCH, True, True, True),
    ],
    "originate_async_success": [
        lambda: core.Originate_Application(
            "Local/100@test",
            "Wait",
            ["5"],
            callerid='"AMI Test" <5551234>',
            variables={"ORIGVAR": "1"},
        ),
        lambda: core.Events(False),
    ],
    "originate_bad_channel": [
        lambda: core.Originate_Application("Foo/bar", "Wait", "1", async_=None),
        lambda: core.Originate_Application("Foo/bar", "Wait", ("1",)),
    ],
    "permission_denied": [
        lambda: core.Ping(),
        lambda: core.Command("core show version"),
        lambda: core.Reload(),
        lambda: core.GetConfig("manager.conf"),
        lambda: core.DBGet("amitest", "k"),
        lambda: core.CoreShowChannels(),
        lambda: core.Originate_Application("Local/100@test", "Wait", "1", async_=None),
        lambda: core.Status(),
    ],
    "ping": [lambda: core.Ping()],
    "playdtmf_sendtext": [
        lambda: core.PlayDTMF(CH, 5),
        lambda: core.PlayDTMF(CH, "#", duration=250, receive=False),
        lambda: core.SendText(CH, "hello from AMI"),
        lambda: core.SendText(NOSUCH, "x"),
    ],
    "queue_add_status_remove": [
        lambda: core.QueueAdd(
            MEMBER, "support", "Agent 2001", 1, "false", state_interface="Custom:agent2001"
        ),
        lambda: core.QueueAdd(MEMBER, "support", penalty=None, paused=None),
        lambda: core.QueueAdd("Local/2002@test/n", "nosuchqueue", penalty=None, paused=None),
        lambda: core.QueueStatus("support"),
        lambda: core.QueueStatus("support", member=MEMBER),
        lambda: core.QueuePause(MEMBER, True, "support", reason="lunch"),
        lambda: core.QueuePause(MEMBER, False),
        lambda: core.QueuePause("Local/9999@test/n", True),
        lambda: core.QueuePenalty(MEMBER, 5, "support"),
        lambda: core.QueuePenalty(MEMBER, -3),
        lambda: core.QueueRemove(MEMBER, "support"),
    ],
    "queue_caller_waiting": [
        lambda: core.QueueStatus("support"),
        lambda: core.QueueSummary("support"),
    ],
    "queue_log_reload_reset": [
        lambda: core.QueueLog("support", "AMITEST", MEMBER, "1234.5", "hello|world"),
        lambda: core.QueueReload(members=None, rules=None, parameters=None),
        lambda: core.QueueReload("support", rules=False),
        lambda: core.QueueReload("nosuchqueue", None, None, None),
        lambda: core.QueueReset(queue="support"),
    ],
    "redirect": [
        lambda: core.Redirect(CH, "test", "900", 1),
        lambda: core.Getvar("REDIRECTED", CH),
        lambda: core.Redirect(NOSUCH, "test", 900, "1"),
        lambda: core.Redirect(
            CH,
            "test",
            "900",
            1,
            extra_channel="Local/101@test-0000000a;2",
            extra_context="test",
            extra_extension="900",
            extra_priority=1,
        ),
        lambda: core.Redirect(CH, "test", "nosuchexten", 1),
    ],
    "reload": [
        lambda: core.Reload("res_parking"),
        lambda: core.Reload("nosuchmodule"),
        lambda: core.Reload(),
        lambda: core.Events([]),
    ],
    "removed_actions_20": [lambda: core.SetCDRUserField("Local/100@test-0000000a;1", "x")],
    "removed_actions_22": [
        lambda: core.SIPpeers(),
        lambda: core.SIPshowpeer("peer1"),
        lambda: core.SIPshowregistry(),
        lambda: core.SIPqualify("selfpeer"),
        lambda: core.SIPnotify("selfpeer", {"Event": "check-sync"}),
        lambda: core.Monitor(CH, "amitest-monitor"),
        lambda: core.ChangeMonitor(CH, "amitest-monitor-2"),
        lambda: core.PauseMonitor(CH),
        lambda: core.UnpauseMonitor(CH),
        lambda: core.StopMonitor(CH),
        lambda: core.SIPpeerstatus(),
    ],
    "showdialplan": [
        lambda: core.ShowDialPlan("test", "100"),
        lambda: core.ShowDialPlan("nosuchcontext"),
    ],
    "sipnotify": [
        lambda: core.SIPnotify("selfpeer", headers={"Event": "check-sync"}),
        lambda: core.SIPnotify("nosuchpeer", {"Event": "check-sync"}),
        lambda: core.SIPnotify("selfpeer"),
    ],
    "sippeers": [lambda: core.SIPpeers()],
    "sipqualifypeer_sippeerstatus": [
        lambda: core.SIPqualify("selfpeer"),
        lambda: core.SIPping("nosuchpeer"),
        lambda: core.SIPpeerstatus(),
        lambda: core.SIPpeerstatus(peer="selfpeer"),
    ],
    "sipshowpeer": [
        lambda: core.SIPshowpeer("peer1"),
        lambda: core.SIPshowpeer("regtest"),
        lambda: core.SIPshowpeer("selfpeer"),
        lambda: core.SIPshowpeer("nosuchpeer"),
    ],
    "userevent": [
        lambda: core.UserEvent(UserEvent="MyTestEvent", Header1="value1", Header2="value two"),
    ],
    "voicemail": [
        lambda: core.VoicemailUsersList(),
        lambda: core.MailboxStatus("1000@default"),
        lambda: core.MailboxCount("1000@default"),
        lambda: core.VoicemailUserStatus("default", "1000"),
        lambda: core.VoicemailUserStatus("default", "9999"),
        lambda: core.VoicemailRefresh(context="default", mailbox="1000"),
        lambda: core.VoicemailBoxSummary("default", "1000"),
    ],
}

#: Steps recorded on Asterisk 20 only (22 has no chan_sip: see transcripts22/README.md).
ONLY_20: dict[str, list[Build]] = {
    "extensionstate": [lambda: core.ExtensionState("1001", "test")],
}

#: Recorded on purpose without a required header (missing_required_field.jsonl): our
#: classes refuse to build these, naming the field.
REFUSED: list[tuple[Build, str]] = [
    (lambda: core.Getvar(None), "variable"),  # type: ignore[arg-type]
    (lambda: core.Setvar(None, "x"), "variable"),  # type: ignore[arg-type]
    (lambda: core.DBGet(None, "x"), "family"),  # type: ignore[arg-type]
    (lambda: core.DBPut("amitest", None, None), "key"),  # type: ignore[arg-type]
    (lambda: core.Originate_Context(None, None, "100", None), "channel"),  # type: ignore[arg-type]
    (lambda: core.Hangup(None), "channel"),  # type: ignore[arg-type]
    (lambda: core.Redirect(None, None, "900", None), "channel"),  # type: ignore[arg-type]
    (lambda: core.QueueAdd(None, "support"), "interface"),  # type: ignore[arg-type]
    (lambda: core.GetConfig(None), "filename"),  # type: ignore[arg-type]
    (lambda: core.SIPshowpeer(None), "peer"),  # type: ignore[arg-type]
    (lambda: core.Command(None), "command"),  # type: ignore[arg-type]
    (lambda: core.ExtensionState(None, "test"), "extension"),  # type: ignore[arg-type]
    (lambda: core.PlayDTMF(CH, None), "digit"),  # type: ignore[arg-type]
]

_COUNTER = re.compile(r"(Local/[^;\s]*-)[0-9a-f]{8}(;[12])")


def _mask(text: str) -> str:
    return _COUNTER.sub(r"\1X\2", text)


def _chunks(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def recorded_requests(path: Path) -> list[tuple[str, ...]]:
    """Each client message as its header lines, ActionID dropped, channel counters masked."""
    sent = "".join(str(c["data"]) for c in _chunks(path) if c.get("dir") == "c2s")
    out = []
    for block in sent.split("\r\n\r\n"):
        lines = [line for line in block.split("\r\n") if line]
        lines = [_mask(x) for x in lines if not x.lower().startswith("actionid:")]
        if lines:
            out.append(tuple(lines))
    return out


def ours(request: Request[Response]) -> tuple[str, ...]:
    raw = encode_message(request.action_name, None, request.headers()).decode()
    return tuple(_mask(line) for line in raw.split("\r\n") if line)


def _transcripts() -> list[Path]:
    return sorted(p for d in DIRS if d.is_dir() for p in d.glob("*.jsonl"))


def _cases(path: Path) -> list[Build]:
    only = ONLY_20.get(path.stem, []) if path.parent.name == "transcripts" else []
    return CASES.get(path.stem, []) + only


def _in_catalogue(message: tuple[str, ...]) -> bool:
    name = message[0].partition(": ")[2].lower()
    return message[0].startswith("Action: ") and name in ACTIONS_BY_NAME


def _lacks_required(message: tuple[str, ...]) -> bool:
    """Recorded on purpose without a header every class of the action requires."""
    keys = {line.partition(": ")[0].lower() for line in message[1:]}
    classes = ACTIONS_BY_NAME[message[0].partition(": ")[2].lower()]
    return all(any(f.required and f.key.lower() not in keys for f in cls.FIELDS) for cls in classes)


def _challenge(path: Path) -> str | None:
    replies = "".join(str(c["data"]) for c in _chunks(path) if c.get("dir") == "s2c")
    found = re.search(r"Challenge: (\d+)", replies)
    return found.group(1) if found else None


def _bridge_info(path: Path) -> list[Build]:
    """BridgeInfo names a bridge by the Uniqueid that run's BridgeList reported."""
    replies = "".join(str(c["data"]) for c in _chunks(path) if c.get("dir") == "c2s")
    found = re.search(r"Action: BridgeInfo\r\n(?:ActionID: \S+\r\n)?BridgeUniqueid: (\S+)", replies)
    return [lambda: core.BridgeInfo(found.group(1))] if found else []


def _md5_login(path: Path) -> list[Build]:
    """The MD5 login of login_md5.jsonl: its Key depends on that session's challenge."""
    challenge = _challenge(path) if path.stem == "login_md5" else None
    if challenge is None:
        return []
    return [lambda: core.Login("admin", "adminsecret", events=False, challenge=challenge)]


pytestmark = pytest.mark.skipif(not _transcripts(), reason="shared transcripts not present")


@pytest.mark.parametrize("path", _transcripts(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_case_matches_a_recorded_request(path: Path) -> None:
    recorded = recorded_requests(path)
    for build in _cases(path):
        message = ours(build())
        assert message in recorded, f"{message} not sent in {path.name}"


@pytest.mark.parametrize("path", _transcripts(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_recorded_catalogue_request_is_built_by_a_case(path: Path) -> None:
    extra = _md5_login(path) + _bridge_info(path)
    built = {ours(build()) for build in COMMON + _cases(path) + extra}
    for message in recorded_requests(path):
        if _in_catalogue(message) and not _lacks_required(message):
            assert message in built, f"{path.name}: no case builds {message}"


def test_login_with_challenge_sends_the_recorded_md5_key() -> None:
    for directory in DIRS:
        path = directory / "login_md5.jsonl"
        challenge = _challenge(path)
        assert challenge is not None
        recorded = recorded_requests(path)
        assert ours(core.Challenge()) in recorded
        login = core.Login("admin", "adminsecret", events=False, challenge=challenge)
        assert ours(login) in recorded
        assert ours(login)[1:3] == ("AuthType: MD5", "Username: admin")
        assert "Secret" not in dict(login.headers())


def test_sipping_sends_sipqualifypeer_where_the_recording_tried_sipping() -> None:
    recorded = recorded_requests(SHARED / "transcripts" / "removed_actions_20.jsonl")
    assert ("Action: SIPping", "Peer: selfpeer") in recorded  # unknown to every Asterisk
    ping = core.SIPping("selfpeer")
    assert ping.action_name == "SIPqualifypeer"
    assert ours(ping)[1:] == ("Peer: selfpeer",)


@pytest.mark.parametrize(("build", "field"), REFUSED)
def test_requests_recorded_without_a_required_field_are_refused(build: Build, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        build().headers()
    assert info.value.field == field
