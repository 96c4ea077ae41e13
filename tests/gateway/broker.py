"""A RabbitMQ node of our own: Debian's ``rabbitmq-server`` on free loopback ports.

Everything it opens is bound to 127.0.0.1 (AMQP, Erlang's epmd and distribution
ports), and everything it writes (database, logs, the Erlang cookie) lives in a
temporary directory.  The tests and ``make bench-gateway`` start one, stop it (and the
epmd it started) at the end; a test may stop and start it again mid-run.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"
CTL = "/usr/lib/rabbitmq/bin/rabbitmqctl"
START_TIMEOUT = 90.0


def installed() -> bool:
    """Whether Debian's rabbitmq-server is here."""
    return os.path.exists(SERVER) and shutil.which("erl") is not None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Broker:
    """``Broker().start()``; ``.url`` for clients; ``.stop()``, ``.start()``; ``.cleanup()``."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="amikit-rabbit-"))
        self.port = free_port()
        self.name = f"amikit{uuid.uuid4().hex[:8]}@localhost"
        self.env = dict(os.environ)
        self.env.update(
            HOME=str(self.dir),  # the Erlang cookie goes here, shared with rabbitmqctl
            RABBITMQ_NODENAME=self.name,
            RABBITMQ_NODE_IP_ADDRESS="127.0.0.1",
            RABBITMQ_NODE_PORT=str(self.port),
            RABBITMQ_DIST_PORT=str(free_port()),
            ERL_EPMD_ADDRESS="127.0.0.1",
            ERL_EPMD_PORT=str(free_port()),
            RABBITMQ_MNESIA_BASE=str(self.dir / "mnesia"),
            RABBITMQ_LOG_BASE=str(self.dir / "log"),
            RABBITMQ_CONFIG_FILE=str(self.dir / "rabbitmq"),
            RABBITMQ_ENABLED_PLUGINS_FILE=str(self.dir / "enabled_plugins"),
            RABBITMQ_ENABLED_PLUGINS="",
            RABBITMQ_PID_FILE=str(self.dir / "rabbit.pid"),
        )
        # Loopback only, guest allowed there (the default), fast heartbeats for tests.
        (self.dir / "rabbitmq.conf").write_text(
            f"listeners.tcp.default = 127.0.0.1:{self.port}\nloopback_users = none\nheartbeat = 5\n"
        )
        (self.dir / "enabled_plugins").write_text("[].\n")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{self.port}/"

    def start(self) -> None:
        log = open(self.dir / "server.out", "ab")
        self.proc = subprocess.Popen(
            [SERVER],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"rabbitmq-server exited: {self.tail()}")
            if self._amqp_ready():
                return
            time.sleep(0.2)
        raise RuntimeError(f"rabbitmq-server did not start within {START_TIMEOUT} s: {self.tail()}")

    def _amqp_ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"AMQP\x00\x00\x09\x01")
                return len(sock.recv(8)) > 0  # Connection.Start: the node is serving
        except OSError:
            return False

    def ctl(self, *args: str, timeout: float = 60) -> str:
        out = subprocess.run(
            [CTL, "-n", self.name, *args], env=self.env, capture_output=True, timeout=timeout
        )
        return out.stdout.decode(errors="replace") + out.stderr.decode(errors="replace")

    def stop(self) -> None:
        """Stop the node (its whole process group) and wait for it."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        self.ctl("stop", timeout=60)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)

    def cleanup(self) -> None:
        """Stop the node and our epmd, remove the directory."""
        self.stop()
        epmd = shutil.which("epmd")
        if epmd:
            subprocess.run([epmd, "-kill"], env=self.env, capture_output=True, timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)

    def tail(self, n: int = 2000) -> str:
        try:
            return (self.dir / "server.out").read_text(errors="replace")[-n:]
        except OSError:
            return ""
