"""asterisk-ami (``asterisk.ami.AMIClient``), with its defaults (1 KiB recv, 3 s timeout).

One reader thread splits on the blank line with a regex and calls listeners in place:
``add_event_listener(fn)`` gets ``fn(event=..., source=...)``.  ``send_action`` returns a
future whose ``.response`` blocks on a condition variable.  Its login sends no
``Events`` header (the user's read= classes apply).
"""

from __future__ import annotations

import threading
from typing import Any

from amidata import SECRET, USERNAME
from asterisk.ami import AMIClient, SimpleAction
from harness import Ctx, NotAvailable, SyncFlood, run_lists, run_pings


def connect(ctx: Ctx) -> Any:
    c = AMIClient(address=ctx.host, port=ctx.port)
    reply = c.login(username=USERNAME, secret=SECRET).response
    if reply is None or reply.is_error():
        raise NotAvailable(f"asterisk-ami login failed: {reply}")
    return c


def _run_flood(ctx: Ctx, delay: float) -> dict[str, Any]:
    c = connect(ctx)
    f = SyncFlood(ctx, delay=delay)
    hit = f.hit

    def on_event(event: Any, source: Any) -> None:
        hit(event.keys.get("Uniqueid"))

    c.add_event_listener(on_event)
    c.send_action(SimpleAction("Events", EventMask="on"))
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
    c = connect(ctx)

    def one() -> None:
        if c.send_action(SimpleAction("Ping")).response is None:
            raise NotAvailable("Ping timed out")

    return run_pings(one, ctx)


def channels(ctx: Ctx) -> dict[str, Any]:
    """The future resolves on the first response; items come to event listeners."""
    c = connect(ctx)
    done = threading.Event()
    items: list[Any] = []

    def on_event(event: Any, source: Any) -> None:
        if event.name == "CoreShowChannel":
            items.append(event)
        elif event.name == "CoreShowChannelsComplete":
            done.set()

    c.add_event_listener(on_event)

    def fetch() -> int:
        items.clear()
        done.clear()
        c.send_action(SimpleAction("CoreShowChannels")).response  # noqa: B018 - waits
        if not done.wait(ctx.cap):
            raise NotAvailable("CoreShowChannelsComplete never arrived")
        return len(items)

    return run_lists(fetch, ctx)


UNSUPPORTED = {"many": "thread-based blocking client (not asyncio)"}
