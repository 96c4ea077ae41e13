"""What the simulator takes from a configuration directory, and what it leaves out.

The simulator reads a subset of Asterisk's configuration files (docs/simulator.md,
"Your own configuration").  :func:`ignored_lines` walks the loaded files and reports
every line the simulator keeps for GetConfig but does not act on, with the reason, so a
user pointing ``--config-dir`` at a real server's files knows which parts of their
setup the simulator will not reproduce.
"""

from __future__ import annotations

from dataclasses import dataclass

from .confparse import Category, ConfigFile
from .constants import AsteriskVersion
from .state.configs import ConfigStore

__all__ = ["UNDERSTOOD", "Ignored", "ignored_lines"]


@dataclass(frozen=True, slots=True)
class Ignored:
    """One configuration line the simulator does not act on."""

    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


#: File -> category kind -> the option names the simulator acts on.  The kind of a
#: category is its ``type`` option (pjsip.conf, confbridge.conf, sip.conf), ``general``,
#: or ``*`` for any other category.
UNDERSTOOD: dict[str, dict[str, frozenset[str]]] = {
    "extensions.conf": {
        "general": frozenset(),
        "globals": frozenset({"*"}),
        "*": frozenset({"exten", "same", "include"}),
    },
    "queues.conf": {
        "general": frozenset(),
        "*": frozenset(
            {
                "strategy",
                "maxlen",
                "weight",
                "servicelevel",
                "wrapuptime",
                "member",
                "timeout",
                "retry",
                "ringinuse",
            }
        ),
    },  # fmt: skip
    "voicemail.conf": {"general": frozenset(), "zonemessages": frozenset(), "*": frozenset({"*"})},
    "manager.conf": {"general": frozenset(), "*": frozenset({"secret", "read", "write"})},
    "sip.conf": {
        "general": frozenset({"useragent"}),
        "*": frozenset(
            {
                "type",
                "host",
                "port",
                "secret",
                "context",
                "callerid",
                "mailbox",
                "qualify",
            }
        ),
    },  # fmt: skip
    # every option of these types is printed by the PJSIPShow* actions
    "pjsip.conf": {
        kind: frozenset({"*"})
        for kind in ("endpoint", "aor", "auth", "transport", "registration", "global")
    },
    "res_parking.conf": {
        "general": frozenset(),
        "*": frozenset({"parkext", "parkpos", "context", "parkingtime"}),
    },
    "agents.conf": {"general": frozenset(), "*": frozenset({"fullname"})},
    "confbridge.conf": {
        "general": frozenset(),
        "bridge": frozenset({"type"}),
        "user": frozenset({"type", "admin", "marked"}),
        "menu": frozenset({"type"}),
    },
    "features.conf": {"general": frozenset({"atxferabort"}), "*": frozenset({"atxfer"})},
    "pjsip_notify.conf": {"*": frozenset({"*"})},
    "sip_notify.conf": {"*": frozenset({"*"})},
}


def _kind(file: str, cat: Category) -> str:
    if cat.name == "general" or (file == "extensions.conf" and cat.name == "globals"):
        return cat.name
    if file == "voicemail.conf" and cat.name == "zonemessages":
        return cat.name
    if file in ("pjsip.conf", "confbridge.conf"):
        return (cat.get("type") or "").lower()
    return "*"


def _file_lines(file: str, conf: ConfigFile, known_apps: frozenset[str]) -> list[Ignored]:
    table = UNDERSTOOD[file]
    out = [
        Ignored(file, line, f"directive {text!r} is not followed") for line, text in conf.directives
    ]
    for cat in conf.categories:
        if cat.is_template:
            continue
        kind = _kind(file, cat)
        known = table.get(kind, table.get("*"))
        if known is None:
            out.append(Ignored(file, cat.line, f"[{cat.name}]: type {kind!r} is not simulated"))
            continue
        for index, (key, value) in enumerate(cat.variables):
            line = cat.line_of(index)
            if not line:
                continue
            low = key.lower()
            if "*" not in known and low not in known:
                reason = f"[{cat.name}] option {key!r}: no effect in the simulator"
                out.append(Ignored(file, line, reason))
            elif file == "extensions.conf" and low in ("exten", "same"):
                parts = value.split(",", 2 if low == "exten" else 1)
                app = parts[-1].split("(", 1)[0].strip().lower() if len(parts) > 1 else ""
                if app and app not in known_apps and parts[-2].strip() != "hint":
                    out.append(Ignored(
                        file, line,
                        f"[{cat.name}] application {app!r} is not simulated "
                        "(a channel reaching it hangs up)",
                    ))  # fmt: skip
    return out


def ignored_lines(configs: ConfigStore, version: AsteriskVersion) -> list[Ignored]:
    """Every line of ``configs`` the simulator keeps but does not act on, file by file."""
    from .state.apps import APPS

    known_apps = frozenset(APPS)
    out: list[Ignored] = []
    for file in sorted(configs.files):
        conf = configs.files[file]
        if file == "sip.conf" and not version.has_sip:
            out.append(Ignored(file, 0, f"chan_sip is not in Asterisk {version.major}"))
        elif file in UNDERSTOOD:
            out.extend(_file_lines(file, conf, known_apps))
        elif conf.categories:
            out.append(Ignored(file, 0, "not used by the simulator (GetConfig/UpdateConfig only)"))
    return out
