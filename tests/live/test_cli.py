"""The ``ami`` command line against a real Asterisk: ``action``, ``command``, ``events``,
TLS, a wrong password; ``describe`` and ``list`` offline, checked against the catalogue's
view of the live version."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from ami.actions import ACTIONS
from ami_runtime.cli import main

from tests.asterisk_server import AsteriskServer
from tests.live.sweep import classes_for
from tests.test_cli import Proc, base_env
from tests.test_cli import ami as run_ami

#: Seconds one ``ami`` process may take: a Python start on a loaded 2-core machine, one
#: connection to a local server, and its exit (the unit tests' 15 s was once too short).
SLOW = 30.0


def ami(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run_ami(*args, env=env, timeout=SLOW)


@pytest.fixture
def env(asterisk: AsteriskServer, tmp_path: Path) -> dict[str, str]:
    return base_env(
        tmp_path,
        AMI_HOST=asterisk.host,
        AMI_PORT=str(asterisk.ami_port),
        AMI_USERNAME="admin",
        AMI_SECRET="adminsecret",
    )


def test_action_ping_and_a_list_as_json(env: dict[str, str]) -> None:
    ping = ami("action", "Ping", env=env)
    assert ping.returncode == 0, ping.stderr
    assert any(
        line.startswith("Ping:") and line.endswith("Pong") for line in ping.stdout.splitlines()
    )
    listing = ami("action", "QueueStatus", "Queue=support", "--json", env=env)
    assert listing.returncode == 0, listing.stderr
    messages = [json.loads(line) for line in listing.stdout.splitlines()]
    assert messages[0]["Response"] == "Success"
    assert [m["Event"] for m in messages[1:2]] == ["QueueParams"]
    assert messages[-1]["Event"] == "QueueStatusComplete"


def test_list_action_answered_plainly_returns_at_once(env: dict[str, str]) -> None:
    result = ami(
        "--timeout", "3", "action", "VoicemailUserStatus", "Context=default", "Mailbox=9999",
        env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "There is no voicemail user" in result.stdout


def test_command_prints_the_cli_output(asterisk: AsteriskServer, env: dict[str, str]) -> None:
    result = ami("command", "core show version", env=env)
    assert result.returncode == 0, result.stderr
    assert f"Asterisk GIT-{asterisk.version}-" in result.stdout


def test_events_count_stops_after_the_events_asked_for(env: dict[str, str]) -> None:
    proc = Proc(
        "events", "--json", "--count", "1", "--filter", "Event=UserEvent",
        "--filter", "UserEvent=AmikitCli", env=env,
    )  # fmt: skip
    try:
        proc.wait_err("streaming events", SLOW)
        sent = ami("action", "UserEvent", "UserEvent=AmikitCli", "Marker=live", env=env)
        assert sent.returncode == 0, sent.stderr
        code, out, err = proc.finish(SLOW)
    finally:
        proc.kill()
    assert code == 0, err
    (line,) = out
    assert json.loads(line)["Marker"] == "live"


def test_tls_with_the_servers_ca(asterisk: AsteriskServer, env: dict[str, str]) -> None:
    tls = dict(env, AMI_PORT=str(asterisk.tls_port))
    result = ami("--tls", "--cafile", str(asterisk.cafile), "action", "Ping", env=tls)
    assert result.returncode == 0, result.stderr
    other = ami("--tls", "action", "Ping", env=tls)  # the system store does not know it
    assert other.returncode == 3, other.stderr


def test_wrong_password_exits_4_without_echoing_it(env: dict[str, str]) -> None:
    result = ami("action", "Ping", env=dict(env, AMI_SECRET="not-the-secret"))
    assert result.returncode == 4
    assert "not-the-secret" not in result.stdout + result.stderr


def test_describe_and_list_offline_match_the_live_version(
    asterisk: AsteriskServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ami list --version N`` lists exactly the classes the sweep sends to N."""
    assert main(["list", "--version", asterisk.version, "--json"], actions=ACTIONS) == 0
    listed = {json.loads(line)["class"] for line in capsys.readouterr().out.splitlines()}
    assert listed == set(classes_for(asterisk.version))
    assert main(["describe", "QueueStatus"], actions=ACTIONS) == 0
    assert "ended by QueueStatusComplete" in capsys.readouterr().out
