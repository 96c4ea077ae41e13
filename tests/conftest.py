"""``make_client``: every test that takes it runs against Manager and AsyncManager.

The facades live in ``tests/replay_server.py`` (``SyncClient``, ``AsyncClient``); clients
made here are closed at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.replay_server import CLIENTS, Client


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(port: int, **kw: Any) -> Client:
        client = CLIENTS[request.param](port, **kw)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
