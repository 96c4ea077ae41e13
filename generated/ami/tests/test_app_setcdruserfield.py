# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.app_setcdruserfield``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_setcdruserfield_sends_the_expected_bytes() -> None:
    req = core.SetCDRUserField("channel-1", "user_field-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SetCDRUserField\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: channel-1\r\n"
        b"UserField: user_field-1\r\n"
        b"\r\n"
    )


def test_setcdruserfield_refuses_missing_channel() -> None:
    req = core.SetCDRUserField(None, "user_field-1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_setcdruserfield_refuses_missing_user_field() -> None:
    req = core.SetCDRUserField("channel-1", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "user_field"


def test_setcdruserfield_applies_defaults() -> None:
    req = core.SetCDRUserField("channel-1", "user_field-1")
    assert req.append is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Append" not in sent


def test_setcdruserfield_refuses_control_characters() -> None:
    req = core.SetCDRUserField("channel-1\r\nAction: Logoff", "user_field-1")
    with pytest.raises(InvalidInput):
        req.headers()
