"""The fake AMI server itself: a large send reaches a slow reader whole, and what the
server fails to deliver fails the test instead of vanishing."""

from __future__ import annotations

import hashlib
import socket

import pytest

from tests.replay_server import (
    BANNER,
    IO_TIMEOUT,
    FakeAmi,
    FakeConnection,
    FakeRequest,
)

# Far more than the kernel buffers of an idle loopback connection (a send buffer of at
# most 4 MiB by default on Linux, and a receive buffer pinned small below): the server's
# send has to wait on the reader.
BIG = bytes(range(256)) * (16 * 4096)


def _send_big(conn: FakeConnection, request: FakeRequest) -> None:
    conn.send(BIG)


def _client(port: int) -> socket.socket:
    """A raw client with a small receive buffer that has asked for BIG."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
    sock.settimeout(IO_TIMEOUT)
    sock.connect(("127.0.0.1", port))
    sock.sendall(b"Action: Big\r\n\r\n")
    return sock


def _read_all(sock: socket.socket, want: int) -> bytes:
    """Up to ``want`` bytes; fewer if the server closes first or sends nothing more for
    IO_TIMEOUT (the stream stalled)."""
    got = bytearray()
    while len(got) < want:
        try:
            chunk = sock.recv(1 << 20)
        except TimeoutError:
            break
        if not chunk:
            break
        got += chunk
    return bytes(got)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()  # a readable failure, not a 16 MB diff


def test_a_reader_slower_than_the_poll_gets_every_byte_of_a_large_send() -> None:
    # The connection's socket timeout is the request loop's 0.2 s poll; sendall() took
    # it as a bound on the whole write and dropped the rest of a flood that a client
    # read more slowly than that, silently (a 6 MB flood test lost its last 400 KB).
    with FakeAmi(handlers={"big": _send_big}) as server:
        with _client(server.port) as sock:
            server.wait_request("big")
            # A reader that stalls for longer than one poll, then reads at its own pace.
            assert not server.connection().closed.wait(0.5)
            got = _read_all(sock, len(BANNER) + len(BIG))
    assert len(got) == len(BANNER) + len(BIG)
    assert _digest(got) == _digest(BANNER + BIG)


def test_a_reader_that_stops_for_the_stall_timeout_fails_the_test() -> None:
    server = FakeAmi(handlers={"big": _send_big}, stall_timeout=0.5)
    with pytest.raises(AssertionError, match="send stalled"):
        with server, _client(server.port) as sock:
            assert server.connection().closed.wait(IO_TIMEOUT)  # the server gave up
            got = _read_all(sock, len(BANNER) + len(BIG) + 1)
            # What the kernel held still comes, then EOF: never a stream that just stops.
            assert len(BANNER) < len(got) < len(BANNER) + len(BIG)
            assert _digest(got) == _digest((BANNER + BIG)[: len(got)])
    assert len(server.errors) == 1


def test_a_handler_that_raises_fails_the_test() -> None:
    def broken(conn: FakeConnection, request: FakeRequest) -> None:
        raise ValueError("handler bug")

    server = FakeAmi(handlers={"broken": broken})
    with pytest.raises(AssertionError, match="handler bug"):
        with server, socket.create_connection(("127.0.0.1", server.port), IO_TIMEOUT) as sock:
            sock.sendall(b"Action: Broken\r\n\r\n")
            assert server.connection().closed.wait(IO_TIMEOUT)
            assert _read_all(sock, len(BANNER) + 1) == BANNER  # then EOF
