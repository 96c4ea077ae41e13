"""CPU time per sequential Ping of ``AsyncManager`` next to RAW's loop, on asyncio and uvloop.

    python3 bench/async_ping_cpu.py --compiled build/compiled      # both builds, both loops
    python3 bench/async_ping_cpu.py --compiled build/compiled --against OLD_TREE  # and another

``--loops "no sockets"`` measures the Python work alone: each client with a stub transport,
the reply fed by hand.

Wall-clock pings/s on this shared 2-core machine move by tens of percent between runs;
the client's CPU time per round trip (``time.process_time`` in the client process, the
bench server in its own) moves much less and is what a change is decided by.  One bench
server serves every client; each client runs in a fresh process, the clients taking
turns (``--turns``), and each process times ``--rounds`` batches of ``--pings`` Pings
after a warm-up.  Printed per client: the best batch and the median of every batch, in
microseconds of CPU per Ping, and the ratio of RAW's best on the same loop to the
client's best (the bench's "x RAW on the same loop", in CPU time).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WARMUP = 300


async def _rounds(ping: Callable[[], Awaitable[Any]], rounds: int, pings: int) -> list[float]:
    for _ in range(WARMUP):
        await ping()
    out = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(pings):
            await ping()
        out.append((time.process_time() - start) / pings * 1e6)
    return out


async def _raw(port: int, rounds: int, pings: int) -> dict[str, Any]:
    from adapters import raw_async
    from harness import Ctx

    ctx = Ctx("127.0.0.1", port, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    proto = await raw_async.connect(ctx)
    counter = iter(range(1, 1 << 62))
    us = await _rounds(lambda: proto.action(str(next(counter)), "Ping"), rounds, pings)
    assert proto.transport is not None
    proto.transport.close()
    return {"us": us}


async def _ours(port: int, rounds: int, pings: int) -> dict[str, Any]:
    from ami import AsyncManager
    from ami_runtime import Action, __compiled__
    from amidata import SECRET, USERNAME

    manager = AsyncManager(
        "127.0.0.1", port, username=USERNAME, secret=SECRET, auth="plain", events=False
    )
    async with manager:
        us = await _rounds(lambda: manager.send_action(Action("Ping")), rounds, pings)
    return {"us": us, "compiled": __compiled__}


_REPLY = b"Response: Success\r\nActionID: %s\r\nPing: Pong\r\nTimestamp: 1700000000.000000\r\n\r\n"


class _Stub:
    """A transport with no socket: keeps what was written."""

    last = b""

    def write(self, data: bytes) -> None:
        self.last = data

    def is_closing(self) -> bool:
        return False


def _answer(written: bytes) -> bytes:
    start = written.find(b"ActionID: ") + 10
    return _REPLY % written[start : written.find(b"\r\n", start)]


def _no_sockets(round_trip: Callable[[], object], rounds: int, pings: int) -> list[float]:
    for _ in range(WARMUP):
        round_trip()
    out = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(pings):
            round_trip()
        out.append((time.process_time() - start) / pings * 1e6)
    return out


async def _stub_raw(port: int, rounds: int, pings: int) -> dict[str, Any]:
    """RAW's protocol object with a stub transport: its Python work per Ping."""
    from adapters import raw_async

    proto = raw_async.RawProtocol()
    proto.transport = stub = _Stub()  # type: ignore[assignment]
    proto.data_received(b"Asterisk Call Manager/9.0.0\r\n")
    counter = iter(range(1, 1 << 62))

    def round_trip() -> object:
        future = proto.action(str(next(counter)), "Ping")
        proto.data_received(_answer(stub.last))
        return future.result()

    return {"us": _no_sockets(round_trip, rounds, pings)}


async def _stub_ours(port: int, rounds: int, pings: int) -> dict[str, Any]:
    """``send_action`` driven by hand against a stub transport (uvloop's plain protocol):
    the client's and the engine's Python work per Ping, without the loop or sockets."""
    from ami_runtime import Action, AsyncManager, __compiled__
    from ami_runtime._async.client import _Transport
    from ami_runtime.protocol import AmiProtocol
    from ami_runtime.registry import default_event_types

    manager = AsyncManager()
    conn = _Transport(manager)
    conn.transport = stub = _Stub()  # type: ignore[assignment]
    manager._conn, manager._protocol = conn, AmiProtocol(event_types=default_event_types())
    conn.data_received(b"Asterisk Call Manager/9.0.0\r\n")

    def round_trip() -> object:
        coro = manager.send_action(Action("Ping"))
        coro.send(None)  # sent; waits for its future
        conn.data_received(_answer(stub.last))
        try:
            coro.send(None)
        except StopIteration as done:
            return done.value
        raise AssertionError("no answer")

    return {"us": _no_sockets(round_trip, rounds, pings), "compiled": __compiled__}


def measure(client: str, loop: str, port: int, rounds: int, pings: int) -> dict[str, Any]:
    """Runs in the child process, with the build to measure first on sys.path."""
    sys.path.insert(0, str(HERE))
    if loop == "no sockets":
        coro = (_stub_raw if client == "raw" else _stub_ours)(port, rounds, pings)
    else:
        coro = (_raw if client == "raw" else _ours)(port, rounds, pings)  # ours: any build
    if loop == "uvloop":
        import uvloop

        return uvloop.run(coro)  # type: ignore[no-any-return]
    return asyncio.run(coro)


def run_child(
    client: str, loop: str, tree: Path | None, port: int, rounds: int, pings: int
) -> dict[str, Any]:
    from run import child_json

    call = f"measure({client!r}, {loop!r}, {port}, {rounds}, {pings})"
    result: dict[str, Any] = child_json(tree, "async_ping_cpu", call)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--loops",
        default="asyncio,uvloop",
        help="asyncio, uvloop, 'no sockets' (the Python work alone, stub transports), "
        "comma-separated",
    )
    parser.add_argument("--rounds", type=int, default=5, help="batches per process (default 5)")
    parser.add_argument("--pings", type=int, default=2000, help="Pings per batch (default 2000)")
    parser.add_argument("--turns", type=int, default=3, help="fresh processes per client")
    sys.path.insert(0, str(HERE))
    from run import add_build_options, builds, start_server, stop

    add_build_options(parser)
    args = parser.parse_args()
    clients = []
    for loop in args.loops.split(","):
        clients.append((f"RAW on {loop}", "raw", loop, None))
        clients += [(f"{name} on {loop}", name, loop, tree) for name, tree in builds(args).items()]
    results: dict[str, list[dict[str, Any]]] = {label: [] for label, *_ in clients}
    proc, port = start_server(0, 1)  # no flood, a one-item list: pings only
    try:
        for _ in range(args.turns):
            for label, client, loop, tree in clients:
                results[label].append(run_child(client, loop, tree, port, args.rounds, args.pings))
    finally:
        stop(proc)
    print(
        f"CPU us per Ping: best batch | median of {args.turns} x {args.rounds} batches of "
        f"{args.pings} | RAW's best on the same loop / this best"
    )
    raw_best: dict[str, float] = {}
    for label, client, loop, _ in clients:
        runs = results[label]
        if client in ("pure", "compiled"):
            assert all(r["compiled"] is (client == "compiled") for r in runs), runs
        samples = [us for r in runs for us in r["us"]]
        best, median = min(samples), statistics.median(samples)
        if client == "raw":
            raw_best[loop] = best
        ratio = raw_best[loop] / best
        print(f"{label:40} {best:6.2f} | {median:6.2f} | {ratio:4.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
