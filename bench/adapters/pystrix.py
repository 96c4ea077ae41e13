"""pystrix 1.3.0 (``pystrix.ami.Manager``), used the way its docs show.

A reader thread parses messages into queues; a dispatcher thread runs callbacks,
``callback(event, manager)``, sleeping 20 ms whenever its queues are empty; and
``send_action`` polls for the reply in 50 ms sleeps (``pystrix/ami/ami.py``,
``Manager.send_action``), which bounds its round trips to about 20 per second.
"""

from __future__ import annotations

import threading
from typing import Any

import pystrix.ami
from amidata import SECRET, USERNAME
from harness import Ctx, NotAvailable, SyncFlood, run_lists, run_pings
from pystrix.ami import core


def connect(ctx: Ctx) -> Any:
    m = pystrix.ami.Manager()
    m.connect(ctx.host, ctx.port, timeout=ctx.cap)
    reply = m.send_action(core.Login(USERNAME, SECRET, events=False))
    if reply is None or not reply.success:
        raise NotAvailable(f"pystrix login failed: {reply}")
    return m


def _run_flood(ctx: Ctx, delay: float) -> dict[str, Any]:
    m = connect(ctx)
    f = SyncFlood(ctx, delay=delay)
    hit = f.hit

    def on_event(event: Any, manager: Any) -> None:
        hit(event.get("Uniqueid"))

    m.register_callback("", on_event)
    m.send_action(core.Events(core.EVENTMASK_ALL))
    if delay:
        f.wait_slow(ctx)
        return f.slow_result()
    f.wait(ctx.cap)
    return f.result()


def flood(ctx: Ctx) -> dict[str, Any]:
    return _run_flood(ctx, 0.0)


def slow(ctx: Ctx) -> dict[str, Any]:
    return _run_flood(ctx, ctx.slow_delay)


def ping(ctx: Ctx) -> dict[str, Any]:
    m = connect(ctx)
    return run_pings(lambda: m.send_action(core.Ping()), ctx)


def channels(ctx: Ctx) -> dict[str, Any]:
    """Items arrive as ``CoreShowChannel`` callbacks; the list is done at the Complete one."""
    m = connect(ctx)
    done = threading.Event()
    items: list[Any] = []

    def on_item(event: Any, manager: Any) -> None:
        items.append(event)

    def on_complete(event: Any, manager: Any) -> None:
        done.set()

    m.register_callback("CoreShowChannel", on_item)
    m.register_callback("CoreShowChannelsComplete", on_complete)

    def fetch() -> int:
        items.clear()
        done.clear()
        m.send_action(core.CoreShowChannels())
        if not done.wait(ctx.cap):
            raise NotAvailable("CoreShowChannelsComplete never arrived")
        return len(items)

    return run_lists(fetch, ctx)


UNSUPPORTED = {"many": "thread-based blocking client (not asyncio)"}
