"""Client behaviour against the fake server, for Manager and AsyncManager alike:
concurrency, pystrix-style callbacks, logoff, reconnect.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from ami_runtime import (
    EVENT_DISCONNECTED,
    EVENT_RECONNECTED,
    Action,
    AmiTimeout,
    AsyncManager,
    AuthenticationError,
    Backoff,
    ConnectionLost,
    Event,
    Manager,
)

from tests.replay_server import (
    IO_TIMEOUT,
    Client,
    FakeAmi,
    FakeConnection,
    FakeRequest,
    Recorder,
    response_bytes,
    start,
    wait_until,
)

FAST = Backoff(base=0.01, cap=0.05, minimum=0.005)


def event_bytes(name: str, *pairs: tuple[str, str]) -> bytes:
    return response_bytes([("Event", name), ("Privilege", "call,all"), *pairs])


# -- concurrency -------------------------------------------------------------------------


class ReversingPings:
    """Holds Ping answers until ``batch`` have arrived, then answers newest first."""

    def __init__(self, batch: int) -> None:
        self.batch = batch
        self.held: list[FakeRequest] = []

    def __call__(self, conn: FakeConnection, request: FakeRequest) -> None:
        self.held.append(request)
        if len(self.held) == self.batch:
            for held in reversed(self.held):
                conn.reply(held, "Success", ("Ping", "Pong"), ("Echo", held.get("Tag") or ""))


def pings_from_threads(send: Callable[[Action], Any], n: int) -> dict[int, Any]:
    """``n`` threads send ``Ping(Tag=i)`` at the same moment; each one's answer (or the
    exception it raised), by ``i``."""
    results: dict[int, Any] = {}
    barrier = threading.Barrier(n, timeout=IO_TIMEOUT)

    def worker(i: int) -> None:
        barrier.wait()
        try:
            results[i] = send(Action("Ping", Tag=str(i)))
        except BaseException as exc:
            results[i] = exc

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(2 * IO_TIMEOUT)
    return results


def test_fifty_threads_each_get_their_own_answer(make_client: Callable[..., Client]) -> None:
    with FakeAmi() as server:
        client = start(server, make_client)
        server.handlers["ping"] = ReversingPings(50)
        results = pings_from_threads(client.send, 50)
        assert len(results) == 50
        for i, response in results.items():
            assert not isinstance(response, BaseException), response
            assert response.get("Echo") == str(i)
            assert response.request is not None
        ids = [r.action_id for r in results.values()]
        assert len(set(ids)) == 50
        assert len(server.connection().received) == 1 + 1 + 50  # Challenge, Login, Pings


# -- callbacks -----------------------------------------------------------------------


def test_callbacks_by_name_all_and_orphans(make_client: Callable[..., Client]) -> None:
    def ping_with_noise(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("Newchannel", ("Channel", "Local/1")))
        conn.send(response_bytes([("Response", "Error"), ("ActionID", "stale-1")]))
        conn.send(event_bytes("Hangup", ("Channel", "Local/1")))
        conn.reply(request, "Success", ("Ping", "Pong"))

    class HangupEvent(Event):
        EVENT = "Hangup"

    with FakeAmi(handlers={"ping": ping_with_noise}) as server:
        client = start(server, make_client)
        recorder = Recorder().attach(client)
        named: list[str] = []
        typed: list[str] = []
        client.on("Hangup", lambda ev, m: named.append(ev.name))
        client.on(HangupEvent, lambda ev, m: typed.append(ev["Channel"]))
        client.send(Action("Ping"))
        assert wait_until(lambda: len(recorder.events) == 2 and len(typed) == 1)
        assert [e.name for e in recorder.events] == ["Newchannel", "Hangup"]
        assert named == ["Hangup"] and typed == ["Local/1"]
        assert [o.action_id for o in recorder.orphans] == ["stale-1"]
        assert all(isinstance(e, Event) for e in recorder.events)


def test_a_raising_callback_is_logged_and_not_fatal(
    make_client: Callable[..., Client], caplog: pytest.LogCaptureFixture
) -> None:
    def ping_with_event(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("Newchannel"))
        conn.reply(request, "Success", ("Ping", "Pong"))

    def boom(event: Any, manager: Any) -> None:
        raise RuntimeError("callback bug")

    with FakeAmi(handlers={"ping": ping_with_event}) as server:
        client = start(server, make_client)
        client.on("", boom)
        recorder = Recorder().attach(client)
        with caplog.at_level(logging.ERROR, logger="ami"):
            for _ in range(3):
                client.send(Action("Ping"))
            assert wait_until(lambda: len(recorder.events) == 3)
        raised = [r for r in caplog.records if r.exc_info and "callback bug" in str(r.exc_info[1])]
        assert len(raised) == 3
        assert client.is_connected()


def test_a_slow_callback_does_not_stall_send_action(make_client: Callable[..., Client]) -> None:
    def ping_with_event(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("Newchannel"))
        conn.reply(request, "Success", ("Ping", "Pong"))

    gate = threading.Event()
    entered = threading.Event()
    finished: list[str] = []

    def slow_sync(event: Any, manager: Any) -> None:
        entered.set()
        gate.wait(IO_TIMEOUT)
        finished.append(event.name)

    async def slow_async(event: Any, manager: Any) -> None:
        entered.set()
        deadline = time.monotonic() + IO_TIMEOUT
        while not gate.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        finished.append(event.name)

    with FakeAmi(handlers={"ping": ping_with_event}) as server:
        client = start(server, make_client)
        client.on("Newchannel", slow_async if client.kind == "async" else slow_sync)
        client.send(Action("Ping"))
        assert entered.wait(IO_TIMEOUT)
        for _ in range(5):  # the callback is still blocked; answers keep coming
            assert client.send(Action("Ping"), timeout=2).get("Ping") == "Pong"
        assert finished == []
        gate.set()
        assert wait_until(lambda: len(finished) == 6)


def test_unregistered_callback_gets_nothing_more(make_client: Callable[..., Client]) -> None:
    def ping_with_event(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("Newchannel"))
        conn.reply(request, "Success", ("Ping", "Pong"))

    with FakeAmi(handlers={"ping": ping_with_event}) as server:
        client = start(server, make_client)
        seen: list[str] = []
        recorder = Recorder().attach(client)

        def fn(ev: Any, m: Any) -> None:
            seen.append(ev.name)

        client.on("Newchannel", fn)
        client.send(Action("Ping"))
        assert wait_until(lambda: len(seen) == 1)
        assert client.manager.unregister_callback("Newchannel", fn)
        assert not client.manager.unregister_callback("Newchannel", fn)
        client.send(Action("Ping"))
        assert wait_until(lambda: len(recorder.events) == 2)
        assert seen == ["Newchannel"]


def test_moduleload_extra_error_responses_go_to_callback_none(
    make_client: Callable[..., Client],
) -> None:
    def moduleload(conn: FakeConnection, request: FakeRequest) -> None:
        # manager_moduleload does not return after its first error (main/manager.c)
        for text in ("Need a LoadType", "Invalid LoadType", "Module not found."):
            conn.reply(request, "Error", ("Message", text))

    with FakeAmi(handlers={"moduleload": moduleload}) as server:
        client = start(server, make_client)
        recorder = Recorder().attach(client)
        first = client.send(Action("ModuleLoad", Module="nosuch.so"))
        assert not first.success and first.message == "Need a LoadType"
        assert client.send(Action("Ping")).get("Ping") == "Pong"
        assert wait_until(lambda: len(recorder.orphans) == 2)
        assert [o.message for o in recorder.orphans] == ["Invalid LoadType", "Module not found."]
        assert {o.action_id for o in recorder.orphans} == {first.action_id}


# -- closing -----------------------------------------------------------------------------


def test_logoff_is_a_clean_close_without_reconnect(make_client: Callable[..., Client]) -> None:
    with FakeAmi() as server:
        client = start(server, make_client, reconnect=True, backoff=FAST)
        recorder = Recorder().attach(client)
        goodbye = client.send(Action("Logoff"))
        assert goodbye.kind == "Goodbye" and goodbye.success
        assert recorder.disconnected.wait(IO_TIMEOUT)
        [gone] = [e for e in recorder.events if e.name == EVENT_DISCONNECTED]
        assert gone["Reason"] == "server said Goodbye"
        assert not client.is_connected()
        time.sleep(0.2)  # many backoff periods: a reconnect would have happened by now
        assert len(server.connections) == 1


def test_client_close_fails_actions_in_flight(make_client: Callable[..., Client]) -> None:
    with FakeAmi(handlers={"hold": None}) as server:
        client = start(server, make_client)
        errors: list[BaseException] = []

        def send() -> None:
            try:
                client.send(Action("Hold"), timeout=30)
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=send)
        thread.start()
        server.wait_request("hold")
        client.close()
        thread.join(IO_TIMEOUT)
        assert len(errors) == 1 and isinstance(errors[0], ConnectionLost)
        assert not client.is_connected()
        assert server.connection().closed.wait(IO_TIMEOUT)


# -- reconnect ---------------------------------------------------------------------------


def test_reconnect_logs_in_again_and_restores_the_session(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi(handlers={"hold": None}) as server:
        client = start(server, make_client, reconnect=True, backoff=FAST)
        recorder = Recorder().attach(client)
        assert client.send(Action("Events", EventMask="call")).get("Events") == "On"
        errors: list[BaseException] = []

        def in_flight() -> None:
            try:
                client.send(Action("Hold", Channel="Local/1"), timeout=30)
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=in_flight)
        thread.start()
        server.wait_request("hold")
        server.connection(0).close()
        thread.join(IO_TIMEOUT)
        assert len(errors) == 1 and isinstance(errors[0], ConnectionLost)
        assert wait_until(lambda: any(e.name == EVENT_RECONNECTED for e in recorder.events))
        second = server.connection(1)
        assert second.actions() == ["challenge", "login", "events"]
        assert second.received[2].get("EventMask") == "call"
        names = [e.name for e in recorder.events]
        assert names.index(EVENT_DISCONNECTED) < names.index(EVENT_RECONNECTED)
        assert client.is_connected()
        assert client.send(Action("Ping")).get("Ping") == "Pong"
        assert "hold" not in server.connection(1).actions()  # never re-sent
        assert len(server.connections) == 2


def test_reconnect_survives_a_failed_attempt_with_one_loop(
    make_client: Callable[..., Client],
) -> None:
    logins = {"n": 0}

    def login(conn: FakeConnection, request: FakeRequest) -> None:
        logins["n"] += 1
        if logins["n"] == 2:  # the first re-login: the server drops mid-login
            conn.close()
            return
        conn.reply(request, "Success", ("Message", "Authentication accepted"))

    with FakeAmi(handlers={"login": login}) as server:
        client = start(server, make_client, reconnect=True, backoff=FAST)
        recorder = Recorder().attach(client)
        client.send(Action("Filter", Operation="Add", Filter="Event: Hangup"))
        server.connection(0).close()
        assert wait_until(lambda: any(e.name == EVENT_RECONNECTED for e in recorder.events))
        time.sleep(0.2)  # room for a second, duplicate reconnect loop to show itself
        assert len(server.connections) == 3
        assert [e.name for e in recorder.events].count(EVENT_RECONNECTED) == 1
        assert server.connection(2).actions() == ["challenge", "login", "filter"]
        assert client.send(Action("Ping")).get("Ping") == "Pong"
        # A second drop: the filter is restored once, not once per earlier reconnect.
        server.connection(2).close()
        assert wait_until(lambda: len(server.connections) == 4)
        assert wait_until(lambda: [e.name for e in recorder.events].count(EVENT_RECONNECTED) == 2)
        assert server.connection(3).actions() == ["challenge", "login", "filter"]


def test_without_reconnect_a_drop_stays_down(make_client: Callable[..., Client]) -> None:
    with FakeAmi() as server:
        client = start(server, make_client)
        recorder = Recorder().attach(client)
        server.connection(0).close()
        assert recorder.disconnected.wait(IO_TIMEOUT)
        time.sleep(0.1)
        assert len(server.connections) == 1 and not client.is_connected()


# -- asyncio only ------------------------------------------------------------------------


def test_async_events_iterator_filters_by_name() -> None:
    def ping_with_events(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(event_bytes("Newchannel") + event_bytes("Hangup") + event_bytes("Newexten"))
        conn.reply(request, "Success", ("Ping", "Pong"))

    async def main(port: int) -> list[str]:
        async with AsyncManager("127.0.0.1", port, username="admin", secret="adminsecret") as m:
            got: list[str] = []

            async def consume() -> None:
                async for ev in m.events("Hangup", "Newexten"):
                    got.append(ev.name)
                    if len(got) == 2:
                        return

            task = asyncio.ensure_future(consume())
            await asyncio.sleep(0)
            await m.send_action(Action("Ping"))
            await asyncio.wait_for(task, IO_TIMEOUT)
            return got

    with FakeAmi(handlers={"ping": ping_with_events}) as server:
        assert asyncio.run(main(server.port)) == ["Hangup", "Newexten"]


def test_async_context_manager_closes_when_login_fails() -> None:
    def refuse(conn: FakeConnection, request: FakeRequest) -> None:
        conn.reply(request, "Error", ("Message", "Must specify AuthType"))

    async def main(port: int) -> AsyncManager:
        manager = AsyncManager("127.0.0.1", port, username="admin", secret="adminsecret")
        with pytest.raises(AuthenticationError, match="Must specify AuthType"):
            async with manager:
                raise AssertionError("login should have failed")
        return manager

    with FakeAmi(handlers={"challenge": refuse}) as server:
        manager = asyncio.run(main(server.port))
        assert not manager.is_connected()
        assert server.connection().closed.wait(IO_TIMEOUT)


def test_async_banner_delivered_before_create_connection_returns_is_kept() -> None:
    # uvloop (and sometimes the default loop) calls data_received with the banner before
    # create_connection() returns to the caller; the banner must not be dropped then.
    async def main() -> str | None:
        loop = asyncio.get_running_loop()
        real = loop.create_connection

        async def eager(factory: Any, *args: Any, **kwargs: Any) -> Any:
            transport, protocol = await real(factory, *args, **kwargs)
            protocol.data_received(b"Asterisk Call Manager/9.0.0\r\n")  # before we return
            return transport, protocol

        loop.create_connection = eager  # type: ignore[method-assign]
        manager = AsyncManager("127.0.0.1", server.port, connect_timeout=IO_TIMEOUT)
        try:
            await manager.connect()
            info = manager.get_asterisk_info()
            return info[1] if info else None
        finally:
            await manager.close()

    with FakeAmi(banner=b"") as server:
        assert asyncio.run(main()) == "9.0.0"


def test_async_manager_on_uvloop_logs_in_answers_and_gets_events() -> None:
    # Applications often run asyncio on uvloop; its transports and callback order differ
    # from the default loop's (see the banner test above).  Twenty sessions in a row.
    uvloop = pytest.importorskip("uvloop")
    from ami_runtime.simulator import Simulator

    async def session(port: int) -> tuple[bool, str]:
        async with AsyncManager("127.0.0.1", port, username="admin", secret="adminsecret") as m:
            stream = m.events("UserEvent")
            await m.send_action(Action("UserEvent", UserEvent="uv"))
            pong = (await m.send_action(Action("Ping"))).get("Ping") == "Pong"
            event = await asyncio.wait_for(stream.__anext__(), IO_TIMEOUT)
            return pong, event.get("UserEvent") or ""

    with Simulator.running_in_thread() as sim:
        for _ in range(20):
            assert uvloop.run(session(sim.port)) == (True, "uv")


@pytest.mark.parametrize("loop_name", ["asyncio", "uvloop"])
def test_async_timeouts_expire_in_deadline_order_and_answered_actions_never_do(
    loop_name: str,
) -> None:
    # The client keeps every action's deadline on one loop timer (not a timer per
    # action): it must still fail each unanswered action at its own deadline, in order,
    # and leave the answered ones (and the connection) alone.
    run: Callable[[Any], Any] = asyncio.run
    if loop_name == "uvloop":
        run = pytest.importorskip("uvloop").run

    async def main(port: int) -> tuple[list[str], bool, int]:
        async with AsyncManager("127.0.0.1", port, username="admin", secret="adminsecret") as m:
            expired: list[str] = []

            async def hold(name: str, timeout: float) -> None:
                try:
                    await m.send_action(Action("Hold", Name=name), timeout=timeout)
                except AmiTimeout:
                    expired.append(name)

            # Armed for the long one first: the shorter ones must move the timer earlier.
            tasks = [asyncio.ensure_future(hold("late", 3.0))]
            await asyncio.sleep(0)
            tasks += [asyncio.ensure_future(hold(n, t)) for n, t in (("soon", 1.0), ("mid", 2.0))]
            pings = pongs = 0
            # Answered all along, each with a deadline shorter than the holds' and
            # passing while they wait: none of them may expire.  (0.5 s: ample for a
            # loopback answer on a busy machine; 0.1 s was not, once, in CI.)
            while not all(task.done() for task in tasks) and pings < 100_000:
                pings += 1
                pongs += (await m.send_action(Action("Ping"), timeout=0.5)).get("Ping") == "Pong"
            await asyncio.wait_for(asyncio.gather(*tasks), IO_TIMEOUT)
            return expired, m.is_connected(), pongs - pings

    with FakeAmi(handlers={"hold": None}) as server:
        expired, connected, pongs = run(main(server.port))
    assert expired == ["soon", "mid", "late"]
    assert connected and pongs == 0  # every Ping answered Pong


@pytest.mark.parametrize("loop_name", ["asyncio", "uvloop"])
def test_async_flood_loses_nothing_for_consumers_that_keep_up(loop_name: str) -> None:
    # A loop reads several times per wakeup while data waits (uvloop up to 32 reads of
    # 256 KiB), and callbacks and streams run only between wakeups: the client must stop
    # reading for a turn once they are half a queue behind, or it drops events that
    # consumers would have taken.  Queues of 4,000 and events of about 140 bytes (at most
    # 1,900 in a read): half a queue plus one read always fits.  6 MB in all, more than
    # the kernel buffers on loopback hold, so the server waits on the client's reading.
    run: Callable[[Any], Any] = asyncio.run
    if loop_name == "uvloop":
        run = pytest.importorskip("uvloop").run
    count, room = 45_000, 4_000
    pad = b"x" * 100

    def flood(conn: FakeConnection, request: FakeRequest) -> None:
        conn.reply(request)
        conn.send(
            b"".join(
                b"Event: UserEvent\r\nN: %d\r\nPad: %s\r\n\r\n" % (i, pad) for i in range(count)
            )
        )

    async def main(port: int) -> tuple[int, int, int, int]:
        async with AsyncManager(
            "127.0.0.1", port, username="admin", secret="adminsecret", max_queued_events=room
        ) as m:
            called = taken = 0

            def on_event(event: Any, manager: Any) -> None:
                nonlocal called
                called += 1

            async def consume() -> None:
                nonlocal taken
                async for _ in stream:
                    taken += 1

            m.register_callback("UserEvent", on_event)
            stream = m.events("UserEvent", maxsize=room)
            consumer = asyncio.ensure_future(consume())
            await m.send_action(Action("Flood"))
            for _ in range(3000):  # until every event is taken or dropped: 30 s at most
                if called + m.dropped_events == count and taken + stream.dropped == count:
                    break
                if not m.is_connected():  # what came is all there will be
                    break
                await asyncio.sleep(0.01)
            consumer.cancel()
            return called, m.dropped_events, taken, stream.dropped

    with FakeAmi(handlers={"flood": flood}) as server:
        assert run(main(server.port)) == (count, 0, count, 0)


def test_sync_flood_arrives_whole_before_its_reply() -> None:
    # The same 6 MB, answered after the flood: the reply comes only once every event
    # before it has been read.  The sync reader never pauses, so callbacks that fall
    # max_queued_events behind lose events, but each one lost is counted.
    count = 45_000
    pad = b"x" * 100

    def flood(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(
            b"".join(
                b"Event: UserEvent\r\nN: %d\r\nPad: %s\r\n\r\n" % (i, pad) for i in range(count)
            )
        )
        conn.reply(request)

    seen: list[int] = []
    with FakeAmi(handlers={"flood": flood}) as server:
        manager = Manager(detect_version=False)
        manager.connect("127.0.0.1", server.port, timeout=IO_TIMEOUT)
        try:
            manager.login("admin", "adminsecret")
            manager.register_callback("UserEvent", lambda event, _: seen.append(int(event["N"])))
            assert manager.send_action(Action("Flood", timeout=30)).success
            assert wait_until(lambda: len(seen) + manager.dropped_events == count)
            assert seen == sorted(set(seen))  # in order, none twice
        finally:
            manager.close()
