"""``AsyncManager``: the asyncio client, with the sync client's semantics.

It only moves bytes between an ``asyncio.Protocol`` and the sans-IO
:class:`~ami_runtime.protocol.AmiProtocol`, resolves futures and runs callbacks.  Bytes are
fed to the engine straight from ``data_received`` (no stream reader, no extra copies).

Events reach callbacks through a dispatcher task, and each ``events()`` iterator through
its own bounded queue: a slow consumer never stalls the reader.  When a queue is full,
new events for it are dropped and counted in :attr:`AsyncManager.dropped_events`; when
one is half full, reading pauses until the loop's next turn, so that consumers keeping
up run before the next reads (:meth:`AsyncManager._yield_a_turn`).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

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
from .._session import DetectVersion, SessionMemory
from ..action import Action, Request
from ..backlog import Backlog
from ..backoff import Backoff
from ..call import prepare_originate
from ..dispatch import EVENT_DISCONNECTED, EVENT_RECONNECTED, Dispatcher, EventKey, Where
from ..errors import AmiError, AmiTimeout, ConnectionLost, InvalidInput, map_errors
from ..framing import DEFAULT_MAX_MESSAGE_SIZE
from ..message import Event, Message, Response
from ..protocol import AmiProtocol, Banner, Closed, Completed
from ..registry import default_event_types
from .call import AsyncCall, AsyncCalls
from .stream import END, EventStream

__all__ = ["AsyncManager"]

R = TypeVar("R", bound=Response)
_READ_SIZE = 65536

#: An action in flight: its future, its deadline on ``time.monotonic``'s clock (infinite
#: without a timeout), the timeout, and the request (named in a timeout's message).
_Waiter = tuple[asyncio.Future[Response], float, float | None, Request[Any]]


class _Transport(asyncio.Protocol):
    """asyncio glue: forwards bytes and connection loss to the client.

    A plain protocol, for loops that read into a buffer of their own and hand over bytes
    of the size that came (uvloop): one Python call per read.  The standard loop would
    ``recv(256 KiB)`` per read and shrink the result, which fragments glibc's heap under
    load (see ``_sync/reading.py``), so there the client uses :class:`_BufferedTransport`.
    """

    def __init__(self, client: AsyncManager) -> None:
        self._client = client
        #: The loop the connection belongs to (made by ``create_connection``'s factory,
        #: in the loop).  Kept, not asked for per action: ``asyncio.get_running_loop()``
        #: makes a ``getpid()`` system call each time, on the round trip's critical path.
        self.loop = asyncio.get_running_loop()
        self.transport: asyncio.Transport | None = None
        #: Reading is paused for one loop turn (:meth:`AsyncManager._yield_a_turn`).
        self.paused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # (uvloop's transports do not subclass asyncio.Transport, so no isinstance check)
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self._client._on_data(self, data)

    def eof_received(self) -> bool:
        self._client._on_data(self, b"")
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self._client._on_data(self, b"")


class _BufferedTransport(_Transport, asyncio.BufferedProtocol):
    """The loop reads into one buffer per connection, copied out at the size that came."""

    def __init__(self, client: AsyncManager) -> None:
        super().__init__(client)
        self._view = memoryview(bytearray(_READ_SIZE))

    def get_buffer(self, sizehint: int) -> memoryview:
        # A view, not the bytearray: asyncio's TLS reader fills ``buf[offset:]`` after a
        # first partial read, and a bytearray's slice is a copy (the bytes would be lost).
        return self._view

    def buffer_updated(self, nbytes: int) -> None:
        self._client._on_data(self, self._view[:nbytes].tobytes())


def _transport_class(loop: asyncio.AbstractEventLoop) -> type[_Transport]:
    """Plain on uvloop (it reads into its own buffer), buffered on any other loop."""
    return _Transport if type(loop).__module__.startswith("uvloop") else _BufferedTransport


class AsyncManager:
    """``async with AsyncManager(host, port, username=..., secret=...) as manager:``"""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 5038,
        *,
        username: str | None = None,
        secret: str | None = None,
        auth: AuthMode = "md5",
        events: EventsArg = True,
        tls: bool | ssl.SSLContext | None = None,
        connect_timeout: float = 5.0,
        timeout: Timeout = DEFAULT,
        reconnect: bool = False,
        backoff: Backoff | None = None,
        event_types: Mapping[str, type[Event]] | None = None,
        max_queued_events: int = 10_000,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
        logger: logging.Logger | None = None,
        asterisk_version: str | None = None,
        detect_version: DetectVersion = True,
        keepalive: float | None = None,
        strict_events: bool = False,
    ) -> None:
        """See :class:`~ami_runtime.Manager` for ``asterisk_version``, ``detect_version``,
        ``event_types`` and ``max_message_size``; with ``username`` and ``secret``,
        ``async with`` logs in.  ``keepalive``: seconds between Pings of
        :meth:`monitor_connection`, started by :meth:`connect`; None (the default) sends
        none.  ``strict_events``: subscribing to an event name the registry lacks raises
        :class:`UnknownEvent` instead of warning."""
        self.host, self.port = host, port
        self._session = SessionMemory(asterisk_version, detect_version)
        if (username is None) != (secret is None):
            # As Manager.login(username, secret): both or neither.  Without this, the
            # login was skipped and the first action answered "Permission denied".
            missing = "secret" if secret is None else "username"
            raise InvalidInput(
                f"AsyncManager: {missing} missing; give username and secret to log in "
                "on connect, or neither (and call login() yourself)",
                missing,
            )
        if username is not None and secret is not None:
            self._session.login = LoginInfo(username, secret, auth, events)
        self._ssl = make_ssl_context(tls)
        self._connect_timeout = connect_timeout
        self._default_timeout = timeout
        self._reconnect = reconnect
        self._backoff = backoff or Backoff()
        self._event_types = event_types
        self._max_message_size = max_message_size
        self._logger: Log = logger or ami_logger()
        self._dispatcher = Dispatcher(self._logger, self._known_events, strict_events)
        self._queue: asyncio.Queue[Any] | None = None
        self._backlog = Backlog(max_queued_events)
        self._subscribers: list[EventStream] = []
        self._conn: _Transport | None = None
        self._protocol: AmiProtocol | None = None
        #: ActionID -> the action's :data:`_Waiter`, until it is answered, fails or
        #: times out.  Its deadline lives here too (see :meth:`_arm`): an answered action
        #: leaves this dictionary and with it its timeout, at no extra cost.
        self._waiting: dict[str, _Waiter] = {}
        #: The one loop timer for every action's deadline, and what it is armed for.
        self._timer: asyncio.TimerHandle | None = None
        self._timer_due = math.inf
        self._banner: asyncio.Future[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._reconnecting = False
        #: The reconnect task while it logs in again: other callers wait their turn.
        self._restorer: asyncio.Task[Any] | None = None
        self._keepalive = keepalive
        self._keepalive_task: asyncio.Task[None] | None = None
        self._calls = AsyncCalls(self)

    # -- lifecycle -----------------------------------------------------------------

    async def __aenter__(self) -> AsyncManager:
        try:
            await self.connect()
            if self._session.login is not None:
                await self._do_login(self._session.login, DEFAULT)
        except BaseException:
            await self.close()  # __aexit__ will not run: leave no connection or task behind
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the connection and wait for the banner."""
        self._closing = False
        loop = asyncio.get_running_loop()
        self._rearm(loop)  # a timer armed on an earlier loop (a client used again) is dead
        if self._queue is None:
            self._queue = asyncio.Queue()  # of batches; bounded by _backlog
            self._spawn(self._dispatch_loop())
        types = self._event_types
        self._protocol = AmiProtocol(
            event_types=default_event_types() if types is None else types,
            max_message_size=self._max_message_size,
        )
        self._banner = loop.create_future()
        where = f"connect to {self.host}:{self.port}"

        transport_class = _transport_class(loop)

        def new_conn() -> _Transport:
            # Current from the start: the banner may be delivered before
            # create_connection() returns to us (it often is, on uvloop).
            self._conn = transport_class(self)
            return self._conn

        async def open_and_wait_banner() -> None:
            await loop.create_connection(new_conn, self.host, self.port, ssl=self._ssl)
            assert self._banner is not None
            await self._banner

        try:
            with map_errors(where, connecting=True):
                await asyncio.wait_for(open_and_wait_banner(), self._connect_timeout)
        except AmiError:
            self._abort()
            raise
        if self._keepalive is not None:
            self.monitor_connection(self._keepalive)

    async def login(
        self, username: str, secret: str, auth: AuthMode = "md5", events: EventsArg = True
    ) -> Response:
        info = LoginInfo(username, secret, auth, events)
        response = await self._do_login(info, DEFAULT)
        self._session.login = info
        return response

    async def _do_login(self, info: LoginInfo, timeout: Timeout) -> Response:
        challenge = None
        if info.auth == "md5":
            reply = check_login(await self.send_action(challenge_request(), timeout=timeout))
            challenge = reply.get("Challenge")
        login = login_request(info, challenge)
        response = check_login(await self.send_action(login, timeout=timeout))
        banner = self._protocol.banner if self._protocol else None
        self._session.logged_in(banner.version if banner else None)
        await self._ask_version(timeout)
        return response

    async def _ask_version(self, timeout: Timeout) -> None:
        """What the session plans to ask about the version (nothing a user may be refused)."""
        while (probe := self._session.version_probe()) is not None:
            response = await self.send_action(probe, timeout=timeout)
            self._session.read_probe(probe, response)

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
        banner = self._protocol.banner if self._protocol else None
        return (banner.name, banner.version) if banner else None

    async def close(self) -> None:
        """Close the connection; actions in flight fail with :class:`ConnectionLost`."""
        self._closing = True
        self._abort()
        self._calls.lose_all("disconnected by the client")
        for stream in self._subscribers:
            stream.offer(END)
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._stop_timer()
        self._queue = None

    def _abort(self) -> None:
        conn, self._conn = self._conn, None
        failed = self._protocol.close() if self._protocol else ()
        if conn is not None and conn.transport is not None:
            conn.transport.abort()
        self._fail(failed, ConnectionLost("disconnected by the client"))

    # -- actions -------------------------------------------------------------------

    async def send_action(
        self,
        request: Request[R],
        action_id: str | None = None,
        *,
        timeout: Timeout = DEFAULT,
        **extra_headers: Any,
    ) -> R:
        """Send ``request`` and wait for its answer (list actions: until complete)."""
        conn, protocol = self._conn, self._protocol
        if conn is None or conn.transport is None or protocol is None:
            raise ConnectionLost("not connected")
        transport = conn.transport
        if transport.is_closing():  # lost, and connection_lost() has not run yet
            raise ConnectionLost("connection closing")
        if self._restorer is not None and asyncio.current_task() is not self._restorer:
            # Before the re-login, Asterisk would answer "Permission denied".
            raise ConnectionLost("reconnecting: not logged in again yet")
        session = self._session
        if session.release_matters(request):
            await self._ask_version(timeout)
        session.check(request)
        wait = resolve_timeout(request, timeout, self._default_timeout)
        action_id, data = protocol.send(request, action_id, extra_headers)
        started = time.monotonic()
        when = math.inf if wait is None else started + wait  # (a bad timeout fails unsent)
        transport.write(data)
        # The book-keeping comes after the write: from here until this coroutine waits,
        # the server is already at work on the action, while work before the write
        # delays its answer.  (No answer can be read before the ``await``.)
        loop = conn.loop
        future: asyncio.Future[Response] = loop.create_future()
        self._waiting[action_id] = (future, when, wait, request)
        if when < self._timer_due:
            self._arm(loop, when)
        try:
            response = await future
        except asyncio.CancelledError:
            # The caller gave up: forget the action so its answer cannot leak.
            self._waiting.pop(action_id, None)
            protocol.cancel(action_id)
            raise
        response.time = time.monotonic() - started
        session.remember(request, response)
        return response  # type: ignore[return-value]  # the protocol built RESPONSE's class

    async def originate(
        self, request: Request[Any], *, timeout: Timeout = DEFAULT, max_events: int = 10_000
    ) -> AsyncCall:
        """Place a call and return an :class:`AsyncCall` that follows it, as
        :meth:`Manager.originate` does (see docs/calls.md)."""
        request, tracker = prepare_originate(request)
        call = AsyncCall(self, request, tracker, max_events)
        self._calls.follow(call)  # before sending: nothing is missed
        try:
            response = await self.send_action(request, tracker.action_id, timeout=timeout)
            response.raise_for_error()
        except BaseException:
            call._stop_following()
            raise
        return call

    @property
    def dropped_events(self) -> int:
        """Events dropped because callbacks fell ``max_queued_events`` behind."""
        return self._backlog.dropped

    # -- timeouts ------------------------------------------------------------------
    #
    # Every action's timeout is on one loop timer, armed for the earliest deadline.  A
    # timer per action (``call_later``, then ``cancel`` when the answer comes) costs a
    # timer handle per round trip, and on uvloop a libuv timer started, stopped and
    # closed each time (about 2.5 us of a 30 us Ping).  Here a deadline is a field of
    # the action's waiter: an answer removes both at once, and the timer fires when the
    # earliest deadline it was armed for passes, fails what is due and re-arms for the
    # next.  Sequential actions with one timeout re-arm about once per timeout period.

    def _arm(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        """Fire the deadline timer at ``when`` (``time.monotonic``'s clock: the client
        reads it anyway, to time the round trip; the loop's is a method call more)."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer_due = when
        self._timer = loop.call_later(when - time.monotonic(), self._expire_due, loop)

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer, self._timer_due = None, math.inf

    def _expire_due(self, loop: asyncio.AbstractEventLoop) -> None:
        # The loop may run a timer a clock tick early: what it was armed for is due.
        now = max(time.monotonic(), self._timer_due)
        self._timer, self._timer_due = None, math.inf
        due = [action_id for action_id, waiter in self._waiting.items() if waiter[1] <= now]
        for action_id in due:
            self._expire(action_id)
        self._rearm(loop)

    def _rearm(self, loop: asyncio.AbstractEventLoop) -> None:
        """The timer, on ``loop``, for the earliest deadline of the actions waiting."""
        self._stop_timer()
        earliest = min((waiter[1] for waiter in self._waiting.values()), default=math.inf)
        if earliest < math.inf:
            self._arm(loop, earliest)

    def _expire(self, action_id: str) -> None:
        waiter = self._waiting.pop(action_id, None)
        if waiter is None:
            return
        future, _, wait, request = waiter
        if future.done():
            return
        if self._protocol is not None:
            self._protocol.cancel(action_id)
        future.set_exception(
            AmiTimeout(f"{request.action_name} ({action_id}): no answer within {wait} s")
        )

    def monitor_connection(self, interval: float = 2.5) -> asyncio.Task[None]:
        """Ping every ``interval`` s; a Ping with no answer within ``interval`` closes the
        connection (failing what is in flight, and reconnecting if enabled), as
        :meth:`Manager.monitor_connection` does.  One task per manager; ``close()`` ends it.
        """
        task = self._keepalive_task
        if task is None or task.done():
            task = self._keepalive_task = self._spawn(self._keepalive_loop(interval))
        return task

    async def _keepalive_loop(self, interval: float) -> None:
        while not self._closing:
            await asyncio.sleep(interval)
            conn = self._conn
            if conn is None or conn.transport is None:
                if not self._reconnect:
                    return  # nothing to watch until connect() starts a new task
                continue
            try:
                await self.send_action(Action("Ping"), timeout=interval)
            except AmiTimeout:
                self._logger.warning("keepalive: no Ping answer within %s s", interval)
                if self._conn is conn:
                    conn.transport.abort()  # connection_lost() runs the close path
            except ConnectionLost:
                continue

    async def ping(self) -> float:
        """Round-trip time of one Ping, in seconds."""
        return (await self.send_action(Action("Ping"))).time

    # -- events --------------------------------------------------------------------

    def register_callback(
        self, event: EventKey, function: Callable[..., Any], *, where: Where = None
    ) -> None:
        """``function(event, manager)``; may be a coroutine function (awaited in order).
        ``event`` and ``where`` select as for :meth:`Manager.register_callback
        <ami_runtime.Manager.register_callback>`: a name, a wildcard, an event class or
        group class, ``''`` (all) or ``None`` (orphaned responses)."""
        self._dispatcher.register(event, function, where)

    def unregister_callback(self, event: EventKey, function: Callable[..., Any]) -> bool:
        return self._dispatcher.unregister(event, function)

    def events(self, *events: EventKey, where: Where = None, maxsize: int = 10_000) -> EventStream:
        """Events (all, or those selected as for :meth:`register_callback`), subscribed at
        once: nothing is missed between this call and the first ``await``.  Use as
        ``async for event in ...``; ``async with`` (or ``close()``) ends the subscription.
        Iteration ends when the manager closes or after Logoff, and raises
        :class:`ConnectionLost` if the connection drops with reconnect off.  A full queue
        (``maxsize``) drops new events, counted in ``EventStream.dropped``.
        """
        stream = EventStream(self, self._dispatcher.selector(events, where), maxsize)
        self._subscribers.append(stream)
        return stream

    def _known_events(self) -> Mapping[str, type[Event]]:
        types = self._event_types
        return default_event_types() if types is None else types

    # -- inbound -------------------------------------------------------------------

    def _on_data(self, conn: _Transport, data: bytes) -> None:
        protocol = self._protocol
        if conn is not self._conn or protocol is None:
            return
        delivered = False
        for run in feed(protocol, data, self._logger):
            if type(run) is Completed:  # an answer (first: the test a Ping's read makes)
                waiter = self._waiting.pop(run.action_id, None)
                if waiter is not None:
                    try:
                        waiter[0].set_result(run.response)
                    except asyncio.InvalidStateError:
                        pass  # cancelled, and its task has not run yet to forget it
            elif type(run) is list:
                self._deliver(run)
                delivered = True
            elif isinstance(run, Banner):
                if self._banner is not None and not self._banner.done():
                    self._banner.set_result(None)
            elif isinstance(run, Closed):
                self._on_closed(conn, run)
        if delivered and self._consumers_behind():
            self._yield_a_turn(conn)

    def _consumers_behind(self) -> bool:
        """Whether the callbacks, or an ``events()`` stream, have half their room taken."""
        backlog = self._backlog
        return backlog.queued * 2 >= backlog.limit or any(
            stream.behind() for stream in self._subscribers
        )

    def _yield_a_turn(self, conn: _Transport) -> None:
        """Stop reading until the loop's next turn, so the consumers run first.

        A loop reads several times per wakeup while the socket has data (uvloop up to 32
        reads of 256 KiB), and the dispatcher task and the ``events()`` consumers run
        only between wakeups: in an event flood they fell ``max_queued_events`` behind
        within one turn and events were dropped though they kept up.  Reading resumes at
        the next turn whatever they did, so a slow consumer still costs events, never
        the connection (Asterisk drops a session that does not read for 100 ms)."""
        transport = conn.transport
        if conn.paused or conn is not self._conn or transport is None or transport.is_closing():
            return
        conn.paused = True
        transport.pause_reading()
        conn.loop.call_soon(self._resume_reading, conn)

    def _resume_reading(self, conn: _Transport) -> None:
        conn.paused = False
        transport = conn.transport
        if conn is self._conn and transport is not None and not transport.is_closing():
            transport.resume_reading()

    def _on_closed(self, conn: _Transport, item: Closed) -> None:
        self._conn = None
        if conn.transport is not None:
            conn.transport.abort()
        reason = "server said Goodbye" if item.clean else "connection closed by the server"
        self._fail(item.pending, ConnectionLost(reason))
        if self._banner is not None and not self._banner.done():
            self._banner.set_exception(ConnectionLost(f"{reason} before its banner"))
            self._banner.exception()  # mark retrieved
        self._deliver([Event([("Event", EVENT_DISCONNECTED), ("Reason", reason)])])
        will_retry = self._reconnect and not item.clean and not self._closing
        if will_retry and self._session.login is not None:
            # A drop while a reconnect loop runs (e.g. mid re-login) is that loop's to
            # retry: a second loop would open a second connection.
            if not self._reconnecting:
                self._reconnecting = True
                self._spawn(self._reconnect_loop())
        elif not self._closing:
            # After our Logoff (Goodbye) the session ended as asked: iterators just end.
            for stream in self._subscribers:
                stream.offer(END if item.clean else ConnectionLost(reason))

    def _fail(self, action_ids: tuple[str, ...], error: AmiError) -> None:
        for action_id in action_ids:
            waiter = self._waiting.pop(action_id, None)
            if waiter is not None and not waiter[0].done():
                waiter[0].set_exception(error)
                waiter[0].exception()  # mark retrieved: nobody may be awaiting any more

    def _deliver(self, batch: list[Message]) -> None:
        """To every matching ``events()`` stream, and as one batch to the callbacks'
        dispatcher task; past ``max_queued_events`` waiting, the newest are dropped.

        While a reconnect restores the session, events are held back and delivered after
        ``AmiReconnected``, so subscribers see the new session's events after the notice.
        """
        if self._backlog.holding:
            self._backlog.admit(batch)  # for streams and callbacks alike, after the notice
            return
        if self._subscribers:
            for message in batch:
                if isinstance(message, Event):
                    for stream in self._subscribers:
                        if stream.selector.matches(message):
                            stream.offer(message)
        if self._queue is not None and self._dispatcher.wants(batch[0]):
            batch = self._backlog.admit(batch)
            if batch:
                self._queue.put_nowait(batch)

    async def _dispatch_loop(self) -> None:
        assert self._queue is not None
        q = self._queue
        targets = self._dispatcher.targets
        while True:
            batch = await q.get()
            for message in batch:
                for fn in targets(message):
                    try:
                        result = fn(message, self)
                        if result is not None and inspect.isawaitable(result):
                            await result
                    except Exception:
                        self._logger.exception("callback %r raised", fn)
            self._backlog.done(len(batch))

    async def _reconnect_loop(self) -> None:
        failures = 0
        self._restorer = asyncio.current_task()
        try:
            while not self._closing:
                await asyncio.sleep(self._backoff.compute(failures))
                self._backlog.hold()  # a failed attempt's events (and notices) are not kept
                try:
                    await self.connect()
                    assert self._session.login is not None
                    await self._do_login(self._session.login, DEFAULT)
                    for request in self._session.restore():
                        await self.send_action(request)
                except AmiError as exc:
                    failures += 1
                    self._logger.warning("reconnect attempt %d failed: %s", failures, exc)
                    continue
                if self._conn is None:  # dropped again during the restore: go round again
                    failures += 1
                    continue
                self._logger.info("reconnected after %d failed attempts", failures)
                notice = Event([("Event", EVENT_RECONNECTED), ("Attempts", str(failures + 1))])
                self._deliver([notice, *self._backlog.take_held()])
                return
        finally:
            self._backlog.take_held()
            self._reconnecting = False
            self._restorer = None

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task
