"""A small dialplan and device-state model: enough for Originate targets, Redirect,
ExtensionState/ExtensionStateList and ShowDialPlan.

Built from ``extensions.conf`` the way ``pbx/pbx_config.c`` reads it (``exten =>``,
``same => n``, ``include =>``, ``hint``), plus the ``parkedcalls`` context that
``res_parking`` registers.  Extension states map device states as
``ast_devstate_to_extenstate`` does (``main/pbx.c``); texts from
``main/extension_state.c``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..confparse import ConfigFile

__all__ = ["Context", "Dialplan", "Extension", "EXTENSION_STATES", "devstate_to_extstate"]

#: Extension state number -> StatusText.
EXTENSION_STATES = {
    -2: "Unknown",
    -1: "Unknown",
    0: "Idle",
    1: "InUse",
    2: "Busy",
    4: "Unavailable",
    8: "Ringing",
    9: "InUse&Ringing",
    16: "Hold",
    17: "InUse&Hold",
}

_DEV_TO_EXT = {
    "UNKNOWN": 0,
    "NOT_INUSE": 0,
    "INUSE": 1,
    "BUSY": 2,
    "INVALID": 4,
    "UNAVAILABLE": 4,
    "RINGING": 8,
    "RINGINUSE": 9,
    "ONHOLD": 16,
}


def devstate_to_extstate(state: str) -> int:
    """``ast_devstate_to_extenstate``."""
    return _DEV_TO_EXT.get(state, 4)


@dataclass
class Extension:
    """Priorities (number -> (app, data)) and an optional hint."""

    name: str
    priorities: dict[int, tuple[str, str]] = field(default_factory=dict)
    hint: str | None = None
    registrar: str = "pbx_config"
    labels: dict[str, int] = field(default_factory=dict)
    #: extensions.conf line of each priority (-1: the hint), for ``dialplan show``.
    lines: dict[int, int] = field(default_factory=dict)


@dataclass
class Context:
    """Extensions in definition order, plus included contexts."""

    name: str
    extensions: dict[str, Extension] = field(default_factory=dict)
    includes: list[str] = field(default_factory=list)
    registrar: str = "pbx_config"


def _split_app(text: str) -> tuple[str, str]:
    """``Wait(30)`` -> ``("Wait", "30")``; ``Answer()`` -> ``("Answer", "")``."""
    paren = text.find("(")
    if paren < 0:
        return text.strip(), ""
    data = text[paren + 1 :]
    if data.endswith(")"):
        data = data[:-1]
    return text[:paren].strip(), data


def _pattern_matches(pattern: str, exten: str) -> bool:
    """``_`` patterns (``ext_cmp``): X, Z, N, [ranges], ``.`` (one or more), ``!``."""
    i = 0
    p = 0
    while p < len(pattern):
        c = pattern[p].upper()
        if c == ".":
            return i < len(exten)
        if c == "!":
            return True
        if i >= len(exten):
            return False
        ch = exten[i]
        if c == "[":
            end = pattern.find("]", p)
            if end < 0:
                return False
            chars = pattern[p + 1 : end]
            allowed = set()
            k = 0
            while k < len(chars):
                if k + 2 < len(chars) and chars[k + 1] == "-":
                    allowed |= {chr(o) for o in range(ord(chars[k]), ord(chars[k + 2]) + 1)}
                    k += 3
                else:
                    allowed.add(chars[k])
                    k += 1
            if ch not in allowed:
                return False
            p = end
        elif c == "X":
            if not ch.isdigit():
                return False
        elif c == "Z":
            if ch not in "123456789":
                return False
        elif c == "N":
            if ch not in "23456789":
                return False
        elif c != ch.upper():
            return False
        i += 1
        p += 1
    return i == len(exten)


class Dialplan:
    """Contexts from extensions.conf; globals are read by :class:`~.State`."""

    def __init__(self, conf: ConfigFile) -> None:
        self.contexts: dict[str, Context] = {}
        for cat in conf.categories:
            if cat.name in ("general", "globals"):
                continue
            self.contexts[cat.name] = self._context(cat.name, cat.variables, cat.lines)
        self._add_parking_context()

    def _context(
        self, name: str, variables: list[tuple[str, str]], lines: list[int] | None = None
    ) -> Context:
        ctx = Context(name)
        last: Extension | None = None
        last_prio = 0
        for index, (key, value) in enumerate(variables):
            line = lines[index] if lines and index < len(lines) else 0
            key = key.lower()
            if key == "include":
                ctx.includes.append(value)
                continue
            if key not in ("exten", "same"):
                continue
            parts = value.split(",", 2) if key == "exten" else ["", *value.split(",", 1)]
            if key == "exten":
                last = ctx.extensions.setdefault(parts[0], Extension(parts[0]))
            if last is None or len(parts) < 3:
                continue
            prio_text, app = parts[1].strip(), parts[2]
            if prio_text == "hint":
                last.hint = app
                last.lines[-1] = line
                continue
            prio_text, _, label = prio_text.partition("(")
            if prio_text == "n":
                last_prio += 1
            elif prio_text.isdigit():
                last_prio = int(prio_text)
            else:
                continue
            last.priorities[last_prio] = _split_app(app)
            last.lines[last_prio] = line
            if label.rstrip(")"):
                last.labels[label.rstrip(")")] = last_prio
        return ctx

    def _add_parking_context(self) -> None:
        ctx = self.contexts.setdefault("parkedcalls", Context("parkedcalls"))
        ctx.registrar = "res_parking"
        ctx.extensions["700"] = Extension("700", {1: ("Park", "")}, registrar="res_parking")
        for space in range(701, 721):  # the default lot's spaces (ParkedCall retrieves)
            ctx.extensions[str(space)] = Extension(
                str(space), {1: ("ParkedCall", f"default,{space}")},
                registrar="res_parking/default",
            )  # fmt: skip

    def find(self, context: str, exten: str, seen: set[str] | None = None) -> Extension | None:
        """An extension in ``context`` or its includes (``pbx_find_extension``)."""
        ctx = self.contexts.get(context)
        seen = seen if seen is not None else set()
        if ctx is None or context in seen:
            return None
        seen.add(context)
        if exten in ctx.extensions:
            return ctx.extensions[exten]
        for name, ext in ctx.extensions.items():
            if name.startswith("_") and _pattern_matches(name[1:], exten):
                return ext
        for inc in ctx.includes:
            found = self.find(inc, exten, seen)
            if found is not None:
                return found
        return None

    def add_priority(
        self, context: str, exten: str, priority: int, app: str, data: str, *, replace: bool
    ) -> bool:
        """DialplanExtensionAdd: priority -1 is the hint; False when it exists and
        ``replace`` is not set."""
        ctx = self.contexts.setdefault(context, Context(context))
        ext = ctx.extensions.setdefault(exten, Extension(exten))
        if priority < 0:
            if ext.hint is not None and not replace:
                return False
            ext.hint = app
            return True
        if priority in ext.priorities and not replace:
            return False
        ext.priorities[priority] = (app, data)
        return True

    def remove(self, context: str, exten: str, priority: int | None) -> bool:
        """DialplanExtensionRemove: one priority, or the whole extension."""
        ctx = self.contexts.get(context)
        ext = ctx.extensions.get(exten) if ctx is not None else None
        if ctx is None or ext is None:
            return False
        if priority is None:
            del ctx.extensions[exten]
            return True
        if priority < 0:
            if ext.hint is None:
                return False
            ext.hint = None
        elif ext.priorities.pop(priority, None) is None:
            return False
        if not ext.priorities and ext.hint is None:
            del ctx.extensions[exten]
        return True

    def exists(self, context: str, exten: str, priority: int = 1) -> bool:
        """``ast_exists_extension``."""
        ext = self.find(context, exten)
        return ext is not None and priority in ext.priorities

    def hints(self) -> list[tuple[str, str, str]]:
        """Every ``(exten, context, hint)``; newest first, standing in for the hint
        container's hash order."""
        out = [
            (ext.name, ctx.name, ext.hint)
            for ctx in self.contexts.values()
            for ext in ctx.extensions.values()
            if ext.hint is not None
        ]
        return list(reversed(out))
