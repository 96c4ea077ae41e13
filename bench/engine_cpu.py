"""CPU time of the engine's work, pure Python next to the compiled build, without sockets.

    python3 bench/engine_cpu.py --compiled build/compiled     # both builds, taking turns
    python3 bench/engine_cpu.py --compiled build/compiled --against OLD_TREE  # and an older one

The wall-clock bench (``bench/run.py``) moves by tens of percent on a busy machine; CPU
time (``time.process_time``) of the same work, best of ``--rounds``, moves much less.
Per build, in a fresh process each: the flood's client work per event (the bench server's
event bytes through ``AmiProtocol``, typed events, the dispatcher and a callback reading
``Uniqueid``: ``profile_parser.flood_work``) next to RAW's loop on the same bytes; the
parser over the recorded transcripts next to RAW's parse loop; and the engine's share of
one Ping round trip (``send`` a typed ``Ping``, feed its reply, take the completion).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def best(rounds: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def measure(rounds: int, mb: float) -> dict[str, object]:
    """Runs in the child process, with the build to measure first on sys.path."""
    sys.path.insert(0, str(HERE))
    import ami
    import parser_bench
    import profile_parser
    from ami.core import Ping
    from ami_runtime import __compiled__
    from ami_runtime.protocol import NEED_DATA, AmiProtocol

    types = dict(ami.events.EVENTS)  # every class imported before timing
    flood = profile_parser.flood_chunks(mb)
    events = profile_parser.flood_work(flood, types)
    out: dict[str, object] = {"compiled": __compiled__, "events": events}
    out["flood_us"] = best(rounds, lambda: profile_parser.flood_work(flood, types)) / events * 1e6
    out["raw_flood_us"] = best(rounds, lambda: profile_parser.raw_flood(flood)) / events * 1e6
    corpus, _ = parser_bench.load_corpus(parser_bench.default_dirs(), mb)
    chunks = parser_bench.chunked(corpus)
    out["parser_mb_s"] = mb / best(rounds, lambda: parser_bench.ours_parse(chunks, False, types))
    out["raw_parser_mb_s"] = mb / best(rounds, lambda: parser_bench.raw_parse(chunks))

    protocol = AmiProtocol(event_types=types)
    protocol.receive_data(b"Asterisk Call Manager/9.0.0\r\n")
    protocol.next_event()
    pings = 20_000

    def round_trips() -> None:
        for _ in range(pings):
            action_id, _data = protocol.send(Ping())
            protocol.receive_data(
                b"Response: Success\r\nActionID: " + action_id.encode() + b"\r\nPing: Pong\r\n"
                b"Timestamp: 1700000000.000000\r\n\r\n"
            )
            while protocol.next_event() is not NEED_DATA:
                pass

    out["ping_engine_us"] = best(rounds, round_trips) / pings * 1e6
    return out


def run_child(tree: Path | None, rounds: int, mb: float) -> dict[str, object]:
    from run import child_json

    # (``our_env`` sets AMI_BENCH_TREE too: parser_bench and profile_parser put it first)
    result: dict[str, object] = child_json(tree, "engine_cpu", f"measure({rounds}, {mb})")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="best of (default 5)")
    parser.add_argument("--mb", type=float, default=10.0, help="bytes per pass (default 10)")
    parser.add_argument("--turns", type=int, default=2, help="fresh processes per build")
    sys.path.insert(0, str(HERE))
    from run import add_build_options
    from run import builds as builds_of

    add_build_options(parser)
    args = parser.parse_args()
    builds = builds_of(args)
    results: dict[str, list[dict[str, object]]] = {name: [] for name in builds}
    for _ in range(args.turns):
        for name, tree in builds.items():
            results[name].append(run_child(tree, args.rounds, args.mb))
    print(f"CPU time, best of {args.rounds} x {args.turns} processes, {args.mb:g} MB per pass")
    for name, runs in results.items():
        if name in ("pure", "compiled"):
            assert all(r["compiled"] is (name == "compiled") for r in runs), runs
        else:
            name = f"{name} ({'compiled' if runs[0]['compiled'] else 'pure'})"
        flood = min(float(r["flood_us"]) for r in runs)  # type: ignore[arg-type]
        raw_flood = min(float(r["raw_flood_us"]) for r in runs)  # type: ignore[arg-type]
        parse = max(float(r["parser_mb_s"]) for r in runs)  # type: ignore[arg-type]
        raw_parse = max(float(r["raw_parser_mb_s"]) for r in runs)  # type: ignore[arg-type]
        ping = min(float(r["ping_engine_us"]) for r in runs)  # type: ignore[arg-type]
        print(
            f"{name:9} flood {flood:5.2f} us/event (RAW {raw_flood:5.2f}: "
            f"{raw_flood / flood:4.2f}x RAW) | parser {parse:6.1f} MB/s (RAW {raw_parse:5.1f}: "
            f"{parse / raw_parse:4.2f}x) | engine per Ping {ping:5.2f} us"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
