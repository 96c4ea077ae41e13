"""What the live suite confirmed on a real server: actions answered, events received.

Live tests call :func:`record` for each action class a real Asterisk answered as the
catalogue says (OK or refused for the fixture's state, never WRONG) and for each event type
it sent that its typed class read without error. At the end of the session the records are
written as JSON (``$AMI_LIVE_RECORD``, default ``build/live-verified.json``) so that the
catalogue can be checked against them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

__all__ = ["Kind", "dump", "record", "recorded"]

Kind = Literal["action", "event"]

_RECORDS: dict[Kind, dict[str, set[str]]] = {"action": {}, "event": {}}


def record(kind: Kind, name: str, version: str) -> None:
    """Note that ``name`` (an action class or an AMI event name) was confirmed on ``version``."""
    if kind not in _RECORDS:
        raise ValueError(f"kind must be 'action' or 'event', not {kind!r}")
    _RECORDS[kind].setdefault(name, set()).add(version)


def recorded() -> dict[Kind, dict[str, list[str]]]:
    """Everything recorded so far, sorted."""
    return {
        kind: {name: sorted(versions) for name, versions in sorted(names.items())}
        for kind, names in _RECORDS.items()
    }


def dump(path: Path | None = None) -> Path:
    """Write :func:`recorded` as JSON; returns the path."""
    target = path or Path(os.environ.get("AMI_LIVE_RECORD", "build/live-verified.json"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(recorded(), indent=1, sort_keys=True) + "\n")
    return target
