"""Fixtures of the live suite: real Asterisk servers this run starts and stops itself.

Every test under ``tests/live/`` is marked ``live``. When ``shared/asterisk/`` is not on
the machine the whole suite is skipped, said once in the summary. ``AMI_LIVE_VERSIONS``
(e.g. ``20,22``) narrows the versions; the default is all of them. The suite never takes a
host or port from the environment: it talks only to servers it started (a user's PBX is
not a test fixture).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.asterisk_server import VERSIONS, AsteriskServer, asterisk_dir

_ABSENT = "live suite skipped: no shared/asterisk/ on this machine (see docs/live-tests.md)"
_HERE = Path(__file__).resolve().parent


@dataclass
class _Session:
    """What this session did with the live suite, for the check of spec/verified.yaml."""

    root: Path = field(default_factory=Path.cwd)
    collected: set[Path] = field(default_factory=set)
    ran: int = 0
    failed: int = 0
    deselected: int = 0
    stale: list[str] = field(default_factory=list)
    note: str = ""


_RUN = _Session()


def live_versions() -> tuple[str, ...]:
    """The versions this run covers: ``AMI_LIVE_VERSIONS`` or all of them."""
    wanted = os.environ.get("AMI_LIVE_VERSIONS", "")
    chosen = tuple(v.strip() for v in wanted.split(",") if v.strip()) or VERSIONS
    unknown = [v for v in chosen if v not in VERSIONS]
    if unknown:
        raise pytest.UsageError(f"AMI_LIVE_VERSIONS: unknown {unknown}; known: {VERSIONS}")
    return chosen


def _is_live(path: Path) -> bool:
    return path.resolve().is_relative_to(_HERE)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    absent = asterisk_dir() is None
    skip = pytest.mark.skip(reason=_ABSENT)
    for item in items:
        if _is_live(item.path):
            item.add_marker(pytest.mark.live)
            if absent:
                item.add_marker(skip)


def pytest_deselected(items: Sequence[pytest.Item]) -> None:
    _RUN.deselected += sum(1 for item in items if _is_live(item.path))


def pytest_collection_finish(session: pytest.Session) -> None:
    _RUN.root = session.config.rootpath
    _RUN.collected = {item.path.resolve() for item in session.items if _is_live(item.path)}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not _is_live(_RUN.root / report.fspath):
        return
    if report.failed:
        _RUN.failed += 1
    elif report.when == "call" and report.passed:
        _RUN.ran += 1


def _whole_suite(config: pytest.Config) -> bool:
    """Did this session run every live test?  Not with -k/-m deselecting any, a node id,
    or a file of tests/live/ left out."""
    files = {p.resolve() for p in _HERE.glob("test_*.py")}
    named = any("::" in str(arg) for arg in config.args)
    return not named and not _RUN.deselected and files <= _RUN.collected


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Dump the records, then fail the run if spec/verified.yaml says otherwise.

    Checked only when every live test that ran passed, and only for the versions this run
    covered (``AMI_LIVE_VERSIONS``). A partial run (``-k``, one file) can only find what
    the file lacks; the whole suite also finds what it no longer confirms.
    ``AMI_LIVE_VERIFIED=record`` (``make live-verified``) records without checking.
    """
    from tests.live import verified

    if not _RUN.ran:
        return
    versions, complete = live_versions(), _whole_suite(session.config)
    verified.dump(versions=versions, complete=complete)
    if os.environ.get("AMI_LIVE_VERIFIED") == "record":
        return
    if _RUN.failed:
        _RUN.note = "spec/verified.yaml not checked: live tests failed"
        return
    _RUN.stale = verified.stale(versions, complete)
    scope = "the whole live suite" if complete else "a partial run: only what it confirmed"
    _RUN.note = f"spec/verified.yaml checked for Asterisk {', '.join(versions)} ({scope})"
    if _RUN.stale and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


#: Tables the live tests print at the end of the run (``live_report``), in order.
_REPORTS: list[str] = []


@pytest.fixture
def live_report() -> Callable[[str], None]:
    """``live_report(text)``: show ``text`` in the run's summary (and now, with ``-s``)."""

    def report(text: str) -> None:
        _REPORTS.append(text)
        print(text)

    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if asterisk_dir() is None:
        terminalreporter.write_line(_ABSENT)
        return
    if _REPORTS:
        terminalreporter.section("live suite")
        for text in _REPORTS:
            terminalreporter.write_line(text)
    if _RUN.stale:
        terminalreporter.section("spec/verified.yaml is stale", red=True)
        for line in _RUN.stale:
            terminalreporter.write_line(f"  {line}")
        terminalreporter.write_line(
            "What the live suite confirmed differs from the catalogue: run 'make live-verified' "
            "(the whole live suite; it rewrites spec/verified.yaml and the generated code) "
            "and commit the result.",
            red=True,
        )
    elif _RUN.note:
        terminalreporter.write_line(_RUN.note)


@pytest.fixture(scope="session", params=live_versions())
def asterisk(request: pytest.FixtureRequest) -> Iterator[AsteriskServer]:
    """A real Asterisk of each version, shared by the tests of that version.

    Tests must leave it as they found it (hang up their calls, delete their astdb keys);
    a test that restarts or breaks a server uses ``fresh_asterisk`` instead.
    """
    server = AsteriskServer(request.param)
    try:
        yield server.start()
    finally:
        server.cleanup()  # also after a failed start: nothing half-started stays behind


@pytest.fixture(params=live_versions())
def fresh_asterisk(request: pytest.FixtureRequest) -> Iterator[AsteriskServer]:
    """A server of each version for this test alone: one it may restart, stop or break."""
    server = AsteriskServer(request.param)
    try:
        yield server.start()
    finally:
        server.cleanup()  # also after a failed start: nothing half-started stays behind
