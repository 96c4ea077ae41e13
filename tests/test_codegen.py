"""The generator: golden output, broken specs, determinism, ``--check``.

The fixture catalogue (tests/codegen/fixtures/good/) has a keyword field, a repeated key,
a list action, a ``**kwargs`` action, an imported action with backported releases, and
events with a shared header group used unprefixed (mixin) and through a prefix (view).
Its output must equal tests/codegen/golden/ byte for byte; after changing a template on
purpose, refresh it with
``python -m codegen --spec tests/codegen/fixtures/good --out tests/codegen/golden``
and review the diff.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from ami_runtime.headers import SnapshotView
from ami_runtime.message import Event

from codegen.__main__ import main as codegen_main
from codegen.catalogue import CatalogueError, load
from codegen.docs import compare_docs, render_docs
from codegen.event_model import EVENT_RESERVED
from codegen.events import VIEW_RESERVED
from codegen.filters import docstring, md_cell, py_literal, py_str
from codegen.naming import event_class_name, python_name, snake_case
from codegen.render import compare, generate, render

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "codegen" / "fixtures" / "good"
GOLDEN = ROOT / "tests" / "codegen" / "golden"


@pytest.fixture(scope="module")
def fixture_files() -> dict[str, bytes]:
    return generate(load(FIXTURE))


def test_fixture_renders_exactly_the_golden_tree(fixture_files: dict[str, bytes]) -> None:
    assert compare(fixture_files, GOLDEN) == []


def test_golden_shows_keyword_repeated_key_list_and_kwargs(fixture_files: dict[str, bytes]) -> None:
    dial = fixture_files["ami/actions/demo_dial.py"].decode()
    show = fixture_files["ami/actions/demo_show.py"].decode()
    assert 'Field("async_", "Async", encoding="bool")' in dial
    assert 'Field("variables", "Variable", encoding="variables")' in dial
    assert 'ListSpec(items=("ThingEntry",), complete="ThingListComplete")' in show
    assert "**headers: HeaderValue" in show
    assert 'filter: Literal["all", "some"] | None = None' in show


def test_golden_shows_backports_keyword_only_imports_and_typed_events(
    fixture_files: dict[str, bytes],
) -> None:
    dial = fixture_files["ami/actions/demo_dial.py"].decode()
    assert 'SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.20.0", "20.5.0")' in dial
    assert "times: str | int | None = None" in dial
    events = fixture_files["ami/events/demo_dial.py"].decode()
    assert "class DialEnd(ThingFields):" in events
    assert 'dest = Snapshot(ThingView, "Dest")' in events
    assert 'cause_txt = StrHeader("Cause-txt")' in events
    show = fixture_files["ami/events/demo_show.py"].decode()
    assert 'name_ = StrHeader("Name")' in show  # Event.name stays the event's name
    assert 'list_items = IntHeader("ListItems")' in show
    registry = fixture_files["ami/events/__init__.py"].decode()
    assert '"DialEnd": ".demo_dial",' in registry  # imported on first use
    init = fixture_files["ami/__init__.py"].decode()
    assert "register_event_types(events.EVENTS)" in init


def test_every_generated_file_starts_with_the_do_not_edit_header(
    fixture_files: dict[str, bytes],
) -> None:
    for rel, data in fixture_files.items():
        if rel.endswith(".json"):  # no comments in JSON: the schema's $comment says it
            assert json.loads(data)["$comment"].startswith("DO NOT EDIT. Generated from spec/")
            continue
        first, second = data.decode().splitlines()[:2]
        assert first.startswith("# DO NOT EDIT. Generated from spec/"), rel
        assert "by codegen/ (template: " in first, rel
        assert second == '# Run "make generate" to rebuild.', rel


def test_generation_is_deterministic_and_independent_of_spec_order(tmp_path: Path) -> None:
    first = generate(load(FIXTURE))
    assert generate(load(FIXTURE)) == first
    spec = yaml.safe_load((FIXTURE / "actions.yaml").read_text())
    spec["actions"].reverse()
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    _write_spec(tmp_path, spec)
    events = yaml.safe_load((FIXTURE / "events.yaml").read_text())
    events["events"].reverse()
    (tmp_path / "events.yaml").write_text(yaml.safe_dump(events, sort_keys=False))
    shuffled = generate(load(tmp_path))
    differing = {rel for rel in first if first[rel] != shuffled[rel]}
    assert differing == {"ami/_catalogue.py"}  # the spec hash, nothing else


def test_check_mode_reports_stale_stray_and_missing_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(GOLDEN, out)
    args = ["--check", "--spec", str(FIXTURE), "--out", str(out)]
    assert codegen_main(args) == 0
    (out / "ami" / "stray.py").write_text("x = 1\n")
    assert codegen_main(args) == 1
    (out / "ami" / "stray.py").unlink()
    (out / "ami" / "core.py").unlink()
    assert codegen_main(args) == 1
    assert codegen_main(["--spec", str(FIXTURE), "--out", str(out)]) == 0  # rewrites it
    assert codegen_main(args) == 0


def test_repository_generated_tree_and_reference_pages_are_up_to_date() -> None:
    assert codegen_main(["--check"]) == 0


def test_reference_pages_render_every_class_and_are_checked(tmp_path: Path) -> None:
    catalogue = load(FIXTURE)
    pages = render_docs(catalogue)
    assert set(pages) == {
        "index.md",
        *(f"actions/{a.class_name}.md" for a in catalogue.actions),
        *(f"events/{e.class_name}.md" for e in catalogue.events),
    }
    ring = pages["actions/Ring.md"]
    assert "| `times` | `Times` | `str \\| int` | keyword |" in ring
    assert "since 18.20.0, 20.5.0" in ring
    assert "A longer description only reference pages show." in ring
    dial_end = pages["events/DialEnd.md"]
    assert "| `dest` | `Dest*` | `ThingView` |" in dial_end
    assert "register_callback(events.DialEnd" in dial_end
    assert "[Dial](../actions/Dial.md) (caused)" in dial_end
    out = tmp_path / "reference"
    args = ["--spec", str(FIXTURE), "--out", str(tmp_path / "gen"), "--docs", str(out)]
    assert codegen_main(args) == 0
    assert compare_docs(pages, out) == []
    (out / "events" / "DialEnd.md").write_text("stale\n")
    assert codegen_main([*args, "--check"]) == 1
    assert codegen_main(args) == 0
    assert codegen_main([*args, "--check"]) == 0


@pytest.mark.slow
def test_golden_tree_passes_mypy_strict(tmp_path: Path) -> None:
    env = {**os.environ, "MYPYPATH": str(ROOT / "runtime")}
    proc = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10",
            "--config-file", os.devnull, "--follow-imports", "silent",
            "--cache-dir", str(tmp_path / "cache"), "--exclude", "ami/tests/", "-p", "ami",
        ],
        cwd=GOLDEN, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_type_checkers_see_generated_classes_as_frozen(tmp_path: Path) -> None:
    # ``@request_class`` is frozen at run time by shared methods; type checkers know it
    # only from ``dataclass_transform(frozen_default=True)``.
    (tmp_path / "use.py").write_text(
        "from ami.actions.demo_dial import Dial\n"
        "dial = Dial('PJSIP/1', timeout=5)\n"
        "print(dial.channel)\n"
        "dial.channel = 'PJSIP/2'\n"
    )
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(GOLDEN), str(ROOT / "runtime")])}
    proc = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10",
            "--config-file", os.devnull, "--follow-imports", "silent",
            "--cache-dir", str(tmp_path / "cache"), str(tmp_path / "use.py"),
        ],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "use.py:4:" in errors[0], proc.stdout + proc.stderr
    assert "read-only" in errors[0]


# -- broken specs ----------------------------------------------------------------------


def _broken_events(tmp_path: Path, change: Any) -> str:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    events = yaml.safe_load((FIXTURE / "events.yaml").read_text())
    change(events)
    (tmp_path / "events.yaml").write_text(yaml.safe_dump(events, sort_keys=False))
    with pytest.raises(CatalogueError) as info:
        load(tmp_path)
    return str(info.value)


BROKEN_EVENTS = [
    (
        "unknown_group",
        lambda e: e["events"][0]["groups"].append({"group": "nope"}),
        "events.yaml: events[0] (ThingEntry).groups[1].group: 'nope' is not a group",
    ),
    (
        "header_of_a_group_it_uses",
        lambda e: e["events"][0]["fields"].append({"key": "ThingSize", "doc": "Again."}),
        "events.yaml: events[0] (ThingEntry).fields: ThingSize is already a header of a group",
    ),
    (
        "event_defined_twice",
        lambda e: e["events"][1].update(event="ThingEntry"),
        "events[1] (ThingEntry).event: ThingEntry is already defined",
    ),
    (
        "class_named_like_a_group",
        lambda e: e["events"][1].update({"class": "ThingFields"}),
        "class: ThingFields is already a group mixin",
    ),
    (
        "prefix_on_a_group_without_view",
        lambda e: (e["groups"][0].pop("view"), e["events"][0]["groups"][0].update(prefix="X")),
        "prefix: group thing has no view",
    ),
    (
        "unknown_header_type",
        lambda e: e["events"][1]["fields"][0].update(type="float"),
        "'float' is not one of ['str', 'int']",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in BROKEN_EVENTS], ids=[c[0] for c in BROKEN_EVENTS]
)
def test_broken_event_spec_names_the_event_and_path(
    tmp_path: Path, change: Any, expected: str
) -> None:
    assert expected in _broken_events(tmp_path, change)


# -- observed facts (spec/observed.yaml) -----------------------------------------------

OBSERVED = {
    "format": 1,
    "events": [
        {
            "event": "ThingEntry",
            "sent_as": "Thingentry",
            "seen": ["20", "22"],
            "evidence": "A live run.",
            "headers": [
                {"key": "ThingColour", "seen": ["22"], "doc": "Its colour."},
                {"key": "100rel", "py_name": "rel_100", "type": "int", "seen": ["20"],
                 "doc": "A header whose name is no identifier."},
            ],
        },
        {"event": "ThingListComplete", "seen": ["20"], "evidence": "A live list."},
    ],
}  # fmt: skip


def _observed_spec(tmp_path: Path, change: Any = None) -> Path:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    observed = copy.deepcopy(OBSERVED)
    if change is not None:
        change(observed)
    (tmp_path / "observed.yaml").write_text(yaml.safe_dump(observed, sort_keys=False))
    return tmp_path


def test_observed_facts_reach_the_event_classes_registry_and_pages(tmp_path: Path) -> None:
    catalogue = load(_observed_spec(tmp_path))
    files = generate(catalogue)
    show = files["ami/events/demo_show.py"].decode()
    registry = files["ami/events/__init__.py"].decode()
    assert 'EVENT: ClassVar[str] = "Thingentry"' in show  # what the servers send
    assert 'thing_colour = StrHeader("ThingColour")' in show
    assert 'rel_100 = IntHeader("100rel")' in show
    assert "Observed on Asterisk 22; not in the docs." in show
    assert "Observed on Asterisk 20, 22: it sends ``Event: Thingentry`` (the docs spell it" in show
    assert "Observed on Asterisk 20." in show  # ThingListComplete: seen, nothing more
    # both spellings find the class
    assert '"Thingentry": ".demo_show:ThingEntry",' in registry  # imported on first use
    assert '"ThingEntry": ".demo_show",' in registry
    pages = render_docs(catalogue)
    page = next(v for k, v in pages.items() if k.endswith("events/ThingEntry.md"))
    assert "| Observed live | Asterisk 20, 22:" in page
    assert "`rel_100` | `100rel` | `int | None`" in page.replace("\\|", "|")


BROKEN_OBSERVED = [
    (
        "unknown_event",
        lambda o: o["events"][0].update(event="NoSuchThing"),
        "observed.yaml: events[0] (NoSuchThing).event: no such event in the catalogue",
    ),
    (
        "header_already_typed",
        lambda o: o["events"][0]["headers"].append({"key": "thingsize", "seen": ["2"], "doc": "d"}),
        "observed.yaml: events[0] (ThingEntry).headers[2]: thingsize is already a typed header",
    ),
    (
        "sent_as_its_own_name",
        lambda o: o["events"][0].update(sent_as="ThingEntry"),
        "sent_as: ThingEntry is already the event's name",
    ),
    (
        "sent_as_another_events_name",
        lambda o: o["events"][0].update(sent_as="thinglistcomplete"),
        "ThingListComplete is already defined by events.yaml: events[0] (ThingEntry)",
    ),
    (
        "header_name_not_an_identifier",
        lambda o: o["events"][0]["headers"][1].pop("py_name"),
        "property '100rel' is taken or invalid; set py_name",
    ),
    (
        "group_it_has",
        lambda o: o["events"][0].update(groups=["thing"]),
        "the entry already has thing; drop it here",
    ),
    (
        "no_versions",
        lambda o: o["events"][1].update(seen=[]),
        "observed.yaml: events[1].seen: [] should be non-empty",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in BROKEN_OBSERVED], ids=[c[0] for c in BROKEN_OBSERVED]
)
def test_broken_observed_facts_name_the_entry_and_path(
    tmp_path: Path, change: Any, expected: str
) -> None:
    with pytest.raises(CatalogueError) as info:
        load(_observed_spec(tmp_path, change))
    assert expected in str(info.value)


def test_an_imported_action_the_curated_file_defines_is_refused(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    imported = yaml.safe_load((FIXTURE / "imported" / "actions.yaml").read_text())
    imported["actions"][0]["action"] = "DIAL"
    (tmp_path / "imported" / "actions.yaml").write_text(yaml.safe_dump(imported))
    with pytest.raises(CatalogueError, match=r"actions\[0\] \(DIAL\) is curated in actions.yaml"):
        load(tmp_path)


def test_reserved_event_names_are_the_event_and_view_api() -> None:
    public = {n for n in dir(Event) if not n.startswith("_") and not n.isupper()}
    assert public == EVENT_RESERVED
    view = {n for n in dir(SnapshotView) if not n.startswith("_") and not n.isupper()}
    assert view == VIEW_RESERVED


def _good() -> dict[str, Any]:
    return yaml.safe_load((FIXTURE / "actions.yaml").read_text())  # type: ignore[no-any-return]


def _write_spec(directory: Path, actions: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "actions.yaml").write_text(yaml.safe_dump(actions, sort_keys=False))
    return directory


def _problems(tmp_path: Path, actions: dict[str, Any]) -> str:
    with pytest.raises(CatalogueError) as info:
        load(_write_spec(tmp_path, actions))
    return str(info.value)


def _broken(change: Any) -> dict[str, Any]:
    spec = copy.deepcopy(_good())
    change(spec["actions"])
    return spec


BROKEN = [
    (
        "wrong_default_type",
        lambda a: a[0]["fields"][1].update(default=[1]),
        "actions[0] (Dial).fields[1].default: [1] is not of type",
    ),
    (
        "unknown_type",
        lambda a: a[1]["fields"][0].update(type="blob"),
        "actions[1] (ShowThings).fields[0].type: 'blob' is not one of",
    ),
    ("missing_doc", lambda a: a[1].pop("doc"), "actions[1] (ShowThings): 'doc' is a required"),
    (
        "list_without_completion",
        lambda a: a[1]["result"].pop("complete"),
        "actions[1] (ShowThings).result: 'complete' is a required property",
    ),
    (
        "unknown_privilege",
        lambda a: a[0]["privilege"].append("root"),
        "actions[0] (Dial).privilege[1]: 'root' is not one of",
    ),
    (
        "two_fields_one_name",
        lambda a: a[0]["fields"].insert(1, {"key": "channel", "doc": "Clash."}),
        "actions[0] (Dial).fields[1].py_name: 'channel' already names fields[0]",
    ),
    (
        "default_of_the_wrong_kind",
        lambda a: a[0]["fields"][3].update(default=True),
        "actions[0] (Dial).fields[3].default: True does not suit a int field",
    ),
    (
        "required_after_optional",
        lambda a: a[0]["fields"][2].update(required=True),
        "actions[0] (Dial).fields[2].required: a required field follows an optional one",
    ),
    (
        "wire_order_misses_a_field",
        lambda a: a[0]["wire_order"].remove("Async"),
        "actions[0] (Dial).wire_order: fields[1] (Async) is missing",
    ),
    (
        "wire_order_names_nothing",
        lambda a: a[0]["wire_order"].append("Nope"),
        "actions[0] (Dial).wire_order[4]: 'Nope' names no sent field",
    ),
    (
        "duplicate_class",
        lambda a: a[2].update({"class": "Dial"}),
        "actions[2] (Dial).class: Dial is already defined by actions[0] (Dial)",
    ),
    (
        "removed_before_since",
        lambda a: a[2].update(removed="1.2"),
        "actions[2] (Shout).removed: 1.2 is not after since (1.4)",
    ),
    (
        "kwargs_action_without_example",
        lambda a: a[2].pop("example"),
        "actions[2] (Shout).example: this action needs an explicit example",
    ),
    (
        "example_lacks_a_required_field",
        lambda a: a[0]["example"].update(args=[]),
        "actions[0] (Dial).example: required field 'channel' is not given",
    ),
    (
        "wait_on_a_missing_field",
        lambda a: a[0]["wait"].update(field="nope"),
        "actions[0] (Dial).wait.field: 'nope' is not an int or float field",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_broken_spec_names_the_action_and_field_path(
    tmp_path: Path, change: Any, expected: str
) -> None:
    assert expected in _problems(tmp_path, _broken(change))


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    def two(actions: Any) -> None:
        actions[0]["fields"][3]["default"] = True
        actions[1]["fields"][0]["default"] = "none"

    text = _problems(tmp_path, _broken(two))
    assert "actions[0] (Dial).fields[3].default" in text
    assert "actions[1] (ShowThings).fields[0].default: 'none' is not one of" in text


def test_invalid_yaml_and_missing_catalogue_are_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="actions.yaml: missing"):
        load(tmp_path)
    (tmp_path / "actions.yaml").write_text("actions: [\n")
    with pytest.raises(CatalogueError, match="not valid YAML"):
        load(tmp_path)


def test_map_entry_must_name_a_constant(tmp_path: Path) -> None:
    _write_spec(tmp_path, _good())
    constants = yaml.safe_load((FIXTURE / "constants.yaml").read_text())
    constants["groups"][0]["maps"][0]["entries"][0]["key"] = "DEMO_NOPE"
    (tmp_path / "constants.yaml").write_text(yaml.safe_dump(constants))
    with pytest.raises(CatalogueError, match=r"maps\[0\]\.entries\[0\]\.key: DEMO_NOPE"):
        load(tmp_path)


def test_cli_exits_2_on_a_broken_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_spec(tmp_path, _broken(lambda a: a[1].pop("doc")))
    assert codegen_main(["--check", "--spec", str(tmp_path), "--out", str(tmp_path)]) == 2
    assert "actions[1] (ShowThings)" in capsys.readouterr().err


# -- naming and escaping -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("CallerID", "caller_id"),
        ("SrcFilename", "src_filename"),
        ("Call-ID", "call_id"),
        ("Content-Type", "content_type"),
        ("ActionID", "action_id"),
        ("Async", "async_"),
        ("Channel1", "channel1"),
        ("AllVariables", "all_variables"),
    ],
)
def test_python_names_derive_from_ami_keys(key: str, name: str) -> None:
    assert python_name(key) == name


def test_snake_case_keeps_acronyms_together() -> None:
    assert snake_case("DBGetResponse") == "db_get_response"


@pytest.mark.parametrize(("event", "cls"), [("AOC-S", "AOC_S"), ("Hangup", "Hangup")])
def test_event_class_names_are_identifiers(event: str, cls: str) -> None:
    assert event_class_name(event) == cls


@pytest.mark.parametrize(
    ("text", "cell"),
    [("a | b", "a \\| b"), ("`int | None`", "`int \\| None`"), ("<unknown>", "&lt;unknown&gt;"),
     ("`<kept>`", "`<kept>`"), ("two\nlines", "two lines")],
)  # fmt: skip
def test_markdown_cells_keep_spec_text_inert(text: str, cell: str) -> None:
    assert md_cell(text) == cell


@pytest.mark.parametrize(
    "text", ['a "quoted" word', 'ends with a quote"', 'x"""y', "back\\slash", "C:\\path\\"]
)
def test_docstring_filter_keeps_spec_text_inert(text: str) -> None:
    source = f'"""{docstring(text)}"""'
    assert eval(source) == text  # the point: the literal reads back as the text


@pytest.mark.parametrize("value", ["plain", 'q"uote', "new\r\nline", "tab\t", "\\", "é"])
def test_literal_filters_round_trip(value: str) -> None:
    assert eval(py_str(value)) == value
    assert eval(py_literal([value, {"k": value}, (1,), None, True, 1.5])) == [
        value,
        {"k": value},
        (1,),
        None,
        True,
        1.5,
    ]


def test_templates_are_strict_about_undefined_names() -> None:
    catalogue = load(FIXTURE)
    files = render(catalogue)
    assert all(not text.count("Undefined") for text in files.values())
