"""Render the catalogue through the templates, format the result, write or compare it.

Output is deterministic: files are rendered in sorted order with LF endings, no
timestamps, then passed through the pinned ruff (``ruff check --fix-only`` and ``ruff
format``, openapi-python-client's post-hooks) with the repository's configuration, so
what lands in ``generated/`` is exactly what ``make lint`` expects.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import jinja2

from .asyncapi import render_asyncapi
from .examples import test_cases
from .filters import FILTERS
from .model import Catalogue
from .schemas import render_schemas

__all__ = ["ROOT", "environment", "render", "format_sources", "generate", "write", "compare"]

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "ami"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701  # Python source, not HTML; spec text goes through filters
    )
    env.filters.update(FILTERS)
    return env


def render(catalogue: Catalogue) -> dict[str, str]:
    """Every generated file, unformatted: path relative to the output root -> text."""
    env = environment()

    def one(template: str, **context: object) -> str:
        return env.get_template(template).render(template=template, catalogue=catalogue, **context)

    files = {
        f"{PACKAGE}/__init__.py": one("package_init.py.jinja"),
        f"{PACKAGE}/_catalogue.py": one("catalogue.py.jinja"),
        f"{PACKAGE}/core.py": one("core.py.jinja"),
        f"{PACKAGE}/py.typed": one("py.typed.jinja"),
        f"{PACKAGE}/actions/__init__.py": one("actions_init.py.jinja"),
        f"{PACKAGE}/tests/__init__.py": one("tests_init.py.jinja"),
    }
    if catalogue.groups:
        files[f"{PACKAGE}/constants.py"] = one("constants.py.jinja")
    for module in catalogue.modules:
        files[f"{PACKAGE}/actions/{module.name}.py"] = one("action_module.py.jinja", module=module)
    tests = [(action, test_cases(action)) for action in catalogue.sorted_actions]
    files[f"{PACKAGE}/tests/test_actions.py"] = one("test_actions.py.jinja", tests=tests)
    if catalogue.events:
        files[f"{PACKAGE}/events/__init__.py"] = one("events_init.py.jinja")
        files[f"{PACKAGE}/events/_groups.py"] = one("event_groups.py.jinja")
        for emodule in catalogue.event_modules:
            files[f"{PACKAGE}/events/{emodule.name}.py"] = one(
                "event_module.py.jinja", module=emodule
            )
    for shim in catalogue.shims:
        files[f"{PACKAGE}/{shim.module}.py"] = one("shim.py.jinja", shim=shim)
    for name, text in {**render_schemas(catalogue), **render_asyncapi(catalogue)}.items():
        files[f"{PACKAGE}/schemas/{name}"] = text
    return dict(sorted(files.items()))


def format_sources(files: Mapping[str, str], config: Path | None = None) -> dict[str, bytes]:
    """Run ruff's fixes and formatter over the rendered files (in a temporary tree)."""
    config = config or ROOT / "pyproject.toml"
    with tempfile.TemporaryDirectory(prefix="amikit-codegen-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        base = [sys.executable, "-m", "ruff"]
        for command in (["check", "--fix-only", "--exit-zero"], ["format"]):
            proc = subprocess.run(  # noqa: S603  # fixed argv, our own interpreter
                [*base, *command, "--quiet", "--config", str(config), str(root)],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                raise RuntimeError(f"ruff {command[0]} failed:\n{proc.stdout}{proc.stderr}")
        return {rel: (root / rel).read_bytes() for rel in files}


def generate(catalogue: Catalogue, config: Path | None = None) -> dict[str, bytes]:
    return format_sources(render(catalogue), config)


def _existing(out: Path) -> set[str]:
    base = out / PACKAGE
    if not base.exists():
        return set()
    return {
        path.relative_to(out).as_posix()
        for path in base.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def write(files: Mapping[str, bytes], out: Path) -> list[str]:
    """Make ``out`` hold exactly ``files``; returns what changed (written or removed)."""
    changed = []
    for rel in sorted(_existing(out) - set(files)):
        (out / rel).unlink()
        changed.append(f"removed {rel}")
    for rel, data in files.items():
        path = out / rel
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        changed.append(f"wrote {rel}")
    return changed


def compare(files: Mapping[str, bytes], out: Path) -> list[str]:
    """Differences between ``files`` and ``out``: missing, stray and changed files."""
    problems = []
    existing = _existing(out)
    for rel in sorted(existing - set(files)):
        problems.append(f"stray file (not generated): {rel}")
    for rel, data in files.items():
        path = out / rel
        if rel not in existing:
            problems.append(f"missing file: {rel}")
            continue
        current = path.read_bytes()
        if current != data:
            diff = difflib.unified_diff(
                current.decode("utf-8", "replace").splitlines(keepends=True),
                data.decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"{rel} (on disk)",
                tofile=f"{rel} (from spec)",
                n=2,
            )
            problems.append(f"out of date: {rel}\n{''.join(list(diff)[:60])}")
    return problems
