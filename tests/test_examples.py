"""The README's commands: examples/demo.py and the two short examples run as users run them.

Each runs in a subprocess (as ``make demo`` does), with ``generated/`` and ``runtime/`` on
PYTHONPATH, a 60 s timeout, and every AMI_* variable cleared so a developer's own settings
cannot send the demo to a real PBX.  The short examples talk to a simulator started here on
a free port.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ami_runtime.simulator import Simulator

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TIMEOUT = 60


def run(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AMI_")}
    clean["PYTHONPATH"] = os.pathsep.join(str(ROOT / p) for p in ("generated", "runtime"))
    clean.update(env)
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=clean,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def demo() -> subprocess.CompletedProcess[str]:
    return run("demo.py")


def lines_matching(pattern: str, text: str) -> list[str]:
    return [line for line in text.splitlines() if re.search(pattern, line)]


def test_demo_against_the_simulator_exits_zero_without_errors(demo):
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "Traceback" not in demo.stdout + demo.stderr
    assert "this process runs amikit's AMI simulator" in demo.stdout
    assert "demo: all steps succeeded" in demo.stdout
    assert "FAILED" not in demo.stdout


def test_demo_logs_in_with_md5_and_shows_the_banner_version(demo):
    assert (
        len(lines_matching(r"banner 'Asterisk Call Manager/9\.0\.0' \(AMI 9\.0\.0\)", demo.stdout))
        == 2
    )
    assert lines_matching(r"Login \(MD5\) as 'admin'\s+ok: Authentication accepted", demo.stdout)


def test_demo_streams_the_originated_calls_events(demo):
    answered = lines_matching(
        r"\+\d+\.\d+s\s+OriginateResponse\s+Local/100@test-\w+;1\s+Success", demo.stdout
    )
    assert len(answered) == 2  # one call per client
    for name in ("Newchannel", "DialBegin", "DialEnd", "Newstate"):
        assert lines_matching(rf"\+\d+\.\d+s\s+{name}\s+Local/100@test-", demo.stdout), name
    # both legs of both calls ended on their own: the application ended, which Asterisk
    # reports as cause 0 (Unknown) on both halves of the Local pair
    hangups = lines_matching(r"Hangup\s+Local/100@test-\w+;[12]\s+cause 0", demo.stdout)
    assert len(hangups) == 4
    assert demo.stdout.count("the call is over") == 2


def test_demo_lists_the_calls_channels(demo):
    assert len(lines_matching(r"CoreShowChannels\s+ok: 2 channel\(s\)", demo.stdout)) == 2
    assert lines_matching(r"^\s+Local/100@test-\w+;1\s+Up\s+Wait\(2\)", demo.stdout)
    assert lines_matching(r"^\s+Local/100@test-\w+;2\s+Up\s+Wait\(30\)", demo.stdout)


def test_demo_reads_back_the_astdb_values_it_wrote(demo):
    assert "value read back: 'hello from ami.Manager'" in demo.stdout
    for value in ("1", "2", "3"):
        assert f"value read back: '{value}'" in demo.stdout
    assert lines_matching(r"DBDel amikit-demo/greeting\s+ok", demo.stdout)
    assert lines_matching(r"DBDelTree amikit-demo-async\s+ok", demo.stdout)


def test_demo_shows_the_queue_members_it_added(demo):
    assert lines_matching(
        r"Demo agent\s+Local/7001@test/n\s+dynamic\s+not in use\s+no", demo.stdout
    )
    assert lines_matching(r"Async agent\s+Local/7002@test/n\s+dynamic\s+\S.*\s+yes$", demo.stdout)
    assert len(lines_matching(r"QueueRemove Local/700[12]@test/n\s+ok", demo.stdout)) == 2


def test_demo_prints_configuration_with_secrets_masked(demo):
    assert lines_matching(r"\[admin\]\s+secret=\*{8}, .*read=all", demo.stdout)
    assert lines_matching(r"\[support\]\s+strategy=ringall", demo.stdout)
    assert "adminsecret" not in demo.stdout
    assert "limitedsecret" not in demo.stdout


def test_demo_runs_a_cli_command_and_logs_off(demo):
    assert demo.stdout.count("Asterisk GIT-20-516d2c60ac built by") == 2
    assert len(lines_matching(r"Logoff\s+ok: Thanks for all the fish\.", demo.stdout)) == 2


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A port bound but not listening: connecting to it is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_demo_says_clearly_when_it_cannot_connect(closed_port):
    result = run("demo.py", "--host", "127.0.0.1", "--port", str(closed_port))
    assert result.returncode == 1
    assert f"demo: stopped: connect to 127.0.0.1:{closed_port}" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_demo_reports_a_refused_login_without_showing_the_secret():
    result = run("demo.py", AMI_SECRET="not-the-secret")
    assert result.returncode == 1
    assert "demo: login refused for 'admin': Authentication failed" in result.stdout
    assert "not-the-secret" not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_demo_exits_nonzero_listing_steps_the_server_refused():
    result = run("demo.py", "--channel", "Local/nosuch@nowhere", "--queue", "nosuch")
    assert result.returncode == 1, result.stdout
    assert len(lines_matching(r"! the call failed \(Failure", result.stdout)) == 2
    assert "No such queue" in result.stdout
    assert re.search(r"demo: \d+ step\(s\) failed", result.stdout)
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator.running_in_thread() as sim:
        yield sim


def test_sync_example_runs_against_a_simulator(simulator):
    result = run("sync_example.py", AMI_HOST=simulator.host, AMI_PORT=str(simulator.port))
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout.splitlines()
    assert out[0].startswith("Asterisk GIT-20-516d2c60ac built by")  # core show version
    assert out[1:] == [
        "Originate: Originate successfully queued",
        "call ended",
        "Logoff: Thanks for all the fish.",
    ]
    assert result.stderr == ""


def test_async_example_runs_against_a_simulator(simulator):
    result = run("async_example.py", AMI_HOST=simulator.host, AMI_PORT=str(simulator.port))
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout.splitlines()
    assert out[0] == "DBGet example/answer: 42"
    assert out[1] == "Originate: Originate successfully queued"
    # the application ended: Asterisk reports cause 0 (Unknown)
    assert re.fullmatch(r"hung up: Local/100@test-\w+;[12] Unknown", out[2])
    assert out[3:] == ["Logoff: Thanks for all the fish."]
    assert result.stderr == ""
