"""The ``ami`` tool where it used to mislead (issue 15): exit codes, versions, counts.

Runs ``python -m ami`` for real against ``ami simulator`` (an Asterisk 20.0.0), with the
helpers and fixtures of ``test_cli.py``.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from ami.actions import ACTIONS
from ami_runtime.versions import parse_version, supports

from tests import test_cli
from tests.test_cli import ROOT, SECRET, WAIT, Proc, ami, base_env, run

# test_cli.py's fixtures, shared: a module-scoped simulator each module starts for itself
simulator, env, offline = test_cli.simulator, test_cli.env, test_cli.offline


# -- versions: one source of truth ----------------------------------------------------


def test_action_the_servers_version_lacks_is_an_error_response_not_cannot_connect(
    env: dict[str, str],
) -> None:
    # The simulator reports the real server's branch build (GIT-20-516d2c60ac), which
    # has SendFlash: the server itself answers, with an error response.
    result = ami("action", "SendFlash", "Channel=PJSIP/a-00000001", env=env)
    assert result.returncode == 1, result.stderr  # not 3, "cannot connect"
    assert "SendFlash failed: Channel not found" in result.stderr


def test_list_for_a_version_agrees_with_what_the_client_accepts(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    for version in ("20.0.0", "20", "18.20.0", "22.1.0"):
        code, out, _ = run(capsys, "list", "--version", version, "--json")
        assert code == 0
        listed = {json.loads(line)["class"] for line in out.splitlines()}
        parsed = parse_version(version)
        assert parsed is not None
        accepted = {name for name, cls in ACTIONS.items() if supports(cls, parsed)}
        classes = {cls.__name__ for name, cls in ACTIONS.items() if name in accepted}
        assert listed == classes, version
    code, out, _ = run(capsys, "list", "--version", "20.0.0")
    assert "SendFlash" not in out


def test_describe_a_list_without_item_events_shows_no_blank_item(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    # (WaitEvent: any event may come, the completion ends it)
    code, out, _ = run(capsys, "describe", "WaitEvent")
    assert code == 0
    assert "event list of ," not in out and "of ," not in out
    assert re.search(r"result:\s+WaitEventComplete", out)
    assert "of ," not in (ACTIONS["WaitEvent"].__doc__ or "")


# -- settings -------------------------------------------------------------------------


def test_a_bad_port_in_the_environment_names_the_variable(
    offline: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AMI_PORT", "abc")
    code, _, err = run(capsys, "action", "Ping", "--username", "u", "--secret", "s")
    assert code == 2
    assert "AMI_PORT" in err and "'abc'" in err
    code, _, err = run(capsys, "--port", "x1", "action", "Ping")
    assert code == 2 and "--port" in err


# -- ami events -----------------------------------------------------------------------


def test_events_count_does_not_count_the_events_of_its_own_login(env: dict[str, str]) -> None:
    proc = Proc("events", "--json", "--count", "1", env=env)
    try:
        proc.wait_err("streaming events")
        sent = ami("action", "UserEvent", "UserEvent=counted", env=env)
        assert sent.returncode == 0, sent.stderr
        code, out, err = proc.finish()
    finally:
        proc.kill()
    assert code == 0, err
    # FullyBooted (and SuccessfulAuth) of its own login came first, and were counted.
    # The other ami's login shows (SuccessfulAuth is security class; FullyBooted goes to
    # the session that logged in only), so look for the UserEvent among what was shown.
    shown = [json.loads(line) for line in out]
    assert len(shown) == 1
    assert shown[0]["Event"] != "FullyBooted"


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"]
)
def test_events_stopped_by_a_signal_exits_128_plus_the_signal(
    env: dict[str, str], sig: signal.Signals, code: int
) -> None:
    proc = Proc("events", env=env)
    try:
        proc.wait_err("streaming events")
        proc.popen.send_signal(sig)
        got, _, err = proc.finish()
    finally:
        proc.kill()
    assert got == code
    assert re.search(r"ami: \d+ event\(s\) received", err[-1])
    docs = (ROOT / "docs" / "cli.md").read_text()
    assert f"{code} " in docs or f"{code}\n" in docs


# -- the simulator's -v ---------------------------------------------------------------


def test_simulator_verbose_logs_sessions(tmp_path: Path) -> None:
    sim = subprocess.Popen(
        [sys.executable, "-m", "ami.simulator", "-v", "--port", "0", "--auth-fail-delay", "0"],
        env=base_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        assert sim.stderr is not None
        lines: list[str] = []
        port = 0
        for line in sim.stderr:
            lines.append(line)
            found = re.search(r"listening on [\d.]+:(\d+)", line)
            if found:
                port = int(found.group(1))
                break
        assert port
        env = base_env(tmp_path, AMI_PORT=str(port), AMI_USERNAME="admin", AMI_SECRET=SECRET)
        assert ami("action", "Ping", env=env).returncode == 0
        wanted = ("opened", "logged in as 'admin'", "closed")
        for line in sim.stderr:
            lines.append(line)
            if "closed" in line:
                break
        text = "".join(lines)
        for word in wanted:
            assert word in text, text
        assert SECRET not in text
    finally:
        sim.kill()
        sim.wait(WAIT)
