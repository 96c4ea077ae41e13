# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.res_mutestream``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_muteaudio_sends_the_expected_bytes() -> None:
    req = core.MuteAudio("Local/101@test-00000015;1", input=True, output=True, muted=True)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: MuteAudio\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-00000015;1\r\n"
        b"Direction: all\r\n"
        b"State: on\r\n"
        b"\r\n"
    )


def test_muteaudio_refuses_missing_channel() -> None:
    req = core.MuteAudio(None, input=True, output=True, muted=True)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_muteaudio_applies_defaults() -> None:
    req = core.MuteAudio("Local/101@test-00000015;1")
    assert req.input is False
    assert req.output is False
    assert req.muted is False
    assert req.direction is None


def test_muteaudio_refuses_control_characters() -> None:
    req = core.MuteAudio(
        "Local/101@test-00000015;1\r\nAction: Logoff", input=True, output=True, muted=True
    )
    with pytest.raises(InvalidInput):
        req.headers()
