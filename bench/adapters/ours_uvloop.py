"""amikit's asyncio client on uvloop: the same adapter as ``ours_async``, another loop.

``AsyncManager`` needs only the standard library; an application may run it on any
asyncio event loop.  uvloop (libuv) is the common faster one, so the table shows what
it changes.  ``n/a`` when uvloop is not installed (``pip install uvloop``; the dev extra
has it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from harness import Ctx, NotAvailable

from adapters import ours_async


def _on_uvloop(scenario: Callable[[Ctx], Awaitable[dict[str, Any]]]) -> Any:
    def run(ctx: Ctx) -> dict[str, Any]:
        try:
            import uvloop
        except ImportError as exc:
            raise NotAvailable(f"uvloop not installed: {exc}") from None
        result = uvloop.run(scenario(ctx))
        return {**result, "loop": f"uvloop {uvloop.__version__}"}

    return run


flood = _on_uvloop(ours_async.flood)
slow = _on_uvloop(ours_async.slow)
ping = _on_uvloop(ours_async.ping)
channels = _on_uvloop(ours_async.channels)
many = _on_uvloop(ours_async.many)
