"""`ami gateway` end to end against a real Asterisk 22 over TLS (skipped without
shared/asterisk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.asterisk_server import asterisk_dir, running
from tests.gateway.broker import Broker
from tests.gateway.fleet import Consumer, GatewayProcess, RpcClient, wait_until

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(asterisk_dir() is None, reason="no shared/asterisk/ on this machine"),
]


def test_a_real_asterisk_through_the_gateway(broker: Broker, tmp_path: Path) -> None:
    with (
        running("22") as server,
        Consumer(broker.url, "ast22.#") as consumer,
        RpcClient(broker.url) as rpc,
    ):
        (tmp_path / "ast22.secret").write_text("adminsecret\n")
        config = (
            f"[gateway]\nname = gw-live\nbroker = {broker.url}\n"
            "[role:ops]\nusers = guest\nallow = UserEvent\n"
            # Over AMI's TLS port, verified against the run's own certificate.
            f"[pbx:ast22]\nhost = {server.host}\nport = {server.tls_port}\n"
            f"tls = yes\ncafile = {server.cafile}\n"
            "username = admin\nsecret_file = ast22.secret\ntags = live\n"
        )
        gw = GatewayProcess(config, tmp_path, "gw-live").start()
        try:
            wait_until(lambda: bool(consumer.of_type("owner")), 60, "ast22 held")
            status = rpc.call("ast22", "CoreStatus")
            assert status["ok"] and status["response"]["CoreCurrentCalls"] == "0", status
            refused = rpc.call(
                "ast22", "Originate", {"Channel": "Local/1@default", "Application": "Wait"}
            )
            assert refused["ok"] is False and refused["error"]["type"] == "Refused"
            sent = rpc.call(
                "ast22", "UserEvent", {"UserEvent": "GatewayLive", "Header1": "k: v"}, user="guest"
            )
            assert sent["ok"], sent
            wait_until(
                lambda: any(r["event"] == "UserEvent" for r in consumer.events("ast22")),
                30,
                "the UserEvent",
            )
            record = next(r for r in consumer.events("ast22") if r["event"] == "UserEvent")
            assert record["headers"]["UserEvent"] == "GatewayLive"
            assert record["class"] == "UserEvent" and record["tags"] == ["live"]
            assert "adminsecret" not in gw.text()
        finally:
            gw.stop()
