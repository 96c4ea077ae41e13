# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.demo_dial``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_dial_sends_the_expected_bytes() -> None:
    req = core.Dial("PJSIP/100", variables={"A": "1", "B": "x,y"}, timeout=3000)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Dial\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: PJSIP/100\r\n"
        b"Timeout: 3000\r\n"
        b"Async: true\r\n"
        b"Variable: A=1\r\n"
        b"Variable: B=x\\,y\r\n"
        b"\r\n"
    )


def test_dial_refuses_missing_channel() -> None:
    req = core.Dial(None, variables={"A": "1", "B": "x,y"}, timeout=3000)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_dial_applies_defaults() -> None:
    req = core.Dial("PJSIP/100")
    assert req.async_ is True
    assert req.variables is None
    assert req.timeout is None
    pairs = req.headers()
    assert ("Async", "true") in pairs
    sent = {key for key, _ in pairs}
    assert "Timeout" not in sent
    assert "Variable" not in sent


def test_dial_refuses_control_characters() -> None:
    req = core.Dial("PJSIP/100\r\nAction: Logoff", variables={"A": "1", "B": "x,y"}, timeout=3000)
    with pytest.raises(InvalidInput):
        req.headers()
