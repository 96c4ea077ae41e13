"""panoramisk (asyncio), ``Manager(loop=..., host, port, username, secret)``.

Events: ``register_event('*', callback)`` with ``callback(manager, event)``; panoramisk runs
a coroutine callback as a new task per event (``Manager.dispatch``), which is what its
slow subscriber does here.  Login happens inside ``connect()``; ``on_login`` tells us
when it is done.  Its keep-alive Ping is pushed out of the way (``ping_delay``).
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
from panoramisk import Manager


async def connect(ctx: Ctx) -> Any:
    loop = asyncio.get_running_loop()
    logged_in = loop.create_future()

    def on_login(manager: Any) -> None:
        if not logged_in.done():
            logged_in.set_result(True)

    m = Manager(
        loop=loop,
        host=ctx.host,
        port=ctx.port,
        username=USERNAME,
        secret=SECRET,
        events="off",
        ping_delay=3600,
        on_login=on_login,
    )
    m.connect()
    try:
        await asyncio.wait_for(logged_in, 10)
    except asyncio.TimeoutError:
        raise NotAvailable("panoramisk did not log in within 10 s") from None
    return m


async def _run_flood(ctx: Ctx, slow: bool) -> dict[str, Any]:
    m = await connect(ctx)
    f = AsyncFlood(ctx)
    hit = f.hit
    delay = ctx.slow_delay

    if slow:

        async def on_event(manager: Any, event: Any) -> None:
            await asyncio.sleep(delay)
            hit(event.get("Uniqueid"))

    else:

        def on_event(manager: Any, event: Any) -> None:
            hit(event.get("Uniqueid"))

    m.register_event("*", on_event)
    await m.send_action({"Action": "Events", "EventMask": "on"})
    if slow:
        await f.wait_slow(ctx)
        result = f.slow_result()
    else:
        await f.wait(ctx.cap)
        result = f.result()
    m.close()
    return result


async def flood(ctx: Ctx) -> dict[str, Any]:
    return await _run_flood(ctx, slow=False)


async def slow(ctx: Ctx) -> dict[str, Any]:
    return await _run_flood(ctx, slow=True)


async def ping(ctx: Ctx) -> dict[str, Any]:
    m = await connect(ctx)
    result = await run_pings_async(lambda: m.send_action({"Action": "Ping"}), ctx)
    m.close()
    return result


async def channels(ctx: Ctx) -> dict[str, Any]:
    """``send_action`` resolves with every message of the list, response first."""
    m = await connect(ctx)

    async def fetch() -> int:
        messages = await m.send_action({"Action": "CoreShowChannels"})
        return sum(1 for msg in messages if msg.get("Event") == "CoreShowChannel")

    result = await run_lists_async(fetch, ctx)
    m.close()
    return result


async def many(ctx: Ctx) -> dict[str, Any]:
    t0 = perf()
    managers = await asyncio.gather(*(connect(ctx) for _ in range(ctx.conns)))
    t1 = perf()
    replies = await asyncio.gather(*(m.send_action({"Action": "Ping"}) for m in managers))
    t2 = perf()
    ok = sum(1 for r in replies if r.get("Ping") == "Pong")
    for m in managers:
        m.close()
    return many_result(t0, t1, t2, ctx, ok)
