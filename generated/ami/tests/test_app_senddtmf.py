# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.app_senddtmf``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_playdtmf_sends_the_expected_bytes() -> None:
    req = core.PlayDTMF("Local/101@test-00000016;1", "#", duration=250, receive=False)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: PlayDTMF\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-00000016;1\r\n"
        b"Digit: #\r\n"
        b"Duration: 250\r\n"
        b"Receive: false\r\n"
        b"\r\n"
    )


def test_playdtmf_refuses_missing_channel() -> None:
    req = core.PlayDTMF(None, "#", duration=250, receive=False)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_playdtmf_refuses_missing_digit() -> None:
    req = core.PlayDTMF("Local/101@test-00000016;1", None, duration=250, receive=False)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "digit"


def test_playdtmf_applies_defaults() -> None:
    req = core.PlayDTMF("Local/101@test-00000016;1", "#")
    assert req.duration is None
    assert req.receive is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Duration" not in sent
    assert "Receive" not in sent


def test_playdtmf_refuses_control_characters() -> None:
    req = core.PlayDTMF(
        "Local/101@test-00000016;1\r\nAction: Logoff", "#", duration=250, receive=False
    )
    with pytest.raises(InvalidInput):
        req.headers()
