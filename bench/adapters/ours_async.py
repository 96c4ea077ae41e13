"""amikit's asyncio client, ``ami.AsyncManager`` (or ``ami_runtime.AsyncManager``).

Events are taken through ``register_callback`` (the same delivery path as the sync client
and the peers).  The slow subscriber is an ``async`` callback that awaits 1 ms per event:
the asyncio way to be slow, which leaves the reader running.
"""

from __future__ import annotations

import asyncio
from typing import Any

from amidata import SECRET, USERNAME
from harness import (
    AsyncFlood,
    Ctx,
    NotAvailable,
    many_result,
    perf,
    run_lists_async,
    run_pings_async,
)

try:
    from ami_runtime import Action
except ImportError:  # reported as n/a by manager_class()
    Action = None


def manager_class() -> tuple[Any, str]:
    try:
        from ami import AsyncManager

        return AsyncManager, "ami"
    except ImportError:
        pass
    try:
        from ami_runtime import AsyncManager

        return AsyncManager, "ami_runtime"
    except ImportError as exc:
        raise NotAvailable(f"AsyncManager not importable: {exc}") from None


def make(ctx: Ctx) -> tuple[Any, str]:
    cls, source = manager_class()
    m = cls(ctx.host, ctx.port, username=USERNAME, secret=SECRET, auth="plain", events=False)
    return m, source


async def _run_flood(ctx: Ctx, slow: bool) -> dict[str, Any]:
    m, source = make(ctx)
    async with m:
        f = AsyncFlood(ctx)
        hit = f.hit
        last: list[Any] = [None]
        delay = ctx.slow_delay

        if slow:

            async def on_event(event: Any, manager: Any) -> None:
                last[0] = event
                await asyncio.sleep(delay)
                hit(event.get("Uniqueid"))

        else:

            def on_event(event: Any, manager: Any) -> None:
                last[0] = event
                hit(event.get("Uniqueid"))

        m.register_callback("", on_event)
        await m.send_action(Action("Events", EventMask="on"))
        if slow:
            await f.wait_slow(ctx)
        else:
            await f.wait(ctx.cap)
        extra = {
            "source": source,
            "event_class": type(last[0]).__name__,
            "dropped": getattr(m, "dropped_events", None),
        }
        return f.slow_result(**extra) if slow else f.result(**extra)


async def flood(ctx: Ctx) -> dict[str, Any]:
    return await _run_flood(ctx, slow=False)


async def slow(ctx: Ctx) -> dict[str, Any]:
    return await _run_flood(ctx, slow=True)


async def ping(ctx: Ctx) -> dict[str, Any]:
    m, source = make(ctx)
    async with m:
        result = await run_pings_async(lambda: m.send_action(Action("Ping")), ctx)
    return {**result, "source": source}


async def channels(ctx: Ctx) -> dict[str, Any]:
    m, source = make(ctx)
    async with m:

        async def fetch() -> int:
            return len((await m.send_action(Action("CoreShowChannels"), timeout=60)).events)

        result = await run_lists_async(fetch, ctx)
    return {**result, "source": source}


async def many(ctx: Ctx) -> dict[str, Any]:
    cls, source = manager_class()
    managers = [
        cls(ctx.host, ctx.port, username=USERNAME, secret=SECRET, auth="plain", events=False)
        for _ in range(ctx.conns)
    ]
    t0 = perf()
    await asyncio.gather(*(m.__aenter__() for m in managers))
    t1 = perf()
    replies = await asyncio.gather(*(m.send_action(Action("Ping")) for m in managers))
    t2 = perf()
    ok = sum(1 for r in replies if r.get("Ping") == "Pong")
    await asyncio.gather(*(m.close() for m in managers), return_exceptions=True)
    return {**many_result(t0, t1, t2, ctx, ok), "source": source}
