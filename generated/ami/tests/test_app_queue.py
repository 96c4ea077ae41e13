# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.app_queue``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_queueadd_sends_the_expected_bytes() -> None:
    req = core.QueueAdd(
        "Local/2001@test/n",
        "support",
        membername="Agent 2001",
        penalty=1,
        state_interface="Custom:agent2001",
    )
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueueAdd\r\n"
        b"ActionID: test-1\r\n"
        b"Queue: support\r\n"
        b"Interface: Local/2001@test/n\r\n"
        b"Penalty: 1\r\n"
        b"Paused: no\r\n"
        b"MemberName: Agent 2001\r\n"
        b"StateInterface: Custom:agent2001\r\n"
        b"\r\n"
    )


def test_queueadd_refuses_missing_interface() -> None:
    req = core.QueueAdd(
        None, "support", membername="Agent 2001", penalty=1, state_interface="Custom:agent2001"
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "interface"


def test_queueadd_refuses_missing_queue() -> None:
    req = core.QueueAdd(
        "Local/2001@test/n",
        None,
        membername="Agent 2001",
        penalty=1,
        state_interface="Custom:agent2001",
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "queue"


def test_queueadd_applies_defaults() -> None:
    req = core.QueueAdd("Local/2001@test/n", "support")
    assert req.membername is None
    assert req.penalty == 0
    assert req.paused is False
    assert req.reason is None
    assert req.state_interface is None
    assert req.wrapuptime is None
    pairs = req.headers()
    assert ("Penalty", "0") in pairs
    assert ("Paused", "no") in pairs
    sent = {key for key, _ in pairs}
    assert "Reason" not in sent
    assert "MemberName" not in sent
    assert "StateInterface" not in sent
    assert "Wrapuptime" not in sent


def test_queueadd_refuses_control_characters() -> None:
    req = core.QueueAdd(
        "Local/2001@test/n\r\nAction: Logoff",
        "support",
        membername="Agent 2001",
        penalty=1,
        state_interface="Custom:agent2001",
    )
    with pytest.raises(InvalidInput):
        req.headers()


def test_queuelog_sends_the_expected_bytes() -> None:
    req = core.QueueLog("support", "AMITEST", "Local/2001@test/n", "1234.5", "hello|world")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueueLog\r\n"
        b"ActionID: test-1\r\n"
        b"Queue: support\r\n"
        b"Event: AMITEST\r\n"
        b"Uniqueid: 1234.5\r\n"
        b"Interface: Local/2001@test/n\r\n"
        b"Message: hello|world\r\n"
        b"\r\n"
    )


def test_queuelog_refuses_missing_queue() -> None:
    req = core.QueueLog(None, "AMITEST", "Local/2001@test/n", "1234.5", "hello|world")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "queue"


def test_queuelog_refuses_missing_event() -> None:
    req = core.QueueLog("support", None, "Local/2001@test/n", "1234.5", "hello|world")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "event"


def test_queuelog_applies_defaults() -> None:
    req = core.QueueLog("support", "AMITEST")
    assert req.interface is None
    assert req.uniqueid is None
    assert req.message is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Uniqueid" not in sent
    assert "Interface" not in sent
    assert "Message" not in sent


def test_queuelog_refuses_control_characters() -> None:
    req = core.QueueLog(
        "support\r\nAction: Logoff", "AMITEST", "Local/2001@test/n", "1234.5", "hello|world"
    )
    with pytest.raises(InvalidInput):
        req.headers()


def test_queuepause_sends_the_expected_bytes() -> None:
    req = core.QueuePause("Local/2001@test/n", True, "support", reason="lunch")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueuePause\r\n"
        b"ActionID: test-1\r\n"
        b"Queue: support\r\n"
        b"Interface: Local/2001@test/n\r\n"
        b"Paused: true\r\n"
        b"Reason: lunch\r\n"
        b"\r\n"
    )


def test_queuepause_refuses_missing_interface() -> None:
    req = core.QueuePause(None, True, "support", reason="lunch")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "interface"


def test_queuepause_refuses_missing_paused() -> None:
    req = core.QueuePause("Local/2001@test/n", None, "support", reason="lunch")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "paused"


def test_queuepause_applies_defaults() -> None:
    req = core.QueuePause("Local/2001@test/n", True)
    assert req.queue is None
    assert req.reason is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Queue" not in sent
    assert "Reason" not in sent


def test_queuepause_refuses_control_characters() -> None:
    req = core.QueuePause("Local/2001@test/n\r\nAction: Logoff", True, "support", reason="lunch")
    with pytest.raises(InvalidInput):
        req.headers()


def test_queuepenalty_sends_the_expected_bytes() -> None:
    req = core.QueuePenalty("Local/2001@test/n", 5, "support")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueuePenalty\r\n"
        b"ActionID: test-1\r\n"
        b"Interface: Local/2001@test/n\r\n"
        b"Penalty: 5\r\n"
        b"Queue: support\r\n"
        b"\r\n"
    )


def test_queuepenalty_refuses_missing_interface() -> None:
    req = core.QueuePenalty(None, 5, "support")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "interface"


def test_queuepenalty_refuses_missing_penalty() -> None:
    req = core.QueuePenalty("Local/2001@test/n", None, "support")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "penalty"


def test_queuepenalty_applies_defaults() -> None:
    req = core.QueuePenalty("Local/2001@test/n", 5)
    assert req.queue is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Queue" not in sent


def test_queuepenalty_refuses_control_characters() -> None:
    req = core.QueuePenalty("Local/2001@test/n\r\nAction: Logoff", 5, "support")
    with pytest.raises(InvalidInput):
        req.headers()


def test_queuereload_sends_the_expected_bytes() -> None:
    req = core.QueueReload("support", rules=False)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueueReload\r\n"
        b"ActionID: test-1\r\n"
        b"Queue: support\r\n"
        b"Members: yes\r\n"
        b"Rules: no\r\n"
        b"Parameters: yes\r\n"
        b"\r\n"
    )


def test_queuereload_applies_defaults() -> None:
    req = core.QueueReload()
    assert req.queue is None
    assert req.members == "yes"
    assert req.rules == "yes"
    assert req.parameters == "yes"
    pairs = req.headers()
    assert ("Members", "yes") in pairs
    assert ("Rules", "yes") in pairs
    assert ("Parameters", "yes") in pairs
    sent = {key for key, _ in pairs}
    assert "Queue" not in sent


def test_queuereload_refuses_control_characters() -> None:
    req = core.QueueReload("support\r\nAction: Logoff", rules=False)
    with pytest.raises(InvalidInput):
        req.headers()


def test_queueremove_sends_the_expected_bytes() -> None:
    req = core.QueueRemove("Local/2001@test/n", "support")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueueRemove\r\n"
        b"ActionID: test-1\r\n"
        b"Queue: support\r\n"
        b"Interface: Local/2001@test/n\r\n"
        b"\r\n"
    )


def test_queueremove_refuses_missing_interface() -> None:
    req = core.QueueRemove(None, "support")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "interface"


def test_queueremove_refuses_missing_queue() -> None:
    req = core.QueueRemove("Local/2001@test/n", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "queue"


def test_queueremove_refuses_control_characters() -> None:
    req = core.QueueRemove("Local/2001@test/n\r\nAction: Logoff", "support")
    with pytest.raises(InvalidInput):
        req.headers()


def test_queuestatus_sends_the_expected_bytes() -> None:
    req = core.QueueStatus("support", member="Local/2001@test/n")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueueStatus\r\n"
        b"ActionID: test-1\r\n"
        b"Queue: support\r\n"
        b"Member: Local/2001@test/n\r\n"
        b"\r\n"
    )


def test_queuestatus_applies_defaults() -> None:
    req = core.QueueStatus()
    assert req.queue is None
    assert req.member is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Queue" not in sent
    assert "Member" not in sent


def test_queuestatus_refuses_control_characters() -> None:
    req = core.QueueStatus("support\r\nAction: Logoff", member="Local/2001@test/n")
    with pytest.raises(InvalidInput):
        req.headers()


def test_queuesummary_sends_the_expected_bytes() -> None:
    req = core.QueueSummary()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: QueueSummary\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_queuesummary_applies_defaults() -> None:
    req = core.QueueSummary()
    assert req.queue is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Queue" not in sent
