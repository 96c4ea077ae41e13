"""CPU time of one blocking ``Manager`` Ping against the bench server, next to RAW's.

    python3 bench/ping_cpu.py --compiled build/compiled          # pure and compiled, and RAW
    python3 bench/ping_cpu.py --compiled build/compiled --against OLD_TREE   # and an older tree

The wall-clock ping rate on this shared machine moves by tens of percent between runs;
the client process's CPU time (``time.process_time``: every thread of it) per round
trip moves much less.  One bench server (``bench/server.py``) serves every client; each
client (RAW's loop, ``Manager`` from this checkout's source, from ``--compiled`` and from
each ``--against`` tree, which holds ``ami`` and ``ami_runtime`` side by side) runs in a
fresh process, the clients taking turns ``--turns`` times; each process times
``--rounds`` batches of ``--pings`` sequential Pings after a warm-up and keeps the best.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def best_per_call(fn: Callable[[], object], rounds: int, calls: int) -> float:
    """Microseconds of CPU per call, best batch of ``rounds``."""
    for _ in range(min(calls, 500)):
        fn()
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(calls):
            fn()
        times.append(time.process_time() - start)
    return min(times) / calls * 1e6


def measure(client: str, port: int, rounds: int, calls: int) -> dict[str, object]:
    """Runs in the child process, with the build to measure first on sys.path."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE / "adapters"))
    from harness import Ctx

    ctx = Ctx("127.0.0.1", port, 0, 60.0, 0.0, 0, 0, 0, 0.0, 0.0, 0)
    if client == "raw":
        import raw

        conn = raw.Raw(ctx)
        conn.login()
        return {"us": best_per_call(lambda: conn.action("Ping"), rounds, calls)}
    import ours_sync
    from ami_runtime import __compiled__

    manager, _ = ours_sync.connect(ctx)
    # What the bench's ping scenario times: a new ``Action("Ping")`` per round trip.
    us = best_per_call(lambda: manager.send_action(ours_sync._action("Ping")), rounds, calls)
    manager.close()
    return {"us": us, "compiled": __compiled__}


def run_child(client: str, tree: Path | None, port: int, rounds: int, calls: int) -> float:
    from run import child_json

    result = child_json(tree, "ping_cpu", f"measure({client!r}, {port}, {rounds}, {calls})")
    if client == "compiled" and result["compiled"] is not True:
        raise SystemExit(f"{tree} ran pure Python: is it an unpacked compiled wheel?")
    if client == "pure" and result["compiled"] is not False:
        raise SystemExit("the source tree ran compiled code")
    return float(result["us"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="best of (default 5)")
    parser.add_argument("--pings", type=int, default=3000, help="Pings per round (3000)")
    parser.add_argument("--turns", type=int, default=3, help="fresh processes per client")
    sys.path.insert(0, str(HERE))
    from run import add_build_options, builds, start_server, stop

    add_build_options(parser)
    args = parser.parse_args()
    clients: dict[str, tuple[str, Path | None]] = {"RAW": ("raw", None)}
    for name, tree in builds(args).items():
        clients[name] = (name if name in ("pure", "compiled") else "tree", tree)
    results: dict[str, list[float]] = {name: [] for name in clients}
    server, port = start_server(1000, 10)
    try:
        for _ in range(args.turns):
            for name, (kind, tree) in clients.items():
                results[name].append(run_child(kind, tree, port, args.rounds, args.pings))
    finally:
        stop(server)
    print(
        f"CPU us per sync Ping (client process), best of {args.rounds} x {args.pings} pings, "
        f"each of {args.turns} interleaved processes; load average {os.getloadavg()[0]:.2f}"
    )
    raw = min(results["RAW"])
    for name, runs in results.items():
        each = " ".join(f"{us:5.2f}" for us in runs)
        print(f"{name:28} best {min(runs):5.2f} us  (RAW/this {raw / min(runs):4.2f})  [{each}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
