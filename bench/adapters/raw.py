"""RAW: the naive standard-library loop every ratio is measured against.

recv 64 KiB, split the buffer on the blank line, split each message's lines on ``": "``
into a dict, hand the dict to a callback.  No typing, no validation, no ActionID
bookkeeping beyond "wait for the reply with my ActionID".
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from typing import Any

from amidata import SECRET, USERNAME
from harness import Ctx, NotAvailable, SyncFlood, many_result, perf, run_lists, run_pings


def parse(raw: bytes) -> dict[str, str]:
    d = {}
    for line in raw.decode().split("\r\n"):
        k, _, v = line.partition(": ")
        d[k] = v
    return d


class Raw:
    def __init__(self, ctx: Ctx) -> None:
        self.sock = socket.create_connection((ctx.host, ctx.port), timeout=ctx.cap)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        while b"\r\n" not in buf:
            buf += self.sock.recv(65536)
        self.banner, self.buf = buf.split(b"\r\n", 1)
        self.msgs = self.messages()
        self.next_id = 0

    def messages(self) -> Iterator[dict[str, str]]:
        buf = self.buf
        recv = self.sock.recv
        while True:
            data = recv(65536)
            if not data:
                return
            buf += data
            *msgs, buf = buf.split(b"\r\n\r\n")
            for m in msgs:
                d = {}
                for line in m.decode().split("\r\n"):
                    k, _, v = line.partition(": ")
                    d[k] = v
                yield d

    def send(self, action: str, **headers: str) -> str:
        self.next_id += 1
        aid = str(self.next_id)
        lines = [f"Action: {action}", f"ActionID: {aid}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return aid

    def reply(self, aid: str) -> dict[str, str]:
        for d in self.msgs:
            if "Response" in d and d.get("ActionID") == aid:
                return d
        raise NotAvailable("connection closed before the reply")

    def action(self, action: str, **headers: str) -> dict[str, str]:
        return self.reply(self.send(action, **headers))

    def login(self) -> None:
        r = self.action("Login", Username=USERNAME, Secret=SECRET, Events="off")
        if r.get("Response") != "Success":
            raise NotAvailable(f"login failed: {r}")


def flood(ctx: Ctx) -> dict[str, Any]:
    c = Raw(ctx)
    c.login()
    f = SyncFlood(ctx)
    hit, state, n = f.hit, f.state, f.n

    def on_event(d: dict[str, str]) -> None:
        hit(d.get("Uniqueid"))

    c.send("Events", EventMask="on")
    for d in c.msgs:
        if "Event" in d:
            on_event(d)
            if state[0] >= n:
                break
    return f.result()


def slow(ctx: Ctx) -> dict[str, Any]:
    c = Raw(ctx)
    c.login()
    f = SyncFlood(ctx, delay=ctx.slow_delay)
    hit, state = f.hit, f.state
    c.send("Events", EventMask="on")
    for d in c.msgs:
        if "Event" in d:
            hit(d.get("Uniqueid"))
            if perf() - state[1] >= ctx.slow_seconds or state[0] >= f.n:
                break
    return f.slow_result()


def ping(ctx: Ctx) -> dict[str, Any]:
    c = Raw(ctx)
    c.login()
    return run_pings(lambda: c.action("Ping"), ctx)


def channels(ctx: Ctx) -> dict[str, Any]:
    c = Raw(ctx)
    c.login()

    def fetch() -> int:
        aid = c.send("CoreShowChannels")
        items = []
        for d in c.msgs:
            if d.get("ActionID") != aid:
                continue
            event = d.get("Event")
            if event == "CoreShowChannel":
                items.append(d)
            elif event == "CoreShowChannelsComplete":
                return len(items)
        raise NotAvailable("connection closed mid-list")

    return run_lists(fetch, ctx)


async def _read(reader: asyncio.StreamReader) -> dict[str, str]:
    return parse((await reader.readuntil(b"\r\n\r\n"))[:-4])


async def many(ctx: Ctx) -> dict[str, Any]:
    login = (
        f"Action: Login\r\nActionID: 1\r\nUsername: {USERNAME}\r\nSecret: {SECRET}\r\n"
        "Events: off\r\n\r\n"
    ).encode()

    async def connect() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection(ctx.host, ctx.port)
        await reader.readuntil(b"\r\n")
        writer.write(login)
        if (await _read(reader)).get("Response") != "Success":
            raise NotAvailable("login failed")
        return reader, writer

    async def ping(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        writer.write(b"Action: Ping\r\nActionID: 2\r\n\r\n")
        return (await _read(reader)).get("Ping") == "Pong"

    t0 = perf()
    conns = await asyncio.gather(*(connect() for _ in range(ctx.conns)))
    t1 = perf()
    ok = sum(await asyncio.gather(*(ping(r, w) for r, w in conns)))
    t2 = perf()
    for _, w in conns:
        w.close()
    return many_result(t0, t1, t2, ctx, ok)
