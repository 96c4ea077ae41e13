"""Load the recorded AMI transcripts (``shared/transcripts*/*.jsonl``).

Each line is one chunk in wire order: ``{"dir": "c2s"|"s2c", "t": seconds, "data": "..."}``,
the last one ``"eof": true`` naming the side that closed.  Shared by the simulator's
fidelity test and the client replay tests::

    t = load(path)
    t.chunks            # [Chunk(dir, data, t, eof), ...]
    t.client_writes()   # the c2s chunks' bytes, one per client write
    t.server_bytes()    # every s2c byte, concatenated
    all_transcripts("20")  # sorted list of Transcript

The shared directory is found through ``$AMI_SHARED_DIR``, else ``shared/`` beside the
repository (where CI puts it), else ``/work/shared``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

__all__ = ["Chunk", "Transcript", "all_transcripts", "load", "shared_dir", "transcripts_dir"]


class Chunk(NamedTuple):
    """One recorded read or write."""

    dir: str
    data: bytes
    t: float
    eof: bool


@dataclass(frozen=True)
class Transcript:
    """One recorded session."""

    name: str
    path: Path
    chunks: tuple[Chunk, ...]

    def client_writes(self) -> list[bytes]:
        """The client's writes in order (EOF marker excluded)."""
        return [c.data for c in self.chunks if c.dir == "c2s" and not c.eof]

    def server_bytes(self) -> bytes:
        """Everything the server sent."""
        return b"".join(c.data for c in self.chunks if c.dir == "s2c")

    @property
    def closed_by(self) -> str | None:
        """``"c2s"`` if the client closed, ``"s2c"`` if the server did."""
        return next((c.dir for c in self.chunks if c.eof), None)


def load(path: str | Path) -> Transcript:
    """Read one ``.jsonl`` transcript."""
    path = Path(path)
    chunks = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            obj = json.loads(line)
            data = obj.get("data", "").encode("utf-8")
            chunks.append(Chunk(obj["dir"], data, float(obj["t"]), bool(obj.get("eof", False))))
    return Transcript(path.stem, path, tuple(chunks))


def shared_dir() -> Path | None:
    """The shared directory, or None when it is not on this machine."""
    env = os.environ.get("AMI_SHARED_DIR")
    candidates = [Path(env)] if env else []
    candidates += [Path(__file__).resolve().parents[2] / "shared", Path("/work/shared")]
    return next((c for c in candidates if (c / "transcripts").is_dir()), None)


def transcripts_dir(version: str = "20") -> Path | None:
    """``transcripts/`` (Asterisk 20) or ``transcripts22/``."""
    base = shared_dir()
    if base is None:
        return None
    path = base / ("transcripts" if version == "20" else f"transcripts{version}")
    return path if path.is_dir() else None


def all_transcripts(version: str = "20") -> list[Transcript]:
    """Every transcript of one Asterisk version, sorted by name (empty if none)."""
    directory = transcripts_dir(version)
    if directory is None:
        return []
    return [load(p) for p in sorted(directory.glob("*.jsonl"))]
