"""The newcomer's three programs in examples/, against a real Asterisk (the same checks
as tests/test_newcomer_examples.py against the simulator)."""

from __future__ import annotations

from tests.asterisk_server import AsteriskServer
from tests.test_newcomer_examples import (
    click_to_call_answered,
    click_to_call_busy,
    inventory,
    wallboard,
)


def test_click_to_call_answered_and_busy(asterisk: AsteriskServer) -> None:
    click_to_call_answered(asterisk.host, asterisk.ami_port)
    click_to_call_busy(asterisk.host, asterisk.ami_port)


def test_inventory(asterisk: AsteriskServer) -> None:
    data = inventory(asterisk.host, asterisk.ami_port)
    assert str(data["asterisk"]).startswith(f"GIT-{asterisk.version}-")
    assert data["ami"] == asterisk.ami_version
    assert "pjsip_endpoints" in data
    endpoints = {item["ObjectName"] for item in data["pjsip_endpoints"]}  # type: ignore[attr-defined]
    assert {"pjself", "pjpeer"} <= endpoints
    assert ("sip_peers" in data) == (asterisk.version == "20")  # chan_sip left in 21
    queues = {item["Queue"] for item in data["queues"]}  # type: ignore[attr-defined]
    assert {"support", "sales"} <= queues


def test_wallboard(asterisk: AsteriskServer) -> None:
    # sales has no members: nothing answers the caller while the board watches.
    wallboard(asterisk.host, asterisk.ami_port, "sales", None)
