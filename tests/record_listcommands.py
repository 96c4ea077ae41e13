"""Record a real Asterisk's ``ListCommands`` reply into the catalogue (``spec/recorded/``).

The importer takes each action's privilege classes from a recorded ``ListCommands`` reply
(``spec/import-hints.yaml``, ``versions: listcommands``). For a version whose recording is
not in ``shared/`` (Asterisk 23), this starts that version from ``shared/asterisk/`` on free
loopback ports, logs in, sends ``ListCommands`` and writes the exchange byte for byte in the
transcripts' format (one JSON object per read or write: ``dir``, ``t``, ``data``), the
banner first. The login is left out of the file (it holds the fixture's secret), so the
recording is the banner, the request and the reply::

    python -m tests.record_listcommands 23                    # spec/recorded/listcommands-23.jsonl
    python -m tests.record_listcommands 23 --out other.jsonl

It talks only to the server it started, and stops it at the end.
"""

from __future__ import annotations

import argparse
import json
import socket
import time
from collections.abc import Sequence
from pathlib import Path

from tests.asterisk_server import VERSIONS, running

__all__ = ["record", "main"]

ROOT = Path(__file__).resolve().parent.parent
_TIMEOUT = 20.0
_END = b"\r\n\r\n"


def _read_until(sock: socket.socket, buffer: bytearray, done: bytes, chunks: list[bytes]) -> None:
    """Read into ``buffer`` (keeping each read in ``chunks``) until it holds ``done``."""
    deadline = time.monotonic() + _TIMEOUT
    while done not in buffer:
        sock.settimeout(max(0.1, deadline - time.monotonic()))
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("Asterisk closed the connection")
        buffer += data
        chunks.append(data)
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {done!r} within {_TIMEOUT} s")


def record(host: str, port: int, username: str, secret: str) -> list[dict[str, object]]:
    """The banner and the ``ListCommands`` exchange, as transcript lines."""
    start = time.monotonic()
    lines: list[dict[str, object]] = []

    def note(direction: str, data: bytes) -> None:
        t = round(time.monotonic() - start, 4)
        lines.append({"dir": direction, "t": t, "data": data.decode("utf-8")})

    with socket.create_connection((host, port), timeout=_TIMEOUT) as sock:
        buffer = bytearray()
        chunks: list[bytes] = []
        _read_until(sock, buffer, b"\r\n", chunks)
        banner, _, rest = bytes(buffer).partition(b"\r\n")
        note("s2c", banner + b"\r\n")
        buffer = bytearray(rest)
        login = (
            f"Action: Login\r\nActionID: login-1\r\nUsername: {username}\r\n"
            f"Secret: {secret}\r\nEvents: off\r\n\r\n"
        ).encode()
        sock.sendall(login)
        _read_until(sock, buffer, _END, [])
        reply, _, rest = bytes(buffer).partition(_END)
        if b"Response: Success" not in reply:
            raise RuntimeError(f"login refused: {reply.decode(errors='replace')}")
        request = b"Action: ListCommands\r\nActionID: listcommands-1\r\n\r\n"
        sock.sendall(request)
        note("c2s", request)
        buffer, chunks = bytearray(rest), []
        _read_until(sock, buffer, _END, chunks)
        for chunk in chunks:
            note("s2c", chunk)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.record_listcommands", description=__doc__
    )
    parser.add_argument("version", choices=VERSIONS, help="the Asterisk version to start")
    parser.add_argument(
        "--out", type=Path, help="default: spec/recorded/listcommands-VERSION.jsonl"
    )
    args = parser.parse_args(argv)
    out = args.out or ROOT / "spec" / "recorded" / f"listcommands-{args.version}.jsonl"
    with running(args.version) as server:
        lines = record(server.host, server.ami_port, "admin", "adminsecret")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    text = "".join(str(line["data"]) for line in lines if line["dir"] == "s2c")
    print(f"wrote {out}: {text.count('(Priv: ')} actions from {text.splitlines()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
