"""The pytest plugin ``ami.testing``, run the way a user's project runs it (pytester)."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

pytest_plugins = ["pytester"]


def test_the_plugin_is_registered_as_a_pytest11_entry_point():
    found = {e.name: e.value for e in entry_points(group="pytest11")}
    assert found.get("ami") == "ami.testing"


APP_TESTS = '''
import asyncio

from ami import core


def remember_color(manager, color):
    """The application under test: it keeps a value in Asterisk's database."""
    manager.send_action(core.DBPut("app", "color", color)).raise_for_error()


def test_app_writes_the_astdb(ami_manager, ami_simulator):
    remember_color(ami_manager, "blue")
    assert ami_simulator.call(lambda state: state.db.get("app", "color")) == "blue"


def test_setup_through_the_state_is_seen_by_the_client(ami_manager, ami_simulator):
    ami_simulator.call(lambda state: state.db.put("app", "size", "L"))
    reply = ami_manager.send_action(core.DBGet("app", "size"))
    assert reply.events[0]["Val"] == "L"


def test_each_test_gets_a_fresh_simulator(ami_simulator):
    assert ami_simulator.call(lambda state: state.db.get("app", "color")) is None


def test_unconnected_asyncio_manager_connects_in_the_tests_loop(ami_async_manager_unconnected):
    async def main():
        async with ami_async_manager_unconnected as manager:
            call = await manager.originate(core.Originate_Application("Local/100@test", "Wait"))
            assert await call.wait_answered(10)
            await call.wait_hangup(10)
            return call.cause

    assert asyncio.run(main()) == 0  # the application ended: Asterisk's cause 0


def test_a_failing_assertion_fails(ami_manager):
    assert ami_manager.send_action(core.DBGet("app", "missing")).success
'''


def test_fixtures_serve_a_users_tests(pytester: pytest.Pytester):
    pytester.makepyfile(test_app=APP_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:asyncio")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(["*test_a_failing_assertion_fails*"])


ASYNC_TESTS = """
import asyncio

import pytest

from ami import core


async def _call_cause(manager):
    assert manager.is_connected()  # already logged in, in this test's loop (or this hangs)
    assert manager._banner.get_loop() is asyncio.get_running_loop()
    call = await manager.originate(core.Originate_Application("Local/100@test", "Wait"))
    assert await call.wait_answered(10)
    await call.wait_hangup(10)
    return call.cause


# The originated channel ends normally when the application returns: cause 0, as on the
# real server (Asterisk 20, 22 and 23).
@pytest.mark.asyncio
async def test_with_pytest_asyncio(ami_async_manager, ami_simulator):
    assert await _call_cause(ami_async_manager) == 0
    await ami_async_manager.send_action(core.DBPut("app", "k", "v"))
    assert ami_simulator.call(lambda state: state.db.get("app", "k")) == "v"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_with_anyio(ami_async_manager):
    assert await _call_cause(ami_async_manager) == 0
"""


def test_async_fixture_is_connected_in_the_loop_of_pytest_asyncio_or_anyio(
    pytester: pytest.Pytester,
):
    pytest.importorskip("pytest_asyncio")
    pytest.importorskip("anyio")
    pytester.makepyfile(test_async=ASYNC_TESTS)
    # Both plugins at once: each test gets the manager in the loop of the plugin running it.
    both = pytester.runpytest_subprocess("-W", "error::pytest.PytestDeprecationWarning")
    both.assert_outcomes(passed=2)
    # One plugin each; pytest-asyncio's auto mode runs every async test, marked or not.
    alone = pytester.runpytest_subprocess("-p", "no:anyio", "-o", "asyncio_mode=auto")
    alone.assert_outcomes(passed=2)
    pytester.runpytest_subprocess("-p", "no:asyncio", "-k", "anyio").assert_outcomes(passed=1)


def test_without_a_loop_plugin_the_async_fixture_says_what_to_use(pytester: pytest.Pytester):
    pytester.makepyfile(
        test_app="""
import asyncio
from ami import core

def test_no_loop_runs_here(ami_async_manager):
    pass

def test_own_loop(ami_async_manager_unconnected):
    async def main():
        async with ami_async_manager_unconnected as manager:
            return (await manager.send_action(core.Ping())).success
    assert asyncio.run(main())
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:asyncio", "-p", "no:anyio")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*ami_async_manager is connected in the test's event loop*"])


def test_two_simulators_at_once_get_different_ports(pytester: pytest.Pytester):
    pytester.makeconftest(
        """
import pytest
from ami_runtime.simulator import Simulator

@pytest.fixture
def second():
    with Simulator.running_in_thread() as sim:
        yield sim
"""
    )
    pytester.makepyfile(
        "def test_ports(ami_simulator, second):\n"
        "    assert ami_simulator.port != second.port and ami_simulator.port > 0\n"
    )
    pytester.runpytest_subprocess().assert_outcomes(passed=1)


def _doc_blocks() -> dict[str, str]:
    """docs/testing.md's example files, by the name in their first line."""
    from pathlib import Path

    text = (Path(__file__).parent.parent / "docs" / "testing.md").read_text()
    blocks = {}
    for block in text.split("```python\n")[1:]:
        code = block.split("```", 1)[0]
        first = code.splitlines()[0]
        if first.startswith("# ") and first.endswith(".py"):
            blocks[first[2:]] = code
    return blocks


def test_the_documented_example_passes(pytester: pytest.Pytester):
    blocks = _doc_blocks()
    assert set(blocks) == {"myapp.py", "test_myapp.py"}
    for name, code in blocks.items():
        pytester.makepyfile(**{name[:-3]: code})
    pytester.runpytest_subprocess().assert_outcomes(passed=4)
