"""Subscriptions: wildcards, event classes and groups, header filters, typo warnings, and
the blocking client's event iterator (issue 15, item 2).

The selection rules are checked on :mod:`ami_runtime.dispatch` alone, then end to end
through both clients against the scripted fake server.
"""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from ami import events
from ami_runtime import (
    Action,
    AsyncManager,
    ConnectionLost,
    Event,
    InvalidInput,
    Manager,
    UnknownEvent,
    UnknownEventWarning,
)
from ami_runtime.dispatch import select
from ami_runtime.registry import default_event_types

from tests.replay_server import (
    IO_TIMEOUT,
    Client,
    FakeAmi,
    FakeConnection,
    FakeRequest,
    response_bytes,
    start,
    wait_until,
)

KNOWN = default_event_types()


def ev(name: str, **headers: str) -> Event:
    cls = KNOWN.get(name, Event)
    return cls([("Event", name), *headers.items()])


def picked(*keys: Any, where: Any = None, names: tuple[str, ...] = ()) -> list[str]:
    chosen = select(keys, where, KNOWN)
    return [n for n in names if chosen.matches(ev(n, Channel="PJSIP/a-1"))]


SAMPLE = ("QueueMemberAdded", "QueueParams", "Hangup", "Newchannel", "AgentConnect", "DTMFEnd")


# -- the rules ----------------------------------------------------------------------------


def test_wildcards_match_event_names_in_any_case() -> None:
    assert picked("Queue*", names=SAMPLE) == ["QueueMemberAdded", "QueueParams"]
    assert picked("queue*", names=SAMPLE) == ["QueueMemberAdded", "QueueParams"]
    assert picked("*Channel", names=SAMPLE) == ["Newchannel"]
    assert picked("[AD]*", names=SAMPLE) == ["AgentConnect", "DTMFEnd"]
    assert picked("*", names=SAMPLE) == list(SAMPLE)


def test_names_match_in_any_case_as_asterisk_compares_them() -> None:
    assert picked("hangup", names=SAMPLE) == ["Hangup"]
    assert picked("HANGUP", "newchannel", names=SAMPLE) == ["Hangup", "Newchannel"]


def test_an_event_class_selects_its_name_and_a_group_every_class_that_uses_it() -> None:
    assert picked(events.Hangup, names=SAMPLE) == ["Hangup"]
    group = picked(events.ChannelSnapshotFields, names=SAMPLE)
    assert "Hangup" in group and "Newchannel" in group and "QueueParams" not in group
    every = select([events.ChannelSnapshotFields], None, KNOWN)
    users = {n for n, c in KNOWN.items() if issubclass(c, events.ChannelSnapshotFields)}
    assert len(users) > 20 and all(every.wants_name(n) for n in users)
    assert picked(Event, names=SAMPLE) == list(SAMPLE)


def test_where_filters_on_headers_with_globs_or_a_predicate() -> None:
    chosen = select(["Hangup"], {"Channel": "pjsip/*"}, KNOWN)
    assert chosen.matches(ev("Hangup", Channel="PJSIP/alice-0001"))
    assert not chosen.matches(ev("Hangup", Channel="SIP/bob-0002"))
    assert not chosen.matches(ev("Hangup"))  # no Channel header at all
    either = select(["*"], {"Channel": ["Local/*", "SIP/*"], "Cause": "16"}, KNOWN)
    assert either.matches(ev("Hangup", Channel="SIP/x", Cause="16"))
    assert not either.matches(ev("Hangup", Channel="SIP/x", Cause="17"))
    by_code = select([events.Hangup], lambda e: e.get("Cause") == "17", KNOWN)
    assert by_code.matches(ev("Hangup", Cause="17"))
    assert not by_code.matches(ev("Hangup", Cause="16"))


def test_a_misspelled_name_warns_naming_the_close_match() -> None:
    with pytest.warns(UnknownEventWarning, match="'Hnagup'.*'Hangup'") as caught:
        Manager().register_callback("Hnagup", print)
    assert caught[0].filename == __file__  # points at the caller's line
    with pytest.warns(UnknownEventWarning, match="QueueMemberAdded") as caught:
        AsyncManager().events("QueueMemberAdd")
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        select(["Queue*", "hangup", events.Hangup, "AmiDisconnected"], None, KNOWN)


def test_where_on_orphaned_responses_is_refused_not_ignored() -> None:
    with pytest.raises(InvalidInput, match="orphaned"):
        Manager().register_callback(None, print, where={"Channel": "x"})


def test_strict_mode_raises_instead_of_warning() -> None:
    with pytest.raises(UnknownEvent, match="Hangup") as caught:
        Manager(strict_events=True).register_callback("Hnagup", print)
    assert caught.value.field == "Hnagup"
    with pytest.raises(UnknownEvent):
        AsyncManager(strict_events=True).events("QueueMemberAdd")


# -- through the clients ------------------------------------------------------------------


def event_bytes(name: str, *pairs: tuple[str, str]) -> bytes:
    return response_bytes([("Event", name), ("Privilege", "agent,all"), *pairs])


def _noise(conn: FakeConnection, request: FakeRequest) -> None:
    conn.send(
        event_bytes("QueueMemberAdded", ("Queue", "support"), ("Interface", "PJSIP/101"))
        + event_bytes("Hangup", ("Channel", "SIP/old-1"), ("Cause", "16"))
        + event_bytes("QueueParams", ("Queue", "sales"))
        + event_bytes("Hangup", ("Channel", "PJSIP/alice-2"), ("Cause", "17"))
    )
    conn.reply(request, "Success", ("Ping", "Pong"))


def test_callbacks_by_wildcard_group_and_where_in_both_clients(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi(handlers={"ping": _noise}) as server:
        client = start(server, make_client)
        got: dict[str, list[str]] = {"wild": [], "group": [], "where": []}

        def keep(kind: str) -> Callable[[Any, Any], None]:
            return lambda event, _m: got[kind].append(
                event.name + ":" + (event.get("Channel") or "")
            )

        manager = client.manager
        manager.register_callback("queue*", keep("wild"))
        manager.register_callback(events.ChannelSnapshotFields, keep("group"))
        manager.register_callback("Hangup", keep("where"), where={"Channel": "PJSIP/*"})
        client.send(Action("Ping"))
        assert wait_until(lambda: len(got["wild"]) == 2 and got["where"] and len(got["group"]) == 2)
        assert got["wild"] == ["QueueMemberAdded:", "QueueParams:"]
        assert got["group"] == ["Hangup:SIP/old-1", "Hangup:PJSIP/alice-2"]
        assert got["where"] == ["Hangup:PJSIP/alice-2"]


def test_async_events_accepts_wildcards_and_where() -> None:
    async def main(port: int) -> list[str]:
        async with AsyncManager("127.0.0.1", port, username="admin", secret="adminsecret") as m:
            stream = m.events("Queue*", events.Hangup, where=lambda e: e.get("Queue") != "sales")
            await m.send_action(Action("Ping"))
            got: list[str] = []
            async with stream:
                async for event in stream:
                    got.append(event.name)
                    if len(got) == 3:
                        break
            return got

    with FakeAmi(handlers={"ping": _noise}) as server:
        got = asyncio.run(asyncio.wait_for(main(server.port), 4 * IO_TIMEOUT))
    assert got == ["QueueMemberAdded", "Hangup", "Hangup"]


def _sync_manager(port: int, **kw: Any) -> Manager:
    manager = Manager(detect_version=False, **kw)
    manager.connect("127.0.0.1", port, timeout=IO_TIMEOUT)
    manager.login("admin", "adminsecret")
    return manager


def test_blocking_events_iterator_selects_and_ends_when_the_manager_closes() -> None:
    with FakeAmi(handlers={"ping": _noise}) as server:
        manager = _sync_manager(server.port)
        try:
            stream = manager.events("Queue*", where={"Queue": "support"})
            everything = manager.events()
            manager.send_action(Action("Ping"))
            first = next(stream)
            assert isinstance(first, events.QueueMemberAdded) and first.queue == "support"
            assert stream.get(timeout=0.05) is None  # QueueParams was for "sales"
            names = [everything.get(IO_TIMEOUT) for _ in range(4)]
            assert [e.name for e in names if e] == [
                "QueueMemberAdded",
                "Hangup",
                "QueueParams",
                "Hangup",
            ]
            ended: list[Any] = []
            consumer = threading.Thread(target=lambda: ended.extend(stream), daemon=True)
            consumer.start()
        finally:
            manager.close()
        consumer.join(IO_TIMEOUT)
        assert not consumer.is_alive() and ended == []
        with pytest.raises(StopIteration):
            next(everything)


def test_blocking_events_iterator_is_bounded_and_counts_what_it_dropped() -> None:
    with FakeAmi(handlers={"ping": _noise}) as server:
        with _sync_manager(server.port) as manager, manager.events(maxsize=2) as stream:
            done = manager.events("QueueParams")  # the third of four: all were dispatched
            manager.send_action(Action("Ping"))
            assert next(done).name == "QueueParams"
            assert wait_until(lambda: stream.dropped == 2)
            assert [next(stream).name, next(stream).name] == ["QueueMemberAdded", "Hangup"]
            assert stream.get(timeout=0.05) is None


def test_blocking_events_iterator_raises_when_the_connection_drops() -> None:
    def drop(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("QueueParams", ("Queue", "q")))
        conn.close()

    with FakeAmi(handlers={"ping": drop}) as server:
        with _sync_manager(server.port) as manager:
            stream = manager.events("QueueParams")
            with pytest.raises(ConnectionLost):
                manager.send_action(Action("Ping"))
            assert next(stream).name == "QueueParams"
            with pytest.raises(ConnectionLost):
                next(stream)


def test_blocking_events_iterator_goes_on_across_a_reconnect() -> None:
    from ami_runtime import EVENT_DISCONNECTED, EVENT_RECONNECTED, Backoff

    def one_event(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("QueueParams", ("Queue", f"q{len(server.connections)}")))
        conn.reply(request, "Success", ("Ping", "Pong"))

    fast = Backoff(base=0.01, cap=0.05, minimum=0.005)
    with FakeAmi(handlers={"ping": one_event}) as server:
        with _sync_manager(server.port, reconnect=True, backoff=fast) as manager:
            stream = manager.events("QueueParams", EVENT_DISCONNECTED, EVENT_RECONNECTED)
            manager.send_action(Action("Ping"))
            server.connection(0).close()
            got = [next(stream) for _ in range(3)]
            assert [e.name for e in got] == ["QueueParams", EVENT_DISCONNECTED, EVENT_RECONNECTED]
            manager.send_action(Action("Ping"))
            after = next(stream)
            assert after.name == "QueueParams" and after["Queue"] == "q2"
