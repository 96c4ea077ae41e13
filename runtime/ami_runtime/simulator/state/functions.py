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
    if name == "DB":
        family, _, key = arg.partition("/")
        return state.db.get(family, key) or ""
    if name == "DB_EXISTS":
        family, _, key = arg.partition("/")
        return "1" if state.db.get(family, key) is not None else "0"
    if name == "GLOBAL":
        return state.globals.get(arg, "")
    if name == "CALLERID" and chan is not None:
        return {"num": chan.cid_num, "name": chan.cid_name}.get(arg.lower(), "")
    if name == "CHANNEL" and chan is not None:
        return {"name": chan.name, "language": chan.language}.get(arg.lower(), "")
    return ""


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
