"""Start and stop the real Asterisk servers of ``shared/asterisk/`` for tests.

``shared/asterisk/asterisk.sh`` unpacks a prebuilt Asterisk 20, 22 or 23, starts it on
loopback with the fixture configuration and returns once AMI answers. This module picks
free ports for everything a server listens on and a fresh run directory, so servers of the
same or different versions, other test runs and other checkouts never collide, and it only
ever stops a server it started itself. Nothing here connects to any other host: a test that
uses :class:`AsteriskServer` talks to the server this module started, on 127.0.0.1.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.transcripts import shared_dir

__all__ = ["VERSIONS", "AsteriskServer", "AsteriskUnavailable", "asterisk_dir", "running"]

VERSIONS = ("20", "22", "23")
HOST = "127.0.0.1"
START_TIMEOUT = 120.0

_BANNER = re.compile(r"Asterisk Call Manager/(\S+)")


class AsteriskUnavailable(RuntimeError):
    """No ``shared/asterisk/`` on this machine, or the server would not start."""


def asterisk_dir() -> Path | None:
    """``shared/asterisk/`` with its start script, or None when this machine lacks it.

    ``$AMI_ASTERISK_DIR`` names the directory instead (``AMI_ASTERISK_DIR=`` with no value,
    or one without ``asterisk.sh``, is a machine without it: how a clone without
    ``shared/`` runs, e.g. to test that the live suite is skipped in one line).
    """
    env = os.environ.get("AMI_ASTERISK_DIR")
    if env is not None:
        path = Path(env) if env else None
    else:
        base = shared_dir()
        path = base / "asterisk" if base is not None else None
    return path if path is not None and (path / "asterisk.sh").is_file() else None


def _free_port(kind: int) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _free_ports(count: int) -> list[int]:
    """``count`` distinct ports, each free for both TCP and UDP on loopback right now."""
    ports: list[int] = []
    for _ in range(200):
        port = _free_port(socket.SOCK_STREAM)
        if port in ports:
            continue
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                udp.bind((HOST, port))
        except OSError:
            continue
        ports.append(port)
        if len(ports) == count:
            return ports
    raise AsteriskUnavailable("could not find free loopback ports")


@dataclass
class AsteriskServer:
    """One real Asterisk on loopback, on ports of its own, in a run directory of its own.

    ``start()`` returns once AMI answers and the core is fully booted; ``stop()`` stops it;
    ``restart()`` stops and starts it again on the same ports and run directory (the astdb
    and spool survive, as on a real server restart).
    """

    version: str
    run_dir: Path | None = None
    host: str = HOST
    ami_port: int = 0
    tls_port: int = 0
    sip_port: int = 0
    pjsip_port: int = 0
    ami_version: str = ""
    pid: int = 0
    _own_tmp: Path | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.version not in VERSIONS:
            raise ValueError(f"Asterisk version must be one of {VERSIONS}, not {self.version!r}")
        if not (self.ami_port and self.tls_port and self.sip_port and self.pjsip_port):
            self.ami_port, self.tls_port, self.sip_port, self.pjsip_port = _free_ports(4)

    def _ensure_run_dir(self) -> Path:
        """The run directory; one of our own (removed by cleanup) made at the first start,
        so an object that never starts leaves nothing behind."""
        if self.run_dir is None:
            self._own_tmp = Path(tempfile.mkdtemp(prefix=f"amikit-ast{self.version}-"))
            self.run_dir = self._own_tmp / "run"
        return self.run_dir

    @property
    def script(self) -> Path:
        base = asterisk_dir()
        if base is None:
            raise AsteriskUnavailable("shared/asterisk/ is not on this machine")
        return base / "asterisk.sh"

    @property
    def cafile(self) -> Path:
        """The run's self-signed certificate: the TLS server's and the CA to verify it."""
        assert self.run_dir is not None
        return self.run_dir / "keys" / "ami-tls.crt"

    @property
    def log(self) -> Path:
        """Asterisk's console output for this run."""
        assert self.run_dir is not None
        return self.run_dir / "log" / "console.out"

    def _args(self) -> list[str]:
        return [
            "--ami-port", str(self.ami_port),
            "--tls-port", str(self.tls_port),
            "--sip-port", str(self.sip_port),
            "--pjsip-port", str(self.pjsip_port),
            "--run", str(self.run_dir),
        ]  # fmt: skip

    def start(self) -> AsteriskServer:
        self._ensure_run_dir()
        proc = subprocess.run(
            ["bash", str(self.script), "start", self.version, *self._args()],
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
            check=False,
        )
        out = proc.stdout + proc.stderr
        if proc.returncode != 0:
            raise AsteriskUnavailable(
                f"Asterisk {self.version} did not start (exit {proc.returncode}): {out.strip()}"
            )
        banner = _BANNER.search(out)
        self.ami_version = banner.group(1) if banner else ""
        pid = re.search(r"\(pid (\d+)\)", out)
        self.pid = int(pid.group(1)) if pid else 0
        return self

    def stop(self) -> None:
        if self.run_dir is None:
            return  # never started
        subprocess.run(
            ["bash", str(self.script), "stop", self.version, *self._args()],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        """Stop the server and remove the run directory this object made."""
        self.stop()
        if self._own_tmp is not None and not os.environ.get("AMI_KEEP_ASTERISK_RUN"):
            shutil.rmtree(self._own_tmp, ignore_errors=True)

    def __enter__(self) -> AsteriskServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


@contextmanager
def running(version: str) -> Iterator[AsteriskServer]:
    """A fresh Asterisk ``version`` on free ports, stopped and removed at the end."""
    server = AsteriskServer(version)
    try:
        yield server.start()
    finally:
        server.cleanup()
