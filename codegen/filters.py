"""Jinja filters that make untrusted spec text safe to land in Python source.

openapi-python-client's ``strings.py`` treats spec text as untrusted; so do we.  A doc
string from the catalogue could contain ``\"\"\"``, a backslash or a control character, and
a name could contain anything the schema let through: every piece of spec text reaches a
template only through one of these filters.
"""

from __future__ import annotations

import textwrap

__all__ = [
    "FILTERS",
    "docstring",
    "py_literal",
    "py_str",
    "comment",
    "comment_block",
    "md_text",
    "md_cell",
]

_WIDTH = 92
_ESCAPES = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}


def _clean(text: str) -> str:
    """Control characters (tab and newline aside) become spaces."""
    return "".join(ch if ch in "\n\t" or ch >= " " else " " for ch in text).replace("\x7f", " ")


def _quote_runs(text: str) -> str:
    """Escape each quote next to another quote or at the end: no run can close a docstring."""
    out = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        near = i == last or text[i + 1] == '"' or (i > 0 and text[i - 1] == '"')
        out.append('\\"' if ch == '"' and near else ch)
    return "".join(out)


def docstring(text: str, indent: int = 4) -> str:
    """Text for the inside of a triple-quoted docstring, wrapped and indented.

    Backslashes are doubled, and quotes are escaped where they could close the docstring
    (a run of three, or one at the very end), so the text can neither end the docstring
    early nor form an escape sequence.  Paragraphs (blank-line separated) are kept; the
    first line is not indented (it follows the opening quotes).
    """
    text = _quote_runs(_clean(text).strip().replace("\\", "\\\\"))
    pad = " " * indent
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    wrapped = [
        textwrap.fill(p, width=_WIDTH - indent, break_long_words=False, break_on_hyphens=False)
        for p in paragraphs
        if p
    ]
    body = "\n\n".join(wrapped)
    lines = body.split("\n")
    return "\n".join([lines[0]] + [pad + line if line else "" for line in lines[1:]])


def py_str(text: str) -> str:
    """A Python string literal (double quotes) for ``text``."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch < " " or ch == "\x7f":
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def py_literal(value: object) -> str:
    """A Python literal for a YAML value (str, bool, int, float, None, list, tuple, dict)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"no literal for {type(value).__name__}")


def comment(text: str) -> str:
    """One line of text safe for a ``#`` comment."""
    return " ".join(_clean(text).split())


def comment_block(text: str) -> str:
    """Text as ``# `` comment lines, wrapped."""
    lines = textwrap.wrap(comment(text), width=_WIDTH, break_long_words=False)
    return "\n".join(f"# {line}" for line in lines)


def _md_escape(text: str, cell: bool) -> str:
    """Escape ``<``/``>`` outside code spans (and ``|`` in table cells)."""
    parts = _clean(text).split("`")
    for i in range(0, len(parts), 2):  # even parts are outside backticks
        parts[i] = parts[i].replace("<", "&lt;").replace(">", "&gt;")
    out = "`".join(parts)
    if cell:
        out = " ".join(out.split()).replace("|", "\\|")
    return out


def md_text(text: str) -> str:
    """Spec text for a Markdown paragraph: HTML-looking text (``<unknown>``) kept literal."""
    return _md_escape(text, cell=False).strip()


def md_cell(text: str) -> str:
    """Spec text for one Markdown table cell: one line, pipes escaped."""
    return _md_escape(text, cell=True)


FILTERS = {
    "docstring": docstring,
    "py_literal": py_literal,
    "py_str": py_str,
    "comment": comment,
    "comment_block": comment_block,
    "md_text": md_text,
    "md_cell": md_cell,
}
