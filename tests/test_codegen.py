"""The generator: golden output, broken specs, determinism, ``--check``.

The fixture catalogue (tests/codegen/fixtures/good/) has a keyword field, a repeated key,
a list action and a ``**kwargs`` action.  Its output must equal tests/codegen/golden/
byte for byte; after changing a template on purpose, refresh it with
``python -m codegen --spec tests/codegen/fixtures/good --out tests/codegen/golden``
and review the diff.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main as codegen_main
from codegen.catalogue import CatalogueError, load
from codegen.filters import docstring, py_literal, py_str
from codegen.naming import python_name, snake_case
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


def test_every_generated_file_starts_with_the_do_not_edit_header(
    fixture_files: dict[str, bytes],
) -> None:
    for rel, data in fixture_files.items():
        first, second = data.decode().splitlines()[:2]
        assert first.startswith("# DO NOT EDIT. Generated from spec/"), rel
        assert "by codegen/ (template: " in first, rel
        assert second == '# Run "make generate" to rebuild.', rel


def test_generation_is_deterministic_and_independent_of_spec_order(tmp_path: Path) -> None:
    first = generate(load(FIXTURE))
    assert generate(load(FIXTURE)) == first
    spec = yaml.safe_load((FIXTURE / "actions.yaml").read_text())
    spec["actions"].reverse()
    _write_spec(tmp_path, spec)
    for name in ("constants.yaml", "package.yaml"):
        shutil.copy(FIXTURE / name, tmp_path / name)
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


def test_repository_generated_tree_is_up_to_date() -> None:
    assert codegen_main(["--check"]) == 0


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


# -- broken specs ----------------------------------------------------------------------


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
