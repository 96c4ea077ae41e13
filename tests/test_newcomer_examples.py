"""The newcomer's three programs in examples/ (wallboard, click-to-call, inventory), run
as users run them, against a simulator started here.  tests/live/test_examples.py runs
them against real Asterisk servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ami import Manager, core
from ami_runtime.simulator import Simulator

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60


def env(host: str, port: int) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AMI_")}
    clean["PYTHONPATH"] = os.pathsep.join(str(ROOT / p) for p in ("generated", "runtime"))
    clean.update(AMI_HOST=host, AMI_PORT=str(port))
    return clean


def run(host: str, port: int, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "examples" / script), *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=TIMEOUT, env=env(host, port), cwd=ROOT
    )


def click_to_call_answered(host: str, port: int) -> None:
    result = run(host, port, "click_to_call.py", "Local/100@test", "400")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Local/100@test answered (Local/100@test-")
    assert lines[0].endswith(";1); dialling 400 in test")
    assert any(line.split()[:2] == ["DialEnd", "ANSWER"] or "ANSWER" in line for line in lines)
    assert sum(line.strip().startswith("Hangup") for line in lines) == 2
    assert lines[-1] == "call ended: Normal Clearing (cause 16)"


def click_to_call_busy(host: str, port: int) -> None:
    result = run(host, port, "click_to_call.py", "Local/999@test", "400")
    assert result.returncode == 1
    assert result.stderr.strip() == "Local/999@test did not answer: User busy (cause 17)"
    assert "Traceback" not in result.stderr


def inventory(host: str, port: int) -> dict[str, object]:
    result = run(host, port, "inventory.py")
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def wallboard(host: str, port: int, queue: str, member: str | None) -> list[str]:
    """Start the wallboard, then make queue changes: a caller joins, and (with ``member``)
    a member is added; it redraws after each and exits (``--updates``)."""
    updates = "2" if member else "1"
    command = [sys.executable, str(ROOT / "examples" / "wallboard.py"), queue]
    proc = subprocess.Popen(
        [*command, "--updates", updates],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(host, port),
        cwd=ROOT,
    )
    head = f"{queue:12} waiting"
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # drawn once subscribed
        assert first.startswith(f"{head}   0"), first + proc.stderr.read()
        with Manager() as manager:
            manager.connect(host, port)
            manager.login("admin", "adminsecret")
            # The caller: ;2 answers (exten 100), ;1 waits in the queue.
            join = core.Originate_Application("Local/100@test", "Queue", data=f"{queue},,,,30")
            caller = manager.originate(join)
            assert caller.wait_answered(20)
            assert proc.stdout.readline().strip() == f"-- QueueCallerJoin {queue}"
            assert proc.stdout.readline().startswith(f"{head}   1")
            if member:
                manager.send_action(core.QueueAdd(member, queue)).raise_for_error()
            rest = proc.stdout.read()
            assert proc.wait(TIMEOUT) == 0, rest + proc.stderr.read()
            if member:
                manager.send_action(core.QueueRemove(member, queue))
            caller.hangup()
            caller.wait_hangup(20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return [first, *rest.splitlines()]


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator.running_in_thread() as simulator:
        yield simulator


def test_click_to_call_follows_an_answered_call_to_its_end(sim):
    click_to_call_answered(sim.host, sim.port)


def test_click_to_call_says_why_the_agent_did_not_answer(sim):
    click_to_call_busy(sim.host, sim.port)


def test_inventory_dumps_version_queues_and_peers_as_json(sim):
    data = inventory(sim.host, sim.port)
    assert data["asterisk"] == "GIT-20-516d2c60ac" and data["ami"] == "9.0.0"
    queues = data["queues"]
    assert isinstance(queues, list)
    assert {"Event": "QueueParams", "Queue": "support"}.items() <= queues[0].items()
    assert all("ActionID" not in item for item in queues)
    assert "sip_peers" in data and "pjsip_endpoints" in data  # Asterisk 20: SIP and PJSIP


def test_wallboard_redraws_on_queue_events(sim):
    # sales has no members (support's static member would be rung as the caller joins, as
    # on the real server); the member added is on an extension that exists (one in a
    # missing context would be Invalid)
    lines = wallboard(sim.host, sim.port, "sales", "Local/101@test/n")
    assert lines[-2] == "-- QueueMemberAdded sales"
    assert lines[-1].startswith("sales        waiting   1")
    assert lines[-1].endswith("agents 1/1 free")  # the one member just added
