"""cProfile over amikit's parser on recorded bytes; prints the top functions.

``python bench/profile_parser.py`` profiles ``AmiProtocol.receive_data`` + ``events()``
over the same corpus as ``bench/parser_bench.py`` (all recorded transcripts, repeated to
``--mb`` megabytes, fed in 64 KiB chunks).  ``--touch`` also reads one header of every
message (forcing the lazy decode), ``--framing`` profiles ``FrameReader.feed`` alone,
``--flood`` profiles the flood scenario's client work without sockets: the bench
server's event bytes through ``AmiProtocol``, typed events, the callbacks' dispatcher and
a callback reading ``Uniqueid``, and times RAW's loop (dicts + the same read) on the
same bytes.  ``--sort cumulative`` changes the order, ``--out FILE`` keeps the raw stats
for ``snakeviz``/``pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
_TREE = os.environ.get("AMI_BENCH_TREE")  # as in parser_bench: a compiled tree instead
for _p in (REPO, *((Path(_TREE),) if _TREE else (REPO / "generated", REPO / "runtime"))):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))
sys.path.insert(0, str(HERE))

import parser_bench  # noqa: E402


def flood_chunks(mb: float) -> list[bytes]:
    """The bench server's flood events (``bench/amidata.py``), in 64 KiB reads."""
    import amidata

    block, _ = amidata.flood_block(1000)
    data = block * max(1, int(mb * 1e6 / len(block)))
    return parser_bench.chunked(amidata.BANNER + data)


def flood_work(chunks: list[bytes], types: object) -> int:
    import logging

    from ami_runtime.dispatch import Dispatcher
    from ami_runtime.protocol import AmiProtocol

    protocol = AmiProtocol(event_types=types)  # type: ignore[arg-type]
    dispatcher = Dispatcher(logging.getLogger("bench"))
    seen = [0]

    def callback(event: object, manager: object) -> None:
        seen[0] += 1
        event.get("Uniqueid")  # type: ignore[attr-defined]

    dispatcher.register("", callback)
    for data in chunks:
        protocol.receive_data(data)
        for run in protocol.runs():
            if type(run) is list:
                dispatcher.dispatch_all(run, None)
    return seen[0]


def raw_flood(chunks: list[bytes]) -> int:
    buf, n = b"", 0
    for data in chunks[1:]:
        buf += data
        *msgs, buf = buf.split(b"\r\n\r\n")
        for m in msgs:
            d = {}
            for line in m.decode().split("\r\n"):
                k, _, v = line.partition(": ")
                d[k] = v
            d.get("Uniqueid")
            n += 1
    return n


def timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10)")
    p.add_argument("--top", type=int, default=25, help="functions to list (default 25)")
    p.add_argument("--sort", default="tottime", choices=["tottime", "cumulative", "ncalls"])
    p.add_argument("--touch", action="store_true", help="read one header of every message")
    p.add_argument("--framing", action="store_true", help="profile FrameReader.feed alone")
    p.add_argument("--flood", action="store_true", help="the flood's client work, no sockets")
    p.add_argument("--event-types", help="module:attr of a name->event class mapping")
    p.add_argument("--transcripts", action="append", type=Path, help="a transcript dir")
    p.add_argument("--out", type=Path, help="write the raw pstats data here")
    args = p.parse_args(argv)

    corpus, files = parser_bench.load_corpus(
        args.transcripts or parser_bench.default_dirs(), args.mb
    )
    chunks = parser_bench.chunked(corpus)
    # Import before profiling, so that import time stays out of the profile.
    import ami_runtime.framing
    import ami_runtime.protocol  # noqa: F401

    types, source = parser_bench.find_event_types(args.event_types)
    if args.flood:
        chunks, what = flood_chunks(args.mb), "flood: protocol + dispatch + get"
        corpus = b"".join(chunks)
        raw_s = timed(lambda: raw_flood(chunks))
        print(f"RAW's loop on the flood bytes: {len(corpus) / 1e6 / raw_s:.1f} MB/s")

        def work() -> int:
            return flood_work(chunks, types)
    elif args.framing:
        what = "FrameReader.feed"

        def work() -> int:
            return parser_bench.framing_only(chunks)
    else:
        what = "AmiProtocol.receive_data + events()" + (" + one header" if args.touch else "")

        def work() -> int:
            return parser_bench.ours_parse(chunks, args.touch, types)

    t0 = time.perf_counter()
    plain = work()
    plain_s = time.perf_counter() - t0
    prof = cProfile.Profile()
    prof.enable()
    count = work()
    prof.disable()
    mb = len(corpus) / 1e6
    print(
        f"{what} over {mb:.1f} MB ({'flood events' if args.flood else f'{files} transcripts'}, "
        f"{count:,} messages, "
        f"event classes: {source}): {mb / plain_s:.1f} MB/s unprofiled ({plain:,} messages)\n"
    )
    stats = pstats.Stats(prof)
    if args.out:
        stats.dump_stats(str(args.out))
        print(f"raw stats written to {args.out}")
    stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
