"""What every client process shares: the counting callback, timing loops, memory probes.

Standard library only: peer adapters import it from the peers' virtualenv.  Every client
uses the same :func:`make_counter`, so the work done per event outside the library is
identical: the adapter's callback reads one header (``Uniqueid``) and calls ``hit``.
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

perf = time.perf_counter

# Every client process starts from the same malloc state.  glibc serves a request over
# its mmap threshold (128 KiB at first) with a mapping of its own, and raises the
# threshold to the size of such a block once one is freed.  asyncio's standard loop reads
# with ``recv(256 KiB)``, so a plain ``asyncio.Protocol`` (RAW on asyncio, the peers) paid
# an ``mmap``, ``mremap`` and ``munmap`` on every read, or none, depending on what its
# start-up happened to allocate and free: RAW on asyncio measured 7.5k or 10.8k pings/s
# from one virtualenv to the next, and the asyncio row's ratio moved with it (0.93x to
# 1.15x).  One 1 MiB block, freed here, puts every client on the fast side.
bytes(1 << 20)


class NotAvailable(Exception):
    """The client cannot run this scenario; the message says why (shown as "n/a")."""


@dataclass
class Ctx:
    """One scenario's parameters, from the command line."""

    host: str
    port: int
    events: int  # flood size (the server sends exactly this many)
    cap: float  # seconds a flood may take before we stop and report a partial rate
    ping_seconds: float
    ping_max: int
    list_size: int
    list_reps: int
    slow_seconds: float
    slow_delay: float
    conns: int
    extra: dict[str, Any] = field(default_factory=dict)


def raise_fd_limit() -> None:
    """1,000 connections need more descriptors than a default soft limit of 1,024."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = 65536 if hard == resource.RLIM_INFINITY else hard
    if target > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def rss_mb() -> float:
    """Resident set size now (Linux ``/proc/self/statm``), in MB."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return float("nan")


def peak_rss_mb() -> float:
    """Peak RSS of this process so far (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def make_counter(n: int, on_done: Callable[[], Any], delay: float = 0.0) -> tuple[Any, list]:
    """``hit(value)`` for the callback, and ``state = [count, t_first, t_last]``.

    ``t_first`` is taken at the first event and ``t_last`` at the ``n``-th, where
    ``on_done`` is called.  With ``delay`` the callback sleeps that long per event (the
    "slow subscriber").
    """
    state: list = [0, 0.0, 0.0]

    if delay:

        def hit(_value: object = None) -> None:
            time.sleep(delay)
            c = state[0] = state[0] + 1
            if c == 1:
                state[1] = perf()
            if c == n:
                state[2] = perf()
                on_done()

        return hit, state

    def hit(_value: object = None) -> None:
        c = state[0] = state[0] + 1
        if c == 1:
            state[1] = perf()
        if c == n:
            state[2] = perf()
            on_done()

    return hit, state


STALL_SECONDS = 2.0  # no new event for this long: the client dropped or lost some


class _Flood:
    """Counts a flood; knows when it ended, stalled (events dropped) or hit the cap."""

    def __init__(self, ctx: Ctx, on_done: Callable[[], Any], delay: float) -> None:
        self.n = ctx.events
        self.hit, self.state = make_counter(self.n, on_done, delay)
        self.rss_start = rss_mb()
        self._last = (-1, perf())
        self.stalled_at = 0.0

    def _keep_waiting(self, deadline: float) -> bool:
        """Called every 50 ms while waiting; False once stalled or past ``deadline``."""
        now = perf()
        count = self.state[0]
        if count != self._last[0]:
            self._last = (count, now)
        elif count and now - self._last[1] > STALL_SECONDS:
            self.stalled_at = self._last[1]
            return False
        return now < deadline

    def result(self, **extra: Any) -> dict[str, Any]:
        """events/s from the first event to the ``n``-th (or to the last one seen)."""
        count, first, last = self.state
        if count < 2:
            raise NotAvailable(f"only {count} events arrived")
        end = last or self.stalled_at or perf()
        return {
            "events_per_s": (count - 1) / (end - first),
            "events": count,
            "complete": bool(last),
            "rss_start_mb": self.rss_start,
            "peak_rss_mb": peak_rss_mb(),
            **extra,
        }

    def slow_result(self, **extra: Any) -> dict[str, Any]:
        return {
            "delivered": self.state[0],
            "rss_start_mb": self.rss_start,
            "rss_end_mb": rss_mb(),
            "peak_rss_mb": peak_rss_mb(),
            **extra,
        }


class SyncFlood(_Flood):
    """For clients whose callbacks run on some thread while the main thread waits."""

    def __init__(self, ctx: Ctx, delay: float = 0.0) -> None:
        self.done = threading.Event()
        super().__init__(ctx, self.done.set, delay)

    def wait(self, cap: float) -> None:
        deadline = perf() + cap
        while not self.done.wait(0.05) and self._keep_waiting(deadline):
            pass

    def wait_slow(self, ctx: Ctx) -> None:
        """Let a slow callback run ``ctx.slow_seconds`` from the first event."""
        deadline = perf() + ctx.cap
        while not self.state[0] and perf() < deadline:
            time.sleep(0.01)
        time.sleep(max(0.0, ctx.slow_seconds - (perf() - (self.state[1] or perf()))))


class AsyncFlood(_Flood):
    """For asyncio clients: the callback runs on the loop, the waiter awaits."""

    def __init__(self, ctx: Ctx, delay: float = 0.0) -> None:
        self.done = asyncio.get_running_loop().create_future()
        super().__init__(ctx, self._finish, delay)

    def _finish(self) -> None:
        if not self.done.done():
            self.done.set_result(None)

    async def wait(self, cap: float) -> None:
        deadline = perf() + cap
        while not self.done.done() and self._keep_waiting(deadline):
            await asyncio.wait([self.done], timeout=0.05)

    async def wait_slow(self, ctx: Ctx) -> None:
        deadline = perf() + ctx.cap
        while not self.state[0] and perf() < deadline:
            await asyncio.sleep(0.01)
        await asyncio.sleep(max(0.0, ctx.slow_seconds - (perf() - (self.state[1] or perf()))))


def run_pings(ping: Callable[[], Any], ctx: Ctx) -> dict[str, Any]:
    """Sequential round trips for ``ctx.ping_seconds`` (or ``ctx.ping_max`` of them)."""
    for _ in range(3):
        ping()
    count = 0
    t0 = perf()
    deadline = t0 + ctx.ping_seconds
    while count < ctx.ping_max:
        ping()
        count += 1
        if perf() >= deadline:
            break
    elapsed = perf() - t0
    return {"pings_per_s": count / elapsed, "pings": count, "peak_rss_mb": peak_rss_mb()}


async def run_pings_async(ping: Callable[[], Awaitable[Any]], ctx: Ctx) -> dict[str, Any]:
    for _ in range(3):
        await ping()
    count = 0
    t0 = perf()
    deadline = t0 + ctx.ping_seconds
    while count < ctx.ping_max:
        await ping()
        count += 1
        if perf() >= deadline:
            break
    elapsed = perf() - t0
    return {"pings_per_s": count / elapsed, "pings": count, "peak_rss_mb": peak_rss_mb()}


def list_result(times: list[float], items: int, ctx: Ctx) -> dict[str, Any]:
    if items != ctx.list_size:
        raise NotAvailable(f"list returned {items} items, expected {ctx.list_size}")
    return {
        "list_s": statistics.median(times),
        "list_times": times,
        "items": items,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_lists(fetch: Callable[[], int], ctx: Ctx) -> dict[str, Any]:
    """One warm-up, then ``ctx.list_reps`` timed lists; ``fetch`` returns the item count."""
    fetch()
    times = []
    items = 0
    for _ in range(ctx.list_reps):
        t0 = perf()
        items = fetch()
        times.append(perf() - t0)
    return list_result(times, items, ctx)


async def run_lists_async(fetch: Callable[[], Awaitable[int]], ctx: Ctx) -> dict[str, Any]:
    await fetch()
    times = []
    items = 0
    for _ in range(ctx.list_reps):
        t0 = perf()
        items = await fetch()
        times.append(perf() - t0)
    return list_result(times, items, ctx)


def many_result(t0: float, t_conn: float, t_end: float, ctx: Ctx, ok: int) -> dict[str, Any]:
    if ok != ctx.conns:
        raise NotAvailable(f"only {ok} of {ctx.conns} connections answered the Ping")
    return {
        "many_s": t_end - t0,
        "connect_login_s": t_conn - t0,
        "ping_all_s": t_end - t_conn,
        "conns": ctx.conns,
        "peak_rss_mb": peak_rss_mb(),
    }
