"""What the live suite confirmed on a real server: actions answered, events received.

Live tests call :func:`record` for each action class a real Asterisk answered as the
catalogue says (OK or refused for the fixture's state, never WRONG) and for each event type
it sent that its typed class read without error. At the end of the session the records are
written as JSON (``$AMI_LIVE_RECORD``, default ``build/live-verified.json``), and
``spec/verified.yaml`` is checked against them (``tests/live/conftest.py``; ``make
live-verified`` rewrites it: see docs/live-tests.md).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from codegen.verified import VERIFIED_FILE, compare, load_verified, parse_records

__all__ = ["Kind", "dump", "record", "recorded", "stale"]

SPEC = Path(__file__).resolve().parents[2] / "spec"

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


def dump(
    path: Path | None = None, versions: Sequence[str] | None = None, complete: bool = True
) -> Path:
    """Write :func:`recorded` as JSON; returns the path.

    ``versions`` are the versions the run covered (``python -m codegen.verified`` rewrites or
    checks only those), ``complete`` whether it ran the whole live suite.
    """
    target = path or Path(os.environ.get("AMI_LIVE_RECORD", "build/live-verified.json"))
    target.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = dict(recorded())
    if versions is not None:
        data["versions"] = sorted(versions)
    data["complete"] = complete
    target.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    return target


def stale(versions: Sequence[str], complete: bool, spec_dir: Path = SPEC) -> list[str]:
    """How ``spec/verified.yaml`` differs from what this run confirmed, for ``versions``.

    A partial run (``complete=False``) reports only what it confirmed and the file lacks.
    ``$AMI_VERIFIED_FILE`` checks another file instead (the test of this check does).
    """
    current = load_verified(Path(os.environ.get("AMI_VERIFIED_FILE") or spec_dir / VERIFIED_FILE))
    records, _ = parse_records(recorded())
    return [str(d) for d in compare(current, records, versions, complete)]
