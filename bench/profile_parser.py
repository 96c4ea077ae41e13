"""cProfile over amikit's parser on recorded bytes; prints the top functions.

``python bench/profile_parser.py`` profiles ``AmiProtocol.receive_data`` + ``events()``
over the same corpus as ``bench/parser_bench.py`` (all recorded transcripts, repeated to
``--mb`` megabytes, fed in 64 KiB chunks).  ``--touch`` also reads one header of every
message (forcing the lazy decode), ``--framing`` profiles ``FrameReader.feed`` alone,
``--sort cumulative`` changes the order, ``--out FILE`` keeps the raw stats for
``snakeviz``/``pstats``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for _p in (REPO, REPO / "generated", REPO / "runtime"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))
sys.path.insert(0, str(HERE))

import parser_bench  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10)")
    p.add_argument("--top", type=int, default=25, help="functions to list (default 25)")
    p.add_argument("--sort", default="tottime", choices=["tottime", "cumulative", "ncalls"])
    p.add_argument("--touch", action="store_true", help="read one header of every message")
    p.add_argument("--framing", action="store_true", help="profile FrameReader.feed alone")
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
    if args.framing:
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
        f"{what} over {mb:.1f} MB ({files} transcripts, {count:,} messages, "
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
