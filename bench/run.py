"""amikit's benchmark suite: ``python bench/run.py`` (``make bench``).

For each run, each scenario gets a fresh bench server (``bench/server.py``, its own
process) and every client runs it in its own process (``bench/client.py``): RAW and
amikit's clients on this interpreter, the peers on ``bench/.venv-peers``
(``bench/peers.py`` makes it).  Scenarios:

* ``flood``   events/s from the first event to the N-th, delivered to a callback that
  reads ``Uniqueid``; the server floods N realistic Asterisk 20 events;
* ``ping``    sequential Ping round trips per second;
* ``list``    seconds for a CoreShowChannels list of 5,000 entries (median of 3 in-process);
* ``slow``    RSS at start and end of a flood whose callback takes 1 ms per event;
* ``many``    one asyncio process: 1,000 logged-in connections, then a Ping on each;
* ``parser``  the parser alone on recorded bytes (``bench/parser_bench.py``).

amikit runs twice in each run, taking turns: from the source (pure Python) and, with
``--compiled DIR`` (``make bench`` passes ``build/compiled``, the unpacked compiled wheel
``make compiled-tree`` makes), compiled by mypyc: the ``@compiled`` rows.

Prints the table of medians and ratios to RAW, and writes ``bench/results/latest.json``
(and ``latest.md``).  ``--quick`` is a smoke run with small counts; ``--only raw,ours_sync``
limits the clients; ``--scenarios flood,ping`` the scenarios; ``--update-docs`` rewrites
the table in ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import peers  # noqa: E402
import report  # noqa: E402

SCENARIOS = ["flood", "ping", "list", "slow", "many", "parser"]
OURS = ("raw", "raw_async", "raw_uvloop", "ours_sync", "ours_async", "ours_uvloop")
#: Suffix of a client run on the compiled build (``ours_sync@compiled``).
COMPILED = "@compiled"

FULL = {
    "events": 200_000,
    "cap": 60.0,
    "ping_seconds": 3.0,
    "list_size": 5000,
    "list_reps": 3,
    "slow_events": 200_000,
    "slow_seconds": 5.0,
    "slow_delay": 0.001,
    "conns": 1000,
    "parser_mb": 50.0,
}
QUICK = {
    "events": 5000,
    "cap": 10.0,
    "ping_seconds": 0.3,
    "list_size": 500,
    "list_reps": 1,
    "slow_events": 2000,
    "slow_seconds": 0.5,
    "slow_delay": 0.001,
    "conns": 50,
    "parser_mb": 1.0,
}
DOCS = REPO / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def our_env(tree: Path | None = None) -> dict[str, str]:
    """Environment for our clients: this checkout's source, or ``tree`` (compiled) first."""
    env = dict(os.environ)
    env.pop("AMI_PURE_PYTHON", None)
    env.pop("AMI_BENCH_TREE", None)
    if tree is None:
        paths = [str(REPO / "runtime"), str(REPO / "generated"), str(REPO)]
    else:
        paths = [str(tree), str(REPO)]
        env["AMI_BENCH_TREE"] = str(tree)
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def add_build_options(parser: argparse.ArgumentParser) -> None:
    """``--compiled`` and ``--against``, as the CPU scripts take them (see :func:`builds`)."""
    parser.add_argument("--compiled", type=Path, help="the unpacked compiled wheel")
    parser.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        help="another tree holding ami and ami_runtime (an older checkout's, or its "
        "unpacked compiled wheel), measured in turn with the others",
    )


def builds(args: argparse.Namespace) -> dict[str, Path | None]:
    """The builds those options name: ``pure`` (this checkout), ``compiled``, then each
    ``--against`` tree under its path, each with the tree :func:`child_json` runs."""
    out: dict[str, Path | None] = {"pure": None}
    if args.compiled:
        out["compiled"] = args.compiled.resolve()
    for tree in args.against:
        out[str(tree)] = tree.resolve()
    return out


def child_json(tree: Path | None, module: str, call: str) -> Any:
    """``module.call`` (a call in source text) evaluated in a fresh interpreter on ``tree``
    (or this checkout's source), as :func:`our_env` lays out: the JSON it printed.  The
    CPU scripts (``engine_cpu``, ``ping_cpu``, ``async_ping_cpu``) measure each build so."""
    code = (
        f"import json, sys; sys.path.insert(0, {str(HERE)!r}); import {module}; "
        f"print(json.dumps({module}.{call}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=our_env(tree), capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.splitlines()[-1])


def check_build(client: str, r: dict[str, Any]) -> dict[str, Any]:
    """A compiled row that ran pure Python (or the reverse) is an error, not a number."""
    want = client.endswith(COMPILED)
    if "compiled" in r and r["compiled"] is not want:
        return {"error": f"ran the {'pure' if want else 'compiled'} build"}
    return r


def peer_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env


def start_server(flood_events: int, list_size: int) -> tuple[subprocess.Popen[str], int]:
    cmd = [sys.executable, str(HERE / "server.py"), "--flood-events", str(flood_events)]
    cmd += ["--list-size", str(list_size)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=our_env())
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"bench server did not start: {line!r}")
    return proc, int(line.split()[1])


def stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def last_result(out: str, err: str, code: int) -> dict[str, Any]:
    for line in reversed(out.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    tail = " | ".join(err.strip().splitlines()[-3:])
    return {"error": f"no result (exit {code}): {tail}"}


def run_process(cmd: list[str], env: dict[str, str], timeout: float) -> dict[str, Any]:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    return last_result(proc.stdout, proc.stderr, proc.returncode)


def client_args(scenario: str, s: dict[str, Any]) -> tuple[list[str], float]:
    """Command-line options for one scenario, and the process's time limit."""
    if scenario == "flood":
        return ["--events", str(s["events"]), "--cap", str(s["cap"])], s["cap"] + 60
    if scenario == "slow":
        opts = ["--events", str(s["slow_events"]), "--cap", str(s["cap"])]
        opts += ["--slow-seconds", str(s["slow_seconds"]), "--slow-delay", str(s["slow_delay"])]
        return opts, s["slow_seconds"] + s["cap"] + 60
    if scenario == "ping":
        return ["--ping-seconds", str(s["ping_seconds"])], s["ping_seconds"] + 60
    if scenario == "list":
        return ["--list-size", str(s["list_size"]), "--list-reps", str(s["list_reps"])], 180
    return ["--conns", str(s["conns"])], 180


def describe(scenario: str, r: dict[str, Any]) -> str:
    if "na" in r:
        return f"n/a: {r['na']}"
    if "error" in r:
        return f"ERROR: {r['error']}"
    keys = {
        "flood": ("events_per_s", "events/s"),
        "ping": ("pings_per_s", "pings/s"),
        "list": ("list_s", "s"),
        "many": ("many_s", "s"),
        "slow": ("rss_end_mb", "MB at end"),
    }
    key, unit = keys[scenario]
    return f"{r[key]:,.3f} {unit}"


def run_scenario(
    scenario: str,
    clients: list[str],
    pythons: dict[str, Any],
    s: dict[str, Any],
    tree: Path | None,
) -> dict[str, dict[str, Any]]:
    events = s["slow_events"] if scenario == "slow" else s["events"]
    server, port = start_server(events, s["list_size"])
    out: dict[str, dict[str, Any]] = {}
    try:
        opts, timeout = client_args(scenario, s)
        for client in clients:
            python = pythons[client]
            if isinstance(python, str) and python.startswith("n/a"):
                out[client] = {"na": python[5:]}
            else:
                adapter = client.removesuffix(COMPILED)
                compiled = client.endswith(COMPILED)
                env = our_env(tree if compiled else None) if adapter in OURS else peer_env()
                cmd = [str(python), str(HERE / "client.py"), adapter, scenario]
                cmd += ["--port", str(port), *opts]
                out[client] = check_build(client, run_process(cmd, env, timeout))
            log(f"  {scenario:<6} {client:<13} {describe(scenario, out[client])}")
    finally:
        stop(server)
    return out


def run_parser(s: dict[str, Any], tree: Path | None) -> dict[str, dict[str, Any]]:
    """The parser bench: our variants on the source and (with ``tree``) on the compiled
    build, each build in its own process, between two processes running RAW's loop alone.

    RAW runs apart because its figure depends on what ran before it in the process: after
    our variants its allocator has warm arenas of the sizes it needs, and it measured
    4-10 % faster there (more after the compiled build's variants than the pure one's)
    than on its own, as it runs in a real client; ours measure the same alone or after
    the others.  Both builds' rows divide by the faster of RAW's two processes, one before
    and one after theirs, so that a change of load during the run does not favour ours."""
    cmd = [sys.executable, str(HERE / "parser_bench.py"), "--mb", str(s["parser_mb"])]
    raw_cmd = [*cmd, "--variants", "raw"]
    before = run_process(raw_cmd, our_env(None), 600)
    out: dict[str, dict[str, Any]] = {}
    for key, where in (("parser", None), ("parser" + COMPILED, tree)):
        if key.endswith(COMPILED) and where is None:
            continue
        if "raw" not in before:
            out[key] = before  # its error or n/a, for every row
            continue
        ours = ["--variants", "ours,ours_touch,framing"]
        out[key] = check_build(key, run_process([*cmd, *ours], our_env(where), 600))
    if "raw" in before:
        after = run_process(raw_cmd, our_env(None), 600)
        raw = max((r for r in (before, after) if "raw" in r), key=lambda r: float(r["raw"]["mb_s"]))
        for key, r in out.items():
            if "ours" in r:
                out[key] = {**r, "raw": raw["raw"]}
                mb_s = raw["raw"]["mb_s"], r["ours"]["mb_s"]
                log(f"  {key:<16} RAW {mb_s[0]:.1f} MB/s, ours {mb_s[1]:.1f} MB/s")
            else:
                log(f"  {key} {r}")
    return out


def interpreters(clients: list[str], no_peers: bool) -> dict[str, Any]:
    """Which python runs each client ("n/a: reason" when none can)."""
    out: dict[str, Any] = {c: sys.executable for c in clients if c.removesuffix(COMPILED) in OURS}
    wanted = [c for c in clients if c not in out]
    if not wanted:
        return out
    if no_peers:
        return {**out, **{c: "n/a: peers skipped (--no-peers)" for c in wanted}}
    try:
        python = peers.ensure(log=log)
    except (peers.PeerSetupError, OSError, subprocess.SubprocessError) as exc:
        return {**out, **{c: f"n/a: peer virtualenv failed: {exc}" for c in wanted}}
    return {**out, **{c: python for c in wanted}}


def meta(args: argparse.Namespace, s: dict[str, Any], clients: list[str]) -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "commit": commit,
        "runs": args.runs,
        "quick": args.quick,
        "clients": clients,
        "settings": s,
    }


def update_docs(md: str) -> None:
    text = DOCS.read_text() if DOCS.exists() else ""
    if BEGIN not in text or END not in text:
        log(f"{DOCS}: no {BEGIN} ... {END} block; not updated")
        return
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOCS.write_text(f"{head}{BEGIN}\n{md}\n{END}{tail}")
    log(f"updated {DOCS}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, help="runs per measurement (default 5; 1 with --quick)")
    p.add_argument("--quick", action="store_true", help="small counts: a smoke run")
    p.add_argument("--only", help=f"comma-separated clients (of {','.join(report.CLIENTS)})")
    p.add_argument("--scenarios", help=f"comma-separated (of {','.join(SCENARIOS)})")
    p.add_argument("--events", type=int, help="flood size (default 200000)")
    p.add_argument("--no-peers", action="store_true", help="do not build the peers' venv")
    p.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    p.add_argument("--update-docs", action="store_true", help="rewrite docs/performance.md")
    p.add_argument(
        "--compiled",
        type=Path,
        metavar="DIR",
        help="the unpacked compiled wheel (make compiled-tree: build/compiled): adds the "
        "@compiled rows",
    )
    args = p.parse_args(argv)
    if args.runs is None:
        args.runs = 1 if args.quick else 5
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    s = dict(QUICK if args.quick else FULL)
    if args.events:
        s["events"] = args.events
    clients = args.only.split(",") if args.only else list(report.CLIENTS)
    if args.compiled is None:
        clients = [c for c in clients if not c.endswith(COMPILED)]
    elif not (args.compiled / "ami_runtime").is_dir():
        log(f"--compiled {args.compiled}: no ami_runtime there (make compiled-tree)")
        return 2
    scenarios = args.scenarios.split(",") if args.scenarios else list(SCENARIOS)
    unknown = set(clients) - set(report.CLIENTS) | set(scenarios) - set(SCENARIOS)
    if unknown:
        log(f"unknown client/scenario: {', '.join(sorted(unknown))}")
        return 2
    pythons = interpreters(clients, args.no_peers)
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    started = time.perf_counter()
    for run in range(args.runs):
        log(f"run {run + 1}/{args.runs}")
        for scenario in scenarios:
            if scenario == "parser":
                got = run_parser(s, args.compiled)
            else:
                got = run_scenario(scenario, clients, pythons, s, args.compiled)
            for client, r in got.items():
                results.setdefault(scenario, {}).setdefault(client, []).append(r)
    summary = report.summarize(results, args.runs, s)
    info = meta(args, s, clients)
    info["seconds"] = round(time.perf_counter() - started, 1)
    title = (
        f"amikit bench, {info['date']}, commit {info['commit'] or '?'}: medians of "
        f"{args.runs} run(s){' (--quick)' if args.quick else ''}; Python {info['python']}, "
        f"{info['cpus']} CPUs ({info['cpu'] or 'unknown CPU'})"
    )
    print(report.text(summary, title))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    doc = {"meta": info, "summary": summary, "targets": report.targets(summary)}
    doc["results"] = results
    args.out.write_text(json.dumps(doc, indent=2) + "\n")
    md = report.markdown(summary, title)
    args.out.with_suffix(".md").write_text(md + "\n")
    log(f"wrote {args.out} and {args.out.with_suffix('.md')}")
    if args.update_docs:
        update_docs(md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
