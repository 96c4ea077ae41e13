"""A RabbitMQ node for the gateway tests (one per session), and gateways to run.

Skipped with one line when Debian's rabbitmq-server or the gateway extra is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.gateway.broker import Broker, installed

try:
    import aio_pika
except ImportError:  # pragma: no cover
    aio_pika = None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without the extra, every gateway test is skipped; without rabbitmq-server, those
    that need the broker (the in-process ones still run)."""
    reason = None
    if aio_pika is None:
        reason = "gateway tests need the gateway extra (pip install -e '.[dev,gateway]')"
    elif not installed():
        reason = "gateway tests need Debian's rabbitmq-server (apt-get install rabbitmq-server)"
    if reason:
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if "tests/gateway/" not in str(item.fspath):
                continue
            if aio_pika is None or "broker" in getattr(item, "fixturenames", ()):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def broker() -> Iterator[Broker]:
    node = Broker()
    try:
        node.start()
        yield node
    finally:
        node.cleanup()
