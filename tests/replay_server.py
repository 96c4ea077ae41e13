"""Fake AMI servers for client tests: a transcript replayer and a small scriptable server.

Both listen on 127.0.0.1 on a free port (bind to port 0) and serve from daemon threads.
Every socket has a timeout and every wait is bounded, so a test that goes wrong fails
instead of hanging.  They read requests with a deliberately naive split on the blank
line (our client always writes CRLF), independent of the runtime's own framing.

* :class:`ReplayServer` plays a script: recorded server chunks (:class:`Play`), checks of
  what the client sends (:class:`Expect`), and who closes (:class:`Close`,
  :class:`AwaitClose`).  The transcript replay tests build scripts from
  ``/work/shared/transcripts*``.
* :class:`FakeAmi` answers Challenge, Login (plain and MD5), Ping, Events, Filter and
  Logoff itself; tests override or silence any action with a handler, push bytes or drop
  the connection at will, and accept reconnects (each connection is recorded).
* :class:`SyncClient` / :class:`AsyncClient`: one blocking facade over Manager and
  AsyncManager (the latter on its own event loop thread, driven with
  ``run_coroutine_threadsafe``), so fault and client tests run the same body against
  both (fixture ``make_client`` in ``conftest.py``).
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Union

from ami_runtime import EVENT_DISCONNECTED, AsyncManager, Backoff, Manager, Response
from ami_runtime.action import Request
from ami_runtime.errors import ConnectionLost
from ami_runtime.framing import DEFAULT_MAX_MESSAGE_SIZE

__all__ = [
    "BANNER",
    "CLIENTS",
    "AsyncClient",
    "Client",
    "Recorder",
    "SyncClient",
    "start",
    "IO_TIMEOUT",
    "AwaitClose",
    "Close",
    "Expect",
    "FakeAmi",
    "FakeConnection",
    "FakeRequest",
    "Play",
    "ReplayServer",
    "parse_request",
    "response_bytes",
    "wait_until",
]

#: Upper bound for any single wait in these helpers (seconds).
IO_TIMEOUT = 5.0
BANNER = b"Asterisk Call Manager/9.0.0\r\n"


def wait_until(predicate: Callable[[], object], timeout: float = IO_TIMEOUT) -> bool:
    """Poll ``predicate`` every 5 ms until it is true or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.005)
    return bool(predicate())


def parse_request(raw: bytes) -> list[tuple[str, str]]:
    """``Key: Value`` pairs of one request (without its blank line), naively."""
    pairs = []
    for line in raw.decode("utf-8", "replace").split("\r\n"):
        key, sep, value = line.partition(":")
        if sep:
            pairs.append((key, value[1:] if value.startswith(" ") else value))
    return pairs


def _split_requests(buf: bytearray) -> list[bytes]:
    out = []
    while True:
        end = buf.find(b"\r\n\r\n")
        if end < 0:
            return out
        out.append(bytes(buf[:end]))
        del buf[: end + 4]


def response_bytes(pairs: Iterable[tuple[str, str]]) -> bytes:
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in pairs) + b"\r\n"


def _listener() -> socket.socket:
    sock = socket.create_server(("127.0.0.1", 0))
    sock.settimeout(IO_TIMEOUT)
    return sock


# -- transcript replay -----------------------------------------------------------------


@dataclass(frozen=True)
class Play:
    """Server bytes to write, as one ``sendall`` (one recorded chunk)."""

    data: bytes


@dataclass(frozen=True)
class Expect:
    """The next request the client must send, without its blank line.

    ``rewrite_action_id``: the client picks its own ActionID (``login()`` does); the rest
    must match pair for pair, and later :class:`Play` bytes get the client's ActionID in
    place of the recorded one.
    """

    data: bytes
    rewrite_action_id: bool = False


@dataclass(frozen=True)
class Close:
    """The server closes the connection."""


@dataclass(frozen=True)
class AwaitClose:
    """Wait for the client to close (it must send nothing more)."""


Step = Union[Play, Expect, Close, AwaitClose]


class ReplayServer:
    """Serve one connection by the script; ``errors`` lists every deviation."""

    def __init__(self, script: Sequence[Step]) -> None:
        self.script = list(script)
        self.errors: list[str] = []
        self.received: list[bytes] = []
        #: Recorded ActionID -> the one the client used (``rewrite_action_id`` steps).
        self.action_ids: dict[str, str] = {}
        self.done = threading.Event()
        self._listener = _listener()
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="replay-server", daemon=True)

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._listener.close()
        self._thread.join(IO_TIMEOUT)

    def _serve(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError as exc:
            self.errors.append(f"no client connected: {exc}")
            self.done.set()
            return
        conn.settimeout(IO_TIMEOUT)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            self._run(conn)
        except OSError as exc:
            self.errors.append(f"socket error: {exc!r}")
        finally:
            conn.close()
            self.done.set()

    def _run(self, conn: socket.socket) -> None:
        buf = bytearray()
        for step in self.script:
            if isinstance(step, Play):
                conn.sendall(self._rewrite(step.data))
            elif isinstance(step, Expect):
                got = _next_request(conn, buf)
                if got is None:
                    self.errors.append(f"client closed; expected {step.data!r}")
                    return
                self.received.append(got)
                if not self._matches(step, got):
                    self.errors.append(f"expected {step.data!r}, got {got!r}")
                    return
            elif isinstance(step, Close):
                return
            else:
                extra = _next_request(conn, buf)
                if extra is not None:
                    self.errors.append(f"unexpected request {extra!r}")
                return

    def _matches(self, step: Expect, got: bytes) -> bool:
        if not step.rewrite_action_id:
            return got == step.data
        want, have = parse_request(step.data), parse_request(got)
        strip = [(k, v) for k, v in want if k.lower() != "actionid"]
        if strip != [(k, v) for k, v in have if k.lower() != "actionid"]:
            return False
        recorded = dict((k.lower(), v) for k, v in want).get("actionid")
        mine = dict((k.lower(), v) for k, v in have).get("actionid")
        if recorded is not None and mine is not None:
            self.action_ids[recorded] = mine
        return True

    def _rewrite(self, data: bytes) -> bytes:
        for recorded, mine in self.action_ids.items():
            data = data.replace(
                b"ActionID: " + recorded.encode() + b"\r\n", b"ActionID: " + mine.encode() + b"\r\n"
            )
        return data


def _next_request(conn: socket.socket, buf: bytearray) -> bytes | None:
    """The next whole request, or None when the client closed first."""
    while True:
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            got = bytes(buf[:end])
            del buf[: end + 4]
            return got
        data = conn.recv(65536)
        if not data:
            return None
        buf += data


# -- scriptable fake server ------------------------------------------------------------


class FakeRequest:
    """One request as the fake server read it."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.pairs = parse_request(raw)

    def get(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.pairs:
            if k.lower() == key.lower():
                return v
        return default

    @property
    def action(self) -> str:
        return (self.get("Action") or "").lower()

    @property
    def action_id(self) -> str | None:
        return self.get("ActionID")

    def __repr__(self) -> str:
        return f"FakeRequest({self.pairs!r})"


class FakeConnection:
    """The server side of one client connection."""

    def __init__(self, server: FakeAmi, sock: socket.socket) -> None:
        self.server = server
        self.sock = sock
        self.received: list[FakeRequest] = []
        self.closed = threading.Event()
        self.challenge = "123456789"
        self._lock = threading.Lock()

    def send(self, data: bytes) -> None:
        """Write all of ``data``, however long a client that keeps reading takes.

        Not ``sendall``: since Python 3.5 the socket's timeout bounds its whole run, and
        this socket's timeout is the 0.2 s poll of the request loop, so ``sendall`` of a
        flood larger than the kernel's buffers gave up after 0.2 s when the client read
        more slowly, and the rest of the stream vanished without a word.  Each ``send``
        here waits at most one poll; only ``stall_timeout`` with no byte taken is an
        error, and a loud one (:meth:`FakeAmi.close` raises it).  A client that went
        away takes nothing more, silently: tests drop clients on purpose.
        """
        with self._lock:
            view = memoryview(data)
            progress = time.monotonic()
            while view:
                try:
                    sent = self.sock.send(view)
                except TimeoutError:  # no room for one poll: the client reads slowly
                    if self.closed.is_set():
                        return
                    if time.monotonic() - progress < self.server.stall_timeout:
                        continue
                    self.server.errors.append(
                        f"send stalled: the client took none of the last {len(view)} of "
                        f"{len(data)} bytes in {self.server.stall_timeout} s; connection dropped"
                    )
                    break
                except OSError:
                    return  # the client (or the test) closed the connection
                view = view[sent:]
                progress = time.monotonic()
        if view:
            self.close()  # EOF, not a stream that silently lost its tail

    def reply(self, request: FakeRequest, kind: str = "Success", *pairs: tuple[str, str]) -> None:
        """``Response: kind``, the request's ActionID, then ``pairs``."""
        head = [("Response", kind)]
        if request.action_id is not None:
            head.append(("ActionID", request.action_id))
        self.send(response_bytes([*head, *pairs]))

    def close(self) -> None:
        """Drop the connection (the client sees EOF)."""
        self.closed.set()  # first: a send waiting for room gives up at its next poll
        with self._lock:
            try:
                self.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.sock.close()

    def actions(self) -> list[str]:
        return [r.action for r in self.received]

    def _serve(self) -> None:
        self.send(self.server.banner)
        buf = bytearray()
        try:
            while not self.closed.is_set():
                try:
                    data = self.sock.recv(65536)
                except TimeoutError:
                    continue
                if not data:
                    break
                buf += data
                for raw in _split_requests(buf):
                    request = FakeRequest(raw)
                    self.received.append(request)
                    self.server._handle(self, request)
        except OSError:
            pass
        except Exception as exc:  # a handler's bug: fail the test, not just this thread
            self.server.errors.append(f"a handler raised {exc!r}; connection dropped")
        finally:
            self.closed.set()
            self.sock.close()


Handler = Callable[[FakeConnection, FakeRequest], None]


class FakeAmi:
    """A small AMI server for client tests.

    ``handlers`` maps a lower-case action name to ``fn(conn, request)``; ``None`` as a
    handler means "never answer".  Unhandled actions get Asterisk's unknown-action error.
    ``errors`` lists what went wrong on the server's side (a send the client stopped
    taking for ``stall_timeout`` seconds, a handler that raised); :meth:`close` raises
    them, so a test that loses data this way fails even if its own checks missed it.
    """

    def __init__(
        self,
        *,
        handlers: dict[str, Handler | None] | None = None,
        banner: bytes = BANNER,
        username: str = "admin",
        secret: str = "adminsecret",
        stall_timeout: float = IO_TIMEOUT,
    ) -> None:
        self.banner = banner
        self.stall_timeout = stall_timeout
        self.errors: list[str] = []
        self.username = username
        self.secret = secret
        self.handlers: dict[str, Handler | None] = {
            "challenge": _challenge,
            "login": _login,
            "ping": _ping,
            "events": _events,
            "filter": _success,
            "logoff": _logoff,
        }
        self.handlers.update(handlers or {})
        self.connections: list[FakeConnection] = []
        self.accepting = True
        self._listener = _listener()
        self._listener.settimeout(0.05)  # closing a socket does not wake accept(): poll
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="fake-ami", daemon=True)

    def __enter__(self) -> FakeAmi:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        for conn in list(self.connections):
            conn.close()
        self._thread.join(IO_TIMEOUT)
        if self.errors:
            raise AssertionError("fake AMI server: " + "; ".join(self.errors))

    def connection(self, index: int = -1, timeout: float = IO_TIMEOUT) -> FakeConnection:
        """Connection ``index`` (default: the latest), waiting for it to exist."""
        need = index + 1 if index >= 0 else 1
        if not wait_until(lambda: len(self.connections) >= need, timeout):
            raise AssertionError(f"expected {need} connection(s), have {len(self.connections)}")
        return self.connections[index]

    def wait_request(
        self, action: str, index: int = -1, count: int = 1, timeout: float = IO_TIMEOUT
    ) -> FakeRequest:
        """Wait until connection ``index`` has received ``count`` requests for ``action``."""
        conn = self.connection(index, timeout)

        def found() -> list[FakeRequest]:
            return [r for r in list(conn.received) if r.action == action.lower()]

        if not wait_until(lambda: len(found()) >= count, timeout):
            raise AssertionError(f"no {action} request on connection {index}: {conn.actions()}")
        return found()[count - 1]

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.accepting:
                sock.close()
                continue
            sock.settimeout(0.2)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = FakeConnection(self, sock)
            self.connections.append(conn)
            threading.Thread(target=conn._serve, name="fake-ami-conn", daemon=True).start()

    def _handle(self, conn: FakeConnection, request: FakeRequest) -> None:
        if request.action in self.handlers:
            handler = self.handlers[request.action]
            if handler is not None:
                handler(conn, request)
            return
        conn.reply(request, "Error", ("Message", "Invalid/unknown command"))


def _challenge(conn: FakeConnection, request: FakeRequest) -> None:
    conn.reply(request, "Success", ("Challenge", conn.challenge))


def _login(conn: FakeConnection, request: FakeRequest) -> None:
    server = conn.server
    if (request.get("AuthType") or "").lower() == "md5":
        key = hashlib.md5((conn.challenge + server.secret).encode()).hexdigest()
        ok = request.get("Key") == key
    else:
        ok = request.get("Secret") == server.secret
    if ok and request.get("Username") == server.username:
        conn.reply(request, "Success", ("Message", "Authentication accepted"))
    else:
        conn.reply(request, "Error", ("Message", "Authentication failed"))
        conn.close()


def _ping(conn: FakeConnection, request: FakeRequest) -> None:
    extra = [("Echo", tag)] if (tag := request.get("Tag")) is not None else []
    conn.reply(request, "Success", ("Ping", "Pong"), ("Timestamp", "0.000000"), *extra)


def _events(conn: FakeConnection, request: FakeRequest) -> None:
    mask = (request.get("EventMask") or "").lower()
    conn.reply(request, "Success", ("Events", "Off" if mask in ("off", "0", "no") else "On"))


def _success(conn: FakeConnection, request: FakeRequest) -> None:
    conn.reply(request, "Success")


def _logoff(conn: FakeConnection, request: FakeRequest) -> None:
    conn.reply(request, "Goodbye", ("Message", "Thanks for all the fish."))
    conn.close()


# -- one blocking facade over both clients --------------------------------------------


class SyncClient:
    """:class:`~ami_runtime.Manager` behind the facade."""

    kind = "sync"

    def __init__(
        self,
        port: int,
        *,
        reconnect: bool = False,
        backoff: Backoff | None = None,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
    ):
        self.port = port
        self.manager = Manager(
            reconnect=reconnect,
            backoff=backoff,
            detect_version=False,
            max_message_size=max_message_size,
        )

    def connect(self) -> None:
        self.manager.connect("127.0.0.1", self.port, timeout=IO_TIMEOUT)

    def login(self, username: str = "admin", secret: str = "adminsecret", **kw: Any) -> Response:
        return self.manager.login(username, secret, **kw)

    def send(self, request: Request[Any], **kw: Any) -> Response:
        return self.manager.send_action(request, **kw)

    def on(self, key: Any, fn: Callable[..., Any]) -> None:
        self.manager.register_callback(key, fn)

    def is_connected(self) -> bool:
        return self.manager.is_connected()

    def dropped_late(self) -> int:
        protocol = self.manager._protocol
        return protocol.dropped_late if protocol is not None else -1

    def close(self) -> None:
        self.manager.close()


class Iteration:
    """``AsyncManager.events()`` consumed by a task: what it yielded and how it ended."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self.error: BaseException | None = None
        self.ended = threading.Event()


class AsyncClient:
    """:class:`~ami_runtime.AsyncManager` on its own loop thread, behind the same facade."""

    kind = "async"

    def __init__(
        self,
        port: int,
        *,
        reconnect: bool = False,
        backoff: Backoff | None = None,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
    ):
        self.port = port
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.manager = AsyncManager(
            "127.0.0.1",
            port,
            connect_timeout=IO_TIMEOUT,
            reconnect=reconnect,
            backoff=backoff,
            detect_version=False,  # the scripted servers answer only what they script
            max_message_size=max_message_size,
        )

    def call(self, coro: Coroutine[Any, Any, Any], timeout: float = 4 * IO_TIMEOUT) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def connect(self) -> None:
        self.call(self.manager.connect())

    def login(self, username: str = "admin", secret: str = "adminsecret", **kw: Any) -> Response:
        return self.call(self.manager.login(username, secret, **kw))

    def send(self, request: Request[Any], **kw: Any) -> Response:
        return self.call(self.manager.send_action(request, **kw))

    def on(self, key: Any, fn: Callable[..., Any]) -> None:
        self.manager.register_callback(key, fn)

    def is_connected(self) -> bool:
        return self.manager.is_connected()

    def dropped_late(self) -> int:
        protocol = self.manager._protocol
        return protocol.dropped_late if protocol is not None else -1

    def iterate(self, *names: str) -> Iteration:
        """Start consuming ``events(*names)``; returns once the subscription exists."""
        it = Iteration()
        subscribed = threading.Event()

        async def run() -> None:
            agen = self.manager.events(*names)
            try:
                first = asyncio.ensure_future(agen.__anext__())
                await asyncio.sleep(0)
                subscribed.set()
                it.events.append(await first)
                async for event in agen:
                    it.events.append(event)
            except StopAsyncIteration:
                pass
            except ConnectionLost as exc:
                it.error = exc
            finally:
                subscribed.set()
                it.ended.set()

        asyncio.run_coroutine_threadsafe(run(), self.loop)
        assert subscribed.wait(IO_TIMEOUT)
        return it

    def close(self) -> None:
        if self.loop.is_closed():
            return
        try:
            self.call(self.manager.close())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(IO_TIMEOUT)
            self.loop.close()


CLIENTS = {"sync": SyncClient, "async": AsyncClient}
Client = SyncClient | AsyncClient


class Recorder:
    """Callbacks for ``''`` and ``None``: keeps what arrives, flags AmiDisconnected."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self.orphans: list[Any] = []
        self.disconnected = threading.Event()

    def on_event(self, event: Any, manager: Any) -> None:
        self.events.append(event)
        if event.name == EVENT_DISCONNECTED:
            self.disconnected.set()

    def on_orphan(self, response: Any, manager: Any) -> None:
        self.orphans.append(response)

    def attach(self, client: Client) -> Recorder:
        client.on("", self.on_event)
        client.on(None, self.on_orphan)
        return self

    def names(self) -> list[str]:
        return [e.name for e in list(self.events)]


def start(server: FakeAmi, make_client: Callable[..., Client], **kw: Any) -> Client:
    """A client of ``make_client``'s kind, connected to ``server`` and logged in (MD5)."""
    client = make_client(server.port, **kw)
    client.connect()
    client.login()
    return client
