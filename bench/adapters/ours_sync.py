"""amikit's blocking client, ``ami.Manager`` (or ``ami_runtime.Manager`` before codegen).

``ami.Manager`` is preferred because it delivers typed events; the result names the class
of the last event delivered (``event_class``) so the table can tell typed from generic.
"""

from __future__ import annotations

from typing import Any

from amidata import SECRET, USERNAME
from harness import Ctx, NotAvailable, SyncFlood, run_lists, run_pings

try:
    from ami_runtime import Action
except ImportError:  # reported as n/a by manager_class()
    Action = None


def manager_class() -> tuple[Any, str]:
    try:
        from ami import Manager

        return Manager, "ami"
    except ImportError:
        pass
    try:
        from ami_runtime import Manager

        return Manager, "ami_runtime"
    except ImportError as exc:
        raise NotAvailable(f"ami.Manager / ami_runtime.Manager not importable: {exc}") from None


def connect(ctx: Ctx) -> tuple[Any, str]:
    cls, source = manager_class()
    m = cls()
    m.connect(ctx.host, ctx.port, timeout=10)
    m.login(USERNAME, SECRET, auth="plain", events=False)
    return m, source


def _action(name: str, **headers: str) -> Any:
    return Action(name, **headers)


def _run_flood(ctx: Ctx, delay: float) -> dict[str, Any]:
    m, source = connect(ctx)
    f = SyncFlood(ctx, delay=delay)
    hit = f.hit
    last: list[Any] = [None]

    def on_event(event: Any, manager: Any) -> None:
        last[0] = event
        hit(event.get("Uniqueid"))

    m.register_callback("", on_event)
    m.send_action(_action("Events", EventMask="on"))
    if delay:
        f.wait_slow(ctx)
    else:
        f.wait(ctx.cap)
    extra = {
        "source": source,
        "event_class": type(last[0]).__name__,
        "dropped": getattr(m, "dropped_events", None),
    }
    result = f.slow_result(**extra) if delay else f.result(**extra)
    m.close()
    return result


def flood(ctx: Ctx) -> dict[str, Any]:
    return _run_flood(ctx, 0.0)


def slow(ctx: Ctx) -> dict[str, Any]:
    return _run_flood(ctx, ctx.slow_delay)


def ping(ctx: Ctx) -> dict[str, Any]:
    m, source = connect(ctx)
    result = run_pings(lambda: m.send_action(_action("Ping")), ctx)
    m.close()
    return {**result, "source": source}


def channels(ctx: Ctx) -> dict[str, Any]:
    m, source = connect(ctx)
    result = run_lists(
        lambda: len(m.send_action(_action("CoreShowChannels"), timeout=60).events), ctx
    )
    m.close()
    return {**result, "source": source}


UNSUPPORTED = {
    "many": "a blocking client holds one connection per thread; the 1,000-connection "
    "scenario is for asyncio clients",
}
