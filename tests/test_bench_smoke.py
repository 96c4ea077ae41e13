"""The benchmark suite still runs: ``bench/run.py --quick --only raw`` end to end.

No timing assertions (speed is measured by ``make bench``, never by a test): only that
the harness, the bench server and the RAW client work together and write the JSON the
table comes from.  About 4 s: one bench server per scenario, one client process each.
"""

from __future__ import annotations

import json
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
