"""Both clients over TLS against the simulator, with a throwaway CA made by ``trustme``.

Asterisk serves AMI over TLS on port 5039 (``include/asterisk/manager.h``,
``DEFAULT_MANAGER_TLS_PORT``).  ``tls=True`` verifies the server against the system
store (``ssl.create_default_context()``); a context of the caller's own may trust a
private CA.  Every failure is a :class:`ConnectError` (nothing was connected), chained to
the ``ssl`` error.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from ami import core
from ami_runtime import AmiTimeout, AsyncManager, ConnectError, Manager
from ami_runtime.simulator import Simulator

from tests.replay_server import IO_TIMEOUT, wait_until

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


def trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


@pytest.fixture(scope="module")
def tls_sim(ca: trustme.CA) -> Iterator[Simulator]:
    """A TLS simulator whose certificate names localhost and 127.0.0.1."""
    cert = ca.issue_cert("localhost", "127.0.0.1")
    with Simulator.running_in_thread(auth_fail_delay=0.05, ssl=server_context(cert)) as sim:
        yield sim


@pytest.fixture(scope="module")
def wrong_name_sim(ca: trustme.CA) -> Iterator[Simulator]:
    """A TLS simulator whose certificate is for another host."""
    cert = ca.issue_cert("pbx.example.test")
    with Simulator.running_in_thread(auth_fail_delay=0.05, ssl=server_context(cert)) as sim:
        yield sim


def sync_session(port: int, host: str, tls: bool | ssl.SSLContext) -> list[str]:
    """Connect, log in, Ping and receive our own UserEvent; the names of what happened."""
    manager = Manager(detect_version=False)
    seen: list[str] = []
    manager.register_callback("UserEvent", lambda event, _: seen.append(event["UserEvent"]))
    try:
        manager.connect(host, port, timeout=IO_TIMEOUT, tls=tls)
        manager.login("admin", "adminsecret")
        assert manager.send_action(core.Ping()).success
        assert manager.send_action(core.UserEvent("OverTls")).success
        wait_until(lambda: seen)
        return seen
    finally:
        manager.close()


async def async_session(port: int, host: str, tls: bool | ssl.SSLContext) -> list[str]:
    manager = AsyncManager(
        host, port, username="admin", secret="adminsecret", tls=tls,
        connect_timeout=IO_TIMEOUT, detect_version=False,
    )  # fmt: skip
    async with manager:
        stream = manager.events("UserEvent")
        assert (await manager.send_action(core.Ping())).success
        assert (await manager.send_action(core.UserEvent("OverTls"))).success
        event = await asyncio.wait_for(stream.__anext__(), IO_TIMEOUT)
        return [event["UserEvent"]]


def run_session(kind: str, port: int, host: str, tls: bool | ssl.SSLContext) -> list[str]:
    if kind == "sync":
        return sync_session(port, host, tls)
    return asyncio.run(asyncio.wait_for(async_session(port, host, tls), 3 * IO_TIMEOUT))


KINDS = ["sync", "async"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_session_over_tls_verifies_with_the_test_ca(
    tls_sim: Simulator, ca: trustme.CA, kind: str, host: str
) -> None:
    assert run_session(kind, tls_sim.port, host, trusting(ca)) == ["OverTls"]


def tls_failure(kind: str, port: int, host: str, tls: bool | ssl.SSLContext) -> ConnectError:
    with pytest.raises(ConnectError) as info:
        run_session(kind, port, host, tls)
    return info.value


@pytest.mark.parametrize("kind", KINDS)
def test_without_the_ca_verification_fails_with_a_typed_error(
    tls_sim: Simulator, kind: str
) -> None:
    error = tls_failure(kind, tls_sim.port, "127.0.0.1", True)  # the system store only
    assert isinstance(error.__cause__, ssl.SSLCertVerificationError)
    assert "certificate verify failed" in str(error)
    assert "TLS error" in str(error) and f":{tls_sim.port}" in str(error)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_hostname_mismatch_fails(
    wrong_name_sim: Simulator, ca: trustme.CA, kind: str, host: str
) -> None:
    error = tls_failure(kind, wrong_name_sim.port, host, trusting(ca))
    assert isinstance(error.__cause__, ssl.SSLCertVerificationError)
    assert "mismatch" in str(error)  # "Hostname mismatch" / "IP address mismatch"


@pytest.mark.parametrize("kind", KINDS)
def test_tls_to_a_plain_server_fails_with_connection_lost(kind: str, ca: trustme.CA) -> None:
    with Simulator.running_in_thread(auth_fail_delay=0.05) as plain:
        error = tls_failure(kind, plain.port, "127.0.0.1", trusting(ca))
    assert isinstance(error.__cause__, ssl.SSLError)


def test_plain_to_a_tls_server_times_out_waiting_for_the_banner(tls_sim: Simulator) -> None:
    manager = Manager(detect_version=False)
    try:
        with pytest.raises(AmiTimeout, match="banner"):
            manager.connect("127.0.0.1", tls_sim.port, timeout=0.5)
    finally:
        manager.close()


def test_simulator_cli_serves_tls_from_cert_and_key_files(ca: trustme.CA, tmp_path: Path) -> None:
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    args = [sys.executable, "-m", "ami_runtime.simulator", "--port", "0"]
    args += ["--tls-cert", str(tmp_path / "cert.pem"), "--tls-key", str(tmp_path / "key.pem")]
    env = {"PYTHONPATH": str(ROOT / "runtime"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.search(r"listening on 127\.0\.0\.1:(\d+) \(TLS\)", line)
        assert found, line
        assert sync_session(int(found.group(1)), "127.0.0.1", trusting(ca)) == ["OverTls"]
    finally:
        proc.terminate()
        proc.wait(IO_TIMEOUT)


def test_simulator_cli_refuses_a_key_without_a_certificate(tmp_path: Path) -> None:
    args = [sys.executable, "-m", "ami_runtime.simulator", "--port", "0"]
    args += ["--tls-key", str(tmp_path / "key.pem")]
    env = {"PYTHONPATH": str(ROOT / "runtime"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=30)
    assert done.returncode == 1
    assert "--tls-key needs --tls-cert" in done.stderr
