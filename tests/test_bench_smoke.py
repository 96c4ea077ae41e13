"""The benchmark suite still runs: ``bench/run.py --quick --only raw`` end to end.

No timing assertions (speed is measured by ``make bench``, never by a test): only that
the harness, the bench server and the RAW client work together and write the JSON the
table comes from.  About 4 s: one bench server per scenario, one client process each.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_quick_raw_run_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "latest.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--quick",
            "--only",
            "raw",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    doc = json.loads(out.read_text())
    results = doc["results"]
    assert set(results) == {"flood", "ping", "list", "slow", "many", "parser"}
    flood = results["flood"]["raw"][0]
    # The server sends exactly --events events and RAW must have seen every one.
    assert flood["events"] == doc["meta"]["settings"]["events"]
    assert flood["complete"] is True
    assert results["list"]["raw"][0]["items"] == doc["meta"]["settings"]["list_size"]
    assert results["many"]["raw"][0]["conns"] == doc["meta"]["settings"]["conns"]
    assert results["ping"]["raw"][0]["pings"] > 0
    assert "raw" in doc["summary"]["clients"]
    # The parser bench needs shared/transcripts; without them it says n/a, never fails.
    parser = results["parser"]["parser"][0]
    assert "error" not in parser, parser
    assert out.with_suffix(".md").exists()
    assert "RAW (stdlib loop)" in proc.stdout


def test_quick_run_of_our_clients_on_each_build(tmp_path: Path) -> None:
    """Our clients on the source; with AMI_BENCH_COMPILED (make test-compiled: the
    unpacked compiled wheel), on the compiled build too, each row checked to have run
    the build it names."""
    out = tmp_path / "latest.json"
    clients = ["ours_sync", "ours_async"]
    cmd = [sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--no-peers"]
    compiled = os.environ.get("AMI_BENCH_COMPILED")
    if compiled:
        clients += ["ours_sync@compiled", "ours_async@compiled"]
        cmd += ["--compiled", str(Path(compiled).resolve())]
    cmd += ["--only", ",".join(clients), "--scenarios", "flood,ping,parser", "--out", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = json.loads(out.read_text())["results"]
    for client in clients:
        for scenario in ("flood", "ping"):
            run = results[scenario][client][0]
            assert "error" not in run and "na" not in run, (client, scenario, run)
            assert run["compiled"] is client.endswith("@compiled")
    assert results["flood"]["ours_sync"][0]["complete"] is True
    parsers = results["parser"]
    assert set(parsers) == ({"parser", "parser@compiled"} if compiled else {"parser"})
    assert all("error" not in runs[0] for runs in parsers.values()), parsers
