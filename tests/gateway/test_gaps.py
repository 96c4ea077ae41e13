"""Every way the gateway can lose an event is counted and reported as a gap record.

Three places can drop an event between a PBX and the broker: the gateway's bounded
buffer (the broker is away and the buffer is full), the AMI client's own event queue
(its callbacks fell behind), and a reconnect to the PBX (events raised while the link
was down were never seen).  The first two are counted and published as gap records
naming the exact sequence numbers; the third is marked by the AmiDisconnected and
AmiReconnected records.  These tests need no broker: the buffer (:class:`Outbox`) is
checked directly, and a :class:`PbxLink` runs in-process against a simulator.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from ami import core
from ami_runtime.gateway.config import PbxConfig
from ami_runtime.gateway.outbox import Outbox
from ami_runtime.gateway.service import PbxLink
from ami_runtime.simulator import Simulator
from ami_runtime.simulator.events import SimEvent
from ami_runtime.simulator.privileges import CLASSES

from tests.gateway.test_gateway import validate


def records(outbox: Outbox) -> list[dict[str, Any]]:
    """What the buffer holds, oldest first, decoded."""
    return [json.loads(body) for _, body in outbox.peek(0, len(outbox))]


def gaps(outbox: Outbox) -> list[tuple[int, int, int, str]]:
    return [
        (r["first_seq"], r["last_seq"], r["count"], r["reason"])
        for r in records(outbox)
        if r["type"] == "gap"
    ]


def put(outbox: Outbox, seq: int, pbx: str = "a", epoch: str = "E") -> bool:
    body = json.dumps({"type": "event", "pbx": pbx, "epoch": epoch, "seq": seq}).encode()
    return outbox.put(pbx, epoch, seq, f"{pbx}.UserEvent", body)


# -- the gateway's buffer ------------------------------------------------------------


def test_a_full_buffer_drops_new_events_and_names_them_in_one_gap_record() -> None:
    outbox = Outbox(3)
    assert [put(outbox, s) for s in range(1, 7)] == [True] * 3 + [False] * 3
    assert outbox.dropped == 3 and gaps(outbox) == []  # still open: more may follow
    outbox.done(3)  # the broker is back and confirmed the three it held
    (gap,) = records(outbox)
    assert (gap["first_seq"], gap["last_seq"], gap["count"]) == (4, 6, 3)
    assert gap["reason"] == "buffer overflow" and gap["epoch"] == "E" and gap["seq"] == 6
    assert gap["pbx"] == "a" and outbox.gaps == 1
    validate("gateway-events.schema.json", "gap", gap)
    assert put(outbox, 7)
    assert [r["seq"] for r in records(outbox)] == [6, 7]  # the gap first, then what follows


def test_the_gap_record_comes_before_the_pbxs_next_event_once_there_is_room() -> None:
    outbox = Outbox(3)
    put(outbox, 1), put(outbox, 2), put(outbox, 3)
    assert not put(outbox, 4)
    outbox.done(1)  # room for one record, not for the gap record and an event...
    assert not put(outbox, 5) and gaps(outbox) == []  # ...so the gap stays open
    outbox.done(1)
    assert put(outbox, 6)  # now both fit: the gap record goes first
    kinds = [(r["type"], r["seq"]) for r in records(outbox)]
    assert kinds == [("event", 3), ("gap", 5), ("event", 6)]
    assert gaps(outbox) == [(4, 5, 2, "buffer overflow")]


def test_a_quiet_pbxs_gap_is_closed_when_the_buffer_has_room() -> None:
    outbox = Outbox(2)
    put(outbox, 1), put(outbox, 2), put(outbox, 3)
    outbox.done(1)  # not empty yet; nothing else from this PBX will come
    asyncio.run(asyncio.wait_for(outbox.idle(), 5))  # what the publisher does when idle
    assert gaps(outbox) == [(3, 3, 1, "buffer overflow")]


def test_gaps_are_kept_per_pbx_and_per_epoch() -> None:
    outbox = Outbox(1)
    put(outbox, 1)
    assert not put(outbox, 2) and not put(outbox, 1, pbx="b", epoch="B")
    assert not put(outbox, 3)
    # The PBX is held again (a new epoch) while the buffer is still full: the old
    # epoch's gap is closed, the new one opens with the new epoch's numbers.
    assert not put(outbox, 1, epoch="F")
    assert [(r["pbx"], r["epoch"], r["first_seq"], r["last_seq"]) for r in records(outbox)[1:]] == [
        ("a", "E", 2, 3)
    ]
    outbox.done(len(outbox))  # all confirmed: every open gap closes
    found = {(r["pbx"], r["epoch"], r["first_seq"], r["last_seq"]) for r in records(outbox)}
    assert found == {("a", "F", 1, 1), ("b", "B", 1, 1)}
    assert outbox.dropped == 4 and outbox.gaps == 3


def test_stopping_a_pbx_closes_its_gap_even_with_the_buffer_full() -> None:
    outbox = Outbox(1)
    put(outbox, 1)
    assert not put(outbox, 2) and not put(outbox, 3)
    outbox.close_gap("a")  # what stopping the PBX's link does: its epoch ends here
    assert gaps(outbox) == [(2, 3, 2, "buffer overflow")]


def test_a_client_queue_gap_never_overlaps_the_buffers_own() -> None:
    outbox = Outbox(1)
    put(outbox, 1)
    assert not put(outbox, 2) and not put(outbox, 3)
    outbox.report_gap("a", "E", 4, 6, "client queue overflow")
    assert not put(outbox, 7)
    outbox.close_gap("a")
    assert gaps(outbox) == [
        (2, 3, 2, "buffer overflow"),
        (4, 6, 3, "client queue overflow"),
        (7, 7, 1, "buffer overflow"),
    ]
    assert outbox.dropped == 6 and outbox.gaps == 3


# -- a PBX link in-process -------------------------------------------------------------


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator.running_in_thread(auth_fail_delay=0.05) as server:
        yield server


def fake_gateway(capacity: int) -> Any:
    """What a PbxLink uses of its gateway: a name, the buffer and the keepalive."""
    return SimpleNamespace(
        name="gw-t", outbox=Outbox(capacity), config=SimpleNamespace(keepalive=None)
    )


def pbx(sim: Simulator) -> PbxConfig:
    return PbxConfig("p1", sim.host, sim.port, "admin", "adminsecret")


def emit(sim: Simulator, tag: str, n: int = 0) -> None:
    """A UserEvent raised on the simulator's own loop."""
    event = SimEvent("UserEvent", CLASSES["user"], (("UserEvent", tag), ("N", str(n))))
    sim._loop.call_soon_threadsafe(sim.state.emit, event)  # type: ignore[union-attr]


async def until(cond: Callable[[], bool], what: str, timeout: float = 20) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not cond():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def user_events(outbox: Outbox, tag: str) -> list[dict[str, Any]]:
    return [
        r for r in records(outbox) if r["type"] == "event" and r["headers"].get("UserEvent") == tag
    ]


def assert_every_seq_accounted_for(outbox: Outbox) -> None:
    """In the epoch, each seq from 1 up is an event or inside exactly one gap record."""
    seen: list[int] = []
    for r in records(outbox):
        if r["type"] == "event":
            seen.append(r["seq"])
        elif r["type"] == "gap":
            seen += range(r["first_seq"], r["last_seq"] + 1)
    assert sorted(seen) == list(range(1, len(seen) + 1))


async def _flood_a_held_dispatcher(
    sim: Simulator, link: PbxLink, flood: int
) -> tuple[asyncio.Event, int]:
    """Once ``link`` is logged in, hold its client's dispatcher on a ``block`` event and
    emit ``flood`` numbered events behind it; the gate that releases the dispatcher, and
    how many events the client dropped (at least one)."""
    await asyncio.wait_for(link.logged_in.wait(), 20)
    manager = link.manager
    assert manager is not None
    gate = asyncio.Event()

    async def hold(event: Any, _: Any) -> None:
        if event.get("UserEvent") == "block":
            await gate.wait()  # the dispatcher waits here; the reader goes on

    manager.register_callback("UserEvent", hold)
    emit(sim, "block")
    for n in range(1, flood + 1):
        emit(sim, "flood", n)
    await manager.send_action(core.Ping())  # every event before it has been read
    assert manager.dropped_events > 0
    return gate, manager.dropped_events


def test_the_client_queue_overflowing_is_reported_as_a_gap(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The AMI client's own queue is made small and its dispatcher held up: what it
    drops takes sequence numbers and is published as a ``client queue overflow`` gap."""
    monkeypatch.setattr(PbxLink, "client_queue", 5)
    flood = 300

    async def scenario() -> None:
        gateway = fake_gateway(10_000)
        link = PbxLink(gateway, pbx(sim), "start")
        try:
            gate, dropped = await _flood_a_held_dispatcher(sim, link, flood)
            gate.set()
            emit(sim, "after")
            await until(lambda: bool(user_events(gateway.outbox, "after")), "the last event")
            outbox = gateway.outbox
            delivered = [int(r["headers"]["N"]) for r in user_events(outbox, "flood")]
            assert delivered == sorted(delivered)
            assert len(delivered) + dropped == flood  # each flood event arrived or is counted
            client_gaps = [g for g in gaps(outbox) if g[3] == "client queue overflow"]
            assert client_gaps and sum(g[2] for g in client_gaps) == dropped
            assert outbox.dropped == dropped
            assert_every_seq_accounted_for(outbox)
            for record in records(outbox):
                if record["type"] == "gap":
                    validate("gateway-events.schema.json", "gap", record)
        finally:
            await link.stop()

    asyncio.run(scenario())


def test_client_queue_drops_after_the_last_numbered_event_are_reported_on_stop(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drops with no event after them (the link stops first) still make a gap record."""
    monkeypatch.setattr(PbxLink, "client_queue", 3)

    async def scenario() -> None:
        gateway = fake_gateway(10_000)
        link = PbxLink(gateway, pbx(sim), "start")
        _, dropped = await _flood_a_held_dispatcher(sim, link, 50)
        await link.stop()  # the held-up dispatcher never numbers another event
        assert sum(g[2] for g in gaps(gateway.outbox) if g[3] == "client queue overflow") == dropped
        assert_every_seq_accounted_for(gateway.outbox)

    asyncio.run(scenario())


def test_a_reconnect_to_the_pbx_is_marked_in_the_epochs_numbering() -> None:
    """The PBX goes away and comes back on the same port: AmiDisconnected and
    AmiReconnected records, numbered in the same epoch as the events around them."""

    async def scenario() -> None:
        first = Simulator(auth_fail_delay=0.05)
        await first.start()
        port = first.port
        gateway = fake_gateway(10_000)
        link = PbxLink(gateway, PbxConfig("p1", first.host, port, "admin", "adminsecret"), "start")
        second: Simulator | None = None
        try:
            await asyncio.wait_for(link.logged_in.wait(), 20)
            first.state.emit(SimEvent("UserEvent", CLASSES["user"], (("UserEvent", "before"),)))
            await until(lambda: bool(user_events(gateway.outbox, "before")), "the first event")
            await first.stop()
            await until(lambda: not link.connected, "the drop")
            second = Simulator(port=port, auth_fail_delay=0.05)
            await second.start()
            await until(lambda: link.connected, "the reconnect")
            second.state.emit(SimEvent("UserEvent", CLASSES["user"], (("UserEvent", "after"),)))
            await until(lambda: bool(user_events(gateway.outbox, "after")), "the last event")
            seen = [
                (r["event"], r["seq"], r["epoch"])
                for r in records(gateway.outbox)
                if r["type"] == "event"
            ]
            names = [name for name, _, _ in seen if name.startswith(("Ami", "UserEvent"))]
            assert names == ["UserEvent", "AmiDisconnected", "AmiReconnected", "UserEvent"]
            assert [seq for _, seq, _ in seen] == list(range(1, len(seen) + 1))
            assert {epoch for _, _, epoch in seen} == {link.epoch}
            assert gateway.outbox.dropped == 0
        finally:
            await link.stop()
            if second is not None:
                await second.stop()

    asyncio.run(scenario())
