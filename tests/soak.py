"""Soak: many concurrent senders, an event flood and random disconnects, for minutes.

    python tests/soak.py --minutes 10      # make soak
    python tests/soak.py --minutes 0.5     # a quick check

Not a pytest module (the name does not match ``test_*.py``) and not run in CI.

Set-up: the simulator runs in a child process (so this process's memory is the clients',
plus the proxy's fixed read buffers); a :class:`FaultProxy` sits between it and two clients
with reconnect on:

* a :class:`Manager` shared by ``--senders`` threads, and an :class:`AsyncManager` shared by
  as many tasks; each sender loops ``DBPut`` (its own key, a fresh value, its own
  ActionID) then ``DBGet`` and checks that each answer is its own: the ActionID it used,
  the request it sent, and the value it put;
* a flooder (a third client, straight to the simulator) sends numbered ``UserEvent``s
  and a few async ``Originate``s; both clients count the UserEvents, which must arrive in
  order with no repeats (gaps only across a disconnect);
* a disruptor drops the proxied connections at random times and random points (FIN, RST,
  mid-message, mid-list, mid-login).

Counted, and required to be zero: **lost** answers (an ``AmiTimeout``, or a
``ConnectionLost`` while no disconnect was in progress), **duplicates** (an answer or a
UserEvent seen twice), **mismatches** (an answer with another ActionID, for another
request or with another sender's value).  Memory is sampled every 10 s (after a
``gc.collect()``): RSS, and glibc's heap, in use and in all, so that a leak (use grows)
and fragmentation (the heap grows around flat use) tell apart; the summary gives each
one's growth after the warm-up and its slope over the second half.  Exit status 0 when
all three are zero and no thread or task is left behind; the figures print as JSON too.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import ctypes
import gc
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "runtime", ROOT / "generated"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from ami import core  # noqa: E402
from ami_runtime import (  # noqa: E402
    EVENT_DISCONNECTED,
    EVENT_RECONNECTED,
    AmiError,
    AmiTimeout,
    AsyncManager,
    Backoff,
    ConnectionLost,
    Manager,
    Response,
)

from tests.fault_proxy import FaultProxy  # noqa: E402

ACTION_TIMEOUT = 15.0
BACKOFF = Backoff(base=0.01, cap=0.1)
SAMPLE_EVERY = 10.0


def rss_kib(pid: int | str = "self") -> int:
    """Resident set size from /proc (Linux), in KiB; 0 where unavailable."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"VmRSS:\s+(\d+)", text)
    return int(found.group(1)) if found else 0


class _MallInfo2(ctypes.Structure):
    _fields_ = tuple(
        (name, ctypes.c_size_t)
        for name in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks "
        "keepcost".split()
    )


def _mallinfo2() -> Any:
    try:
        libc = ctypes.CDLL(None)
        function = libc.mallinfo2  # glibc 2.33+
    except (OSError, AttributeError):
        return None
    function.restype = _MallInfo2
    return function


_MALLINFO2 = _mallinfo2()


def heap_kib() -> tuple[int, int]:
    """glibc's malloc heap: ``(in use, size)`` in KiB, ``(0, 0)`` on other libcs.

    RSS alone cannot tell a leak from fragmentation: memory in use that grows is a leak,
    a heap that grows around flat use is the allocator keeping freed memory it cannot
    reuse (each ``recv(n)`` mallocs n bytes and shrinks them to what came, for one).
    """
    if _MALLINFO2 is None:
        return 0, 0
    info = _MALLINFO2()
    return (info.uordblks + info.hblkhd) // 1024, (info.arena + info.hblkhd) // 1024


def memory_report(samples: list[dict[str, Any]], key: str = "rss_kib") -> dict[str, Any]:
    """``key``'s start, peak and last in-run value, its growth after the first minute (or
    the first third of a shorter run: the warm-up) and its slope over the second half, in
    KiB a minute (least squares: one sample's noise does not make a trend)."""
    run = [s for s in samples if not s.get("closing")]
    if not run:
        return {}
    warm_at = min(60.0, run[-1]["t"] / 3)
    warm = next(s for s in run if s["t"] >= warm_at)
    half = [(s["t"] / 60, s[key]) for s in run if s["t"] >= run[-1]["t"] / 2]
    slope = 0.0
    if len(half) > 2:
        mean_t = sum(t for t, _ in half) / len(half)
        mean_v = sum(v for _, v in half) / len(half)
        spread = sum((t - mean_t) ** 2 for t, _ in half)
        slope = sum((t - mean_t) * (v - mean_v) for t, v in half) / spread if spread else 0.0
    return {
        "start": run[0][key],
        "warm": warm[key],
        "warm_at_s": warm["t"],
        "peak": max(s[key] for s in run),
        "last": run[-1][key],
        "growth_after_warm": run[-1][key] - warm[key],
        "slope_second_half_per_min": round(slope),
    }


# -- bookkeeping ------------------------------------------------------------------------


@dataclass
class Tally:
    """Counters shared by every sender (guarded by ``lock``)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    ok: int = 0
    connection_lost: int = 0
    lost: int = 0
    timeouts: int = 0
    duplicates: int = 0
    mismatches: int = 0
    stale_reads: int = 0
    problems: list[str] = field(default_factory=list)
    shown: collections.Counter[str] = field(default_factory=collections.Counter)

    def add(self, **counts: int) -> None:
        with self.lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)

    def problem(self, kind: str, text: str) -> None:
        with self.lock:
            setattr(self, kind, getattr(self, kind) + 1)
            self.shown[kind] += 1
            if self.shown[kind] <= 10:
                self.problems.append(f"{kind}: {text}")


class Disruptions:
    """When connections were down: a call that failed then is explained, not lost."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.kinds: collections.Counter[str] = collections.Counter()
        #: [start, end] of each disruption; end is None until every client is back.
        self.windows: list[list[float | None]] = []
        self.reconnects = {"sync": 0, "async": 0}

    def begin(self, kind: str) -> None:
        with self.lock:
            self.count += 1
            self.kinds[kind] += 1
            self.windows.append([time.monotonic(), None])
            del self.windows[:-200]  # only recent windows can still explain a call

    def end(self) -> None:
        with self.lock:
            for window in self.windows:
                if window[1] is None:
                    window[1] = time.monotonic()

    def explains(self, started: float, ended: float) -> bool:
        with self.lock:
            return any(
                start <= ended + 0.5 and (end is None or end >= started - 0.5)
                for start, end in self.windows
            )


class Sender:
    """One sender's loop body, shared by the thread and task variants."""

    def __init__(self, name: str, tally: Tally, disruptions: Disruptions) -> None:
        self.name = name
        self.tally = tally
        self.disruptions = disruptions
        self.seq = 0
        self.confirmed: str | None = None
        self.maybe: collections.deque[str] = collections.deque(maxlen=64)
        self.seen_ids: collections.deque[str] = collections.deque(maxlen=256)

    def next_put(self) -> tuple[core.DBPut, str, str]:
        self.seq += 1
        value = f"{self.name}-{self.seq}"
        request = core.DBPut("soak", self.name, value)
        return request, value, f"{self.name}-put-{self.seq}"

    def get_request(self) -> core.DBGet:
        return core.DBGet("soak", self.name)

    def check_put(self, request: Any, response: Response, value: str, action_id: str) -> None:
        self._check_common(request, response, action_id)
        if response.success:
            self.confirmed = value
            self.maybe.clear()
        else:
            self.tally.problem("mismatches", f"{self.name}: DBPut failed: {response.message}")

    def check_get(self, request: Any, response: Response) -> None:
        self._check_common(request, response, response.action_id or "")
        if not response.success or not response.events:
            if self.confirmed is not None:
                self.tally.problem("mismatches", f"{self.name}: DBGet: {response.message}")
            return
        item = response.events[0]
        value = item.get("Val")
        if item.get("Key") != self.name or item.action_id != response.action_id:
            self.tally.problem("mismatches", f"{self.name}: DBGet item {item!r}")
        elif value == self.confirmed:
            return
        elif value in self.maybe:
            self.tally.add(stale_reads=0)  # a put whose answer was lost did land: fine
            self.confirmed = value
        elif value is not None and value.startswith(f"{self.name}-"):
            self.tally.add(stale_reads=1)  # an older own value, reordered across a drop
        else:
            self.tally.problem("mismatches", f"{self.name}: read {value!r}")

    def _check_common(self, request: Any, response: Response, action_id: str) -> None:
        got = response.action_id
        if got != action_id or response.request is not request:
            self.tally.problem("mismatches", f"{self.name}: answer {got!r} for {action_id!r}")
            return
        if got in self.seen_ids:
            self.tally.problem("duplicates", f"{self.name}: {got!r} answered twice")
        self.seen_ids.append(got)
        self.tally.add(ok=1)

    def failed(self, exc: AmiError, started: float, what: str, value: str | None) -> None:
        if value is not None:
            self.maybe.append(value)
        if isinstance(exc, AmiTimeout):
            self.tally.problem("timeouts", f"{self.name}: {what}: {exc}")
            self.tally.problem("lost", f"{self.name}: {what} timed out")
        elif isinstance(exc, ConnectionLost):
            self.tally.add(connection_lost=1)
            if not self.disruptions.explains(started, time.monotonic()):
                self.tally.problem("lost", f"{self.name}: {what}: {exc} with no disconnect")
        else:
            self.tally.problem("mismatches", f"{self.name}: {what}: unexpected {exc!r}")


class EventCounter:
    """UserEvents from the flooder: in order, no repeats; gaps only across a drop."""

    def __init__(self, tally: Tally, label: str) -> None:
        self.tally = tally
        self.label = label
        self.last = -1
        self.received = 0
        self.reconnected = 0
        self.disconnected = 0
        self.order: list[str] = []

    def __call__(self, event: Any, manager: Any) -> None:
        name = event.name
        if name == EVENT_RECONNECTED:
            self.reconnected += 1
            self.order.append("R")
        elif name == EVENT_DISCONNECTED:
            self.disconnected += 1
            self.order.append("D")
        elif name == "UserEvent" and event.get("UserEvent") == "SoakFlood":
            seq = int(event.get("Seq", "-1"))
            self.received += 1
            if seq <= self.last:
                self.tally.problem("duplicates", f"{self.label}: UserEvent {seq} after {self.last}")
            self.last = seq
        del self.order[:-20]


# -- the parts --------------------------------------------------------------------------


def start_simulator() -> tuple[subprocess.Popen[str], int]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "runtime"), str(ROOT)]))
    args = [sys.executable, "-m", "ami_runtime.simulator", "--port", "0"]
    args += ["--auth-fail-delay", "0.05"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    found = re.search(r"listening on [\d.]+:(\d+)", line)
    if not found:
        proc.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
    return proc, int(found.group(1))


def sync_sender(manager: Manager, sender: Sender, stop: threading.Event) -> None:
    while not stop.is_set():
        put, value, action_id = sender.next_put()
        started = time.monotonic()
        try:
            response = manager.send_action(put, action_id, timeout=ACTION_TIMEOUT)
            sender.check_put(put, response, value, action_id)
            get = sender.get_request()
            started = time.monotonic()
            sender.check_get(get, manager.send_action(get, timeout=ACTION_TIMEOUT))
        except AmiError as exc:
            sender.failed(exc, started, "sync", value)
            time.sleep(0.01)


async def async_sender(manager: AsyncManager, sender: Sender, stop: threading.Event) -> None:
    while not stop.is_set():
        put, value, action_id = sender.next_put()
        started = time.monotonic()
        try:
            response = await manager.send_action(put, action_id, timeout=ACTION_TIMEOUT)
            sender.check_put(put, response, value, action_id)
            get = sender.get_request()
            started = time.monotonic()
            sender.check_get(get, await manager.send_action(get, timeout=ACTION_TIMEOUT))
        except AmiError as exc:
            sender.failed(exc, started, "async", value)
            await asyncio.sleep(0.01)


async def async_side(
    port: int, senders: int, tally: Tally, disruptions: Disruptions, stop: threading.Event,
    result: dict[str, Any],
) -> None:  # fmt: skip
    counter = EventCounter(tally, "async")
    manager = AsyncManager(
        "127.0.0.1", port, username="admin", secret="adminsecret", reconnect=True,
        backoff=BACKOFF, timeout=ACTION_TIMEOUT, detect_version=False,
    )  # fmt: skip
    manager.register_callback("", counter)
    result["manager"] = manager
    async with manager:
        before = len(asyncio.all_tasks())
        stream = manager.events(EVENT_RECONNECTED)

        async def count_reconnects() -> None:
            async for _ in stream:
                disruptions.reconnects["async"] += 1

        watcher = asyncio.ensure_future(count_reconnects())
        tasks = [
            asyncio.ensure_future(async_sender(manager, Sender(f"a{i}", tally, disruptions), stop))
            for i in range(senders)
        ]
        while not stop.is_set():
            await asyncio.sleep(0.1)
        await asyncio.gather(*tasks)
        stream.close()
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)
        result["tasks_during"] = before
    result["tasks_after"] = len(asyncio.all_tasks()) - 1  # this one
    result["events"] = counter.received
    result["reconnected"] = counter.reconnected
    result["disconnected"] = counter.disconnected
    result["dropped_events"] = manager.dropped_events


def flooder(port: int, rate: float, stop: threading.Event, stats: dict[str, int]) -> None:
    """UserEvents numbered from 0 (``rate`` a second) and two async Originates a second."""
    manager = Manager(reconnect=True, backoff=BACKOFF, detect_version=False)
    manager.connect("127.0.0.1", port)
    manager.login("admin", "adminsecret", events=False)
    seq = 0
    burst = max(1, int(rate / 10))
    try:
        while not stop.is_set():
            for _ in range(burst):
                manager.send_action(core.UserEvent("SoakFlood", Seq=str(seq)))
                seq += 1
            if seq % (burst * 5) < burst:
                call = core.Originate_Application("Local/400@test", "Wait", data="0.2", async_=True)
                manager.send_action(call)
                stats["originates"] += 1
            stop.wait(0.1)
    finally:
        stats["userevents"] = seq
        manager.close()


def restored(manager: Manager | AsyncManager | None) -> bool:
    """Connected and logged in again (no reconnect loop running)."""
    return (
        manager is not None
        and manager.is_connected()
        and not manager._reconnecting
        and manager._restorer is None
    )


def disruptor(
    proxy: FaultProxy, disruptions: Disruptions, stop: threading.Event, rng: random.Random,
    period: tuple[float, float], clients: list[Any],
) -> None:  # fmt: skip
    """Random faults at random times; each one ends when the clients are back."""
    faults = ["fin", "rst", "mid-message", "mid-list", "mid-login", "stall-rst"]
    while not stop.wait(rng.uniform(*period)):
        kind = rng.choice(faults)
        disruptions.begin(kind)
        accepted, dropped = proxy.accepted, 1
        if kind in ("fin", "rst"):
            dropped = proxy.drop_all(reset=kind == "rst")
        elif kind in ("mid-message", "mid-list"):
            if kind == "mid-message":
                cut = proxy.cut("s2c", keep=rng.randrange(1, 4000), reset=rng.random() < 0.5)
            else:
                cut = proxy.cut("s2c", b"DBGetResponse", keep=rng.randrange(0, 40))
            if not cut.fired.wait(5) and proxy.disarm(cut):
                disruptions.kinds[kind + " (did not fire)"] += 1
                dropped = 0
        elif kind == "mid-login":
            cut = proxy.cut("c2s", b"Action: Login", keep=rng.randrange(0, 20))
            dropped = proxy.drop_all()
        else:
            proxy.stall_all()
            stop.wait(0.2)
            dropped = proxy.drop_all(reset=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not stop.is_set():
            # Over once every dropped connection was replaced and both clients are
            # logged in again (a client that has not noticed its drop yet is not).
            replaced = proxy.accepted >= accepted + dropped
            if replaced and all(restored(c() if callable(c) else c) for c in clients):
                break
            time.sleep(0.05)
        if kind == "mid-login":
            proxy.disarm(cut)  # both clients are back: a late Login must not be cut
        disruptions.end()


# -- main -------------------------------------------------------------------------------


def run(
    minutes: float, senders: int, flood_rate: float, seed: int, trace: bool = False
) -> dict[str, Any]:
    rng = random.Random(seed)
    if trace:
        tracemalloc.start(12)
    warm: tracemalloc.Snapshot | None = None
    sim, sim_port = start_simulator()
    threads_before = {t.ident for t in threading.enumerate()}
    tally, disruptions = Tally(), Disruptions()
    stop = threading.Event()
    samples: list[dict[str, Any]] = []
    async_result: dict[str, Any] = {}
    flood_stats = {"originates": 0, "userevents": 0}
    proxy = FaultProxy(sim_port, record=False).__enter__()
    period = (2.0, 6.0) if minutes >= 2 else (1.0, 3.0)
    counter = EventCounter(tally, "sync")
    manager = Manager(reconnect=True, backoff=BACKOFF, timeout=ACTION_TIMEOUT, detect_version=False)
    manager.register_callback("", counter)
    manager.connect("127.0.0.1", proxy.port)
    manager.login("admin", "adminsecret")
    workers = [
        threading.Thread(
            target=sync_sender,
            args=(manager, Sender(f"s{i}", tally, disruptions), stop),
            name="soak-sender",
        )  # fmt: skip
        for i in range(senders)
    ]
    workers.append(
        threading.Thread(
            target=lambda: asyncio.run(
                async_side(proxy.port, senders, tally, disruptions, stop, async_result)
            ),
            name="soak-async",
        )
    )
    workers.append(threading.Thread(target=flooder, args=(sim_port, flood_rate, stop, flood_stats)))
    for worker in workers:
        worker.start()
    time.sleep(1.0)  # both clients logged in before the first fault

    def get_async() -> AsyncManager | None:
        return async_result.get("manager")

    def proxy_error(reason: str) -> None:
        """The proxy dropped a connection by itself (a client too slow to read): a
        disruption like the others, over once both clients are back."""
        disruptions.begin("proxy error")
        print(f"proxy dropped a connection: {reason}", flush=True)

        def until_restored() -> None:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not stop.is_set():
                if restored(manager) and restored(get_async()):
                    break
                time.sleep(0.05)
            disruptions.end()

        threading.Thread(target=until_restored, daemon=True).start()

    proxy.on_error = proxy_error

    chaos = threading.Thread(
        target=disruptor,
        args=(proxy, disruptions, stop, rng, period, [manager, get_async]),
        name="soak-chaos",
    )
    chaos.start()
    started = time.monotonic()
    end = started + minutes * 60
    next_sample = started
    while time.monotonic() < end:
        if time.monotonic() >= next_sample:
            samples.append(sample(started, sim.pid, tally))
            print(json.dumps(samples[-1]), flush=True)
            next_sample += SAMPLE_EVERY
            if trace and warm is None and samples[-1]["t"] >= 30:
                warm = tracemalloc.take_snapshot()
        time.sleep(min(0.5, max(0.0, end - time.monotonic())))
    if warm is not None:
        growth = tracemalloc.take_snapshot().compare_to(warm, "traceback")
        for stat in growth[:8]:
            print(stat, *stat.traceback.format()[-8:], sep="\n  ", flush=True)
    stop.set()
    chaos.join(10)
    disruptions.end()
    for worker in workers:
        worker.join(ACTION_TIMEOUT + 10)
    samples.append(dict(sample(started, sim.pid, tally), closing=True))
    manager.close()
    proxy.close()
    sim.terminate()
    sim.wait(10)
    leftover = [
        t.name
        for t in threading.enumerate()
        if t.ident not in threads_before and t.is_alive() and not t.daemon
    ]
    time.sleep(0.5)
    ami_threads = [t.name for t in threading.enumerate() if t.name.startswith("ami-")]
    return {
        "minutes": minutes,
        "senders_per_client": senders,
        "requests_ok": tally.ok,
        "connection_lost": tally.connection_lost,
        "lost": tally.lost,
        "timeouts": tally.timeouts,
        "duplicates": tally.duplicates,
        "mismatches": tally.mismatches,
        "stale_reads": tally.stale_reads,
        "problems": tally.problems,
        "disruptions": disruptions.count,
        "disruption_kinds": dict(disruptions.kinds),
        "sync_reconnected": counter.reconnected,
        "sync_disconnected": counter.disconnected,
        "sync_userevents": counter.received,
        "sync_dropped_events": manager.dropped_events,
        "async": {k: v for k, v in async_result.items() if k != "manager"},
        "flood": flood_stats,
        "rss_kib": dict(memory_report(samples), after_stop=samples[-1]["rss_kib"]),
        "heap_used_kib": memory_report(samples, "heap_used_kib"),
        "heap_kib": memory_report(samples, "heap_kib"),
        "sim_rss_kib": memory_report(samples, "sim_rss_kib"),
        "threads_left": leftover + ami_threads,
        "samples": samples,
    }


def sample(started: float, sim_pid: int, tally: Tally) -> dict[str, Any]:
    gc.collect()  # garbage waiting for a collection is not growth
    used, heap = heap_kib()
    return {
        "t": round(time.monotonic() - started, 1),
        "rss_kib": rss_kib(),
        "heap_used_kib": used,
        "heap_kib": heap,
        "blocks": sys.getallocatedblocks(),
        "sim_rss_kib": rss_kib(sim_pid),
        "threads": threading.active_count(),
        "ok": tally.ok,
        "lost": tally.lost,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--senders", type=int, default=50, help="per client (default 50)")
    parser.add_argument("--flood-rate", type=float, default=500.0, help="UserEvents a second")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", metavar="FILE", help="also write the figures here")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="print the biggest growth after 30 s"
    )
    args = parser.parse_args(argv)
    figures = run(args.minutes, args.senders, args.flood_rate, args.seed, args.tracemalloc)
    summary = {k: v for k, v in figures.items() if k != "samples"}
    print(json.dumps(summary, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    bad = figures["lost"] + figures["duplicates"] + figures["mismatches"]
    if figures["threads_left"] or figures["async"].get("tasks_after", 0):
        bad += 1
    print("SOAK", "FAILED" if bad else "PASSED", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
