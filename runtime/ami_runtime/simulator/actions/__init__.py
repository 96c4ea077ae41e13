"""The action table: every action Asterisk 20 registers, keyed by lowercase name.

Names, synopses and privilege classes are the recorded server's ``ListCommands`` reply
(``data/actions.json``), so ListCommands and privilege checks match it exactly.  Actions
the simulator does not implement stay listed (a real server lists them too) and answer
with an error that says so.
"""

from __future__ import annotations

import json
from importlib import resources

from ..privileges import classes_to_mask
from . import calls, channels, cli, core, data, dialplan, parking, queues, recording, sip, voicemail
from .base import ActionSpec, Ctx, Handler

__all__ = ["HANDLERS", "REGISTRY", "ActionSpec", "Ctx", "implemented"]

HANDLERS: dict[str, Handler] = {}
for _module in (calls, channels, cli, core, data, dialplan, parking, queues, recording, sip,
                voicemail):  # fmt: skip
    HANDLERS.update(_module.HANDLERS)


def _load() -> dict[str, ActionSpec]:
    text = (resources.files("ami_runtime.simulator") / "data" / "actions.json").read_text("utf-8")
    table: dict[str, ActionSpec] = {}
    for name, synopsis, classes in json.loads(text):
        key = name.lower()
        table[key] = ActionSpec(name, synopsis, classes_to_mask(classes), HANDLERS.get(key))
    return table


#: Lowercase action name -> spec, in ListCommands order.
REGISTRY: dict[str, ActionSpec] = _load()

_missing = set(HANDLERS) - set(REGISTRY)
assert not _missing, f"handlers for actions Asterisk 20 does not have: {sorted(_missing)}"


def implemented() -> list[str]:
    """Names of the actions the simulator answers for real."""
    return [spec.name for spec in REGISTRY.values() if spec.handler is not None]
