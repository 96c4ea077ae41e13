# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.chan_sip``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_sipnotify_sends_the_expected_bytes() -> None:
    req = core.SIPnotify("selfpeer", headers={"Event": "check-sync"})
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SIPnotify\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: selfpeer\r\n"
        b"Variable: Event=check-sync\r\n"
        b"\r\n"
    )


def test_sipnotify_refuses_missing_channel() -> None:
    req = core.SIPnotify(None, headers={"Event": "check-sync"})
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_sipnotify_applies_defaults() -> None:
    req = core.SIPnotify("selfpeer")
    assert req.headers_ is None
    assert req.call_id is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Variable" not in sent
    assert "Call-ID" not in sent


def test_sipnotify_refuses_control_characters() -> None:
    req = core.SIPnotify("selfpeer\r\nAction: Logoff", headers={"Event": "check-sync"})
    with pytest.raises(InvalidInput):
        req.headers()


def test_sippeers_sends_the_expected_bytes() -> None:
    req = core.SIPpeers()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SIPpeers\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_sipping_sends_the_expected_bytes() -> None:
    req = core.SIPping("selfpeer")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SIPqualifypeer\r\n" b"ActionID: test-1\r\n" b"Peer: selfpeer\r\n" b"\r\n"
    )


def test_sipping_refuses_missing_peer() -> None:
    req = core.SIPping(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "peer"


def test_sipping_refuses_control_characters() -> None:
    req = core.SIPping("selfpeer\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_sipqualify_sends_the_expected_bytes() -> None:
    req = core.SIPqualify("selfpeer")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SIPqualifypeer\r\n" b"ActionID: test-1\r\n" b"Peer: selfpeer\r\n" b"\r\n"
    )


def test_sipqualify_refuses_missing_peer() -> None:
    req = core.SIPqualify(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "peer"


def test_sipqualify_refuses_control_characters() -> None:
    req = core.SIPqualify("selfpeer\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_sipshowpeer_sends_the_expected_bytes() -> None:
    req = core.SIPshowpeer("peer1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SIPshowpeer\r\n" b"ActionID: test-1\r\n" b"Peer: peer1\r\n" b"\r\n"
    )


def test_sipshowpeer_refuses_missing_peer() -> None:
    req = core.SIPshowpeer(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "peer"


def test_sipshowpeer_refuses_control_characters() -> None:
    req = core.SIPshowpeer("peer1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_sipshowregistry_sends_the_expected_bytes() -> None:
    req = core.SIPshowregistry()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SIPshowregistry\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )
