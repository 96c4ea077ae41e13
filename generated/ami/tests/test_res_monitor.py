# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.res_monitor``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_changemonitor_sends_the_expected_bytes() -> None:
    req = core.ChangeMonitor("channel-1", "filename-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ChangeMonitor\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: channel-1\r\n"
        b"File: filename-1\r\n"
        b"\r\n"
    )


def test_changemonitor_refuses_missing_channel() -> None:
    req = core.ChangeMonitor(None, "filename-1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_changemonitor_refuses_missing_filename() -> None:
    req = core.ChangeMonitor("channel-1", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "filename"


def test_changemonitor_refuses_control_characters() -> None:
    req = core.ChangeMonitor("channel-1\r\nAction: Logoff", "filename-1")
    with pytest.raises(InvalidInput):
        req.headers()


def test_monitor_sends_the_expected_bytes() -> None:
    req = core.Monitor("Local/101@test-00000013;1", "amitest-monitor")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Monitor\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-00000013;1\r\n"
        b"File: amitest-monitor\r\n"
        b"Format: wav\r\n"
        b"Mix: true\r\n"
        b"\r\n"
    )


def test_monitor_refuses_missing_channel() -> None:
    req = core.Monitor(None, "amitest-monitor")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_monitor_applies_defaults() -> None:
    req = core.Monitor("Local/101@test-00000013;1")
    assert req.filename is None
    assert req.format == "wav"
    assert req.mix is True
    pairs = req.headers()
    assert ("Format", "wav") in pairs
    assert ("Mix", "true") in pairs
    sent = {key for key, _ in pairs}
    assert "File" not in sent


def test_monitor_refuses_control_characters() -> None:
    req = core.Monitor("Local/101@test-00000013;1\r\nAction: Logoff", "amitest-monitor")
    with pytest.raises(InvalidInput):
        req.headers()


def test_pausemonitor_sends_the_expected_bytes() -> None:
    req = core.PauseMonitor("channel-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: PauseMonitor\r\n" b"ActionID: test-1\r\n" b"Channel: channel-1\r\n" b"\r\n"
    )


def test_pausemonitor_refuses_missing_channel() -> None:
    req = core.PauseMonitor(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_pausemonitor_refuses_control_characters() -> None:
    req = core.PauseMonitor("channel-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_stopmonitor_sends_the_expected_bytes() -> None:
    req = core.StopMonitor("channel-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: StopMonitor\r\n" b"ActionID: test-1\r\n" b"Channel: channel-1\r\n" b"\r\n"
    )


def test_stopmonitor_refuses_missing_channel() -> None:
    req = core.StopMonitor(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_stopmonitor_refuses_control_characters() -> None:
    req = core.StopMonitor("channel-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_unpausemonitor_sends_the_expected_bytes() -> None:
    req = core.UnpauseMonitor("channel-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: UnpauseMonitor\r\n" b"ActionID: test-1\r\n" b"Channel: channel-1\r\n" b"\r\n"
    )


def test_unpausemonitor_refuses_missing_channel() -> None:
    req = core.UnpauseMonitor(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_unpausemonitor_refuses_control_characters() -> None:
    req = core.UnpauseMonitor("channel-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()
