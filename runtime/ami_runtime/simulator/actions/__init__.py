"""The action tables: every action each Asterisk version registers, keyed by lowercase name.

Names, synopses and privilege classes are the real servers' ``ListCommands`` replies
(``data/actions20.json``; ``data/actions22.json`` for 22 and 23, which lack chan_sip's and
res_monitor's actions), so ListCommands and privilege checks match it exactly.  Actions
the simulator does not implement stay listed (a real server lists them too) and answer
with an error that says so.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Container

from ..constants import AsteriskVersion, asterisk_version
from ..privileges import classes_to_mask
from ..state.configs import load_data_text
from . import (
    calls,
    channels,
    cli,
    core,
    data,
    dialplan,
    misc,
    parking,
    pjsip,
    queues,
    recording,
    sip,
    voicemail,
)  # fmt: skip
from .base import ActionSpec, Ctx, Handler

__all__ = ["HANDLERS", "REGISTRY", "ActionSpec", "Ctx", "implemented", "registry"]

HANDLERS: dict[str, Handler] = {}
for _module in (calls, channels, cli, core, data, dialplan, misc, parking, pjsip, queues,
                recording, sip, voicemail):  # fmt: skip
    HANDLERS.update(_module.HANDLERS)


#: Modules that decline to load without their configuration file (chan_sip, res_pjsip,
#: app_confbridge, app_agent_pool), by the prefix of the actions they register.
MODULE_FILES = (("pjsip", "pjsip.conf"), ("sip", "sip.conf"), ("confbridge", "confbridge.conf"),
                ("agent", "agents.conf"))  # fmt: skip


@functools.cache
def _table(filename: str) -> tuple[tuple[str, str, int], ...]:
    rows = json.loads(load_data_text(filename))
    return tuple((name, synopsis, classes_to_mask(classes)) for name, synopsis, classes in rows)


def _module_loaded(name: str, files: Container[str] | None) -> bool:
    low = name.lower()
    for prefix, conf in MODULE_FILES:
        if low.startswith(prefix):
            return files is None or conf in files
    return True


def registry(
    version: AsteriskVersion | str | None = None, files: Container[str] | None = None
) -> dict[str, ActionSpec]:
    """Lowercase action name -> spec, in ListCommands order, for one Asterisk version.
    With ``files`` (the configuration's file names), the actions of a module whose file
    is missing are left out, as that module would not have loaded."""
    table: dict[str, ActionSpec] = {}
    for name, synopsis, mask in _table(asterisk_version(version).actions):
        if _module_loaded(name, files):
            key = name.lower()
            table[key] = ActionSpec(name, synopsis, mask, HANDLERS.get(key))
    return table


#: Every action of Asterisk 20 (the default version, all modules loaded).
REGISTRY: dict[str, ActionSpec] = registry()

_missing = set(HANDLERS) - set(REGISTRY)
assert not _missing, f"handlers for actions Asterisk 20 does not have: {sorted(_missing)}"


def implemented() -> list[str]:
    """Names of the actions the simulator answers for real."""
    return [spec.name for spec in REGISTRY.values() if spec.handler is not None]
