"""The parser alone, offline: recorded Asterisk bytes in, parsed messages out (MB/s).

The corpus is the server-to-client bytes of every recorded transcript
(``shared/transcripts`` and ``shared/transcripts22``), each one's banner removed, one
banner in front, repeated to ``--mb`` megabytes and cut into 64 KiB chunks (what one
``recv`` returns) before the clock starts.  Measured on the same chunks:

* ``raw``: RAW's loop (split on the blank line, split lines into a dict);
* ``ours``: ``AmiProtocol.receive_data(chunk)`` + ``events()`` (``FrameReader`` inside);
  messages stay undecoded until read, as in a client whose callback reads nothing;
* ``ours_touch``: the same, reading one header of every message (forces decoding),
  as the flood scenario's callback does;
* ``framing``: ``FrameReader.feed`` alone.

Each variant runs ``--rounds`` times (default 3), the variants taking turns, and keeps
its fastest run (every run's seconds are in ``runs_s``).  ``--variants`` picks some:
``bench/run.py`` runs RAW's loop in processes of its own, since it runs faster after ours
(warm allocator arenas) than alone.
``python bench/parser_bench.py --mb 50`` prints ``RESULT {json}``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
#: AMI_BENCH_TREE: a tree holding ami and ami_runtime (the unpacked compiled wheel) to
#: measure instead of this checkout's source (bench/run.py sets it for the compiled rows).
_TREE = os.environ.get("AMI_BENCH_TREE")
for _p in (REPO, *((Path(_TREE),) if _TREE else (REPO / "generated", REPO / "runtime"))):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))
BANNER = b"Asterisk Call Manager/9.0.0\r\n"
CHUNK = 65536


def default_dirs() -> list[Path]:
    env = os.environ.get("AMI_TRANSCRIPTS")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    shared = REPO.parent / "shared"
    return [shared / "transcripts", shared / "transcripts22"]


def transcript_bytes(path: Path) -> bytes:
    """The s2c bytes of one transcript, without its banner line, ending at a blank line."""
    parts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            if obj.get("dir") == "s2c":
                parts.append(obj.get("data", ""))
    data = "".join(parts).encode("utf-8")
    if data.startswith(b"Asterisk Call Manager/"):
        data = data.split(b"\r\n", 1)[1] if b"\r\n" in data else b""
    end = data.rfind(b"\r\n\r\n")
    return data[: end + 4] if end >= 0 else b""


def load_corpus(dirs: list[Path], mb: float) -> tuple[bytes, int]:
    """(corpus, number of transcripts used); raises FileNotFoundError if none."""
    files = [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.jsonl"))]
    unit = b"".join(transcript_bytes(f) for f in files)
    if not unit:
        raise FileNotFoundError(f"no transcripts under {', '.join(map(str, dirs))}")
    reps = max(1, int(mb * 1e6 / len(unit)) + 1)
    return BANNER + unit * reps, len(files)


def chunked(data: bytes, size: int = CHUNK) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def raw_parse(chunks: list[bytes]) -> int:
    """RAW's loop, as in ``adapters/raw.py``, minus the socket."""
    buf = b""
    n = 0
    for data in chunks:
        buf += data
        *msgs, buf = buf.split(b"\r\n\r\n")
        for m in msgs:
            d = {}
            for line in m.decode().split("\r\n"):
                k, _, v = line.partition(": ")
                d[k] = v
            n += 1
    return n


def _message_of(item: Any, message_type: type) -> Any:
    """The message a protocol event carries: an event or orphan is one itself."""
    if isinstance(item, message_type):
        return item
    for attr in ("response", "message"):  # Completed, UnknownMessage
        msg = getattr(item, attr, None)
        if isinstance(msg, message_type):
            return msg
    return None


def ours_parse(
    chunks: list[bytes], touch: bool = False, event_types: Mapping[str, type] | None = None
) -> int:
    from ami_runtime.message import Message  # imported (untimed) by main() first
    from ami_runtime.protocol import AmiProtocol

    p = AmiProtocol(event_types=event_types)
    n = 0
    for data in chunks:
        p.receive_data(data)
        items = p.events()
        n += len(items)
        if touch:
            for item in items:
                msg = _message_of(item, Message)
                if msg is not None:
                    msg.get("Uniqueid")
    return n


def framing_only(chunks: list[bytes]) -> int:
    from ami_runtime.framing import FrameReader

    reader = FrameReader()
    n = 0
    for data in chunks:
        n += len(reader.feed(data))
    return n


def find_event_types(spec: str | None) -> tuple[Mapping[str, type] | None, str]:
    """``module:attr`` naming a name -> event class mapping, or a guess in ``ami``."""
    candidates = [spec] if spec else ["ami.events:EVENTS", "ami:EVENT_TYPES"]
    for cand in candidates:
        module, _, attr = cand.partition(":")
        try:
            value = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
        if isinstance(value, Mapping):
            return value, cand
    return None, "none (generic Event)"


def timed(fn: Callable[[], int], size: int) -> dict[str, Any]:
    gc.collect()
    t0 = time.perf_counter()
    count = fn()
    elapsed = time.perf_counter() - t0
    return {"mb_s": size / 1e6 / elapsed, "seconds": elapsed, "messages": count}


def best_of(rounds: int, variants: dict[str, Callable[[], int]], size: int) -> dict[str, Any]:
    """Each variant ``rounds`` times, the variants taking turns (so a noisy moment hits
    them alike); each keeps its fastest run, as ``timeit`` does, and lists every run."""
    out: dict[str, Any] = {}
    for _ in range(rounds):
        for name, fn in variants.items():
            result = timed(fn, size)
            best = out.get(name)
            runs = [*best["runs_s"], result["seconds"]] if best else [result["seconds"]]
            if best is None or result["seconds"] < best["seconds"]:
                best = result
            out[name] = {**best, "runs_s": runs}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size (default 50)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each, fastest kept")
    parser.add_argument("--transcripts", action="append", type=Path, help="a transcript dir")
    parser.add_argument("--event-types", help="module:attr of a name->class mapping")
    parser.add_argument(
        "--variants",
        default="raw,ours,ours_touch,framing",
        help="which to run, comma-separated (default all; bench/run.py runs raw alone)",
    )
    args = parser.parse_args(argv)
    try:
        corpus, files = load_corpus(args.transcripts or default_dirs(), args.mb)
    except FileNotFoundError as exc:
        print("RESULT " + json.dumps({"na": str(exc)}))
        return
    chunks = chunked(corpus)
    size = len(corpus)
    out: dict[str, Any] = {"corpus_mb": size / 1e6, "transcripts": files, "rounds": args.rounds}
    wanted = set(args.variants.split(","))
    variants: dict[str, Callable[[], int]] = {"raw": lambda: raw_parse(chunks)}
    if wanted - {"raw"}:
        try:
            import ami_runtime.framing
            import ami_runtime.protocol  # noqa: F401

            types, source = find_event_types(args.event_types)
            out["event_types"] = source
            out["compiled"] = bool(getattr(sys.modules["ami_runtime"], "__compiled__", False))
            variants["ours"] = lambda: ours_parse(chunks, False, types)
            variants["ours_touch"] = lambda: ours_parse(chunks, True, types)
            variants["framing"] = lambda: framing_only(chunks)
        except ImportError as exc:
            out["ours_na"] = f"ami_runtime not importable: {exc}"
    variants = {name: fn for name, fn in variants.items() if name in wanted}
    out.update(best_of(args.rounds, variants, size))
    print("RESULT " + json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
