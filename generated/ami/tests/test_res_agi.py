# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.res_agi``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_agi_sends_the_expected_bytes() -> None:
    req = core.AGI("Local/300@test-00000017;2", "EXEC NoOp hello-from-ami", command_id="agi-cmd-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: AGI\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/300@test-00000017;2\r\n"
        b"Command: EXEC NoOp hello-from-ami\r\n"
        b"CommandID: agi-cmd-1\r\n"
        b"\r\n"
    )


def test_agi_refuses_missing_channel() -> None:
    req = core.AGI(None, "EXEC NoOp hello-from-ami", command_id="agi-cmd-1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_agi_refuses_missing_command() -> None:
    req = core.AGI("Local/300@test-00000017;2", None, command_id="agi-cmd-1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "command"


def test_agi_applies_defaults() -> None:
    req = core.AGI("Local/300@test-00000017;2", "EXEC NoOp hello-from-ami")
    assert req.command_id is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "CommandID" not in sent


def test_agi_refuses_control_characters() -> None:
    req = core.AGI(
        "Local/300@test-00000017;2\r\nAction: Logoff",
        "EXEC NoOp hello-from-ami",
        command_id="agi-cmd-1",
    )
    with pytest.raises(InvalidInput):
        req.headers()
