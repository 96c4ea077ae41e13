"""The importer: Asterisk's XML docs -> spec/imported/, and the catalogue's coverage.

Two parts.  A small synthetic doc set (two versions, xi:include, several event
instances, a removal, a curated action) checks the importer's rules one by one.  Then the
real docs in shared/asterisk-docs/: every documented action and event of 20 and 22 is
in the generated package (coverage printed), spec/imported/ is what the importer writes
today, and each action's SINCE/REMOVED agree with which docs describe it.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from ami.actions import ACTIONS, ACTIONS_BY_NAME
from ami.events import EVENTS
from ami_runtime.versions import supports

from codegen.catalogue import load
from codegen.import_docs import OUTPUTS, build, coverage, load_sources, main
from codegen.import_hints import ImporterError, shared_dir
from codegen.xmldocs import XmlDocsError, read_docs
from tests.transcripts import shared_dir as find_shared

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec"
SHARED = find_shared() or shared_dir()  # $AMI_SHARED_DIR, beside the clone, /work/shared
HAVE_DOCS = all(
    (SHARED / f"asterisk-docs/{v}/core-en_US.xml").is_file() for v in ("20", "22", "23")
)
needs_docs = pytest.mark.skipif(not HAVE_DOCS, reason="shared/asterisk-docs not present")

DOCS_FIXTURE = ROOT / "tests" / "codegen" / "fixtures" / "docs" / "frob.xml"
_ONLY_20 = re.compile(r"<!-- only20 -->.*?<!-- /only20 -->", re.S)
_CURATED = """
format: 1
actions:
  - action: Login
    module: manager
    privilege: []
    doc: Log in.
    result: {kind: plain}
    fields:
      - {key: Username, doc: "Who."}
    example:
      wire: []
"""


def _docs(body: str) -> str:
    return (
        f'<?xml version="1.0"?>\n<docs xmlns:xi="http://www.w3.org/2001/XInclude">{body}</docs>\n'
    )


def _fixture(tmp_path: Path, privileges: bool = True) -> tuple[Path, Path]:
    """A shared dir (docs 20 and 22, ListCommands of 22) and a spec dir with hints."""
    shared, spec = tmp_path / "shared", tmp_path / "spec"
    full = DOCS_FIXTURE.read_text(encoding="utf-8")
    for version, text in (("20", full), ("22", _ONLY_20.sub("", full))):
        (shared / version).mkdir(parents=True)
        (shared / version / "core.xml").write_text(text)
    chunk = {"dir": "s2c", "t": 0, "data": "Frobnicate: Frobnicate a channel  (Priv: call,all)\r\n"}
    (shared / "lc22.jsonl").write_text(json.dumps(chunk) + "\n")
    spec.mkdir()
    (spec / "actions.yaml").write_text(_CURATED)
    shutil.copy(SPEC / "events.yaml", spec / "events.yaml")
    hints: dict[str, Any] = {
        "format": 1,
        "versions": [
            {"version": "20", "docs": "20/core.xml"},
            {"version": "22", "docs": "22/core.xml", "listcommands": "lc22.jsonl"},
        ],
        "modules": {"builtin": "manager", "func_frob": "app_frob"},
        "removed": {"modules": {"chan_old": "21"}},
        "int_keys": ["Cause"],
    }
    if privileges:
        hints["privileges"] = [
            {"action": "ListFrobs", "classes": ["reporting"], "source": "app_frob.c"},
            {"action": "OldThing", "classes": ["system"], "source": "chan_old.c"},
        ]
    (spec / "import-hints.yaml").write_text(yaml.safe_dump(hints))
    return shared, spec


def _entries(text: str, key: str) -> dict[str, dict[str, Any]]:
    doc = yaml.safe_load(text)
    return {e["action" if key == "actions" else "event"]: e for e in doc[key]}


def test_importer_turns_docs_into_entries(tmp_path: Path) -> None:
    shared, spec = _fixture(tmp_path)
    result = build(load_sources(spec, shared), spec)
    assert result.problems == []
    actions = _entries(result.files["imported/actions.yaml"], "actions")
    assert set(actions) == {"Frobnicate", "ListFrobs", "OldThing"}  # Login is curated
    frob = actions["Frobnicate"]
    assert frob["privilege"] == ["call"]
    assert frob["privilege_source"] == "ListCommands of Asterisk 22"
    assert (frob["since"], frob["since_releases"]) == ("18.20.0", ["18.20.0", "20.5.0"])
    assert frob["doc"] == "Frobnicate a channel."
    assert [f["key"] for f in frob["fields"]] == ["Channel", "Mode", "Variable"]
    assert frob["wire_order"] == ["Mode", "Channel", "Variable"]  # documented order
    assert frob["fields"][0] == {"key": "Channel", "required": True, "doc": "The channel."}
    assert frob["fields"][1]["doc"] == "How."
    assert frob["fields"][1]["values"] == ["fast", "slow"]  # checked before sending
    assert frob["fields"][1]["keyword_only"] is True
    assert frob["fields"][2]["type"] == "variables"
    assert frob["events"] == ["Frobnicated"]
    listed = actions["ListFrobs"]["result"]
    assert listed == {"kind": "list", "items": ["FrobEntry"], "complete": "FrobsComplete"}
    old = actions["OldThing"]
    assert (old["removed"], old["documented"], old["privilege"]) == ("21", ["20"], ["system"])


def test_a_listcommands_recorded_into_the_spec_gives_privileges_and_its_hint_is_unused(
    tmp_path: Path,
) -> None:
    """``./`` paths are in the spec directory (spec/recorded/, as Asterisk 23's is)."""
    shared, spec = _fixture(tmp_path)
    (spec / "recorded").mkdir()
    chunk = {
        "dir": "s2c",
        "t": 0,
        "data": "ListFrobs: List frobs  (Priv: system,reporting,all)\r\n",
    }
    (spec / "recorded" / "lc20.jsonl").write_text(json.dumps(chunk) + "\n")
    hints = yaml.safe_load((spec / "import-hints.yaml").read_text())
    hints["versions"][0]["listcommands"] = "./recorded/lc20.jsonl"
    (spec / "import-hints.yaml").write_text(yaml.safe_dump(hints))
    result = build(load_sources(spec, shared), spec)
    listed = _entries(result.files["imported/actions.yaml"], "actions")["ListFrobs"]
    assert listed["privilege"] == ["reporting", "system"]  # the recording, not the hint
    assert listed["privilege_source"] == "ListCommands of Asterisk 20"
    assert (
        "ListFrobs: import-hints.yaml privileges entry unused, ListCommands of 20 lists it"
        in result.actions.anomalies
    )


def test_importer_merges_event_instances_and_shares_snapshot_groups(tmp_path: Path) -> None:
    shared, spec = _fixture(tmp_path)
    files = build(load_sources(spec, shared), spec).files
    events = _entries(files["imported/events.yaml"], "events")
    frob = events["Frobnicated"]
    assert frob["module"] == "manager"  # the core's instance comes first
    assert frob["privilege"] == ["call", "dialplan"]
    assert frob["groups"] == [{"group": "channel"}, {"group": "channel", "prefix": "Dest"}]
    assert [f["key"] for f in frob["fields"]] == ["Cause", "Level", "Extra"]  # Channel: group's
    assert frob["fields"][0]["type"] == "int"  # int_keys
    level = {"key": "Level", "type": "int", "values": ["0", "1"], "doc": "The Level header."}
    assert frob["fields"][1] == level
    assert frob["notes"] == ["Also raised by func_frob: Raised by the function."]
    complete = events["FrobsComplete"]
    assert complete["groups"] == [{"group": "list_complete"}] and complete["fields"] == []
    assert [f["key"] for f in events["FrobEntry"]["fields"]] == ["Frob"]  # ActionID: Message's


def test_curated_entries_are_kept_and_differences_reported(tmp_path: Path) -> None:
    shared, spec = _fixture(tmp_path)
    result = build(load_sources(spec, shared), spec)
    assert result.actions.differences == [
        "Login (curated: Login): docs say Username is required; optional here",
        "Login (curated: Login): Login: since None; the docs say 1.0.0",
    ]
    report = result.files["imported/report.md"]
    assert "| 20 | 4/4 | 3/3 |" in report and "| 22 | 3/3 | 3/3 |" in report
    assert "docs say Username is required" in report


def test_output_is_deterministic_and_loads_as_a_catalogue(tmp_path: Path) -> None:
    shared, spec = _fixture(tmp_path)
    first = build(load_sources(spec, shared), spec).files
    assert build(load_sources(spec, shared), spec).files == first
    assert main(["--spec", str(spec), "--shared", str(shared)]) == 0
    assert {f"imported/{p.name}" for p in (spec / "imported").iterdir()} == set(OUTPUTS)
    assert main(["--spec", str(spec), "--shared", str(shared), "--check"]) == 0
    (spec / "imported" / "events.yaml").write_text("format: 1\nevents: []\n")
    assert main(["--spec", str(spec), "--shared", str(shared), "--check"]) == 1
    catalogue = load(spec)  # the importer's YAML is a valid catalogue
    classes = {a.class_name for a in catalogue.actions}
    assert classes == {"Login", "Frobnicate", "ListFrobs", "OldThing"}
    frob = next(a for a in catalogue.actions if a.class_name == "Frobnicate")
    assert frob.origin == "imported" and frob.since_releases == ("18.20.0", "20.5.0")


def test_an_undecided_fact_stops_the_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared, spec = _fixture(tmp_path, privileges=False)
    assert main(["--spec", str(spec), "--shared", str(shared)]) == 2
    err = capsys.readouterr().err
    assert "ListFrobs: no recorded ListCommands lists it" in err
    assert not (spec / "imported").exists()


def test_a_removal_without_a_decision_is_undecided(tmp_path: Path) -> None:
    shared, spec = _fixture(tmp_path)
    hints = yaml.safe_load((spec / "import-hints.yaml").read_text())
    del hints["removed"]
    (spec / "import-hints.yaml").write_text(yaml.safe_dump(hints))
    problems = build(load_sources(spec, shared), spec).problems
    assert problems == [
        "OldThing (chan_old): documented in 20, not in 22; say in import-hints.yaml "
        "(removed) which version first lacks it"
    ]


def test_one_more_version_on_the_command_line(tmp_path: Path) -> None:
    shared, spec = _fixture(tmp_path)
    newer = tmp_path / "23.xml"
    newer.write_text(
        _ONLY_20.sub("", DOCS_FIXTURE.read_text()).replace("List frobs.", "List the frobs.")
    )
    assert main([str(newer), "--version", "23", "--spec", str(spec), "--shared", str(shared)]) == 0
    actions = _entries((spec / "imported" / "actions.yaml").read_text(), "actions")
    assert actions["ListFrobs"]["documented"] == ["20", "22", "23"]
    assert actions["ListFrobs"]["doc"] == "List the frobs."  # the newest docs speak


def test_broken_inputs_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    include = '<xi:include xpointer="xpointer(/nope)"/>'
    bad.write_text(_docs(f'<manager name="X"><syntax>{include}</syntax></manager>'))
    with pytest.raises(XmlDocsError, match="outside /docs"):
        read_docs(bad, "20")
    bad.write_text("<docs>")
    with pytest.raises(XmlDocsError):
        read_docs(bad, "20")
    shared, spec = _fixture(tmp_path)
    (shared / "22" / "core.xml").unlink()
    with pytest.raises(ImporterError, match="Asterisk 22 docs not found"):
        load_sources(spec, shared)
    (spec / "import-hints.yaml").write_text("format: 1\nversions: []\n")
    with pytest.raises(ImporterError, match="does not match its schema"):
        load_sources(spec, shared)


# -- the real docs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Any:
    return load_sources(SPEC, SHARED)


@needs_docs
def test_catalogue_covers_every_documented_action_and_event(real: Any) -> None:
    rows = coverage(real, set(ACTIONS_BY_NAME), set(EVENTS))
    for version, acts, acts_total, evs, evs_total in rows:
        print(
            f"Asterisk {version}: actions {acts}/{acts_total} ({100 * acts / acts_total:.1f}%), "
            f"events {evs}/{evs_total} ({100 * evs / evs_total:.1f}%)"
        )
    assert [r[0] for r in rows] == ["20", "22", "23"]
    assert [r[2] for r in rows] == [169, 154, 154] and [r[4] for r in rows] == [185, 181, 181]
    assert all(acts == total and evs == etotal for _, acts, total, evs, etotal in rows)


@needs_docs
def test_spec_imported_is_what_the_importer_writes_today(real: Any) -> None:
    result = build(real, SPEC)
    assert result.problems == []
    for rel, text in result.files.items():
        assert (SPEC / rel).read_text(encoding="utf-8") == text, f"spec/{rel} is stale"


@needs_docs
def test_availability_agrees_with_the_docs_that_describe_each_action(real: Any) -> None:
    """An action is available on every documented version's server, and not after removal."""
    documented = {d.version: {n.lower() for n in d.actions} for d in real.docs}
    for cls in ACTIONS.values():
        name = cls.ACTION.lower()
        for version, names in documented.items():
            if name in names:
                assert supports(cls, (int(version),)), (cls.__name__, version)
        if name in documented["20"] and name not in documented["22"]:
            assert cls.REMOVED == "21", cls.__name__
            assert not supports(cls, (21,)) and not supports(cls, (22,))
            assert supports(cls, (18,))
        releases = getattr(cls, "SINCE_RELEASES", ())
        if releases:
            assert cls.SINCE == min(releases, key=lambda v: tuple(map(int, v.split("."))))
