"""A pytest plugin: an AMI simulator and managers connected to it, as fixtures.

Installed with amikit (entry point ``pytest11``, module ``ami.testing``), so any project's
tests can ask for:

- ``ami_simulator``: a fresh :class:`~ami_runtime.simulator.Simulator` on a free
  loopback port for one test, in a thread of its own; ``.host``, ``.port``, and
  ``.call(lambda state: ...)`` to set up or inspect its state (AstDB, channels, queues...)
  on the simulator's own loop;
- ``ami_manager``: a blocking :class:`~ami_runtime.Manager`, connected and logged in;
- ``ami_async_manager``: an :class:`~ami_runtime.AsyncManager` for the same simulator,
  with credentials; ``async with ami_async_manager as manager:`` (in the test's own
  event loop: ``asyncio.run``, pytest-asyncio or anyio) connects and logs in.

An asyncio client belongs to the loop that connects it, and pytest alone runs no loop, so
the asyncio fixture connects where the test's loop runs.  A test or conftest that needs
other users or state overrides ``ami_simulator`` (see docs/testing.md).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._async.client import AsyncManager
from ._sync.client import Manager
from .simulator import Simulator

__all__ = [
    "SECRET",
    "USERNAME",
    "ami_async_manager",
    "ami_manager",
    "ami_simulator",
]

#: The simulator's user with every privilege (``limited``/``limitedsecret`` has ``call``).
USERNAME = "admin"
SECRET = "adminsecret"  # noqa: S105  # the simulator's documented test user


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
def ami_async_manager(ami_simulator: Simulator) -> AsyncManager:
    """An :class:`AsyncManager` for ``ami_simulator``: ``async with`` it to connect."""
    return AsyncManager(
        ami_simulator.host, ami_simulator.port, username=USERNAME, secret=SECRET, timeout=10.0
    )
