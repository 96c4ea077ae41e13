"""The live suite's machinery without a server: its absence, and spec/verified.yaml.

``tests/live/`` needs the real servers of ``shared/asterisk/``; here it runs as a clone
without them does (``AMI_ASTERISK_DIR=``), and the logic that keeps ``spec/verified.yaml``
in step with what the live suite confirmed is checked on made-up records.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import verified as v
from codegen.catalogue import CatalogueError, load
from tests.asterisk_server import asterisk_dir
from tests.live import verified as live

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "codegen" / "fixtures" / "good"


def test_without_shared_asterisk_the_live_suite_is_skipped_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "AMI_ASTERISK_DIR": "", "AMI_LIVE_RECORD": str(tmp_path / "r.json")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/live", "-q", "-rN", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    skip = "live suite skipped: no shared/asterisk/ on this machine (see docs/live-tests.md)"
    assert lines.count(skip) == 1, run.stdout
    assert "passed" not in run.stdout and "skipped" in lines[-1]
    assert not (tmp_path / "r.json").exists()  # nothing ran, nothing recorded


FILE: v.Verified = {
    "actions": {"Ping": ("20", "22"), "Login": ("20", "22", "23"), "Gone": ("20",)},
    "events": {"FullyBooted": ("22",)},
}


def test_a_run_rewrites_only_the_versions_it_covered() -> None:
    run: v.Verified = {"actions": {"Ping": ("23",), "Login": ("23",)}, "events": {}}
    merged = v.merge(FILE, run, ["23"])
    assert merged["actions"] == {
        "Gone": ("20",),
        "Login": ("20", "22", "23"),
        "Ping": ("20", "22", "23"),
    }
    assert merged["events"] == {"FullyBooted": ("22",)}  # 22 was not run: kept


def test_a_name_no_longer_confirmed_loses_that_version_and_vanishes_when_none_is_left() -> None:
    run: v.Verified = {"actions": {"Login": ("20",)}, "events": {}}
    merged = v.merge(FILE, run, ["20"])
    assert "Gone" not in merged["actions"]
    assert merged["actions"]["Ping"] == ("22",)
    assert merged["actions"]["Login"] == ("20", "22", "23")


def test_compare_names_each_difference_for_the_versions_run_only() -> None:
    run: v.Verified = {"actions": {"Ping": ("22", "23"), "Login": ("22",)}, "events": {}}
    found = v.compare(FILE, run, ["22"])
    assert [str(d) for d in found] == [
        "Asterisk 22: event FullyBooted in the file, not confirmed",
    ]
    found = v.compare(FILE, run, ["23"])
    assert {str(d) for d in found} == {
        "Asterisk 23: action Ping confirmed, not in the file",
        "Asterisk 23: action Login in the file, not confirmed",
    }
    merged = v.merge(FILE, run, ["22", "23"])
    assert v.compare(merged, run, ["22", "23"]) == []  # refreshed: nothing stale for them
    assert v.compare(merged, run, ["20"]) == [  # 20 was not run: its column stays as it was
        v.Difference("20", "actions", "Gone", False),
        v.Difference("20", "actions", "Login", False),
        v.Difference("20", "actions", "Ping", False),
    ]


def test_a_partial_run_only_finds_what_the_file_lacks() -> None:
    run: v.Verified = {"actions": {"Ping": ("23",)}, "events": {}}
    found = v.compare(FILE, run, ["23"], complete=False)
    assert [str(d) for d in found] == ["Asterisk 23: action Ping confirmed, not in the file"]


def test_render_is_stable_and_reads_back(tmp_path: Path) -> None:
    text = v.render(FILE)
    assert text == v.render(v.merge(FILE, {"actions": {}, "events": {}}, []))
    path = tmp_path / "verified.yaml"
    path.write_text(text)
    assert v.load_verified(path) == {k: dict(sorted(t.items())) for k, t in FILE.items()}
    assert v.render(v.empty()).endswith("actions: {}\nevents: {}\n")


def test_the_command_rewrites_checks_and_refuses_a_partial_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "verified.yaml").write_text(v.render(FILE))
    records = tmp_path / "run.json"
    data = {"action": {"Ping": ["23"]}, "event": {}, "versions": ["23"], "complete": True}
    records.write_text(json.dumps(data))
    assert v.main([str(records), "--spec", str(spec), "--check"]) == 1
    err = capsys.readouterr().err
    assert "action Ping confirmed, not in the file" in err and "make live-verified" in err
    assert v.main([str(records), "--spec", str(spec)]) == 0
    assert v.load_verified(spec / "verified.yaml")["actions"]["Ping"] == ("20", "22", "23")
    assert v.main([str(records), "--spec", str(spec), "--check"]) == 0
    records.write_text(json.dumps({**data, "complete": False}))
    assert v.main([str(records), "--spec", str(spec)]) == 2
    assert "refusing" in capsys.readouterr().err


def test_the_live_records_are_dumped_with_the_versions_and_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Records of its own: the live tests of this session keep theirs.
    monkeypatch.setattr(live, "_RECORDS", {"action": {}, "event": {}})
    live.record("action", "Ping", "23")
    live.record("event", "FullyBooted", "23")
    with pytest.raises(ValueError, match="kind"):
        live.record("actions", "Ping", "23")  # type: ignore[arg-type]
    path = live.dump(tmp_path / "r.json", versions=["23"], complete=False)
    data = json.loads(path.read_text())
    assert data["versions"] == ["23"] and data["complete"] is False
    assert data["action"] == {"Ping": ["23"]}
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "verified.yaml").write_text(v.render(FILE))
    assert live.stale(["23"], complete=False, spec_dir=spec) == [
        "Asterisk 23: action Ping confirmed, not in the file",
        "Asterisk 23: event FullyBooted confirmed, not in the file",
    ]


def test_the_generator_refuses_a_name_the_catalogue_lacks(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    subprocess.run(["cp", "-r", str(GOOD), str(spec)], check=True)
    (spec / "verified.yaml").write_text(
        v.render({"actions": {"NoSuchAction": ("23",)}, "events": {"NoSuchEvent": ("23",)}})
    )
    with pytest.raises(CatalogueError) as err:
        load(spec)
    assert [p.split(";")[0] for p in err.value.problems] == [
        "verified.yaml: actions.NoSuchAction: no such action class (ami.core name) in the "
        "catalogue",
        "verified.yaml: events.NoSuchEvent: no such event (AMI event name) in the catalogue",
    ]
    assert all("make live-verified" in p for p in err.value.problems)


@pytest.mark.live
@pytest.mark.skipif(asterisk_dir() is None, reason="no shared/asterisk/ on this machine")
def test_a_live_run_fails_when_the_catalogue_lacks_what_it_confirmed(tmp_path: Path) -> None:
    """The real hooks of tests/live/conftest.py, on a real 23: one test, one server."""
    empty = tmp_path / "verified.yaml"
    empty.write_text(v.render(v.empty()))
    env = {
        **os.environ,
        "AMI_LIVE_VERSIONS": "23",
        "AMI_VERIFIED_FILE": str(empty),
        "AMI_LIVE_RECORD": str(tmp_path / "r.json"),
    }
    env.pop("AMI_LIVE_VERIFIED", None)
    test = "tests/live/test_listcommands.py::test_listcommands_matches_the_catalogue"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", test, "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "1 passed" in run.stdout  # the test passed: the catalogue check failed the run
    assert "Asterisk 23: action ListCommands confirmed, not in the file" in run.stdout
    assert "run 'make live-verified'" in run.stdout
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["versions"] == ["23"] and data["complete"] is False
    assert "ListCommands" in data["action"]
