# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.app_mixmonitor``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_mixmonitormute_sends_the_expected_bytes() -> None:
    req = core.MixMonitorMute("Local/101@test-00000014;1", "both", True)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: MixMonitorMute\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-00000014;1\r\n"
        b"Direction: both\r\n"
        b"State: 1\r\n"
        b"\r\n"
    )


def test_mixmonitormute_refuses_missing_channel() -> None:
    req = core.MixMonitorMute(None, "both", True)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_mixmonitormute_refuses_missing_direction() -> None:
    req = core.MixMonitorMute("Local/101@test-00000014;1", None, True)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "direction"


def test_mixmonitormute_refuses_missing_mute() -> None:
    req = core.MixMonitorMute("Local/101@test-00000014;1", "both", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "mute"


def test_mixmonitormute_refuses_control_characters() -> None:
    req = core.MixMonitorMute("Local/101@test-00000014;1\r\nAction: Logoff", "both", True)
    with pytest.raises(InvalidInput):
        req.headers()
