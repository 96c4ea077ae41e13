"""Asterisk's configuration-file syntax, enough for the simulator's in-memory files.

Follows ``main/config.c`` (``process_text_line``, ``config_text_file_load``): ``[name]``
starts a category, ``[name](!)`` a template, ``[name](tpl,...)`` inherits variables,
``[name](+)`` appends to an existing one; ``key = value`` and ``key => value`` are the same
variable (names and values stripped); ``;`` starts a comment unless escaped as ``\\;``, and
``;-- ... --;`` is a block comment.  ``#include``/``#exec`` lines are ignored: the
simulator has no file system of its own.

This is also the format of the simulator's users file (``manager.conf``'s own syntax).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InvalidInput

__all__ = ["Category", "ConfigFile", "parse_config"]


@dataclass
class Category:
    """One ``[section]``: ordered variables, repeated names allowed (``exten``, ``member``)."""

    name: str
    variables: list[tuple[str, str]] = field(default_factory=list)
    is_template: bool = False
    templates: list[str] = field(default_factory=list)
    #: Where it was read: the ``[name]`` line, and one line number per variable (0 for
    #: variables that came from a template or an UpdateConfig).
    line: int = 0
    lines: list[int] = field(default_factory=list)

    def line_of(self, index: int) -> int:
        """The file line of variable ``index`` (0 when unknown)."""
        return self.lines[index] if index < len(self.lines) else 0

    def get(self, name: str, default: str | None = None) -> str | None:
        """The last value of ``name`` (Asterisk's ``ast_variable_retrieve`` keeps the last)."""
        found = default
        for key, value in self.variables:
            if key.lower() == name.lower():
                found = value
        return found

    def get_all(self, name: str) -> list[str]:
        """Every value of ``name``, in file order."""
        return [v for k, v in self.variables if k.lower() == name.lower()]


@dataclass
class ConfigFile:
    """An ordered list of categories (names may repeat, as in Asterisk)."""

    categories: list[Category] = field(default_factory=list)
    #: ``#include``/``#exec`` and other directive lines: (line number, text).
    directives: list[tuple[int, str]] = field(default_factory=list)

    def find(self, name: str) -> Category | None:
        """The first category called ``name`` (case-sensitive, like ``ast_category_get``)."""
        for cat in self.categories:
            if cat.name == name:
                return cat
        return None

    def names(self) -> list[str]:
        """Category names in order."""
        return [c.name for c in self.categories]


def _strip_comment(line: str, in_block: bool) -> tuple[str, bool]:
    """Remove ``;`` comments; track ``;-- --;`` blocks across lines."""
    out: list[str] = []
    i = 0
    while i < len(line):
        if in_block:
            end = line.find("--;", i)
            if end < 0:
                return "".join(out), True
            i = end + 3
            in_block = False
            continue
        ch = line[i]
        if ch == "\\" and line.startswith(";", i + 1):
            out.append(";")
            i += 2
            continue
        if ch == ";":
            if line.startswith(";--", i):
                in_block = True
                i += 3
                continue
            break
        out.append(ch)
        i += 1
    return "".join(out), in_block


def _category(line: str, conf: ConfigFile, lineno: int) -> Category:
    end = line.find("]")
    if end < 0:
        raise InvalidInput(f"line {lineno}: no closing ']' in {line!r}", "config")
    cat = Category(line[1:end].strip(), line=lineno)
    rest = line[end + 1 :].strip()
    if rest.startswith("(") and rest.endswith(")"):
        for opt in (o.strip() for o in rest[1:-1].split(",")):
            if opt == "!":
                cat.is_template = True
            elif opt == "+":
                existing = conf.find(cat.name)
                if existing is not None:
                    return existing
            elif opt:
                base = conf.find(opt)
                if base is None:
                    raise InvalidInput(f"line {lineno}: unknown template {opt!r}", "config")
                cat.templates.append(opt)
                cat.variables.extend(base.variables)
                cat.lines.extend([0] * len(base.variables))
    conf.categories.append(cat)
    return cat


def parse_config(text: str) -> ConfigFile:
    """Parse Asterisk config text; raise :class:`InvalidInput` on a broken line."""
    conf = ConfigFile()
    current: Category | None = None
    in_block = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line, in_block = _strip_comment(raw, in_block)
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            conf.directives.append((lineno, line))
            continue
        if line.startswith("["):
            current = _category(line, conf, lineno)
            continue
        eq = line.find("=")
        if eq <= 0:
            raise InvalidInput(f"line {lineno}: expected 'name = value', got {line!r}", "config")
        if current is None:
            raise InvalidInput(f"line {lineno}: variable outside a [category]", "config")
        value = line[eq + 1 :]
        if value.startswith(">"):
            value = value[1:]
        current.lines.extend([0] * (len(current.variables) - len(current.lines)))
        current.variables.append((line[:eq].strip(), value.strip()))
        current.lines.append(lineno)
    return conf
