"""The Command action with a handful of CLI commands, in the 14+ ``Output:`` format.

``action_command`` (``main/manager.c``) runs the CLI command and sends one ``Output:``
header per line (one final newline trimmed; empty output gives one empty ``Output:``),
``Response: Error`` when the command does not exist or fails.  Texts follow
``main/cli.c`` (``handle_chanlist``, ``ast_cli_command_full``'s "No such command") and
``main/db.c`` (``handle_cli_database_show``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..state import State
from ..state.channels import Channel
from .base import Ctx, Handler

__all__ = ["HANDLERS", "run_cli"]

_BLACKLIST = (("module", "load"), ("module", "unload"), ("restart", "gracefully"))

#: A sample of Asterisk 20's CLI commands, for "type 'core show help ...'" hints.
_KNOWN = [
    c.split()
    for c in (
        "core show version", "core show channels", "core show channel", "core show uptime",
        "core show help", "core show hints", "core show settings", "core reload",
        "core stop now", "core restart now", "database show", "database get", "database put",
        "database del", "database deltree", "database showkey", "dialplan show",
        "dialplan reload", "module show", "module reload", "module load", "module unload",
        "manager show commands", "manager show connected", "queue show", "sip show peers",
        "sip show peer", "sip show registry", "channel request hangup", "logger rotate",
        "voicemail show users", "bridge show all", "parking show", "agi show commands",
        "no debug channel", "help", "!",
    )
]  # fmt: skip

CliResult = tuple[bool, str]


def _find_best(words: list[str]) -> str:
    """``find_best``: words up to and including the first that matches no command."""
    best: list[str] = []
    for i, word in enumerate(words):
        best.append(word)
        prefix = words[:i]
        if i == 0:
            continue
        if not any(len(c) > i and c[:i] == prefix and c[i].startswith(word) for c in _KNOWN):
            break
    return " ".join(best)


def _location(ch: Channel) -> str:
    return f"{ch.exten}@{ch.context}:{ch.priority}" if ch.exten else "(None)"


def _appdata(ch: Channel) -> str:
    return f"{ch.application}({ch.data})" if ch.application else "(None)"


def _ess(n: int) -> str:
    return "" if n == 1 else "s"


def _show_channels(state: State, args: list[str]) -> CliResult:
    chans = state.channels.all()
    if args and args[0] == "concise":
        lines = [
            f"{c.name}!{c.context}!{c.exten}!{c.priority}!{_state(c)}!{c.application}!"
            f"{c.data}!{c.cid_num}!{c.accountcode}!!3!{c.duration()}!{c.bridge_id}!{c.uniqueid}"
            for c in chans
        ]
        return True, "".join(line + "\n" for line in lines)
    fmt = "{:<64.64} {:<32.32} {:<7.7} {:<30.30}\n"
    out = fmt.format("Channel", "Location", "State", "Application(Data)")
    out += "".join(fmt.format(c.name, _location(c), _state(c), _appdata(c)) for c in chans)
    calls = len({c.linkedid for c in chans})
    processed = state.channels.processed_calls
    out += f"{len(chans)} active channel{_ess(len(chans))}\n"
    out += f"{calls} active call{_ess(calls)}\n{processed} call{_ess(processed)} processed\n"
    return True, out


def _state(ch: Channel) -> str:
    from ..events import STATE_DESC

    return STATE_DESC.get(ch.state, "Unknown")


def _database_show(state: State, args: list[str]) -> CliResult:
    family = args[0] if args else ""
    key = args[1] if len(args) > 1 else ""
    rows = state.db.tree(family, key)
    out = "".join(f"{path:<50}: {value:<25}\n" for path, value in rows)
    return True, out + f"{len(rows)} results found.\n"


def _database_get(state: State, args: list[str]) -> CliResult:
    if len(args) != 2:
        return False, ""
    value = state.db.get(args[0], args[1])
    return (
        (True, f"Value: {value}\n") if value is not None else (True, "Database entry not found.\n")
    )


def _database_put(state: State, args: list[str]) -> CliResult:
    if len(args) != 3:
        return False, ""
    state.db.put(args[0], args[1], args[2])
    return True, "Updated database successfully\n"


def _module_show(state: State, args: list[str]) -> CliResult:
    like = args[1] if len(args) > 1 and args[0] == "like" else ""
    return True, state.modules.show(like)


_COMMANDS: dict[tuple[str, ...], Callable[[State, list[str]], CliResult]] = {
    ("module", "show"): _module_show,
    ("core", "show", "version"): lambda s, a: (True, s.version.version_line + "\n"),
    ("core", "show", "channels"): _show_channels,
    ("database", "show"): _database_show,
    ("database", "get"): _database_get,
    ("database", "put"): _database_put,
}


def run_cli(state: State, command: str) -> tuple[bool, str]:
    """Run one CLI line: (found and succeeded, output text)."""
    words = command.split()
    for length in (3, 2):
        fn = _COMMANDS.get(tuple(words[:length]))
        if fn is not None:
            return fn(state, words[length:])
    hint = _find_best(words)
    return False, (
        f"No such command '{command}' (type 'core show help {hint}' for other possible commands)\n"
    )


def command(ctx: Ctx) -> None:
    """``Command``: run a CLI command and send its output as ``Output:`` lines."""
    cmd = ctx.get("Command")
    if not cmd:
        ctx.error("No command provided")
        return
    if tuple(cmd.split()[:2]) in _BLACKLIST:
        ctx.error("Command blacklisted")
        return
    ok, text = run_cli(ctx.state, cmd)
    if text.endswith("\n"):
        text = text[:-1]
    lines = [("Output", line) for line in text.split("\n")]
    ctx.respond("Success" if ok else "Error", "Command output follows", lines)


HANDLERS: dict[str, Handler] = {"command": command}
