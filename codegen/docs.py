"""``python -m codegen.docs [--check] [--spec DIR] [--out DIR]``: the reference pages.

One Markdown page per action class (``docs/reference/actions/<Class>.md``) and per event
class (``docs/reference/events/<Class>.md``), plus ``docs/reference/index.md``, rendered
from the same catalogue as the code (templates in ``codegen/templates/docs/``).  The
pages are committed; ``python -m codegen`` writes them with the code and
``python -m codegen --check`` fails when they are stale, so they cannot drift from it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .catalogue import CatalogueError, load
from .event_model import EventSpec, HeaderSpec
from .examples import test_cases
from .model import ActionSpec, Catalogue
from .render import ROOT, environment

__all__ = ["DOCS_DIR", "render_docs", "write_docs", "compare_docs", "main"]

DOCS_DIR = ROOT / "docs" / "reference"


@dataclass(frozen=True)
class Row:
    """One line of a page's table, already as display text (escaped by the template)."""

    cells: tuple[str, ...]


def _action_rows(action: ActionSpec) -> list[Row]:
    rows = []
    for f in action.fields:
        kind = "`**kwargs`" if f.kwargs else f"`{f.annotation}`"
        default = "" if f.default is None else f"`{f.default_source}` (sent)"
        if f.asterisk_default is not None:
            default = (default + "; " if default else "") + f"Asterisk: {f.asterisk_default}"
        header = (
            ", ".join(f"`{k}-NNNNNN`" for k in f.subkeys)
            if f.subkeys
            else (f"`{f.key}`" if f.key else "(not sent)")
        )
        required = "yes" if f.required else ("keyword" if f.keyword_only else "")
        arg = f"`{f.arg}`" + (
            f" (also {', '.join(f'`{a}`' for a in f.aliases)})" if f.aliases else ""
        )
        rows.append(Row((arg, header, kind, required, default, f.doc)))
    return rows


def _event_rows(event: EventSpec) -> list[Row]:
    def row(prefix: str, f: HeaderSpec, where: str) -> Row:
        values = f" Values: {', '.join(f.values)}." if f.values else ""
        if f.constants:
            values += f" Compare with `core.{f.constants}`."
        return Row(
            (f"`{prefix}{f.attr}`", f"`{f.key}`", f"`{f.annotation}`", f.doc + values + where)
        )

    rows = [row("", f, "") for f in event.fields]
    for mixin in event.mixins:
        rows += [row("", f, f" (from {mixin.mixin})") for f in mixin.fields]
    for acc in event.accessors:
        rows.append(
            Row(
                (
                    f"`{acc.attr}`",
                    f"`{acc.prefix}*`",
                    f"`{acc.group.view}`",
                    acc.doc.replace(":class:", ""),
                )
            )
        )
    return rows


def _used_by(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """Event name -> ``(action class, how)`` for the action pages' cross links."""
    out: dict[str, list[tuple[str, str]]] = {}
    for action in catalogue.sorted_actions:
        for item in action.result.items:
            out.setdefault(item, []).append((action.class_name, "list item"))
        if action.result.complete:
            out.setdefault(action.result.complete, []).append((action.class_name, "list end"))
        for event in action.events:
            out.setdefault(event, []).append((action.class_name, "caused"))
    return out


def render_docs(catalogue: Catalogue) -> dict[str, str]:
    """Every reference page: path relative to ``docs/reference`` -> Markdown."""
    env = environment()
    events_by_name = {e.name: e.class_name for e in catalogue.events}
    used_by = _used_by(catalogue)
    pages: dict[str, str] = {}

    def page(template: str, **context: object) -> str:
        return env.get_template(f"docs/{template}").render(
            template=f"docs/{template}",
            catalogue=catalogue,
            events_by_name=events_by_name,
            **context,
        )

    for action in catalogue.sorted_actions:
        cases = test_cases(action)
        pages[f"actions/{action.class_name}.md"] = page(
            "action.md.jinja", action=action, rows=_action_rows(action), cases=cases
        )
    for event in catalogue.sorted_events:
        pages[f"events/{event.class_name}.md"] = page(
            "event.md.jinja",
            event=event,
            rows=_event_rows(event),
            used_by=used_by.get(event.name, []),
        )
    pages["index.md"] = page("index.md.jinja")
    return dict(sorted(pages.items()))


def _existing(out: Path) -> set[str]:
    if not out.exists():
        return set()
    return {p.relative_to(out).as_posix() for p in out.rglob("*.md")}


def write_docs(pages: Mapping[str, str], out: Path) -> list[str]:
    changed = []
    for rel in sorted(_existing(out) - set(pages)):
        (out / rel).unlink()
        changed.append(f"removed {rel}")
    for rel, text in pages.items():
        path = out / rel
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        changed.append(f"wrote {rel}")
    return changed


def compare_docs(pages: Mapping[str, str], out: Path) -> list[str]:
    existing = _existing(out)
    problems = [f"stray page (not generated): {rel}" for rel in sorted(existing - set(pages))]
    for rel, text in pages.items():
        if rel not in existing:
            problems.append(f"missing page: {rel}")
        elif (out / rel).read_text(encoding="utf-8") != text:
            problems.append(f"out of date: {rel}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.docs", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the pages are stale")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="catalogue directory")
    parser.add_argument("--out", type=Path, default=DOCS_DIR, help="reference pages directory")
    args = parser.parse_args(argv)
    try:
        pages = render_docs(load(args.spec))
    except CatalogueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.check:
        problems = compare_docs(pages, args.out)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    changed = write_docs(pages, args.out)
    print(f"{len(pages)} reference pages, {len(changed)} changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
