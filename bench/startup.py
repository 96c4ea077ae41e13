"""Start-up time: ``import ami`` and ``ami action Ping``, each in a fresh interpreter.

    python3 bench/startup.py                      # this tree, 21 runs each
    python3 bench/startup.py --against /tmp/old   # and another checkout, taking turns
    python3 bench/startup.py --against build/compiled   # and the unpacked compiled wheel

Each sample is one new process (``python -c "import ami"``; ``python -m ami action Ping``
against the embedded simulator, started once in this process); the figure is the median
wall time, with bytecode cached as after ``pip install`` (a first untimed run writes
it, whatever ``PYTHONDONTWRITEBYTECODE`` says).  Trees are put on ``PYTHONPATH``
(``generated/`` and ``runtime/``) and run by this interpreter, so an editable install's
import hook is not in the figures; the trees take turns so a busy machine slows them alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime")]


def _simulator() -> int:
    """Start the embedded simulator on a free port in a daemon thread; its port."""
    from ami_runtime.simulator import Simulator

    ready = threading.Event()
    port: list[int] = []

    async def serve() -> None:
        sim = Simulator(port=0)
        await sim.start()
        port.append(sim.port)
        ready.set()
        await asyncio.Event().wait()  # until the process ends

    threading.Thread(target=asyncio.run, args=(serve(),), daemon=True).start()
    if not ready.wait(10):
        raise SystemExit("the simulator did not start")
    return port[0]


def _paths(tree: Path) -> list[str]:
    """A checkout (``generated/`` and ``runtime/``) or an unpacked wheel (``ami/`` at top)."""
    if (tree / "generated").is_dir():
        return [str(tree / "generated"), str(tree / "runtime")]
    return [str(tree)]


def _once(tree: Path, argv: list[str], env: dict[str, str]) -> float:
    env = {**env, "PYTHONPATH": os.pathsep.join(_paths(tree))}
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--against", type=Path, action="append", default=[], metavar="TREE")
    args = parser.parse_args()
    port = _simulator()
    env = {
        **os.environ,
        "AMI_HOST": "127.0.0.1",
        "AMI_PORT": str(port),
        "AMI_USERNAME": "admin",
        "AMI_SECRET": "adminsecret",
    }
    env.pop("PYTHONPATH", None)
    # As installed: bytecode cached (pip compiles it); a first untimed run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    commands = {
        "import ami": ["-c", "import ami"],
        "ami action Ping": ["-m", "ami", "action", "Ping"],
        "python -c pass": ["-c", "pass"],
    }
    trees = [ROOT, *args.against]
    samples: dict[tuple[str, Path], list[float]] = {(c, t): [] for c in commands for t in trees}
    for argv in commands.values():
        for tree in trees:
            _once(tree, argv, env)
    for _ in range(args.runs):
        for command, argv in commands.items():
            for tree in trees:
                samples[(command, tree)].append(_once(tree, argv, env))
    print(f"medians of {args.runs} fresh processes each (ms), {sys.version.split()[0]}")
    for command in commands:
        cells = [f"{statistics.median(samples[(command, t)]) * 1000:7.1f}" for t in trees]
        pairs = zip(cells, trees, strict=True)
        print(f"{command:18} " + "  ".join(f"{c} ({t})" for c, t in pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
