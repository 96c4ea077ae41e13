"""Fixtures of the live suite: real Asterisk servers this run starts and stops itself.

Every test under ``tests/live/`` is marked ``live``. When ``shared/asterisk/`` is not on
the machine the whole suite is skipped, said once in the summary. ``AMI_LIVE_VERSIONS``
(e.g. ``20,22``) narrows the versions; the default is all of them. The suite never takes a
host or port from the environment: it talks only to servers it started (a user's PBX is
not a test fixture).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from tests.asterisk_server import VERSIONS, AsteriskServer, asterisk_dir

_ABSENT = "live suite skipped: no shared/asterisk/ on this machine (see tests/live/README)"


def live_versions() -> tuple[str, ...]:
    """The versions this run covers: ``AMI_LIVE_VERSIONS`` or all of them."""
    wanted = os.environ.get("AMI_LIVE_VERSIONS", "")
    chosen = tuple(v.strip() for v in wanted.split(",") if v.strip()) or VERSIONS
    unknown = [v for v in chosen if v not in VERSIONS]
    if unknown:
        raise pytest.UsageError(f"AMI_LIVE_VERSIONS: unknown {unknown}; known: {VERSIONS}")
    return chosen


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    absent = asterisk_dir() is None
    skip = pytest.mark.skip(reason=_ABSENT)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.live)
            if absent:
                item.add_marker(skip)


#: Tables the live tests print at the end of the run (``live_report``), in order.
_REPORTS: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if asterisk_dir() is None:
        terminalreporter.write_line(_ABSENT)
        return
    if _REPORTS:
        terminalreporter.section("live suite")
        for text in _REPORTS:
            terminalreporter.write_line(text)


@pytest.fixture
def live_report() -> Callable[[str], None]:
    """``live_report(text)``: show ``text`` in the run's summary (and now, with ``-s``)."""

    def report(text: str) -> None:
        _REPORTS.append(text)
        print(text)

    return report


@pytest.fixture(scope="session", params=live_versions())
def asterisk(request: pytest.FixtureRequest) -> Iterator[AsteriskServer]:
    """A real Asterisk of each version, shared by the tests of that version.

    Tests must leave it as they found it (hang up their calls, delete their astdb keys);
    a test that restarts or breaks a server uses ``fresh_asterisk`` instead.
    """
    server = AsteriskServer(request.param)
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(params=live_versions())
def fresh_asterisk(request: pytest.FixtureRequest) -> Iterator[AsteriskServer]:
    """A server of each version for this test alone: one it may restart, stop or break."""
    server = AsteriskServer(request.param)
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.live import verified

    if any(verified.recorded().values()):
        verified.dump()
