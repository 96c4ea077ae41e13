"""The simulator's behaviour that follows from the dialplan, channel and queue state (the
flows the differential corpus compares with the real servers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ami_runtime.simulator import Simulator
from ami_runtime.simulator.actions import registry

from tests.test_simulator import Client


@pytest.fixture
def admin() -> Iterator[Client]:
    with Simulator.running_in_thread(auth_fail_delay=0.05) as sim:
        client = Client(sim)
        client.login(events="on")
        client.quiet(0.2)
        yield client
        client.close()


@pytest.mark.parametrize("version", ["20", "22", "23"])
def test_every_listed_action_is_implemented(version: str) -> None:
    missing = [spec.name for spec in registry(version).values() if spec.handler is None]
    assert missing == []


def _events(client: Client, until: str, **match: str) -> list[dict[str, str]]:
    seen = []
    for _ in range(400):
        msg = client.read(10)
        event = {k: v for k, v in msg.pairs}
        seen.append(event)
        if event.get("Event") == until and all(event.get(k) == v for k, v in match.items()):
            return seen
    raise AssertionError(f"no {until} {match}")


def _until_all(client: Client, wanted: list[tuple[str, dict[str, str]]]) -> list[dict[str, str]]:
    """Events until each (name, headers) of ``wanted`` has been seen, in any order."""
    seen: list[dict[str, str]] = []
    left = list(wanted)
    for _ in range(400):
        msg = client.read(10)
        event = {k: v for k, v in msg.pairs}
        seen.append(event)
        left = [
            (name, match) for name, match in left
            if not (event.get("Event") == name and all(event.get(k) == v for k, v in match.items()))
        ]  # fmt: skip
        if not left:
            return seen
    raise AssertionError(f"never saw {left}")


def test_busy_callee_runs_h_extension_and_reports_busy(admin: Client) -> None:
    admin.send("Originate", Channel="Local/999@test", Application="Wait", Data="1",
               Async="true", ActionID="o1")  # fmt: skip
    events = _until_all(admin, [("OriginateResponse", {}), ("Hangup", {"Exten": "h"})])
    names = [(e.get("Event"), e.get("Exten")) for e in events]
    assert ("Newexten", "h") in names
    dial_end = next(e for e in events if e.get("Event") == "DialEnd")
    assert dial_end["DialStatus"] == "BUSY"
    response = next(e for e in events if e.get("Event") == "OriginateResponse")
    assert (response["Response"], response["Reason"]) == ("Failure", "0")
    hangup = next(e for e in events if e.get("Event") == "Hangup" and e.get("Exten") == "h")
    assert (hangup["Cause"], hangup["Priority"]) == ("17", "2")


def test_pjsip_originate_gives_two_channels(admin: Client) -> None:
    admin.send("Originate", Channel="PJSIP/200@pjself", Application="Wait", Data="300")
    events = _events(admin, "Newexten", Application="Echo")
    channels = [e["Channel"] for e in events if e.get("Event") == "Newchannel"]
    assert [c.split("-")[0] for c in channels] == ["PJSIP/pjself", "PJSIP/pjpeer"]
    inbound = next(e for e in events if e.get("Event") == "Newchannel" and "pjpeer" in e["Channel"])
    assert (inbound["CallerIDNum"], inbound["Exten"], inbound["Context"]) == ("2002", "200", "test")
    assert any(e.get("Variable") == "SIPDOMAIN" for e in events)


def test_queue_member_answers_and_caller_is_bridged(admin: Client) -> None:
    admin.send("Originate", Channel="Local/500@test", Application="Wait", Data="300")
    events = _events(admin, "AgentConnect")
    called = next(e for e in events if e.get("Event") == "AgentCalled")
    assert (called["Queue"], called["MemberName"]) == ("support", "Static Member")
    assert called["DestChannel"].startswith("Local/100@test-")
    assert any(e.get("Event") == "QueueCallerJoin" for e in events)
    leave = next(e for e in events if e.get("Event") == "QueueCallerLeave")
    assert leave["Count"] == "0"
    admin.send("Hangup", Channel=called["Channel"].replace(";2", ";1"))
    done = _events(admin, "AgentComplete")[-1]
    assert done["Reason"] == "caller"


def test_queue_timeout_abandons_with_status(admin: Client) -> None:
    admin.action("DialplanExtensionAdd", Context="test", Extension="7150", Priority="1",
                 Application="Queue", ApplicationData="sales,,,,1")  # fmt: skip
    admin.send("Originate", Channel="Local/7150@test", Application="Wait", Data="300",
               Async="true")  # fmt: skip
    events = _events(admin, "VarSet", Variable="QUEUESTATUS")
    assert events[-1]["Value"] == "TIMEOUT"
    assert any(e.get("Event") == "QueueCallerAbandon" for e in events)


def test_bridge_kick_sends_both_back_to_the_dialplan(admin: Client) -> None:
    for _ in range(2):
        admin.send("Originate", Channel="Local/101@test", Application="Wait", Data="300")
        _events(admin, "Newexten", Application="Wait", AppData="300")
    admin.send("Bridge", Channel1="Local/101@test-00000000;2", Channel2="Local/101@test-00000001;2")
    peers = _events(admin, "VarSet", Variable="BRIDGEPEER", Channel="Local/101@test-00000001;2")
    assert peers[-1]["Value"] == "Local/101@test-00000000;2"
    admin.send("BridgeKick", Channel="Local/101@test-00000000;2")
    events = _events(admin, "BridgeDestroy")
    events += _events(admin, "Newexten", Channel="Local/101@test-00000001;2", Application="Hangup")
    assert [e["Channel"] for e in events if e.get("Event") == "BridgeLeave"] == [
        "Local/101@test-00000000;2", "Local/101@test-00000001;2",
    ]  # fmt: skip
