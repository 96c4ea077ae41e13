"""A fault-injecting TCP proxy for client tests: 127.0.0.1 only, threads, every wait bounded.

It sits between a client and a server (the simulator, or ``FakeAmi``) and forwards bytes
both ways until told to misbehave:

* :meth:`FaultProxy.cut` arms a one-shot fault that fires when a pattern passes in one
  direction (``"s2c"`` server to client, ``"c2s"`` client to server), or after a number
  of bytes: the bytes before the cut point are forwarded, the rest is lost and the
  connection is closed (FIN) or reset (``reset=True``: ``SO_LINGER`` 0, so the client
  gets an RST).  Mid-message, mid-list and mid-login drops are cuts.
* :meth:`FaultProxy.drop_all` closes (or resets) every open connection at once.
* :meth:`FaultProxy.stall_all` makes every open connection a black hole: both sockets
  stay open, nothing is forwarded any more (a silent dead peer, e.g. a NAT that forgot
  the flow).  New connections are not stalled.
* ``delay`` (seconds) holds every server-to-client chunk that long; ``chunk`` splits
  server-to-client data into pieces of at most that many bytes (each piece delayed).
* ``accepting = False`` refuses new connections (they are closed at once).

Each connection records what the client sent (:attr:`ProxyConnection.c2s`) unless
``record=False`` (a soak), which also forgets closed connections.
"""

from __future__ import annotations

import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Direction", "FaultProxy", "ProxyConnection", "Cut"]

Direction = Literal["s2c", "c2s"]

#: Poll period of the pump threads: how fast they notice a stop or a stall.
_POLL = 0.05
_IO_TIMEOUT = 5.0
_READ_SIZE = 65536


@dataclass
class Cut:
    """A one-shot fault: fires on the first connection that matches."""

    direction: Direction
    pattern: bytes | None
    keep: int
    """Bytes forwarded past the start of ``pattern`` (or from arming, with no pattern)."""
    reset: bool
    fired: threading.Event = field(default_factory=threading.Event)
    seen: int = 0


def _reset(sock: socket.socket) -> None:
    """Close ``sock`` so that the peer gets an RST, not a FIN."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


class ProxyConnection:
    """One proxied client connection: two pump threads, one per direction."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.c2s = bytearray()
        self.closed = threading.Event()
        self.stalled = False
        self._lock = threading.Lock()
        self._tails: dict[str, bytes] = {"s2c": b"", "c2s": b""}
        self.threads = [
            threading.Thread(target=self._pump, args=(client, upstream, "c2s"), daemon=True),
            threading.Thread(target=self._pump, args=(upstream, client, "s2c"), daemon=True),
        ]
        for thread in self.threads:
            thread.name = "fault-proxy-pump"

    def start(self) -> None:
        """Start pumping; called once the proxy lists the connection, so that a client
        that got an answer through it always finds it in ``proxy.connections``."""
        for thread in self.threads:
            thread.start()

    def close(self, reset: bool = False) -> None:
        """Close both sides; ``reset`` sends the client an RST."""
        with self._lock:
            if self.closed.is_set():
                return
            self.closed.set()
            if reset:
                _reset(self.client)
                _reset(self.upstream)
            else:
                _close(self.client)
                _close(self.upstream)

    def _pump(self, src: socket.socket, dst: socket.socket, direction: Direction) -> None:
        # Poll with select, not a socket timeout: the same timeout would also bound
        # sendall() to a slow reader, and the proxy would drop it on its own.
        src.settimeout(_IO_TIMEOUT)
        # One buffer per pump, read into and forwarded from (a view, no copy).  recv(n)
        # would malloc n bytes per read and shrink them to what came: under a soak's
        # load that fragments glibc's heap, whose size then grows for minutes while the
        # memory in use stays flat.
        buffer = bytearray(_READ_SIZE)
        view = memoryview(buffer)
        try:
            while not self.closed.is_set():
                readable, _, _ = select.select([src], [], [], _POLL)
                if not readable:
                    continue
                size = src.recv_into(buffer)
                if not size:
                    break
                data = view[:size]
                if direction == "c2s" and self.proxy.record:
                    self.c2s += data
                if self.stalled:
                    continue  # a black hole: read and forget
                if not self._forward(data, dst, direction):
                    return
        except OSError as exc:
            if not self.closed.is_set() and self.proxy.on_error is not None:
                self.proxy.on_error(f"{direction}: {exc!r}")  # a drop the test did not ask for
        self.close()

    def _forward(self, data: memoryview, dst: socket.socket, direction: Direction) -> bool:
        """Send ``data`` on, unless a cut fires; False once the connection is gone."""
        cut, at = self._match(data, direction)
        if cut is not None:
            self._send(dst, data[:at], direction)
            cut.fired.set()  # before the close: whoever sees the drop sees it fired
            self.close(reset=cut.reset)
            return False
        self._send(dst, data, direction)
        return not self.closed.is_set()

    def _send(self, dst: socket.socket, data: memoryview, direction: Direction) -> None:
        proxy = self.proxy
        if direction == "c2s" or (proxy.delay <= 0 and proxy.chunk <= 0):
            dst.sendall(data)
            return
        step = proxy.chunk if proxy.chunk > 0 else len(data) or 1
        for start in range(0, len(data), step):
            if proxy.delay > 0:
                time.sleep(proxy.delay)
            if self.closed.is_set() or self.stalled:
                return
            dst.sendall(data[start : start + step])

    def _match(self, data: memoryview, direction: Direction) -> tuple[Cut | None, int]:
        """The cut that fires in ``data`` and how many of its bytes still pass."""
        tail = self._tails[direction]
        for cut in self.proxy._armed(direction):
            if cut.pattern is None:
                if cut.seen + len(data) > cut.keep:
                    if self.proxy._claim(cut):
                        return cut, max(0, cut.keep - cut.seen)
                cut.seen += len(data)
                continue
            found = (tail + data).find(cut.pattern)
            if found >= 0 and self.proxy._claim(cut):
                return cut, max(0, found - len(tail) + cut.keep)
        width = max((len(c.pattern or b"") for c in self.proxy._armed(direction)), default=1)
        self._tails[direction] = (tail + data)[-max(0, width - 1) :] if width > 1 else b""
        return None, 0


class FaultProxy:
    """``with FaultProxy(upstream_port) as proxy:`` then connect clients to ``proxy.port``."""

    def __init__(
        self, upstream_port: int, upstream_host: str = "127.0.0.1", *, record: bool = True
    ) -> None:
        self.upstream = (upstream_host, upstream_port)
        #: Keep closed connections and what clients sent (tests); off for a soak.
        self.record = record
        self.delay = 0.0
        self.chunk = 0
        self.accepting = True
        self.connections: list[ProxyConnection] = []
        #: Connections accepted and proxied so far.
        self.accepted = 0
        #: Called with a reason when the proxy drops a connection on a socket error of
        #: its own (e.g. a 5 s send timeout to a client that does not read).
        self.on_error: Callable[[str], None] | None = None
        self._cuts: list[Cut] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(_IO_TIMEOUT)
        self._listener.close()
        for conn in list(self.connections):
            conn.close()
            for thread in conn.threads:
                thread.join(_IO_TIMEOUT)

    # -- faults ----------------------------------------------------------------------

    def cut(
        self,
        direction: Direction,
        pattern: bytes | None = None,
        *,
        keep: int = 0,
        reset: bool = False,
    ) -> Cut:
        """Arm a one-shot cut; ``cut.fired`` is set once it has fired."""
        cut = Cut(direction, pattern, keep, reset)
        with self._lock:
            self._cuts.append(cut)
        return cut

    def disarm(self, cut: Cut) -> bool:
        """Withdraw ``cut``; True if it had not fired (it never will now)."""
        return self._claim(cut)

    def drop_all(self, reset: bool = False) -> int:
        """Close (FIN) or reset (RST) every open connection; how many there were."""
        open_now = [c for c in self.connections if not c.closed.is_set()]
        for conn in open_now:
            conn.close(reset=reset)
        return len(open_now)

    def stall_all(self) -> None:
        """Every open connection stops forwarding; its sockets stay open."""
        for conn in self.connections:
            conn.stalled = True

    def open_connections(self) -> list[ProxyConnection]:
        return [c for c in self.connections if not c.closed.is_set()]

    def _armed(self, direction: Direction) -> list[Cut]:
        with self._lock:
            return [c for c in self._cuts if c.direction == direction]

    def _claim(self, cut: Cut) -> bool:
        """Take ``cut`` off the list (only one connection gets a one-shot fault)."""
        with self._lock:
            if cut in self._cuts:
                self._cuts.remove(cut)
                return True
            return False

    # -- serving ---------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.accepting:
                _reset(client)
                continue
            try:
                upstream = socket.create_connection(self.upstream, timeout=_IO_TIMEOUT)
            except OSError:
                _reset(client)
                continue
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if not self.record:  # a long soak keeps only live connections
                self.connections = self.open_connections()
            conn = ProxyConnection(self, client, upstream)
            self.connections.append(conn)
            self.accepted += 1
            conn.start()
