"""The ``ami`` console script, run for real: ``python -m ami`` in a subprocess.

A simulator started through ``ami simulator --port 0`` serves the whole module; tests
that kill their server start their own.  Every subprocess has a timeout and every wait
on a stream is bounded, so a broken CLI fails a test instead of hanging it.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ami.actions import ACTIONS
from ami_runtime.cli import main

ROOT = Path(__file__).resolve().parent.parent
SECRET = "adminsecret"
WAIT = 15.0


def base_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no AMI_* from the caller, no user config file."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMI_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "generated"), str(ROOT / "runtime")])
    env["HOME"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home / "xdg")
    env.update(extra)
    return env


def ami(*args: str, env: dict[str, str], timeout: float = WAIT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ami", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
    )


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Children started inside take Ctrl-C as from a terminal.  A test run launched in
    the background by a non-interactive shell (``pytest &``, as CI may) ignores SIGINT,
    children inherit the ignored disposition, and Python then leaves SIGINT ignored too."""
    ignored = (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    )
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


class Proc:
    """A running ``ami`` process whose stdout/stderr lines arrive in queues."""

    def __init__(self, *args: str, env: dict[str, str]) -> None:
        with interruptible():
            self.popen = subprocess.Popen(
                [sys.executable, "-m", "ami", *args],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                text=True,
                cwd=ROOT,
            )
        self.out: queue.Queue[str] = queue.Queue()
        self.err: queue.Queue[str] = queue.Queue()
        self.err_lines: list[str] = []
        for stream, target in ((self.popen.stdout, self.out), (self.popen.stderr, self.err)):
            threading.Thread(target=self._pump, args=(stream, target), daemon=True).start()

    @staticmethod
    def _pump(stream: object, target: queue.Queue[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            target.put(line.rstrip("\n"))

    def line(self, which: str = "out", timeout: float = WAIT) -> str:
        source = self.out if which == "out" else self.err
        line = source.get(timeout=timeout)
        if which == "err":
            self.err_lines.append(line)
        return line

    def wait_err(self, pattern: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self.line("err", max(0.01, deadline - time.monotonic()))
            if re.search(pattern, line):
                return line

    def finish(self, timeout: float = WAIT) -> tuple[int, list[str], list[str]]:
        code = self.popen.wait(timeout=timeout)
        time.sleep(0.05)
        out = _drain(self.out)
        self.err_lines += _drain(self.err)
        return code, out, self.err_lines

    def kill(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait(timeout=WAIT)


def _drain(source: queue.Queue[str]) -> list[str]:
    lines = []
    while True:
        try:
            lines.append(source.get_nowait())
        except queue.Empty:
            return lines


def start_simulator(home: Path) -> tuple[Proc, int]:
    """``ami simulator --port 0``; the port comes from its "listening on" line."""
    proc = Proc("simulator", "--port", "0", "--auth-fail-delay", "0.05", env=base_env(home))
    line = proc.wait_err(r"listening on")
    return proc, int(line.rsplit(":", 1)[1])


@pytest.fixture(scope="module")
def simulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    proc, port = start_simulator(tmp_path_factory.mktemp("sim"))
    yield port
    proc.kill()


@pytest.fixture
def env(simulator: int, tmp_path: Path) -> dict[str, str]:
    return base_env(tmp_path, AMI_PORT=str(simulator), AMI_USERNAME="admin", AMI_SECRET=SECRET)


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    """In-process runs of ``main`` with a clean environment and nothing listening."""
    for key in list(os.environ):
        if key.startswith("AMI_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    port = free_port()
    monkeypatch.setenv("AMI_PORT", str(port))
    monkeypatch.setenv("AMI_USERNAME", "admin")
    monkeypatch.setenv("AMI_SECRET", SECRET)
    return port


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``main`` in this process: for the offline cases, where a subprocess adds nothing."""
    code = main(list(argv), actions=ACTIONS)
    out, err = capsys.readouterr()
    return code, out, err


def no_secret(result: subprocess.CompletedProcess[str], secret: str = SECRET) -> None:
    assert secret not in result.stdout and secret not in result.stderr


# -- ami action --------------------------------------------------------------------


def test_action_prints_the_response_as_aligned_text(env: dict[str, str]) -> None:
    result = ami("action", "ping", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Response:") and lines[0].endswith("Success")
    assert any(line.startswith("Ping:") and line.endswith("Pong") for line in lines)
    starts = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in lines}
    assert len(starts) == 1, lines  # every value starts in the same column
    assert "ActionID" not in result.stdout
    no_secret(result)


def test_action_ping_loads_only_what_it_uses(env: dict[str, str]) -> None:
    # Start-up time (bench/startup.py): a Ping without TLS needs no ssl, no event loop, no
    # config parser or JSON, no dataclasses (Ping's class is made without them), no logging
    # (nothing is logged), and of the catalogue only Ping's module.  (hashlib it needs:
    # the default login is MD5.)
    heavy = ["asyncio", "configparser", "dataclasses", "inspect", "json", "logging", "ssl", "uuid"]
    code = (
        "import sys, ami.__main__\n"
        "status = ami.__main__.main(['action', 'Ping'])\n"
        f"print([m for m in {heavy!r} if m in sys.modules])\n"
        "print(sorted(m for m in sys.modules if m.startswith('ami.actions.')))\n"
        "sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=WAIT
    )
    assert done.returncode == 0, done.stderr
    assert "Ping:      Pong" in done.stdout
    assert done.stdout.splitlines()[-2:] == ["[]", "['ami.actions.manager']"]


def test_action_json_prints_one_object_per_message_including_list_items(
    env: dict[str, str],
) -> None:
    put = ami("action", "DBPut", "Family=clitest", "key=answer", "VAL=42", env=env)
    assert put.returncode == 0, put.stderr
    result = ami("action", "dbget", "family=clitest", "Key=answer", "--json", env=env)
    assert result.returncode == 0, result.stderr
    messages = [json.loads(line) for line in result.stdout.splitlines()]
    assert messages[0]["Response"] == "Success"
    items = [m for m in messages if m.get("Event") == "DBGetResponse"]
    assert [m["Val"] for m in items] == ["42"]
    assert messages[-1]["EventList"] == "Complete"
    assert {m["ActionID"] for m in messages} == {messages[0]["ActionID"]}


def test_action_accepts_python_names_and_ami_headers_in_any_case(env: dict[str, str]) -> None:
    assert (
        ami("action", "SETVAR", "variable=CLI_GREETING", "Value=hello there", env=env).returncode
        == 0
    )
    result = ami("action", "getvar", "VARIABLE=CLI_GREETING", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["Value"] == "hello there"


def test_error_response_exits_1_and_says_why_on_stderr(env: dict[str, str]) -> None:
    result = ami("action", "Hangup", "Channel=PJSIP/nobody-00000000", env=env)
    assert result.returncode == 1
    assert "Response: Error" in result.stdout
    assert "Hangup failed" in result.stderr


def test_raw_action_unknown_to_the_server_is_an_error_response(env: dict[str, str]) -> None:
    result = ami("action", "--raw", "NoSuchAction", "Foo=bar", env=env)
    assert result.returncode == 1
    assert "Invalid/unknown command" in result.stdout


def test_raw_action_sends_headers_as_given(env: dict[str, str]) -> None:
    result = ami("action", "--raw", "Setvar", "Variable=CLI_RAW", "Value=r", env=env)
    assert result.returncode == 0, result.stderr
    check = ami("action", "Getvar", "Variable=CLI_RAW", "--json", env=env)
    assert json.loads(check.stdout)["Value"] == "r"


def test_originate_picks_the_form_from_the_required_fields_given(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, app, _ = run(
        capsys,
        "action",
        "originate",
        "Channel=Local/100@test",
        "Application=Wait",
        "Data=1",
        "--dry-run",
    )
    assert code == 0
    code, ctx, _ = run(
        capsys,
        "action",
        "Originate",
        "channel=Local/100@test",
        "Context=test",
        "Exten=100",
        "Priority=1",
        "variable=A=1",
        "variable=B=x,y",
        "--dry-run",
    )
    assert code == 0
    assert "Application: Wait" in app and "Context:" not in app
    assert "Exten: 100" in ctx and "Application" not in ctx
    assert re.findall(r"^Variable: .*$", ctx, re.M) == ["Variable: A=1", r"Variable: B=x\,y"]


def test_originate_with_fields_of_neither_form_explains_both(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "action", "Originate", "Channel=Local/100@test")
    assert code == 2
    assert "Originate_Application" in err and "Originate_Context" in err
    assert "Exten" in err  # what the context form still needs


def test_class_name_selects_one_form(env: dict[str, str]) -> None:
    result = ami(
        "action",
        "originate_application",
        "Channel=Local/100@test",
        "Application=Wait",
        "Data=1",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Originate successfully queued" in result.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["NoSuchAction"], "unknown action 'NoSuchAction'"),
        (["hangpu", "Channel=x"], "did you mean Hangup"),
        (["Hangup"], "missing required field(s) Channel"),
        (["Hangup", "Channel=x", "Bogus=1"], "unknown field(s) Bogus"),
        (["Hangup", "Channel=x", "Cause=loud"], "expected a whole number"),
        (["Hangup", "Channel=x", "Channel=y"], "given twice"),
        (["Hangup", "Channel"], "expected field=value"),
        (["MuteAudio", "Channel=x", "Direction=in", "State=maybe"], "expected yes/no"),
        (["Hangup", "Channel=a\rAction: Logoff"], "control character"),
        (["--raw", "Foo", "Bad:Key=1"], "invalid header name"),
    ],
)
def test_bad_command_lines_fail_with_exit_2_before_connecting(
    offline: int, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, out, err = run(capsys, "action", *args)
    assert code == 2, err
    assert expected in err
    assert out == "" and "connect" not in err.replace("(see", "")  # never got that far


def test_unknown_field_hint_lists_the_valid_fields(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(capsys, "action", "Hangup", "Channel=x", "Bogus=1")
    assert "Required: Channel" in err and "Cause" in err


def test_unknown_action_and_missing_field_in_the_real_script(
    simulator: int, tmp_path: Path
) -> None:
    env = base_env(tmp_path, AMI_PORT=str(simulator), AMI_USERNAME="admin", AMI_SECRET=SECRET)
    unknown = ami("action", "NoSuchAction", env=env)
    missing = ami("action", "Getvar", env=env)
    assert unknown.returncode == missing.returncode == 2
    assert "unknown action 'NoSuchAction'" in unknown.stderr and "--raw" in unknown.stderr
    assert "missing required field(s) Variable" in missing.stderr
    assert unknown.stdout == missing.stdout == ""


def test_dry_run_masks_the_secret_of_a_login(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--json"], ["--raw"]):
        code, out, err = run(
            capsys, "action", *extra, "Login", "Username=admin", f"Secret={SECRET}", "--dry-run"
        )
        assert code == 0, err
        assert "Secret: ********" in out
        assert SECRET not in out + err


def test_login_action_json_never_shows_the_secret(env: dict[str, str]) -> None:
    result = ami("action", "Login", "Username=admin", f"Secret={SECRET}", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["Response"] == "Success"
    no_secret(result)


# -- connection and login ------------------------------------------------------------


def test_wrong_password_exits_4_without_echoing_it(env: dict[str, str]) -> None:
    wrong = "Wr0ngSecret-7f3a"
    result = ami("action", "Ping", env={**env, "AMI_SECRET": wrong})
    assert result.returncode == 4
    assert "refused" in result.stderr and "admin" in result.stderr
    no_secret(result, wrong)
    assert result.stdout == ""


def test_plain_login_works_too(env: dict[str, str]) -> None:
    assert ami("action", "Ping", "--auth", "plain", env=env).returncode == 0


def test_no_server_exits_3(tmp_path: Path) -> None:
    env = base_env(tmp_path, AMI_USERNAME="admin", AMI_SECRET=SECRET)
    result = ami("--port", str(free_port()), "action", "Ping", env=env)
    assert result.returncode == 3
    assert "connect to 127.0.0.1" in result.stderr
    no_secret(result)


def test_silent_server_times_out_with_exit_5(tmp_path: Path) -> None:
    with socket.socket() as listener:  # accepts (backlog) but never sends a banner
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = str(listener.getsockname()[1])
        env = base_env(tmp_path, AMI_PORT=port, AMI_USERNAME="admin", AMI_SECRET=SECRET)
        result = ami("action", "Ping", "--timeout", "0.5", env=env)
    assert result.returncode == 5
    assert "banner" in result.stderr


def test_missing_secret_without_a_terminal_is_a_usage_error(simulator: int, tmp_path: Path) -> None:
    env = base_env(tmp_path, AMI_PORT=str(simulator), AMI_USERNAME="admin")
    result = ami("action", "Ping", env=env)
    assert result.returncode == 2
    assert "no secret" in result.stderr


def write_config(home: Path, text: str, mode: int = 0o600) -> Path:
    path = home / "xdg" / "amikit" / "ami.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)
    return path


def test_profile_from_the_config_file(simulator: int, tmp_path: Path) -> None:
    write_config(
        tmp_path,
        f"[default]\nport = {free_port()}\n\n"
        f"[lab]\nport = {simulator}\nusername = admin\nsecret = {SECRET}\n",
    )
    env = base_env(tmp_path, AMI_PORT="1")  # an explicit --profile outranks the environment
    result = ami("--profile", "lab", "action", "Ping", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # mode 600: no warning
    default = ami("action", "Ping", env=base_env(tmp_path, AMI_USERNAME="admin", AMI_SECRET="x"))
    assert default.returncode == 3  # [default] names a port where nothing listens


def test_environment_outranks_the_default_profile_and_flags_outrank_both(
    simulator: int, tmp_path: Path
) -> None:
    write_config(tmp_path, f"[default]\nport = {free_port()}\nusername = admin\n")
    env = base_env(tmp_path, AMI_PORT=str(simulator), AMI_SECRET=SECRET)
    assert ami("action", "Ping", env=env).returncode == 0
    assert ami("action", "Ping", "--port", str(free_port()), env=env).returncode == 3


def test_config_file_readable_by_others_draws_a_warning(simulator: int, tmp_path: Path) -> None:
    path = write_config(
        tmp_path, f"[default]\nport = {simulator}\nusername = admin\nsecret = {SECRET}\n", 0o644
    )
    result = ami("action", "Ping", env=base_env(tmp_path))
    assert result.returncode == 0
    assert f"chmod 600 {path}" in result.stderr
    no_secret(result)


def test_unknown_profile_lists_the_known_ones(
    offline: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_config(tmp_path, "[lab]\nport = 1\n\n[prod]\nport = 2\n")
    code, _, err = run(capsys, "--profile", "staging", "action", "Ping")
    assert code == 2
    assert "no profile [staging]" in err and "lab, prod" in err


def test_config_from_ami_config_variable(simulator: int, tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.ini"
    path.write_text(f"[default]\nport = {simulator}\nusername = admin\nsecret = {SECRET}\n")
    path.chmod(0o600)
    assert ami("action", "Ping", env=base_env(tmp_path, AMI_CONFIG=str(path))).returncode == 0
    missing = base_env(tmp_path, AMI_CONFIG=str(tmp_path / "nope.ini"))
    assert ami("action", "Ping", env=missing).returncode == 2


# -- ami command ---------------------------------------------------------------------


def test_command_prints_the_cli_output_as_plain_lines(env: dict[str, str]) -> None:
    result = ami("command", "core show version", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Asterisk ")
    assert "Output:" not in result.stdout and "Response" not in result.stdout
    joined = ami("command", "core", "show", "version", env=env)
    assert joined.stdout == result.stdout


def test_failed_cli_command_exits_1(env: dict[str, str]) -> None:
    result = ami("command", "no such cli command", env=env)
    assert result.returncode == 1
    assert "No such command" in result.stdout
    assert "command failed" in result.stderr


def test_command_refused_for_a_user_without_the_command_class(env: dict[str, str]) -> None:
    limited = {**env, "AMI_USERNAME": "limited", "AMI_SECRET": "limitedsecret"}
    result = ami("command", "core show version", env=limited)
    assert result.returncode == 1
    assert "Permission denied" in result.stderr


# -- ami events ----------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_events_stream_until_interrupted_then_print_a_summary(
    env: dict[str, str], sig: signal.Signals
) -> None:
    proc = Proc("events", env=env)
    try:
        proc.wait_err("streaming events")
        assert ami("action", "UserEvent", "UserEvent=shown", env=env).returncode == 0
        first = proc.line()
        assert re.match(r"^\d\d:\d\d:\d\d\.\d{3} \w+", first)
        proc.popen.send_signal(sig)
        code, _, err = proc.finish()
    finally:
        proc.kill()
    assert code == 128 + sig  # 130 for Ctrl-C, 143 for SIGTERM, as shells report them
    assert re.search(r"ami: \d+ event\(s\) received, \d+ shown, in [\d.]+ s", err[-1])
    assert not any("Traceback" in line for line in err)


def test_a_signal_while_events_stream_is_a_flag_not_an_exception() -> None:
    # Raised at an arbitrary point, KeyboardInterrupt may leave the inbox queue's lock
    # held and hang the client's dispatcher and shutdown: while streaming, the handler
    # only records the signal; before (connecting) and on a second signal it raises.
    from ami_runtime.cli.commands import _Stop, _StopSignals

    with interruptible():
        with _StopSignals() as signals:
            assert signal.getsignal(signal.SIGINT) == signals._on_signal
            with pytest.raises(KeyboardInterrupt):
                signals._on_signal(signal.SIGINT, None)
            with pytest.raises(_Stop):
                signals._on_signal(signal.SIGTERM, None)
            signals.streaming = True
            signals._on_signal(signal.SIGTERM, None)
            assert signals.signum == signal.SIGTERM
            with pytest.raises(KeyboardInterrupt):
                signals._on_signal(signal.SIGINT, None)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
    # An ignored SIGINT (a background job's) stays ignored, as Python itself leaves it.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with _StopSignals() as signals:
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) == signals._on_signal
    finally:
        signal.signal(signal.SIGINT, previous)


def test_events_filters_by_header_with_globs_and_exclusions(env: dict[str, str]) -> None:
    proc = Proc(
        "events",
        "--json",
        "--count",
        "1",
        "--filter",
        "Event=UserEvent",
        "--filter",
        "UserEvent=cli-*",
        "--filter",
        "UserEvent!=*-a",
        env=env,
    )
    try:
        proc.wait_err("streaming events")
        for name in ("other-b", "cli-a", "cli-b"):
            sent = ami("action", "UserEvent", f"UserEvent={name}", "Marker=m1", env=env)
            assert sent.returncode == 0, sent.stderr
        code, out, err = proc.finish()
    finally:
        proc.kill()
    assert code == 0, err
    assert [json.loads(line)["UserEvent"] for line in out] == ["cli-b"]
    assert json.loads(out[0])["Marker"] == "m1"
    assert "1 shown" in err[-1]


def test_events_exit_3_when_the_server_goes_away(tmp_path: Path) -> None:
    sim, port = start_simulator(tmp_path)
    try:
        env = base_env(tmp_path, AMI_PORT=str(port), AMI_USERNAME="admin", AMI_SECRET=SECRET)
        proc = Proc("events", env=env)
        proc.wait_err("streaming events")
        sim.kill()
        code, _, err = proc.finish()
    finally:
        sim.kill()
        proc.kill()
    assert code == 3
    assert any("event(s) received" in line for line in err)
    assert "lost" in err[-1]


def test_events_filter_needs_header_and_pattern(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "events", "--filter", "Hangup")
    assert code == 2
    assert "Header=pattern" in err


# -- describe, list, usage -------------------------------------------------------------


def test_describe_works_offline_and_explains_several_forms(tmp_path: Path) -> None:
    result = ami("describe", "ORIGINATE", env=base_env(tmp_path, AMI_PORT=str(free_port())))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "2 forms" in out and "Originate_Application" in out and "Originate_Context" in out
    assert re.search(r"^\s+Exten\s+\w+\s+yes", out, re.M)
    assert "privilege: originate" in out


def test_describe_json_gives_fields_from_the_catalogue(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "describe", "hangup", "--json")
    assert code == 0
    data = json.loads(out)
    assert data[0]["action"] == "Hangup"
    assert [f["key"] for f in data[0]["fields"]] == [f.key for f in ACTIONS["Hangup"].FIELDS]
    assert [f["key"] for f in data[0]["fields"] if f["required"]] == ["Channel"]


def test_describe_says_which_real_servers_confirmed_the_class(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``VERIFIED`` (spec/verified.yaml, written by the live suite) in text and JSON."""
    confirmed = next(c for c in ACTIONS.values() if c.VERIFIED)
    unconfirmed = next(c for c in ACTIONS.values() if not c.VERIFIED)
    code, out, _ = run(capsys, "describe", confirmed.__name__)
    assert code == 0
    assert f"verified:  live on Asterisk {', '.join(confirmed.VERIFIED)}" in out
    code, out, _ = run(capsys, "describe", confirmed.__name__, "--json")
    assert json.loads(out)[0]["verified"] == list(confirmed.VERIFIED)
    code, out, _ = run(capsys, "describe", unconfirmed.__name__)
    assert "verified:  not yet exercised on a real Asterisk" in out


def test_describe_an_event_shows_its_headers_and_the_servers_that_sent_it(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    import ami.events

    confirmed = next(c for c in ami.events.EVENTS.values() if c.VERIFIED)
    code, out, _ = run(capsys, "describe", confirmed.EVENT.upper())
    assert code == 0
    assert out.startswith(f"{confirmed.__name__}  (Event: {confirmed.EVENT})")
    assert f"verified:  live on Asterisk {', '.join(confirmed.VERIFIED)}" in out
    code, out, _ = run(capsys, "describe", "DialBegin", "--json")
    data = json.loads(out)[0]
    assert data["event"] == "DialBegin" and data["verified"] == list(ami.events.DialBegin.VERIFIED)
    assert {"name": "dial_string", "key": "DialString", "type": "str"} in data["headers"]
    assert {"name": "uniqueid", "key": "Uniqueid", "type": "str"} in data["headers"]  # a group's
    code, out, _ = run(capsys, "describe", "Hangup")  # an action and an event: the action
    assert out.startswith("Hangup  (Action: Hangup)")


def test_describe_unknown_action_exits_2(offline: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "describe", "Nope")
    assert code == 2 and "unknown action" in err


def test_list_filters_by_asterisk_version(offline: int, capsys: pytest.CaptureFixture[str]) -> None:
    def names(*argv: str) -> set[str]:
        code, out, _ = run(capsys, "list", *argv)
        assert code == 0
        return {line.split()[0] for line in out.splitlines()[1:]}

    v20, v22, every = names("--version", "20"), names("--version", "22"), names()
    assert "SIPpeers" in v20 and "SIPpeers" not in v22  # chan_sip is gone in 21
    assert "Ping" in v22 and v22 < v20 <= every
    assert names("--version", "23") == v22  # the same AMI surface as 22
    assert every == set(ACTIONS)
    code, out, _ = run(capsys, "list", "queue*", "--json")
    actions = [json.loads(line)["action"] for line in out.splitlines()]
    assert actions and all(a.lower().startswith("queue") for a in actions)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    nothing = ami(env=env)
    assert nothing.returncode == 2 and "COMMAND" in nothing.stderr
    assert ami("--help", env=env).returncode == 0


def test_unknown_subcommand_and_option_exit_2(
    offline: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "action", "Ping", "--bogus")[0] == 2
    assert run(capsys, "list", "--version", "latest")[0] == 2
