"""What both clients do when the server misbehaves: closes mid-way, sends garbage,
stops answering.  Each test runs against Manager and AsyncManager (``make_client``).

"At once" is checked against a long action timeout: an action in flight must fail as
soon as the connection goes, long before its own timeout could have fired.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import pytest
from ami_runtime import (
    EVENT_DISCONNECTED,
    Action,
    AmiTimeout,
    ConnectionLost,
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

LONG = 30.0  # an action timeout that must never be what ends a test


def fails_at_once(client: Client, request: Action) -> ConnectionLost:
    started = time.monotonic()
    with pytest.raises(ConnectionLost) as info:
        client.send(request, timeout=LONG)
    assert time.monotonic() - started < IO_TIMEOUT
    return info.value


def assert_disconnected(client: Client, recorder: Recorder) -> None:
    assert recorder.disconnected.wait(IO_TIMEOUT), "no AmiDisconnected event"
    assert not client.is_connected()
    [gone] = [e for e in recorder.events if e.name == EVENT_DISCONNECTED]
    assert gone["Reason"] == "connection closed by the server"
    with pytest.raises(ConnectionLost):
        client.send(Action("Ping"))


# -- the server closes ------------------------------------------------------------------


def _mid_list(conn: FakeConnection, request: FakeRequest) -> None:
    conn.reply(request, "Success", ("EventList", "start"), ("Message", "will follow"))
    conn.send(response_bytes([("Event", "QueueParams"), ("ActionID", request.action_id or "")]))
    conn.close()


def _mid_message(conn: FakeConnection, request: FakeRequest) -> None:
    conn.send(f"Response: Success\r\nActionID: {request.action_id}\r\nMessa".encode())
    conn.close()


@pytest.mark.parametrize("handler", [_mid_list, _mid_message], ids=["mid-list", "mid-message"])
def test_server_closing_fails_the_action_in_flight_at_once(
    make_client: Callable[..., Client], handler: Callable[..., None]
) -> None:
    with FakeAmi(handlers={"queuestatus": handler}) as server:
        client = start(server, make_client)
        recorder = Recorder().attach(client)
        iteration = client.iterate() if client.kind == "async" else None
        fails_at_once(client, Action("QueueStatus"))
        assert_disconnected(client, recorder)
        names = [e.name for e in recorder.events]
        assert "QueueParams" not in names  # a list item of a failed list is not an event
        if iteration is not None:
            assert iteration.ended.wait(IO_TIMEOUT)
            assert isinstance(iteration.error, ConnectionLost)
            assert [e.name for e in iteration.events] == [EVENT_DISCONNECTED]


def test_server_closing_mid_login_fails_login_with_connection_lost(
    make_client: Callable[..., Client],
) -> None:
    def hang_up(conn: FakeConnection, request: FakeRequest) -> None:
        conn.close()

    with FakeAmi(handlers={"login": hang_up}) as server:
        client = make_client(server.port)
        client.connect()
        recorder = Recorder().attach(client)
        started = time.monotonic()
        with pytest.raises(ConnectionLost):
            client.login(auth="plain")
        assert time.monotonic() - started < IO_TIMEOUT
        assert_disconnected(client, recorder)


def test_server_closing_before_the_banner_fails_connect(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi(banner=b"") as server:
        client = make_client(server.port)
        errors: list[BaseException] = []

        def connect() -> None:
            try:
                client.connect()
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=connect)
        thread.start()
        server.connection().close()
        thread.join(IO_TIMEOUT)
        assert not thread.is_alive()
        assert len(errors) == 1 and isinstance(errors[0], ConnectionLost)
        assert not client.is_connected()


def test_every_action_in_flight_fails_when_the_server_closes(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi(handlers={"ping": None}) as server:
        client = start(server, make_client)
        errors: list[BaseException] = []

        def send() -> None:
            try:
                client.send(Action("Ping"), timeout=LONG)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=send) for _ in range(5)]
        for t in threads:
            t.start()
        server.wait_request("ping", count=5)
        server.connection().close()
        for t in threads:
            t.join(IO_TIMEOUT)
        assert len(errors) == 5 and all(isinstance(e, ConnectionLost) for e in errors)


# -- garbage ---------------------------------------------------------------------------

GARBAGE = (
    b"\x00\xff\xfe not AMI at all\r\n\r\n"
    b"\x80\x81: \xff\r\n\r\n"
    b"\n\n\r\n"
    b"Event: \xe9v\xe9nement\r\nActionID: \xff\r\n\r\n"
    b"Response: Success\r\nActionID: nobody\r\n\r\n"
    b": empty key\r\nno colon\r\n\r\n"
)


def test_garbage_between_answers_does_not_stop_the_reader(
    make_client: Callable[..., Client],
) -> None:
    def ping_after_garbage(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(GARBAGE)
        conn.reply(request, "Success", ("Ping", "Pong"))

    with FakeAmi(handlers={"ping": ping_after_garbage}) as server:
        client = start(server, make_client)
        recorder = Recorder().attach(client)
        for _ in range(3):
            assert client.send(Action("Ping")).get("Ping") == "Pong"
        assert client.is_connected()
        assert wait_until(lambda: len(recorder.orphans) == 3)
        assert [o.action_id for o in recorder.orphans] == ["nobody"] * 3
        assert wait_until(lambda: len(recorder.events) == 3)
        assert {e.name for e in recorder.events} == {"\u00e9v\u00e9nement"}


def test_oversized_garbage_closes_cleanly_with_an_error(
    make_client: Callable[..., Client],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def flood(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(b"Response: Success\r\nOutput: " + b"x" * 1000)

    with FakeAmi(handlers={"ping": flood}) as server:
        client = start(server, make_client, max_message_size=256)
        recorder = Recorder().attach(client)
        with caplog.at_level(logging.ERROR, logger="ami"):
            fails_at_once(client, Action("Ping"))
            assert_disconnected(client, recorder)
        assert any("exceeds the cap" in r.getMessage() for r in caplog.records)


# -- the server stops answering ------------------------------------------------------


def test_silent_server_times_out_and_the_late_answer_is_dropped(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi(handlers={"hold": None}) as server:
        client = start(server, make_client)
        recorder = Recorder().attach(client)
        started = time.monotonic()
        with pytest.raises(AmiTimeout):
            client.send(Action("Hold", timeout=0.3))
        assert 0.3 <= time.monotonic() - started < IO_TIMEOUT
        late = server.wait_request("hold")
        server.connection().reply(late, "Success", ("Message", "finally"))
        assert client.send(Action("Ping")).get("Ping") == "Pong"  # the reader went past it
        assert wait_until(lambda: client.dropped_late() == 1)
        assert recorder.orphans == []
        assert client.is_connected()


def test_per_call_timeout_overrides_the_request_timeout(
    make_client: Callable[..., Client],
) -> None:
    with FakeAmi(handlers={"hold": None}) as server:
        client = start(server, make_client)
        started = time.monotonic()
        with pytest.raises(AmiTimeout, match="0.2"):
            client.send(Action("Hold", timeout=LONG), timeout=0.2)
        assert time.monotonic() - started < IO_TIMEOUT
