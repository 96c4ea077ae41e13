"""Write catalogue entries as YAML in the curated files' style, byte for byte stable.

``yaml.safe_dump`` would reflow long strings and pick quoting by itself; the importer's
output is reviewed as a diff, so it is written here the way ``spec/actions.yaml`` is
written by hand: one block mapping per entry, short lists and field mappings in flow
style on one line, multi-line text as a ``|-`` block.  Strings are left plain only when
YAML reads them back as the same string; otherwise they are JSON-quoted, which YAML
reads as a double-quoted scalar.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

__all__ = ["scalar", "flow", "entries_document", "load_yaml"]

#: libyaml's C loader when PyYAML was built with it: the pure-Python one needs seconds
#: for the imported catalogue (hundreds of KiB), the C one a tenth of that.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str | bytes) -> Any:
    """``yaml.safe_load``, with the C loader when available (same results, faster)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506  # a safe loader, C or Python


_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*$")


def scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        if _PLAIN.match(value) and yaml.safe_load(value) == value:
            return value
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"no YAML scalar for {type(value).__name__}")


def flow(value: object) -> str:
    """A value on one line: scalars, ``[a, b]``, ``{k: v}`` (nested as needed)."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def _block_text(text: str, indent: str) -> str:
    lines = text.split("\n")
    return "|-\n" + "\n".join(f"{indent}{line}" if line else "" for line in lines)


def _entry(entry: Mapping[str, Any]) -> list[str]:
    out: list[str] = []
    for index, (key, value) in enumerate(entry.items()):
        lead = "  - " if index == 0 else "    "
        if isinstance(value, str) and "\n" in value:
            out.append(f"{lead}{key}: {_block_text(value, '      ')}")
        elif isinstance(value, (list, tuple)) and value and isinstance(value[0], Mapping):
            out.append(f"{lead}{key}:")
            out.extend(f"      - {flow(item)}" for item in value)
        else:
            out.append(f"{lead}{key}: {flow(value)}")
    return out


def entries_document(
    header: str, key: str, entries: Sequence[Mapping[str, Any]], extra: Mapping[str, Any] = {}
) -> str:
    """``header`` comment lines, ``format: 1``, ``extra`` keys, then the ``key:`` list."""
    lines = [f"# {line}".rstrip() for line in header.strip().split("\n")]
    lines.append("format: 1")
    lines.extend(f"{k}: {flow(v)}" for k, v in extra.items())
    lines.append(f"{key}:" if entries else f"{key}: []")
    for i, entry in enumerate(entries):
        if i:
            lines.append("")
        lines.extend(_entry(entry))
    return "\n".join(lines) + "\n"
