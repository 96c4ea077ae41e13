"""RAW on asyncio: RAW's naive loop as an ``asyncio.Protocol`` on the standard event loop.

Not a target, a floor: what any asyncio client pays on this machine for the loop itself
(a selector wakeup, a callback, a future and a task step per round trip) before parsing
anything.  The asyncio ping target is a ratio to the blocking RAW; this row shows how
much of that ratio the event loop alone takes.  Ping and flood only.
"""

from __future__ import annotations

import asyncio
from typing import Any

from amidata import SECRET, USERNAME
from harness import AsyncFlood, Ctx, NotAvailable, run_pings_async

from adapters.raw import parse

UNSUPPORTED = {
    "list": "a floor for ping and flood only",
    "slow": "a floor for ping and flood only",
    "many": "RAW's own asyncio variant runs this scenario",
}


class RawProtocol(asyncio.Protocol):
    """Split on the blank line, a dict per message; a reply wakes the one waiter."""

    def __init__(self) -> None:
        self.buf = b""
        self.banner = asyncio.get_running_loop().create_future()
        self.waiting: tuple[str, asyncio.Future[dict[str, str]]] | None = None
        self.on_event: Any = None
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data
        if not self.banner.done():
            if b"\r\n" not in buf:
                self.buf = buf
                return
            banner, buf = buf.split(b"\r\n", 1)
            self.banner.set_result(banner)
        *msgs, self.buf = buf.split(b"\r\n\r\n")
        for m in msgs:
            d = parse(m)
            if "Event" in d:
                if self.on_event is not None:
                    self.on_event(d)
            elif self.waiting is not None and d.get("ActionID") == self.waiting[0]:
                fut = self.waiting[1]
                self.waiting = None
                fut.set_result(d)

    def action(self, aid: str, action: str, **headers: str) -> asyncio.Future[dict[str, str]]:
        fut = asyncio.get_running_loop().create_future()
        self.waiting = (aid, fut)
        lines = [f"Action: {action}", f"ActionID: {aid}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        assert self.transport is not None
        self.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        return fut


async def connect(ctx: Ctx) -> RawProtocol:
    loop = asyncio.get_running_loop()
    _, proto = await loop.create_connection(RawProtocol, ctx.host, ctx.port)
    await proto.banner
    reply = await proto.action("0", "Login", Username=USERNAME, Secret=SECRET, Events="off")
    if reply.get("Response") != "Success":
        raise NotAvailable(f"login failed: {reply}")
    return proto


async def ping(ctx: Ctx) -> dict[str, Any]:
    proto = await connect(ctx)
    counter = iter(range(1, 1 << 62))
    return await run_pings_async(lambda: proto.action(str(next(counter)), "Ping"), ctx)


async def flood(ctx: Ctx) -> dict[str, Any]:
    proto = await connect(ctx)
    f = AsyncFlood(ctx)
    hit = f.hit
    proto.on_event = lambda d: hit(d.get("Uniqueid"))
    assert proto.transport is not None
    proto.transport.write(b"Action: Events\r\nActionID: e\r\nEventMask: on\r\n\r\n")
    await f.wait(ctx.cap)
    return f.result()
