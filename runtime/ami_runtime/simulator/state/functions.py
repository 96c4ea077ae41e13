"""Reading variables and dialplan functions for Getvar and ``${...}`` substitution.

``pbx_retrieve_variable`` (``main/pbx_variables.c``) looks at builtin channel variables,
then the channel's own, then globals; a name ending in ``)`` is a function call
(``ast_func_read``), and an unknown function reads as empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import State
    from .channels import Channel

__all__ = ["read_variable", "substitute"]

_FUNC = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\((.*)\)$", re.S)
_VAR = re.compile(r"\$\{([^{}]*)\}")


def _builtin(chan: Channel, name: str) -> str | None:
    table: dict[str, Callable[[], str]] = {
        "CHANNEL": lambda: chan.name,
        "UNIQUEID": lambda: chan.uniqueid,
        "CONTEXT": lambda: chan.context,
        "EXTEN": lambda: chan.exten,
        "PRIORITY": lambda: str(chan.priority),
        "CALLERID(num)": lambda: chan.cid_num,
        "CALLERID(name)": lambda: chan.cid_name,
        "LANGUAGE": lambda: chan.language,
        "ACCOUNTCODE": lambda: chan.accountcode,
    }
    fn = table.get(name)
    return fn() if fn is not None else None


def _function(state: State, chan: Channel | None, func: str, arg: str) -> str:
    name = func.upper()
    if name == "LEN":
        return str(len(arg))
    if name == "DEVICE_STATE":
        return state.device_state(arg)
    if name == "EXTENSION_STATE":
        exten, _, context = arg.partition("@")
        ext = state.dialplan.find(context or "default", exten)
        if ext is None or ext.hint is None:
            return "UNKNOWN"
        return {0: "NOT_INUSE", 1: "INUSE", 2: "BUSY", 4: "UNAVAILABLE", 8: "RINGING"}.get(
            state.hint_state(ext.hint), "UNKNOWN"
        )
    if name in ("DB", "DB_EXISTS"):
        # func_db refuses to run without a channel (a Getvar with no Channel)
        if chan is None:
            return "" if name == "DB" else "0"
        family, _, key = arg.partition("/")
        if name == "DB":
            return state.db.get(family, key) or ""
        return "1" if state.db.get(family, key) is not None else "0"
    if name == "GLOBAL":
        return state.globals.get(arg, "")
    if name == "MATH":
        return _math(arg)
    if name == "CALLERID" and chan is not None:
        return _callerid(chan, arg.lower())
    if name == "CHANNEL" and chan is not None:
        return _channel(chan, arg.lower())
    return ""


def _callerid(chan: Channel, item: str) -> str:
    if item == "all":
        if chan.cid_name:
            return f'"{chan.cid_name}" <{chan.cid_num}>'
        return f"<{chan.cid_num}>" if chan.cid_num else ""
    return {"num": chan.cid_num, "number": chan.cid_num, "name": chan.cid_name}.get(item, "")


def _channel(chan: Channel, item: str) -> str:
    """``CHANNEL()`` items (``func_channel.c``)."""
    from ..events import STATE_DESC

    table = {
        "name": chan.name, "language": chan.language, "state": STATE_DESC.get(chan.state, ""),
        "channeltype": chan.tech, "audionativeformat": f"({chan.codec})",
        "audioreadformat": chan.codec, "audiowriteformat": chan.codec,
        "accountcode": chan.accountcode, "musicclass": "", "parkinglot": "",
        "context": chan.context, "exten": chan.exten, "priority": str(chan.priority),
        "uniqueid": chan.uniqueid, "linkedid": chan.linkedid, "callgroup": "",
        "pickupgroup": "", "amaflags": "3", "hangupsource": "",
    }  # fmt: skip
    return table.get(item, "")


_MATH = re.compile(r"^\s*(-?[0-9.]+)\s*(\*\*|//|[-+*/%^<>]|<=|>=|==)\s*(-?[0-9.]+)\s*$")


def _math(arg: str) -> str:
    """``MATH(a op b[,type])`` (``func_math.c``): f (default), i, h, c result types."""
    expression, _, kind = arg.partition(",")
    match = _MATH.match(expression)
    if match is None:
        return ""
    a, op, b = float(match.group(1)), match.group(2), float(match.group(3))
    ops: dict[str, Callable[[], float]] = {
        "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
        "/": lambda: a / b if b else 0.0, "%": lambda: a % b if b else 0.0,
        "^": lambda: a**b, "<": lambda: float(a < b), ">": lambda: float(a > b),
        "<=": lambda: float(a <= b), ">=": lambda: float(a >= b), "==": lambda: float(a == b),
    }  # fmt: skip
    value = ops[op]() if op in ops else 0.0
    kind = kind.strip().lower()
    if kind in ("i", "int"):
        return str(int(value))
    if kind in ("h", "hex"):
        return hex(int(value))
    if kind in ("c", "char"):
        return chr(int(value))
    return f"{value:f}"


def read_variable(state: State, chan: Channel | None, name: str) -> str:
    """The value Getvar reports: empty when unset or unknown."""
    match = _FUNC.match(name)
    if match is not None:
        return _function(state, chan, match.group(1), substitute(state, chan, match.group(2)))
    if chan is not None:
        builtin = _builtin(chan, name)
        if builtin is not None:
            return builtin
        if name in chan.variables:
            return chan.variables[name]
    return state.globals.get(name, "")


def substitute(state: State, chan: Channel | None, text: str) -> str:
    """Expand ``${NAME}`` and ``${FUNC(args)}`` (innermost first)."""
    for _ in range(20):
        new = _VAR.sub(lambda m: read_variable(state, chan, m.group(1)), text)
        if new == text:
            return new
        text = new
    return text
