"""``AsyncManager``: the asyncio client, with the sync client's semantics.

It only moves bytes between an ``asyncio.Protocol`` and the sans-IO
:class:`~ami_runtime.protocol.AmiProtocol`, resolves futures and runs callbacks.  Bytes are
fed to the engine straight from ``data_received`` (no stream reader, no extra copies).

Events reach callbacks through a dispatcher task, and each ``events()`` iterator through
its own bounded queue: a slow consumer never stalls the reader.  When a queue is full,
new events for it are dropped and counted in :attr:`AsyncManager.dropped_events`.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
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
from ..message import Event, Message, Response
from ..protocol import AmiProtocol, Banner, Closed, Completed
from ..registry import default_event_types
from .call import AsyncCall, AsyncCalls
from .stream import END, EventStream

__all__ = ["AsyncManager"]

R = TypeVar("R", bound=Response)
_READ_SIZE = 65536


class _Transport(asyncio.BufferedProtocol):
    """asyncio glue: forwards bytes and connection loss to the client.

    A buffered protocol: the loop reads into one buffer per connection, copied out at the
    size that came.  With ``data_received`` asyncio would ``recv(256 KiB)`` per read and
    shrink it, which fragments glibc's heap under load (see ``_sync/reading.py``).  On
    uvloop too, though ``data_received`` would save a Python call per read there: uvloop
    then reads 256 KiB at a time, and the bench's 200,000-event flood outran the
    dispatcher task past ``max_queued_events`` (110,000 events dropped, none with 64 KiB
    reads)."""

    def __init__(self, client: AsyncManager) -> None:
        self._client = client
        self.transport: asyncio.Transport | None = None
        self._buffer = bytearray(_READ_SIZE)
        self._view = memoryview(self._buffer)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # (uvloop's transports do not subclass asyncio.Transport, so no isinstance check)
        self.transport = cast(asyncio.Transport, transport)

    def get_buffer(self, sizehint: int) -> memoryview:
        # A view, not the bytearray: asyncio's TLS reader fills ``buf[offset:]`` after a
        # first partial read, and a bytearray's slice is a copy (the bytes would be lost).
        return self._view

    def buffer_updated(self, nbytes: int) -> None:
        self._client._on_data(self, self._view[:nbytes].tobytes())

    def data_received(self, data: bytes) -> None:
        """(Kept for callers and loops that hand over bytes themselves.)"""
        self._client._on_data(self, data)

    def eof_received(self) -> bool:
        self._client._on_data(self, b"")
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self._client._on_data(self, b"")


class _Deadlines:
    """Every action's timeout on one loop timer, armed for the earliest deadline.

    A timer per action (``call_later``, then ``cancel`` when the answer comes) costs a
    timer handle per round trip, and on uvloop a libuv timer started, stopped and closed
    each time (about 2.5 us of a 30 us Ping).  Here an answered action only leaves a
    dictionary; the timer fires when the earliest deadline passes, expires what is due
    and re-arms for the next.  Sequential actions with one timeout re-arm about once per
    timeout period."""

    def __init__(self, expire: Callable[[str, float, str], None]) -> None:
        self._expire = expire
        #: ActionID -> (deadline on the loop's clock, the timeout, the action's name).
        self._due: dict[str, tuple[float, float, str]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._armed_at = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None

    def add(self, loop: asyncio.AbstractEventLoop, action_id: str, wait: float, name: str) -> None:
        when = loop.time() + wait
        self._due[action_id] = (when, wait, name)
        if self._timer is None or when < self._armed_at or loop is not self._loop:
            self._arm(loop, when)

    def discard(self, action_id: str) -> None:
        self._due.pop(action_id, None)

    def clear(self) -> None:
        self._due.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _arm(self, loop: asyncio.AbstractEventLoop, when: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._armed_at, self._loop = when, loop
        self._timer = loop.call_at(when, self._fire, loop)

    def _fire(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        # The loop may run a timer a clock tick early: what it was armed for is due.
        now = max(loop.time(), self._armed_at)
        due = [(key, item) for key, item in self._due.items() if item[0] <= now]
        for action_id, (_, wait, name) in due:
            del self._due[action_id]
            self._expire(action_id, wait, name)
        if self._due and self._timer is None:
            self._arm(loop, min(when for when, _, _ in self._due.values()))


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
        logger: logging.Logger | None = None,
        asterisk_version: str | None = None,
        detect_version: DetectVersion = True,
        keepalive: float | None = None,
        strict_events: bool = False,
    ) -> None:
        """See :class:`~ami_runtime.Manager` for ``asterisk_version``, ``detect_version``
        and ``event_types``; with ``username`` and ``secret``, ``async with`` logs in.
        ``keepalive``: seconds between Pings of :meth:`monitor_connection`, started by
        :meth:`connect`; None (the default) sends none.  ``strict_events``: subscribing to
        an event name the registry lacks raises :class:`UnknownEvent` instead of warning."""
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
        self._logger: Log = logger or ami_logger()
        self._dispatcher = Dispatcher(self._logger, self._known_events, strict_events)
        self._queue: asyncio.Queue[Any] | None = None
        self._backlog = Backlog(max_queued_events)
        self._subscribers: list[EventStream] = []
        self._conn: _Transport | None = None
        self._protocol: AmiProtocol | None = None
        self._futures: dict[str, asyncio.Future[Response]] = {}
        self._deadlines = _Deadlines(self._expire)
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
        if self._queue is None:
            self._queue = asyncio.Queue()  # of batches; bounded by _backlog
            self._spawn(self._dispatch_loop())
        types = self._event_types
        self._protocol = AmiProtocol(event_types=default_event_types() if types is None else types)
        self._banner = loop.create_future()
        where = f"connect to {self.host}:{self.port}"

        def new_conn() -> _Transport:
            # Current from the start: the banner may be delivered before
            # create_connection() returns to us (it often is, on uvloop).
            self._conn = _Transport(self)
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
            self._session.read_probe(probe, await self.send_action(probe, timeout=timeout))

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
        self._deadlines.clear()
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
        if conn is None or protocol is None or conn.transport is None:
            raise ConnectionLost("not connected")
        if conn.transport.is_closing():  # lost, and connection_lost() has not run yet
            raise ConnectionLost("connection closing")
        if self._restorer is not None and asyncio.current_task() is not self._restorer:
            # Before the re-login, Asterisk would answer "Permission denied".
            raise ConnectionLost("reconnecting: not logged in again yet")
        if self._session.release_matters(request):
            await self._ask_version(timeout)
        self._session.check(request)
        wait = resolve_timeout(request, timeout, self._default_timeout)
        action_id, data = protocol.send(request, action_id, extra_headers)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Response] = loop.create_future()
        self._futures[action_id] = future
        # A deadline on the client's one timer: cheaper than wait_for + shield, or a timer
        # per action, on every action.
        if wait is not None:
            self._deadlines.add(loop, action_id, wait, request.action_name)
        started = time.monotonic()
        conn.transport.write(data)
        try:
            response = await future
        except asyncio.CancelledError:
            # The caller gave up: forget the action so its answer cannot leak.
            self._futures.pop(action_id, None)
            protocol.cancel(action_id)
            raise
        finally:
            if wait is not None:
                self._deadlines.discard(action_id)
        response.time = time.monotonic() - started
        response.request = request
        self._session.remember(request, response)
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

    def _expire(self, action_id: str, wait: float, name: str) -> None:
        future = self._futures.pop(action_id, None)
        if future is None or future.done():
            return
        if self._protocol is not None:
            self._protocol.cancel(action_id)
        future.set_exception(AmiTimeout(f"{name} ({action_id}): no answer within {wait} s"))

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
        for run in feed(protocol, data, self._logger):
            if type(run) is list:
                self._deliver(run)
            elif isinstance(run, Completed):
                future = self._futures.pop(run.action_id, None)
                if future is not None and not future.done():
                    future.set_result(run.response)
            elif isinstance(run, Banner):
                if self._banner is not None and not self._banner.done():
                    self._banner.set_result(None)
            elif isinstance(run, Closed):
                self._on_closed(conn, run)

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
            future = self._futures.pop(action_id, None)
            if future is not None and not future.done():
                future.set_exception(error)
                future.exception()  # mark retrieved: nobody may be awaiting any more

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
