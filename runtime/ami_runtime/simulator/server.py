"""The simulator's TCP server and its two ways of running: ``async with`` on the caller's
event loop, or :meth:`Simulator.running_in_thread` for synchronous code such as pytest.

It binds 127.0.0.1 and, by default, a free port (port 0); ``sim.host``/``sim.port`` say
where it listens.  With ``ssl=`` (a server :class:`ssl.SSLContext`) it speaks TLS, as
Asterisk does on port 5039 with ``tlsenable`` in manager.conf (``main/manager.c``,
``ami_tls_cfg``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from ssl import SSLContext
from types import TracebackType
from typing import TypeVar

from ..errors import AmiError
from .constants import AsteriskVersion
from .constants import asterisk_version as asterisk_version_info
from .fixture import Ignored, ignored_lines
from .session import Session
from .state import State
from .state.configs import ConfigStore
from .state.pbx import cancel_task
from .users import Users, load_users

__all__ = ["Simulator"]

T = TypeVar("T")


class Simulator:
    """An in-process Asterisk manager interface.

    ``asterisk_version``: ``20`` (default), ``22`` or ``23``: the banner, versions, action
    table and default configuration of that release.  ``config_dir``: read the
    configuration (extensions.conf, queues.conf, pjsip.conf, ...) from this directory
    instead of the default fixture; :meth:`ignored_lines` says what it did not use.
    ``users`` is a path to a manager.conf-style (or JSON) users file, a :class:`Users`
    table, or None for the configuration's manager.conf users.  ``auth_fail_delay`` is the pause
    before ``Authentication failed`` (1 s in Asterisk; tests shorten it).  ``ssl``: serve
    TLS with this server context (certificate chain loaded).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        users: str | Path | Users | None = None,
        auth_fail_delay: float = 1.0,
        state: State | None = None,
        ssl: SSLContext | None = None,
        asterisk_version: str | int | AsteriskVersion | None = None,
        config_dir: str | Path | None = None,
    ) -> None:
        self.version = asterisk_version_info(asterisk_version)
        self.config_dir = Path(config_dir) if config_dir is not None else None
        self.configs = (
            ConfigStore(directory=self.config_dir, version=self.version)
            if self.config_dir is not None else None
        )  # fmt: skip
        if users is None and self.config_dir is not None:
            own = self.config_dir / "manager.conf"
            users = own if own.is_file() else None
        self.users = users if isinstance(users, Users) else load_users(users)
        self.auth_fail_delay = auth_fail_delay
        self._host, self._port = host, port
        self._state = state
        self.ssl = ssl
        self._server: asyncio.base_events.Server | None = None
        self._sessions: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    def ignored_lines(self) -> list[Ignored]:
        """The configuration lines the simulator does not act on (file, line, why)."""
        configs = self._state.configs if self._state is not None else self.configs
        if configs is None:
            configs = ConfigStore(version=self.version)
        return ignored_lines(configs, self.version)

    @property
    def state(self) -> State:
        """The simulated server's state (touch it only on the simulator's loop)."""
        if self._state is None:
            raise AmiError("the simulator has not been started")
        return self._state

    @property
    def host(self) -> str:
        """The address it listens on."""
        return self._host

    @property
    def port(self) -> int:
        """The port it listens on (the real one once started with port 0)."""
        return self._port

    async def start(self) -> None:
        """Create the state (if not given) and start listening."""
        self._loop = asyncio.get_running_loop()
        if self._state is None:
            self._state = State(self.configs, version=self.version)
        self._server = await asyncio.start_server(self._serve, self._host, self._port, ssl=self.ssl)
        sock = self._server.sockets[0].getsockname()
        self._host, self._port = sock[0], sock[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._sessions.add(task)
        try:
            await Session(self, reader, writer).run()
        except asyncio.CancelledError:
            # Stopping the server cancels sessions; ending quietly keeps asyncio's
            # start_server callback from logging the cancellation as an error.
            writer.close()
        finally:
            if task is not None:
                self._sessions.discard(task)

    async def stop(self) -> None:
        """Stop listening, end every session and every channel's dialplan."""
        if self._server is not None:
            self._server.close()
        for task in list(self._sessions):
            await cancel_task(task)
        if self._state is not None:
            for ch in self._state.channels.all():
                if ch.timeout_handle is not None:
                    ch.timeout_handle.cancel()
                await cancel_task(ch.task)
            for job in list(self._state.tasks):
                await cancel_task(job)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def serve_forever(self) -> None:
        """Serve until cancelled."""
        if self._server is None:
            await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    async def __aenter__(self) -> Simulator:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # fmt: skip
        await self.stop()

    def call(self, fn: Callable[[State], T], timeout: float = 5.0) -> T:
        """Run ``fn(state)`` on the simulator's loop from another thread; its result."""
        if self._loop is None:
            raise AmiError("the simulator has not been started")

        async def run() -> T:
            return fn(self.state)

        future = asyncio.run_coroutine_threadsafe(run(), self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError as exc:
            raise AmiError("the simulator did not answer in time") from exc

    def call_async(self, fn: Callable[[State], Awaitable[T]], timeout: float = 10.0) -> T:
        """Like :meth:`call` for a coroutine function: await ``fn(state)`` on the loop."""
        if self._loop is None:
            raise AmiError("the simulator has not been started")

        async def run() -> T:
            return await fn(self.state)

        future = asyncio.run_coroutine_threadsafe(run(), self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError as exc:
            raise AmiError("the simulator did not answer in time") from exc

    @classmethod
    @contextmanager
    def running_in_thread(
        cls,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        users: str | Path | Users | None = None,
        auth_fail_delay: float = 1.0,
        state: State | None = None,
        ssl: SSLContext | None = None,
        asterisk_version: str | int | AsteriskVersion | None = None,
        config_dir: str | Path | None = None,
    ) -> Iterator[Simulator]:
        """Run a simulator on its own event loop thread for the ``with`` block."""
        sim = cls(
            host, port, users=users, auth_fail_delay=auth_fail_delay, state=state, ssl=ssl,
            asterisk_version=asterisk_version, config_dir=config_dir,
        )  # fmt: skip
        loop = asyncio.new_event_loop()
        started = threading.Event()
        failure: list[BaseException] = []

        def main() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(sim.start())
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            loop.run_forever()

        thread = threading.Thread(target=main, name="ami-simulator", daemon=True)
        thread.start()
        started.wait(10)
        if failure:
            thread.join(5)
            loop.close()
            raise failure[0]
        try:
            yield sim
        finally:
            asyncio.run_coroutine_threadsafe(sim.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()
