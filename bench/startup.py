"""Start-up time: ``import ami`` and ``ami action Ping``, each in a fresh interpreter.

    python3 bench/startup.py                      # this tree, 21 runs each
    python3 bench/startup.py --against /tmp/old   # and another checkout, taking turns
    python3 bench/startup.py --against build/compiled   # and the unpacked compiled wheel
    python3 bench/startup.py --python /tmp/venv/bin/python   # another interpreter

Each sample is one new process (``python -c "import ami"``; ``python -m ami action Ping``
against the embedded simulator, started once in this process); the figures are the median
wall time and, in brackets, the median CPU time (user + system, which moves less on a busy
machine), with bytecode cached as after ``pip install`` (a first untimed run writes
it, whatever ``PYTHONDONTWRITEBYTECODE`` says).  Trees are put on ``PYTHONPATH``
(``generated/`` and ``runtime/``) and run by this interpreter (or ``--python``'s), so an
editable install's import hook is not in the figures; the trees take turns so a busy
machine slows them alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
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


def _once(python: str, tree: Path, argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one fresh process."""
    env = {**env, "PYTHONPATH": os.pathsep.join(_paths(tree))}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([python, *argv], env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--against", type=Path, action="append", default=[], metavar="TREE")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the interpreter the fresh processes run (default: this one); a bare venv "
        "keeps site-packages' .pth hooks out of the figures",
    )
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
    Key = tuple[str, Path]
    walls: dict[Key, list[float]] = {(c, t): [] for c in commands for t in trees}
    cpus: dict[Key, list[float]] = {(c, t): [] for c in commands for t in trees}
    for argv in commands.values():
        for tree in trees:
            _once(args.python, tree, argv, env)
    for _ in range(args.runs):
        for command, argv in commands.items():
            for tree in trees:
                wall, cpu = _once(args.python, tree, argv, env)
                walls[(command, tree)].append(wall)
                cpus[(command, tree)].append(cpu)
    print(f"medians of {args.runs} fresh processes each, ms: wall (CPU), {args.python}")
    for command in commands:
        cells = [
            f"{statistics.median(walls[(command, t)]) * 1000:6.1f}"
            f" ({statistics.median(cpus[(command, t)]) * 1000:5.1f})"
            for t in trees
        ]
        pairs = zip(cells, trees, strict=True)
        print(f"{command:16} " + "  ".join(f"{c} [{t}]" for c, t in pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
