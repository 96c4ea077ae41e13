"""`ami gateway` against simulated PBXs and a RabbitMQ node of the test run's own."""

from __future__ import annotations

from pathlib import Path

from tests.gateway.broker import Broker
from tests.gateway.fleet import Consumer, GatewayProcess, RpcClient, SimFleet, wait_until


def assert_complete_in_order(consumer: Consumer, pbx: str, count: int, tag: str) -> None:
    got = [int(r["headers"]["N"]) for r in consumer.events(pbx, tag)]
    seqs = [r["seq"] for r in consumer.events(pbx)]
    assert got == list(range(1, count + 1)), f"{pbx}: {len(got)} of {count}"
    assert seqs == sorted(seqs)


def test_events_and_rpc_through_one_gateway(broker: Broker, tmp_path: Path) -> None:
    with SimFleet(5) as fleet, Consumer(broker.url) as consumer, RpcClient(broker.url) as rpc:
        gw = GatewayProcess(fleet.config(broker.url, "gw-a"), tmp_path, "gw-a").start()
        try:
            wait_until(lambda: len(consumer.of_type("owner")) == 5, 60, "5 PBXs held")
            reply = rpc.call("pbx000", "Ping")
            assert reply["ok"] and reply["response"]["Ping"] == "Pong", reply
            fleet.flood(200)
            wait_until(
                lambda: all(len(consumer.events(f"pbx{k:03d}", "flood")) >= 200 for k in range(5)),
                60,
                "all events",
            )
            for k in range(5):
                assert_complete_in_order(consumer, f"pbx{k:03d}", 200, "flood")
            rec = consumer.events("pbx001", "flood")[0]
            assert rec["class"] == "UserEvent" and rec["tags"] == ["test"]
            assert rec["headers"]["Privilege"] == "user,all"
            assert "adminsecret" not in gw.text()
        finally:
            gw.stop()
