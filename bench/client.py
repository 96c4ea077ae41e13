"""One client, one scenario, one process: ``python bench/client.py CLIENT SCENARIO --port N``.

``CLIENT`` names a module in ``bench/adapters/``; ``SCENARIO`` is ``flood``, ``ping``,
``list``, ``slow`` or ``many``, each a function of that module (``list`` is ``channels``),
plain or ``async``.  The last line
printed is ``RESULT {json}``: the measurements, or ``{"na": reason}`` when the client
cannot run the scenario (not importable, unsupported), or ``{"error": ...}`` when it
failed.  The process then ends with ``os._exit`` so that no library thread can keep it
alive.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import os
import sys
import traceback

from harness import Ctx, NotAvailable, raise_fd_limit

#: Scenario -> adapter function, where the scenario's name would shadow a builtin.
FUNCTIONS = {"list": "channels"}


def parse(argv: list[str] | None) -> tuple[argparse.Namespace, Ctx]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("client")
    p.add_argument("scenario")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--events", type=int, default=200_000)
    p.add_argument("--cap", type=float, default=60.0)
    p.add_argument("--ping-seconds", type=float, default=3.0)
    p.add_argument("--ping-max", type=int, default=1_000_000)
    p.add_argument("--list-size", type=int, default=5000)
    p.add_argument("--list-reps", type=int, default=3)
    p.add_argument("--slow-seconds", type=float, default=5.0)
    p.add_argument("--slow-delay", type=float, default=0.001)
    p.add_argument("--conns", type=int, default=1000)
    a = p.parse_args(argv)
    ctx = Ctx(
        host=a.host,
        port=a.port,
        events=a.events,
        cap=a.cap,
        ping_seconds=a.ping_seconds,
        ping_max=a.ping_max,
        list_size=a.list_size,
        list_reps=a.list_reps,
        slow_seconds=a.slow_seconds,
        slow_delay=a.slow_delay,
        conns=a.conns,
    )
    return a, ctx


def run(client: str, scenario: str, ctx: Ctx) -> dict[str, object]:
    try:
        module = importlib.import_module(f"adapters.{client}")
    except ImportError as exc:
        return {"na": f"cannot import adapter/library: {exc}"}
    unsupported = getattr(module, "UNSUPPORTED", {})
    if scenario in unsupported:
        return {"na": unsupported[scenario]}
    fn = getattr(module, FUNCTIONS.get(scenario, scenario), None)
    if fn is None:
        return {"na": f"scenario {scenario!r} not implemented for {client}"}
    try:
        if inspect.iscoroutinefunction(fn):
            return asyncio.run(fn(ctx))
        return fn(ctx)
    except NotAvailable as exc:
        return {"na": str(exc)}
    except ImportError as exc:
        return {"na": f"not importable: {exc}"}
    except Exception as exc:
        tb = traceback.format_exc().strip().splitlines()
        return {"error": f"{type(exc).__name__}: {exc}", "traceback": tb[-6:]}


def main(argv: list[str] | None = None) -> None:
    args, ctx = parse(argv)
    raise_fd_limit()
    result = run(args.client, args.scenario, ctx)
    runtime = sys.modules.get("ami_runtime")
    if runtime is not None:  # which build of amikit ran (bench/run.py checks it)
        result["compiled"] = bool(getattr(runtime, "__compiled__", False))
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
