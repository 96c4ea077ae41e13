"""Both clients against the simulator through a fault-injecting proxy (tests/fault_proxy.py).

For each fault (a drop mid-message, mid-list or mid-login, a reset, a delay, a stall):
the actions in flight fail at once with :class:`ConnectionLost` (never by their own long
timeout), nothing waits past its timeout, and closing the client leaves no thread or task
behind.  With reconnect on, the client logs in again, re-sends its Events mask and event
filters, announces ``AmiReconnected`` and delivers events again.  A keepalive notices a
silent peer (a stalled proxy) within its interval.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from ami import core
from ami_runtime import (
    EVENT_DISCONNECTED,
    EVENT_RECONNECTED,
    Action,
    AmiTimeout,
    Backoff,
    ConnectionLost,
)
from ami_runtime.simulator import Simulator

from tests.fault_proxy import FaultProxy
from tests.replay_server import (
    IO_TIMEOUT,
    AsyncClient,
    Client,
    FakeAmi,
    Recorder,
    wait_until,
)

LONG = 30.0  # an action timeout that must never be what ends a test
FAST = Backoff(base=0.01, cap=0.1)
KEEPALIVE = 0.2


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator.running_in_thread(auth_fail_delay=0.05) as simulator:
        yield simulator


@pytest.fixture
def proxy(sim: Simulator) -> Iterator[FaultProxy]:
    with FaultProxy(sim.port) as p:
        yield p


@pytest.fixture
def baseline() -> set[threading.Thread]:
    """Threads alive before the test's client exists."""
    return set(threading.enumerate())


def connect(
    make_client: Callable[..., Client], proxy: FaultProxy, *, login: bool = True, **kw: Any
) -> Client:
    client = make_client(proxy.port, **kw)
    client.connect()
    if login:
        client.login()
    return client


def fails_fast(fn: Callable[[], Any], error: type[BaseException] = ConnectionLost) -> float:
    """``fn`` raises ``error`` well before any long timeout could fire; the seconds taken."""
    started = time.monotonic()
    with pytest.raises(error):
        fn()
    took = time.monotonic() - started
    assert took < IO_TIMEOUT, took
    return took


def keepalive(client: Client, interval: float) -> None:
    if isinstance(client, AsyncClient):

        async def start() -> None:
            client.manager.monitor_connection(interval)

        client.call(start())
    else:
        client.manager.monitor_connection(interval)


def close_without_leaks(client: Client, proxy: FaultProxy, before: set[threading.Thread]) -> None:
    """Close the client; then no task of it is left and no thread but the test's own."""
    if isinstance(client, AsyncClient):

        async def close_and_count() -> int:
            await client.manager.close()
            await asyncio.sleep(0)
            return len([t for t in asyncio.all_tasks() if t is not asyncio.current_task()])

        assert client.call(close_and_count()) == 0
    client.close()
    proxy.close()

    def extra() -> list[str]:
        return [t.name for t in threading.enumerate() if t not in before and t.is_alive()]

    assert wait_until(lambda: not extra()), extra()


def in_background(fn: Callable[[], Any]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


# -- drops: the action in flight fails at once -------------------------------------------


@pytest.mark.parametrize("reset", [False, True], ids=["fin", "rst"])
def test_drop_mid_message_fails_the_action_in_flight_at_once(
    make_client: Callable[..., Client],
    proxy: FaultProxy,
    baseline: set[threading.Thread],
    reset: bool,
) -> None:
    client = connect(make_client, proxy)
    cut = proxy.cut("s2c", b"Output: ", keep=5, reset=reset)  # inside Command's reply
    fails_fast(lambda: client.send(core.Command("core show version"), timeout=LONG))
    assert cut.fired.is_set()
    assert wait_until(lambda: not client.is_connected())
    fails_fast(lambda: client.send(core.Ping()))  # and stays down: reconnect is off
    close_without_leaks(client, proxy, baseline)


def test_drop_mid_list_fails_the_list_and_delivers_no_item(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy)
    recorder = Recorder().attach(client)
    assert client.send(core.DBPut("faults", "k", "v")).success
    proxy.cut("s2c", b"Event: DBGetResponse", keep=30)
    fails_fast(lambda: client.send(core.DBGet("faults", "k"), timeout=LONG))
    assert "DBGetResponse" not in recorder.names()
    close_without_leaks(client, proxy, baseline)


def test_drop_mid_login_fails_login_at_once(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy, login=False)
    proxy.cut("c2s", b"Action: Login", keep=4)  # the server sees half a request
    fails_fast(lambda: client.login())
    assert wait_until(lambda: not client.is_connected())
    close_without_leaks(client, proxy, baseline)


def test_reset_while_the_server_is_silent_fails_every_action_in_flight(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy)
    proxy.stall_all()
    runs = [in_background(lambda: client.send(core.Ping(), timeout=LONG)) for _ in range(5)]
    time.sleep(0.2)  # all five written into the black hole
    started = time.monotonic()
    proxy.drop_all(reset=True)
    for thread, _ in runs:
        thread.join(IO_TIMEOUT)
    assert time.monotonic() - started < IO_TIMEOUT
    errors = [e for _, errs in runs for e in errs]
    assert len(errors) == 5 and all(isinstance(e, ConnectionLost) for e in errors), errors
    close_without_leaks(client, proxy, baseline)


def test_a_slow_link_times_out_by_the_deadline_and_stays_usable(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy)
    proxy.delay = 0.4
    took = fails_fast(lambda: client.send(core.Ping(), timeout=0.1), AmiTimeout)
    assert took < 0.4
    assert client.send(core.Ping(), timeout=IO_TIMEOUT).success  # slow but alive
    assert wait_until(lambda: client.dropped_late() == 1)  # the late Pong was dropped
    proxy.delay, proxy.chunk = 0.0, 7  # and a reply in 7-byte pieces still parses
    assert client.send(core.Command("core show version")).data
    close_without_leaks(client, proxy, baseline)


# -- keepalive ---------------------------------------------------------------------------


def test_keepalive_notices_a_silent_peer_and_fails_what_is_in_flight(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy)
    keepalive(client, KEEPALIVE)
    time.sleep(2 * KEEPALIVE)  # a few Pings answered: the peer is alive
    assert client.is_connected()
    proxy.stall_all()
    took = fails_fast(lambda: client.send(core.Ping(), timeout=LONG))
    assert took < 4 * KEEPALIVE + 1.0  # noticed within the interval (plus scheduling)
    assert not client.is_connected()
    close_without_leaks(client, proxy, baseline)


def test_keepalive_with_reconnect_comes_back_after_a_stall(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy, reconnect=True, backoff=FAST)
    recorder = Recorder().attach(client)
    keepalive(client, KEEPALIVE)
    proxy.stall_all()
    assert wait_until(lambda: EVENT_RECONNECTED in recorder.names(), IO_TIMEOUT)
    assert client.send(core.Ping()).success
    assert len(proxy.connections) == 2
    close_without_leaks(client, proxy, baseline)


def test_async_manager_keepalive_argument_starts_the_monitor(proxy: FaultProxy) -> None:
    from ami_runtime import AsyncManager

    async def main() -> float:
        manager = AsyncManager(
            "127.0.0.1", proxy.port, username="admin", secret="adminsecret",
            keepalive=KEEPALIVE, detect_version=False,
        )  # fmt: skip
        async with manager:
            await asyncio.sleep(2 * KEEPALIVE)
            proxy.stall_all()
            started = time.monotonic()
            with pytest.raises(ConnectionLost):
                await manager.send_action(core.Ping(), timeout=LONG)
            return time.monotonic() - started

    assert asyncio.run(asyncio.wait_for(main(), IO_TIMEOUT)) < 4 * KEEPALIVE + 1.0


# -- reconnect: log in again, restore the session, deliver events again -------------------


DROPS: dict[str, Callable[[FaultProxy], Any]] = {
    "fin": lambda p: p.drop_all(),
    "rst": lambda p: p.drop_all(reset=True),
    "mid-message": lambda p: p.cut("s2c", b"Ping: Pong", keep=3),
    "mid-login": lambda p: (p.cut("c2s", b"Action: Login"), p.drop_all()),
}


@pytest.mark.parametrize("drop", list(DROPS))
def test_reconnect_logs_in_again_restores_the_mask_and_delivers_events(
    make_client: Callable[..., Client],
    proxy: FaultProxy,
    baseline: set[threading.Thread],
    drop: str,
) -> None:
    client = make_client(proxy.port, reconnect=True, backoff=FAST)
    client.connect()
    client.login(events=False)  # events come only from the Events action below
    assert client.send(core.Events("user")).success
    recorder = Recorder().attach(client)
    DROPS[drop](proxy)
    if drop == "mid-message":
        with pytest.raises(ConnectionLost):
            client.send(core.Ping(), timeout=LONG)
    assert wait_until(lambda: EVENT_RECONNECTED in recorder.names())
    if drop == "mid-login":
        # the first re-login was cut: the loop went round again
        [again] = [e for e in recorder.events if e.name == EVENT_RECONNECTED]
        assert int(again["Attempts"]) >= 2
    latest = proxy.connections[-1].c2s
    assert latest.index(b"Action: Events") > latest.index(b"Action: Login")
    assert b"EventMask: user" in latest
    assert client.send(core.UserEvent("AfterReconnect", Seq="1")).success
    assert wait_until(lambda: "UserEvent" in recorder.names())
    names = recorder.names()
    assert names.index(EVENT_RECONNECTED) < names.index("UserEvent")
    close_without_leaks(client, proxy, baseline)


def test_reconnect_re_sends_events_mask_and_filters_in_order(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi() as server, FaultProxy(server.port) as proxy:
        baseline = set(threading.enumerate())
        client = make_client(proxy.port, reconnect=True, backoff=FAST)
        client.connect()
        client.login(events=False)
        client.send(core.Events("call,user"))
        client.send(Action("Filter", Operation="Add", Filter="Event: Hangup"))
        client.send(Action("Filter", Operation="Add", Filter="!Event: Newexten"))
        client.send(core.Ping())  # not session state: never re-sent
        recorder = Recorder().attach(client)
        proxy.drop_all()
        assert wait_until(lambda: EVENT_RECONNECTED in recorder.names())
        again = server.connection(1)
        assert again.actions() == ["challenge", "login", "events", "filter", "filter"]
        assert [r.get("Filter") for r in again.received[3:]] == [
            "Event: Hangup",
            "!Event: Newexten",
        ]
        assert again.received[1].get("Events") == "off"
        close_without_leaks(client, proxy, baseline)


def test_close_during_reconnect_attempts_ends_everything(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    client = connect(make_client, proxy, reconnect=True, backoff=FAST)
    proxy.accepting = False  # every attempt is refused
    proxy.drop_all(reset=True)
    time.sleep(0.3)  # several attempts fail
    fails_fast(lambda: client.send(core.Ping(), timeout=LONG))
    started = time.monotonic()
    close_without_leaks(client, proxy, baseline)
    assert time.monotonic() - started < IO_TIMEOUT


def test_actions_sent_while_reconnecting_fail_instead_of_going_out_before_login(
    make_client: Callable[..., Client], proxy: FaultProxy, baseline: set[threading.Thread]
) -> None:
    """Between the new socket and the re-login, Asterisk answers "Permission denied";
    the client refuses with ConnectionLost instead (found by tests/soak.py)."""
    client = connect(make_client, proxy, reconnect=True, backoff=FAST)
    recorder = Recorder().attach(client)
    proxy.delay = 0.05  # a slow re-login leaves a window
    proxy.drop_all()
    answers: list[str] = []
    deadline = time.monotonic() + IO_TIMEOUT
    while EVENT_RECONNECTED not in recorder.names() and time.monotonic() < deadline:
        try:
            response = client.send(core.Ping(), timeout=LONG)
            answers.append(response.get("Response") or "")
        except ConnectionLost:
            time.sleep(0.005)
    assert EVENT_RECONNECTED in recorder.names()
    assert "Error" not in answers, answers  # no "Permission denied" from before the login
    proxy.delay = 0.0
    assert client.send(core.Ping()).success
    close_without_leaks(client, proxy, baseline)


def test_a_send_racing_the_close_path_gets_connection_lost(proxy: FaultProxy) -> None:
    """The reader has fed EOF to the engine but not yet run the close path: a send in
    that window is a lost connection, not a LocalProtocolError (found by tests/soak.py)."""
    from ami_runtime import Manager

    manager = Manager(detect_version=False)
    try:
        manager.connect("127.0.0.1", proxy.port, timeout=IO_TIMEOUT)
        manager.login("admin", "adminsecret")
        assert manager._protocol is not None
        with manager._lock:  # what the reader does first on EOF (it is idle in recv)
            manager._protocol.receive_data(b"")
        with pytest.raises(ConnectionLost):
            manager.send_action(core.Ping())
    finally:
        manager.close()


def test_events_of_the_re_login_follow_the_reconnect_notice(
    make_client: Callable[..., Client],
    proxy: FaultProxy,
    baseline: set[threading.Thread],
) -> None:
    # With the user's classes (events=True), Asterisk sends FullyBooted right after each
    # login: the one of the re-login must reach subscribers after AmiReconnected.
    client = make_client(proxy.port, reconnect=True, backoff=FAST)
    client.connect()
    client.login()
    recorder = Recorder().attach(client)
    proxy.drop_all()

    def since_the_drop() -> list[str]:  # the first login's FullyBooted may come late
        names = recorder.names()
        return names[names.index(EVENT_DISCONNECTED) :] if EVENT_DISCONNECTED in names else []

    assert wait_until(lambda: "FullyBooted" in since_the_drop())
    names = since_the_drop()
    assert EVENT_RECONNECTED in names
    assert names.index(EVENT_RECONNECTED) < names.index("FullyBooted")
    close_without_leaks(client, proxy, baseline)
