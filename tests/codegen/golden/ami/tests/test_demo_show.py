# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.demo_show``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_shout_sends_the_expected_bytes() -> None:
    req = core.Shout(Name="Hello", **{"X-Extra": "1"})
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Shout\r\n" b"ActionID: test-1\r\n" b"Name: Hello\r\n" b"X-Extra: 1\r\n" b"\r\n"
    )


def test_shout_refuses_missing_name() -> None:
    req = core.Shout(name=None, **{"X-Extra": "1"})
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "name"


def test_shout_refuses_control_characters() -> None:
    req = core.Shout(Name="Hello\r\nAction: Logoff", **{"X-Extra": "1"})
    with pytest.raises(InvalidInput):
        req.headers()


def test_showthings_sends_the_expected_bytes() -> None:
    req = core.ShowThings()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ShowThings\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_showthings_applies_defaults() -> None:
    req = core.ShowThings()
    assert req.filter is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Filter" not in sent
