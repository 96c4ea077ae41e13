"""The blocking client's read role (``ami_runtime/_sync/reading.py``).

Without listeners (events off, no callback, no reconnect or keepalive) no reader thread
runs: the callers read for themselves, one at a time, and hand the role on.  These tests
pin what that must not change: every caller gets its own answer, a timeout or a drop
never strands the others, and a callback registered later gets events that arrive while
no action is in flight.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from typing import Any

import pytest
from ami_runtime import Action, AmiTimeout, ConnectionLost, Event, Manager
from ami_runtime._sync.reading import Connection

from tests.replay_server import IO_TIMEOUT, FakeAmi, FakeConnection, FakeRequest, wait_until
from tests.test_clients import ReversingPings, event_bytes, pings_from_threads


def quiet_manager(server: FakeAmi) -> Manager:
    """Logged in with events off and no callback: the callers do the reading."""
    manager = Manager(detect_version=False)
    manager.connect("127.0.0.1", server.port, timeout=IO_TIMEOUT)
    manager.login("admin", "adminsecret", events=False)
    return manager


def reader_started(manager: Manager) -> bool:
    conn = manager._conn
    return conn is not None and conn.reader is not None


def test_fifty_callers_read_for_each_other_and_each_gets_its_own_answer() -> None:
    with FakeAmi() as server:
        manager = quiet_manager(server)
        server.handlers["ping"] = ReversingPings(50)  # answered newest first, all at once
        results = pings_from_threads(manager.send_action, 50)
        try:
            failed = [r for r in results.values() if isinstance(r, BaseException)]
            assert not failed and len(results) == 50
            assert {i: r.get("Echo") for i, r in results.items()} == {i: str(i) for i in range(50)}
            assert not reader_started(manager)  # all of it read by the callers
        finally:
            manager.close()


def test_a_leader_that_times_out_hands_the_role_to_a_waiting_caller() -> None:
    def late(conn: FakeConnection, request: FakeRequest) -> None:
        if request.get("Tag") == "never":
            return
        timer = threading.Timer(0.5, conn.reply, (request, "Success", ("Ping", "Pong")))
        timer.daemon = True
        timer.start()

    with FakeAmi(handlers={"ping": late}) as server:
        manager = quiet_manager(server)
        outcome: dict[str, Any] = {}

        def leader() -> None:
            try:
                manager.send_action(Action("Ping", Tag="never"), timeout=0.2)
            except AmiTimeout as exc:
                outcome["leader"] = exc

        first = threading.Thread(target=leader)
        first.start()
        assert wait_until(lambda: len(server.connection().received) == 3)  # it is reading
        started = time.monotonic()
        answer = manager.send_action(Action("Ping", Tag="late"), timeout=IO_TIMEOUT)
        first.join(IO_TIMEOUT)
        try:
            assert isinstance(outcome.get("leader"), AmiTimeout)
            assert answer.get("Ping") == "Pong"
            assert time.monotonic() - started < IO_TIMEOUT  # woken to read, not timed out
            assert manager.send_action(Action("Ping"), timeout=IO_TIMEOUT).success
        finally:
            manager.close()


def test_a_drop_fails_the_reading_caller_and_the_sleeping_ones() -> None:
    arrived = threading.Event()

    def hold_then_drop(conn: FakeConnection, request: FakeRequest) -> None:
        if request.get("Tag") == "second":
            arrived.set()
            conn.close()

    with FakeAmi(handlers={"ping": hold_then_drop}) as server:
        manager = quiet_manager(server)
        errors: list[BaseException] = []

        def call(tag: str) -> None:
            try:
                manager.send_action(Action("Ping", Tag=tag), timeout=IO_TIMEOUT)
            except BaseException as exc:
                errors.append(exc)

        first = threading.Thread(target=call, args=("first",))
        first.start()
        assert wait_until(lambda: len(server.connection().received) == 3)
        started = time.monotonic()
        call("second")
        first.join(IO_TIMEOUT)
        assert arrived.is_set()
        assert len(errors) == 2 and all(isinstance(e, ConnectionLost) for e in errors)
        assert time.monotonic() - started < IO_TIMEOUT / 2
        assert not manager.is_connected()
        with pytest.raises(ConnectionLost):
            manager.send_action(Action("Ping"))
        manager.close()


def test_a_callback_registered_later_gets_events_while_no_action_is_in_flight() -> None:
    with FakeAmi() as server:
        manager = quiet_manager(server)
        got: list[str] = []
        try:
            assert not reader_started(manager)
            manager.register_callback("", lambda event, _m: got.append(event.name))
            assert reader_started(manager)
            server.connection().send(event_bytes("Newchannel") + event_bytes("Hangup"))
            assert wait_until(lambda: got == ["Newchannel", "Hangup"])
            assert manager.send_action(Action("Ping")).success  # answered via the reader
        finally:
            manager.close()


@pytest.mark.parametrize("events", [True, "call,agent"])
def test_logging_in_with_events_on_starts_the_reader(events: Any) -> None:
    with FakeAmi() as server:
        manager = Manager(detect_version=False)
        manager.connect("127.0.0.1", server.port, timeout=IO_TIMEOUT)
        manager.login("admin", "adminsecret", events=events)
        got: list[Event] = []
        try:
            assert reader_started(manager)
            manager._dispatcher.register("", lambda event, _m: got.append(event))
            server.connection().send(event_bytes("FullyBooted"))
            assert wait_until(lambda: len(got) == 1)
        finally:
            manager.close()


def test_connecting_again_fails_what_was_in_flight_on_the_old_connection() -> None:
    # (The reconnect loop replaces a connection it dropped before its reader saw the end;
    # a waiter on the old one must fail then, not sleep until its timeout.)
    with FakeAmi(handlers={"ping": None}) as server:  # never answers a Ping
        manager = quiet_manager(server)
        errors: list[BaseException] = []

        def call() -> None:
            try:
                manager.send_action(Action("Ping"), timeout=IO_TIMEOUT)
            except BaseException as exc:
                errors.append(exc)

        caller = threading.Thread(target=call)
        caller.start()
        assert wait_until(lambda: len(server.connection().received) == 3)
        started = time.monotonic()
        manager.connect("127.0.0.1", server.port, timeout=IO_TIMEOUT)
        caller.join(IO_TIMEOUT)
        try:
            assert len(errors) == 1 and isinstance(errors[0], ConnectionLost), errors
            assert time.monotonic() - started < IO_TIMEOUT / 2
            assert manager.is_connected()
        finally:
            manager.close()


def test_callers_read_with_select_where_there_is_no_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    import select

    monkeypatch.delattr(select, "poll")  # as on Windows
    with FakeAmi() as server:
        manager = quiet_manager(server)
        try:
            assert manager._conn is not None and manager._conn._poll is None
            assert [manager.send_action(Action("Ping")).get("Ping") for _ in range(3)] == [
                "Pong"
            ] * 3
            with pytest.raises(AmiTimeout):
                server.handlers["ping"] = None  # never answers: the wait must still end
                manager.send_action(Action("Ping"), timeout=0.2)
        finally:
            manager.close()


# -- one read, with a deadline (reading.Connection.read) ---------------------------------


class _RefusesTimeouts(socket.socket):
    """A socket whose kernel read timeout cannot be set (as on a platform without it)."""

    def setsockopt(self, *args: Any) -> None:
        raise OSError("SO_RCVTIMEO refused")


@pytest.mark.parametrize("kind", ["kernel_timeout", "poll"])
def test_a_read_with_a_deadline_returns_none_data_or_end(kind: str) -> None:
    left, right = socket.socketpair()
    if kind == "poll":
        left = _RefusesTimeouts(fileno=left.detach())
    conn = Connection(left)
    try:
        assert conn.read(0.05) is None  # nothing came: back after the deadline, not stuck
        assert conn._kernel_timeout is (kind == "kernel_timeout" and sys.platform == "linux")
        # A read without a deadline (the reader thread's) must wait past the short
        # timeout the kernel was given before: data sent later still arrives.
        timer = threading.Timer(0.3, right.sendall, args=(b"late",))
        timer.start()
        try:
            assert conn.read() == b"late"
        finally:
            timer.join(IO_TIMEOUT)
        right.sendall(b"Response: Success\r\n\r\n")
        assert conn.read(IO_TIMEOUT) == b"Response: Success\r\n\r\n"
        right.close()
        assert conn.read(IO_TIMEOUT) == b""  # the peer's end
    finally:
        left.close()
        right.close()
