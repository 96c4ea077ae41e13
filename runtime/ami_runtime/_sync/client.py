"""``Manager``: a thread-safe blocking AMI client, shaped like pystrix's.

It only reads, writes, waits and times out; every protocol decision is
:class:`~ami_runtime.protocol.AmiProtocol`'s.  Who reads is :mod:`.reading`'s *read role*:
while nothing listens for events, a caller reads its own answer (no thread handoff per
round trip); once something does (a callback, events on, reconnect or keepalive), a
reader thread holds the role and wakes each caller at once (no polling, unlike pystrix's
50 ms sleeps).  A dispatcher thread runs callbacks so a slow one never stalls the reader.

Back-pressure: Asterisk drops a session that does not read within ``writetimeout``
(100 ms by default), so the reader never blocks on a slow callback.  Events wait in a
bounded queue (``max_queued_events``); when it is full, new events are dropped and
counted in :attr:`Manager.dropped_events`.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Callable, Mapping
from time import monotonic
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .._common import (
    DEFAULT,
    AuthMode,
    EventsArg,
    LoginInfo,
    Timeout,
    challenge_request,
    check_login,
    feed,
    login_request,
    make_ssl_context,
    resolve_timeout,
)
from .._log import Log, ami_logger
from .._mypyc import mypyc_attr
from .._session import DetectVersion, SessionMemory
from ..action import Request
from ..backlog import Backlog
from ..backoff import Backoff
from ..call import prepare_originate
from ..dispatch import EVENT_DISCONNECTED, EVENT_RECONNECTED, Dispatcher, EventKey, Where
from ..errors import AmiError, AmiTimeout, ConnectionLost, map_errors
from ..framing import DEFAULT_MAX_MESSAGE_SIZE
from ..message import Event, Message, Response
from ..protocol import (
    AmiProtocol,
    Closed,
    Completed,
    State,
)
from ..registry import default_event_types
from .call import Call, Calls
from .reading import Connection, Waiter
from .stream import EventIterator

if TYPE_CHECKING:
    import logging
    import ssl

__all__ = ["Manager"]

R = TypeVar("R", bound=Response)
_STOP = object()
_GONE = (State.CLOSED, State.ERROR)
#: Actions that may turn events on (their answer says nothing about it: see _may_listen).
_EVENT_SWITCHES = frozenset({"login", "events"})
#: Action names as sent -> whether they are one of those.
_SWITCHES_BY_NAME: Final[dict[str, bool]] = {}


def _may_switch_events(name: str) -> bool:
    """Whether action ``name`` may turn events on: one look-up per action instead of a
    lowercased copy of the name and a set look-up."""
    found = _SWITCHES_BY_NAME.get(name)
    if found is None:
        if len(_SWITCHES_BY_NAME) >= 4096:  # (names come from callers: bounded)
            _SWITCHES_BY_NAME.clear()
        found = _SWITCHES_BY_NAME[name] = name.lower() in _EVENT_SWITCHES
    return found


def _done(done: Callable[[], bool] | None, me: Waiter) -> bool:
    """``done()``, or whether ``me`` was answered (compiled, a direct call, where a bound
    method passed in is a generic call: two per action)."""
    return me.done() if done is None else done()


@mypyc_attr(allow_interpreted_subclasses=True)  # users may subclass it
class Manager:
    """Blocking AMI client.  ``connect()``, ``login()``, then ``send_action()``."""

    def __init__(
        self,
        *,
        logger: logging.Logger | None = None,
        timeout: Timeout = DEFAULT,
        reconnect: bool = False,
        backoff: Backoff | None = None,
        event_types: Mapping[str, type[Event]] | None = None,
        max_queued_events: int = 10_000,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        asterisk_version: str | None = None,
        detect_version: DetectVersion = True,
        strict_events: bool = False,
    ) -> None:
        """``asterisk_version`` pins the target version (``"20"``, ``"22.1.0"``); else the
        banner's AMI version names the major (``detect_version=True``, no request sent; the
        release is asked, where this user may, before an action that came or went within
        the branch), ``detect_version="release"`` asks for the release at login, and
        ``False`` checks nothing.  No login sends a request the server may refuse.
        ``event_types`` maps event names to typed classes (default: the ``ami`` catalogue's,
        registered when ``ami`` is imported).  ``strict_events``: subscribing to an event
        name the registry lacks raises :class:`UnknownEvent` instead of warning.
        ``max_message_size``: the bytes one message from the server may take (16 MiB by
        default); past it the connection is closed as broken (docs/hardening.md)."""
        self._logger: Log = logger or ami_logger()
        self._default_timeout = timeout
        self._reconnect = reconnect
        self._backoff = backoff or Backoff()
        self._event_types = event_types
        self._max_message_size = max_message_size
        self._dispatcher = Dispatcher(self._logger, self._known_events, strict_events)
        self._streams: list[EventIterator] = []
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._backlog = Backlog(max_queued_events)
        self._backlog_lock = threading.Lock()
        self._warned_at = 0
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._waiters: dict[str, Waiter] = {}
        self._conn: Connection | None = None
        self._protocol: AmiProtocol | None = None
        #: Events may arrive (or a callback waits for them): a reader thread is needed.
        self._listening = reconnect
        self._closing = False
        self._address: tuple[str, int, float, ssl.SSLContext | None] | None = None
        self._session = SessionMemory(asterisk_version, detect_version)
        self._reconnecting = False
        #: The reconnect thread while it logs in again: other callers wait their turn.
        self._restorer: threading.Thread | None = None
        self._dispatch_thread: threading.Thread | None = None
        self._monitor_stop = threading.Event()
        self._calls = Calls(self)

    # -- connection ----------------------------------------------------------------

    def connect(
        self,
        host: str,
        port: int = 5038,
        timeout: float = 5,
        *,
        tls: bool | ssl.SSLContext | None = None,
    ) -> None:
        """Open the socket and wait for the banner (``timeout`` covers both)."""
        self._address = (host, port, timeout, make_ssl_context(tls))
        self._closing = False
        self._open()

    def _open(self) -> None:
        assert self._address is not None
        host, port, timeout, context = self._address
        with map_errors(f"connect to {host}:{port}", connecting=True):
            sock = socket.create_connection((host, port), timeout=timeout)
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if context is not None:
                    sock = context.wrap_socket(sock, server_hostname=host)
                sock.settimeout(None)
            except BaseException:
                sock.close()
                raise
        conn = Connection(sock)
        protocol = self._install(conn)
        self._ensure_dispatcher()
        if not self._read_until(conn, lambda: protocol.banner is not None, timeout):
            if self._conn is conn:
                self._drop(conn)
                raise AmiTimeout(f"no AMI banner from {host}:{port} within {timeout} s")
        if self._conn is not conn:
            raise ConnectionLost(f"{host}:{port} closed the connection before its banner")
        if self._listening:
            self._start_reader(conn)

    def _install(self, conn: Connection) -> AmiProtocol:
        """Make ``conn`` the connection, with a new protocol; the old one is closed.

        (A method of its own: the compiled build trusts mypy's narrowing of
        ``self._conn`` after an assignment, and another thread may set it to None.)"""
        with self._lock:
            old, self._conn = self._conn, conn
            if old is not None and self._protocol is not None:
                # Replaced before its reader saw the end (a reconnect attempt that dropped
                # it): what it had in flight fails now, as its close path would have.
                self._fail(self._protocol.close(), ConnectionLost("connection replaced"))
            types = self._event_types
            self._protocol = protocol = AmiProtocol(
                event_types=default_event_types() if types is None else types,
                max_message_size=self._max_message_size,
            )
        if old is not None:
            self._shutdown_socket(old.sock)
        return protocol

    def login(
        self,
        username: str,
        secret: str,
        auth: AuthMode = "md5",
        events: EventsArg = True,
        timeout: Timeout = DEFAULT,
    ) -> Response:
        """Log in (Challenge/MD5 by default); raises :class:`AuthenticationError`."""
        info = LoginInfo(username, secret, auth, events)
        response = self._do_login(info, timeout)
        self._session.login = info
        return response

    def _do_login(self, info: LoginInfo, timeout: Timeout) -> Response:
        challenge = None
        if info.auth == "md5":
            reply = check_login(self.send_action(challenge_request(), timeout=timeout))
            challenge = reply.get("Challenge")
        response = check_login(self.send_action(login_request(info, challenge), timeout=timeout))
        banner = self._protocol.banner if self._protocol else None
        self._session.logged_in(banner.version if banner else None)
        self._ask_version(timeout)
        return response

    def _ask_version(self, timeout: Timeout) -> None:
        """What the session plans to ask about the version (nothing a user may be refused)."""
        while (probe := self._session.version_probe()) is not None:
            self._session.read_probe(probe, self.send_action(probe, timeout=timeout))

    @property
    def asterisk_version(self) -> tuple[int, ...] | None:
        """The Asterisk version actions are checked against (pinned, or read at login)."""
        return self._session.version

    @property
    def dropped_late(self) -> int:
        """Answers to timed-out actions that arrived later and were dropped."""
        return self._protocol.dropped_late if self._protocol else 0

    def is_connected(self) -> bool:
        return self._conn is not None

    def get_asterisk_info(self) -> tuple[str, str] | None:
        """``("Asterisk Call Manager", "<AMI version>")`` from the banner, as pystrix gives."""
        protocol = self._protocol
        banner = protocol.banner if protocol else None
        return (banner.name, banner.version) if banner else None

    def disconnect(self) -> None:
        """Close the socket; actions in flight fail with :class:`ConnectionLost`."""
        self._closing = True
        self._monitor_stop.set()
        with self._lock:
            conn, self._conn = self._conn, None
            failed = self._protocol.close() if self._protocol else ()
            self._fail(failed, ConnectionLost("disconnected by the client"))
        if conn is not None:
            self._shutdown_socket(conn.sock)
        self._calls.lose_all("disconnected by the client")
        for stream in list(self._streams):
            stream.end()

    def close(self) -> None:
        """Disconnect and stop the dispatcher thread."""
        self.disconnect()
        thread, self._dispatch_thread = self._dispatch_thread, None
        if thread is not None:
            self._queue.put(_STOP)
            if thread is not threading.current_thread():
                thread.join(timeout=5)

    def __enter__(self) -> Manager:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- actions -------------------------------------------------------------------

    def send_action(
        self,
        request: Request[R],
        action_id: str | None = None,
        *,
        timeout: Timeout = DEFAULT,
        **extra_headers: Any,
    ) -> R:
        """Send ``request`` and block until its answer (list actions: until complete).

        Returns the response even when it is ``Response: Error`` (check ``success``, or
        call ``raise_for_error()``).  Raises :class:`AmiTimeout`, :class:`ConnectionLost`
        or :class:`InvalidInput` (before anything is sent).
        """
        session = self._session
        if session.release_matters(request):
            self._ask_version(timeout)
        session.check(request)
        wait = resolve_timeout(request, timeout, self._default_timeout)
        if not self._listening and _may_switch_events(request.action_name):
            self._may_listen(request)
        waiter = Waiter()
        # On this path (every action) the locks are taken by acquire() and release(), not
        # ``with``: compiled, a ``with`` is two attribute look-ups on the lock's type and
        # two generic calls, the second with an argument tuple.
        lock = self._lock
        lock.acquire()
        try:
            conn, protocol = self._conn, self._protocol
            if conn is None or protocol is None or protocol.state in _GONE:
                # (_GONE: the reader has seen EOF and not yet run the close path)
                raise ConnectionLost("not connected")
            restorer = self._restorer
            if restorer is not None and restorer is not threading.current_thread():
                # Before the re-login, Asterisk would answer "Permission denied".
                raise ConnectionLost("reconnecting: not logged in again yet")
            action_id, data = protocol.send(request, action_id, extra_headers)
            self._waiters[action_id] = waiter
        finally:
            lock.release()
        started = monotonic()
        try:
            write_lock = self._write_lock
            write_lock.acquire()
            try:
                conn.sock.sendall(data)
            finally:
                write_lock.release()
        except OSError as exc:
            self._forget(action_id)
            with map_errors(f"sending {request.action_name}"):
                raise exc
        if not self._read_until(conn, None, wait, waiter, start=started):
            self._forget(action_id)
            if not waiter.done():
                raise AmiTimeout(f"{request.action_name} ({action_id}): no answer within {wait} s")
        response = waiter.response
        if response is None:
            raise waiter.error  # type: ignore[misc]  # done: answered or failed
        response.time = monotonic() - started
        session.remember(request, response)
        return response  # type: ignore[return-value]  # the protocol built RESPONSE's class

    def originate(
        self, request: Request[Any], *, timeout: Timeout = DEFAULT, max_events: int = 10_000
    ) -> Call:
        """Place a call and return a :class:`Call` that follows it (see docs/calls.md).

        ``request`` is a ``core.Originate_Application`` or ``core.Originate_Context``; it
        is sent with ``Async`` on and with channel ids of its own (``ChannelId``,
        ``OtherChannelId``: ids the caller set are kept).  Needs the ``call`` event class.
        Raises :class:`ActionError` if Asterisk refuses the Originate.
        """
        request, tracker = prepare_originate(request)
        call = Call(self, request, tracker, max_events)
        self._calls.follow(call)  # before sending: nothing is missed
        try:
            self.send_action(request, tracker.action_id, timeout=timeout).raise_for_error()
        except BaseException:
            call._stop_following()
            raise
        return call

    def _read_until(
        self,
        conn: Connection,
        done: Callable[[], bool] | None,
        timeout: float | None,
        me: Waiter | None = None,
        follow: bool = True,
        start: float | None = None,
    ) -> bool:
        """Until ``done()`` (``None``: until ``me`` is answered): read while this thread
        holds the read role, else sleep until woken (an answer came, or the role was
        handed over).  Returns ``done()``; with ``follow=False`` it returns at once when
        another thread reads.  ``timeout`` counts from ``start`` (a ``time.monotonic()``
        the caller took), else from now."""
        me = me or Waiter()
        if timeout is None:
            deadline = None
        else:
            deadline = (monotonic() if start is None else start) + timeout
        lock = self._lock  # (acquire and release, not ``with``: see send_action)
        while True:
            lock.acquire()
            try:
                if _done(done, me) or self._conn is not conn:
                    if conn.leader is me:
                        conn.pass_on()
                    return _done(done, me)
                lead = conn.take(me)
                if not lead:
                    if not follow:
                        return False
                    me.arm()
                    conn.queue.append(me)
            finally:
                lock.release()
            left = None if deadline is None else deadline - monotonic()
            if lead:
                # Only this thread reads now, so only its own reads (or a close, which
                # also ends the read) can change done().
                finished = False
                try:
                    while left is None or left > 0:
                        data = conn.read(left)
                        if data is not None and self._process(conn, data):
                            break  # closed: the close path failed what was in flight
                        finished = _done(done, me)
                        if finished:
                            break
                        if deadline is not None:
                            left = deadline - monotonic()
                finally:
                    lock.acquire()
                    try:
                        conn.pass_on()
                    finally:
                        lock.release()
                return finished or _done(done, me)
            woken = me.sleep(left)
            with self._lock:
                conn.queue.remove(me)
                if not woken:
                    me.settle()
                    if conn.leader is me:  # handed the role just as we gave up
                        conn.pass_on()
            if not woken:
                return _done(done, me)

    def _may_listen(self, request: Request[Any]) -> None:
        """Login or Events may turn events on: from then on a reader thread runs."""
        key = "Events" if request.action_name.lower() == "login" else "EventMask"
        value = dict(request.headers()).get(key)
        if value is None and key == "EventMask":
            return
        if value is None or value.lower() != "off":
            self._listen()

    def _listen(self) -> None:
        self._listening = True
        conn = self._conn
        if conn is not None:
            self._start_reader(conn)

    def _forget(self, action_id: str) -> None:
        with self._lock:
            self._waiters.pop(action_id, None)
            if self._protocol is not None:
                self._protocol.cancel(action_id)

    # -- callbacks -----------------------------------------------------------------

    def register_callback(
        self, event: EventKey, function: Callable[..., Any], *, where: Where = None
    ) -> None:
        """``function(event, manager)`` for ``event``: a name, a wildcard (``"Queue*"``),
        an event class or group class, ``''`` (all) or ``None`` (orphaned responses).
        ``where``: ``{"Header": "glob"}`` or ``predicate(event)`` (see
        :mod:`ami_runtime.dispatch`)."""
        self._dispatcher.register(event, function, where)
        if not self._listening:
            self._listen()  # events are read as they come from now on, not only in actions

    def unregister_callback(self, event: EventKey, function: Callable[..., Any]) -> bool:
        return self._dispatcher.unregister(event, function)

    def events(
        self, *events: EventKey, where: Where = None, maxsize: int = 10_000
    ) -> EventIterator:
        """Events (all, or those selected as for :meth:`register_callback`), subscribed at
        once: nothing is missed before the first ``next()``.  ``for event in ...``
        blocks; ``get(timeout)`` waits at most ``timeout`` s; ``with`` (or ``close()``)
        ends the subscription.  Iteration ends when the manager closes or after Logoff,
        and raises :class:`ConnectionLost` if the connection drops with reconnect off.  A
        full queue (``maxsize``) drops new events, counted in ``EventIterator.dropped``.
        """
        stream = EventIterator(self, self._dispatcher.selector(events, where), maxsize)
        with self._lock:
            self._streams.append(stream)
        self._dispatcher.register("", stream._on_event)
        if not self._listening:
            self._listen()
        return stream

    def _unsubscribe(self, stream: EventIterator) -> None:
        self._dispatcher.unregister("", stream._on_event)
        with self._lock:
            if stream in self._streams:
                self._streams.remove(stream)

    def _known_events(self) -> Mapping[str, type[Event]]:
        types = self._event_types
        return default_event_types() if types is None else types

    # -- reader --------------------------------------------------------------------

    def _start_reader(self, conn: Connection) -> None:
        with self._lock:
            if conn.reader is not None or self._conn is not conn:
                return
            conn.reader = threading.Thread(
                target=self._read_loop, args=(conn,), name="ami-reader", daemon=True
            )
        conn.reader.start()

    def _read_loop(self, conn: Connection) -> None:
        """The background reader: once handed the read role, it keeps it until EOF."""
        me = Waiter()
        with self._lock:
            queued = not conn.take(me)
            if queued:
                conn.reader_waiting = me
                me.arm()
        if queued:
            me.sleep(None)  # a leader hands the role over when its answer is in
        while True:
            data = conn.read()
            if data is not None and self._process(conn, data):
                return

    def _process(self, conn: Connection, data: bytes) -> bool:
        """Feed one read to the protocol and act on what it says; True once closed."""
        lock = self._lock  # (acquire and release, not ``with``: see send_action)
        lock.acquire()
        try:
            protocol = self._protocol
            if protocol is None or self._conn is not conn:
                return True
            runs = feed(protocol, data, self._logger)
            if len(runs) == 1 and type(runs[0]) is Completed:
                # A caller's usual read, one answer: resolved in the same hold of the lock.
                self._resolve(runs[0])
                return False
        finally:
            lock.release()
        for run in runs:
            if type(run) is list:
                self._enqueue(run)
            elif isinstance(run, Completed):
                with self._lock:
                    self._resolve(run)
            elif isinstance(run, Closed):
                self._on_closed(run, conn)
        return not data or bool(runs and isinstance(runs[-1], Closed))

    def _resolve(self, completed: Completed) -> None:
        """Hand an answer to its caller (with the lock held)."""
        waiter = self._waiters.pop(completed.action_id, None)
        if waiter is not None:
            waiter.response = completed.response
            waiter.wake()

    def _on_closed(self, item: Closed, conn: Connection) -> None:
        reason = "server said Goodbye" if item.clean else "connection closed by the server"
        with self._lock:
            if self._conn is conn:
                self._conn = None
            self._fail(item.pending, ConnectionLost(reason))
        self._shutdown_socket(conn.sock)
        self._enqueue([Event([("Event", EVENT_DISCONNECTED), ("Reason", reason)])])
        login = self._session.login
        if self._reconnect and not item.clean and not self._closing and login is not None:
            with self._lock:
                # A drop while a reconnect loop runs (e.g. mid re-login) is that loop's to
                # retry: a second loop would open a second connection.
                start, self._reconnecting = not self._reconnecting, True
            if start:
                threading.Thread(
                    target=self._reconnect_loop, name="ami-reconnect", daemon=True
                ).start()

    def _fail(self, action_ids: tuple[str, ...], error: AmiError) -> None:
        """Fail these actions' waiters.  Called with the lock held, in the same hold that
        retires the connection (close path, disconnect, replacement): a waiter that sees
        its connection gone has been answered."""
        for action_id in action_ids:
            waiter = self._waiters.pop(action_id, None)
            if waiter is not None:
                waiter.error = error
                waiter.wake()

    @staticmethod
    def _shutdown_socket(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()

    # -- reconnect and keepalive ---------------------------------------------------

    def _reconnect_loop(self) -> None:
        me = threading.current_thread()
        self._restorer = me
        try:
            self._reconnect_attempts()
        finally:
            with self._backlog_lock:
                self._backlog.take_held()
            with self._lock:
                if self._restorer is me:
                    self._restorer = None

    def _reconnect_attempts(self) -> None:
        failures = 0
        while not self._closing:
            time.sleep(self._backoff.compute(failures))
            if self._closing:
                break
            with self._backlog_lock:
                self._backlog.hold()  # a failed attempt's events (and notices) are not kept
            try:
                self._open()
                assert self._session.login is not None
                self._do_login(self._session.login, DEFAULT)
                for request in self._session.restore():
                    self.send_action(request)
            except AmiError as exc:
                failures += 1
                self._logger.warning("reconnect attempt %d failed: %s", failures, exc)
                conn = self._conn
                if conn is not None:
                    self._drop(conn)  # a half-restored session is not kept
                continue
            with self._lock:
                up = self._conn is not None  # a drop during the restore: go round again
                self._reconnecting = not up
            if not up:
                failures += 1
                continue
            self._logger.info("reconnected after %d failed attempts", failures)
            notice = Event([("Event", EVENT_RECONNECTED), ("Attempts", str(failures + 1))])
            with self._backlog_lock:  # the notice, then what arrived during the restore
                batch = self._backlog.admit([notice, *self._backlog.take_held()])
                if batch and self._dispatcher.wants(notice):
                    self._queue.put(batch)
            return
        with self._backlog_lock:
            self._backlog.take_held()
        with self._lock:
            self._reconnecting = False

    def monitor_connection(self, interval: float = 2.5) -> threading.Thread:
        """Ping every ``interval`` s; a Ping with no answer within ``interval`` closes the
        connection (failing what is in flight, and reconnecting if enabled)."""
        from ..action import Action

        self._monitor_stop.clear()
        if not self._listening:
            self._listen()  # a drop is noticed as it happens, not at the next action

        def run() -> None:
            while not self._monitor_stop.wait(interval):
                conn = self._conn
                if conn is None:
                    if not self._reconnect:
                        return
                    continue
                try:
                    self.send_action(Action("Ping"), timeout=interval)
                except AmiTimeout:
                    self._logger.warning("keepalive: no Ping answer within %s s", interval)
                    self._drop(conn)
                except ConnectionLost:
                    continue

        thread = threading.Thread(target=run, name="ami-keepalive", daemon=True)
        thread.start()
        return thread

    def _drop(self, conn: Connection) -> None:
        """Treat ``conn`` as dead: whoever reads sees EOF and runs the close path (this
        thread, when nobody else reads)."""
        self._shutdown_socket(conn.sock)
        self._read_until(conn, lambda: self._conn is not conn, 5.0, follow=False)

    # -- dispatcher ----------------------------------------------------------------

    def _enqueue(self, batch: list[Message]) -> None:
        """Hand a batch to the dispatcher thread (one queue operation per read, not per
        event); see :mod:`ami_runtime.backlog` for the bound and the drop policy."""
        if not self._dispatcher.wants(batch[0]):
            return
        with self._backlog_lock:  # admit and put together: batches keep their order
            dropped = self._backlog.dropped
            batch = self._backlog.admit(batch)
            if batch:
                self._queue.put(batch)
        if self._backlog.dropped != dropped:
            self._warn_dropped()

    @property
    def dropped_events(self) -> int:
        """Events dropped because callbacks fell ``max_queued_events`` behind."""
        return self._backlog.dropped

    def _warn_dropped(self) -> None:
        count = self._backlog.dropped
        if self._warned_at == 0 or count >= 10 * self._warned_at:
            self._warned_at = count
            self._logger.warning("event queue full: %d events dropped (slow callback?)", count)

    def _ensure_dispatcher(self) -> None:
        if self._dispatch_thread is None:
            thread = threading.Thread(target=self._dispatch_loop, name="ami-dispatch", daemon=True)
            self._dispatch_thread = thread
            thread.start()

    def _dispatch_loop(self) -> None:
        dispatch_all = self._dispatcher.dispatch_all
        while True:
            batch = self._queue.get()
            if batch is _STOP:
                return
            dispatch_all(batch, self)
            with self._backlog_lock:
                self._backlog.done(len(batch))
