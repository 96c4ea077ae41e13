"""The bench AMI server: answers like Asterisk 20 and floods events on request.

Run ``python bench/server.py --flood-events N --list-size M``; it binds 127.0.0.1 on a
free port, prints ``PORT <n>`` and serves until killed.  One thread per connection
(``socketserver.ThreadingTCPServer``), blocking sockets: the cheapest way to answer a
ping in CPython, and 1,000 idle threads are fine for the "many connections" scenario.

Behaviour (reply bytes in :mod:`amidata`, copied from the Asterisk 20 recordings):

* banner on connect; ``Login`` (plain ``Secret`` or ``AuthType: MD5`` + ``Key`` after
  ``Challenge``), ``Ping``, ``Events``, ``CoreShowChannels``, ``Logoff``; any other action
  gets Asterisk's "Invalid/unknown command"; anything but Login/Challenge/Logoff before
  login gets "Permission denied" (``main/manager.c``, ``process_message``).
* A bad login is answered at once, not after Asterisk's 1 s penalty, then the socket is
  closed as Asterisk does (``action_login``).
* ``Events`` with a mask other than ``off`` starts the flood: after the reply, exactly
  ``--flood-events`` pre-encoded events are written in large ``sendall`` batches, so
  TCP back-pressure, not this server, sets the pace.  Starting on the Events action (not
  on Login) lets each client register its callback first, and it is what Asterisk does:
  events flow once the session's mask allows them (``set_eventmask``).
* No ``FullyBooted`` after Login: every event a client sees is a flood event.
"""

from __future__ import annotations

import argparse
import hashlib
import socket
import socketserver
import sys
import time
from typing import ClassVar

import amidata
from harness import raise_fd_limit


class Config:
    """Set once by main() before serving; read by every session thread."""

    flood_events: ClassVar[int] = 200_000
    list_entries: ClassVar[list[bytes]] = []
    block: ClassVar[bytes] = b""
    ends: ClassVar[list[int]] = []


def parse_headers(raw: bytes) -> dict[str, str]:
    """Keys lower-cased, first occurrence wins, blanks after the colon skipped (get_input)."""
    out: dict[str, str] = {}
    for line in raw.replace(b"\r\n", b"\n").split(b"\n"):
        key, sep, value = line.partition(b":")
        if not sep:
            continue
        k = key.decode("utf-8", "replace").strip().lower()
        if k not in out:
            out[k] = value.decode("utf-8", "replace").lstrip(" \t")
    return out


def next_message(buf: bytearray) -> bytes | None:
    """Pop one request (ended by CRLF CRLF or LF LF) from ``buf``."""
    crlf = buf.find(b"\r\n\r\n")
    lf = buf.find(b"\n\n")
    if crlf < 0 and lf < 0:
        return None
    if lf >= 0 and (crlf < 0 or lf < crlf):
        end, skip = lf, 2
    else:
        end, skip = crlf, 4
    msg = bytes(buf[:end])
    del buf[: end + skip]
    return msg


class Session(socketserver.BaseRequestHandler):
    """One AMI session; returns (closing the socket) on Logoff, bad login or EOF."""

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.authed = False
        try:
            sock.sendall(amidata.BANNER)
            buf = bytearray()
            while True:
                data = sock.recv(65536)
                if not data:
                    return
                buf += data
                while (msg := next_message(buf)) is not None:
                    if not self.answer(sock, parse_headers(msg)):
                        return
        except OSError:
            return  # the client went away mid-flood: normal at the end of a run

    def answer(self, sock: socket.socket, h: dict[str, str]) -> bool:
        action = h.get("action", "").lower()
        aid = h.get("actionid", "")
        if action == "login":
            return self.login(sock, h, aid)
        if action == "challenge":
            sock.sendall(amidata.challenge(aid))
        elif action == "logoff":
            sock.sendall(amidata.goodbye(aid))
            return False
        elif not self.authed:
            sock.sendall(amidata.permission_denied(aid))
        elif action == "ping":
            sock.sendall(amidata.pong(aid, time.time()))
        elif action == "events":
            on = h.get("eventmask", "").strip().lower() not in ("off", "no", "false", "0", "")
            sock.sendall(amidata.events_reply(aid, on))
            if on:
                self.flood(sock)
        elif action == "coreshowchannels":
            sock.sendall(amidata.channel_list(aid, Config.list_entries))
        else:
            sock.sendall(amidata.unknown_action(aid, h.get("action", "")))
        return True

    def login(self, sock: socket.socket, h: dict[str, str], aid: str) -> bool:
        if self.authed:
            sock.sendall(amidata.already_authenticated(aid))
            return True
        if h.get("authtype", "").lower() == "md5":
            key = hashlib.md5((amidata.CHALLENGE + amidata.SECRET).encode()).hexdigest()
            ok = h.get("key", "") == key
        else:
            ok = h.get("secret", "") == amidata.SECRET
        ok = ok and h.get("username", "").lower() == amidata.USERNAME
        if not ok:
            sock.sendall(amidata.login_failed(aid))
            return False
        self.authed = True
        sock.sendall(amidata.login_ok(aid))
        return True

    def flood(self, sock: socket.socket) -> None:
        block, ends = Config.block, Config.ends
        full, rest = divmod(Config.flood_events, len(ends))
        for _ in range(full):
            sock.sendall(block)
        if rest:
            sock.sendall(block[: ends[rest - 1]])


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 4096


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood-events", type=int, default=200_000)
    parser.add_argument("--list-size", type=int, default=5000)
    args = parser.parse_args(argv)
    raise_fd_limit()
    Config.flood_events = args.flood_events
    Config.list_entries = amidata.channel_entries(args.list_size)
    Config.block, Config.ends = amidata.flood_block()
    with Server(("127.0.0.1", 0), Session) as server:
        print(f"PORT {server.server_address[1]}", flush=True)
        server.serve_forever(poll_interval=0.5)


if __name__ == "__main__":
    sys.exit(main())
