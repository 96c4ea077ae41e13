"""A pytest plugin: an AMI simulator and managers connected to it, as fixtures.

Installed with amikit (entry point ``pytest11``, module ``ami.testing``), so any project's
tests can ask for:

- ``ami_simulator``: a fresh :class:`~ami_runtime.simulator.Simulator` on a free
  loopback port for one test, in a thread of its own; ``.host``, ``.port``, and
  ``.call(lambda state: ...)`` to set up or inspect its state (AstDB, channels, queues...)
  on the simulator's own loop;
- ``ami_manager``: a blocking :class:`~ami_runtime.Manager`, connected and logged in;
- ``ami_async_manager``: an :class:`~ami_runtime.AsyncManager`, connected and logged in
  in the test's own event loop, for ``async def`` tests run by pytest-asyncio or by anyio's
  pytest plugin (neither is a dependency of amikit);
- ``ami_async_manager_unconnected``: the same manager, configured but not connected, for
  tests that run their own loop (``asyncio.run``): ``async with`` it connects and logs in.

An asyncio client belongs to the loop that connects it, so ``ami_async_manager`` is an
async fixture: the plugin that runs the test's loop runs it there too.  A test or conftest
that needs other users or state overrides ``ami_simulator`` (see docs/testing.md).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from typing import Any

import pytest

from ._async.client import AsyncManager
from ._sync.client import Manager
from .simulator import Simulator

try:  # pytest-asyncio's strict mode runs only the async fixtures it was told about
    from pytest_asyncio import fixture as _asyncio_fixture
except ImportError:  # pragma: no cover - anyio's plugin or none
    _asyncio_fixture = pytest.fixture  # type: ignore[assignment]

__all__ = [
    "SECRET",
    "USERNAME",
    "ami_async_manager",
    "ami_async_manager_unconnected",
    "ami_manager",
    "ami_simulator",
    "pytest_fixture_setup",
]

#: The simulator's user with every privilege (``limited``/``limitedsecret`` has ``call``).
USERNAME = "admin"
SECRET = "adminsecret"  # noqa: S105  # the simulator's documented test user

_NO_LOOP_PLUGIN = (
    "ami_async_manager is connected in the test's event loop, which pytest-asyncio "
    "(@pytest.mark.asyncio) or anyio (@pytest.mark.anyio) runs; neither runs this test. "
    "Install and use one, or take ami_async_manager_unconnected and "
    "`async with` it in your own loop."
)


@pytest.fixture
def ami_simulator() -> Iterator[Simulator]:
    """A simulator of its own for this test, stopped (calls hung up) at teardown."""
    with Simulator.running_in_thread(auth_fail_delay=0.0) as simulator:
        yield simulator


@pytest.fixture
def ami_manager(ami_simulator: Simulator) -> Iterator[Manager]:
    """A :class:`Manager` logged in to ``ami_simulator`` as ``admin``; closed at teardown."""
    with Manager(timeout=10.0) as manager:
        manager.connect(ami_simulator.host, ami_simulator.port)
        manager.login(USERNAME, SECRET)
        yield manager


@pytest.fixture
def ami_async_manager_unconnected(ami_simulator: Simulator) -> AsyncManager:
    """An :class:`AsyncManager` for ``ami_simulator``: ``async with`` it to connect."""
    return AsyncManager(
        ami_simulator.host, ami_simulator.port, username=USERNAME, secret=SECRET, timeout=10.0
    )


async def _logged_in(ami_simulator: Simulator) -> AsyncIterator[AsyncManager]:
    async with AsyncManager(
        ami_simulator.host, ami_simulator.port, username=USERNAME, secret=SECRET, timeout=10.0
    ) as manager:
        yield manager


async def _logged_in_for_anyio(ami_simulator: Simulator) -> AsyncIterator[AsyncManager]:
    # Unmarked for pytest-asyncio, so that only anyio's plugin runs it (in anyio's loop).
    async for manager in _logged_in(ami_simulator):
        yield manager


@_asyncio_fixture
async def ami_async_manager(ami_simulator: Simulator) -> AsyncIterator[AsyncManager]:
    """An :class:`AsyncManager` logged in to ``ami_simulator`` as ``admin``, in the test's
    event loop (pytest-asyncio or anyio); closed at teardown."""
    async for manager in _logged_in(ami_simulator):
        yield manager


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest
) -> Generator[None, object, object]:
    """Hand ``ami_async_manager`` to the plugin that runs this test's loop.

    With both pytest-asyncio and anyio installed, an anyio test gets the fixture in anyio's
    loop (pytest-asyncio would otherwise run it in a loop of its own); with neither
    running, the test fails with what to do instead of pytest's generic complaint.
    """
    if getattr(fixturedef.func, "__qualname__", None) != "ami_async_manager" or (
        getattr(fixturedef.func, "__module__", None) != __name__
    ):
        return (yield)
    plugins = request.config.pluginmanager
    if "anyio_backend" in request.fixturenames and plugins.has_plugin("anyio"):
        # Final only to pytest's own users: both loop plugins swap it the same way.
        original = fixturedef.func
        fixturedef.func = _logged_in_for_anyio  # type: ignore[misc]
        try:
            return (yield)
        finally:
            fixturedef.func = original  # type: ignore[misc]
    if not plugins.has_plugin("asyncio"):
        pytest.fail(_NO_LOOP_PLUGIN, pytrace=False)
    return (yield)
