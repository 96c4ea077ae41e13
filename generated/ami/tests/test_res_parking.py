# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.res_parking``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_park_sends_the_expected_bytes() -> None:
    req = core.Park("channel-1", "channel_callback-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Park\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: channel-1\r\n"
        b"TimeoutChannel: channel_callback-1\r\n"
        b"\r\n"
    )


def test_park_refuses_missing_channel() -> None:
    req = core.Park(None, "channel_callback-1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_park_refuses_missing_channel_callback() -> None:
    req = core.Park("channel-1", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel_callback"


def test_park_applies_defaults() -> None:
    req = core.Park("channel-1", "channel_callback-1")
    assert req.timeout is None
    assert req.announce_channel is None
    assert req.parkinglot is None
    assert req.parking_space is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Timeout" not in sent
    assert "AnnounceChannel" not in sent
    assert "Parkinglot" not in sent
    assert "ParkingSpace" not in sent


def test_park_refuses_control_characters() -> None:
    req = core.Park("channel-1\r\nAction: Logoff", "channel_callback-1")
    with pytest.raises(InvalidInput):
        req.headers()


def test_parkedcalls_sends_the_expected_bytes() -> None:
    req = core.ParkedCalls()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ParkedCalls\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_parkedcalls_applies_defaults() -> None:
    req = core.ParkedCalls()
    assert req.parking_lot is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "ParkingLot" not in sent
