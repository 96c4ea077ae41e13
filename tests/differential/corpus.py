"""The differential corpus: scenarios written once, as YAML data, in ``scenarios/``.

Each file is one area::

    area: originate
    scenarios:
      - id: originate.busy            # unique; "<area>.<name>"
        title: Local channel to an extension that hangs up busy (cause 17)
        versions: ["20"]              # optional: default every version
        sessions:                     # optional: default one admin session, events on
          - {name: main, user: admin}
          - {name: lim, user: limited, events: "off"}
        mask: ['Uptime: \\d+']        # optional: regexes over "Header: value" lines and
                                      # Output lines whose matches never compare
        unordered_items: true         # optional: list items and Output lines as multisets
        ignore: [AgentComplete]       # optional: events not compared (say why)
        steps:
          - action: Originate          # every other key is a header, in the order written
            Channel: Local/999@test
            Application: Wait
            Data: "1"
            until:                     # events that must arrive before the step settles
              - {Event: Hangup, Channel: "Local/999@test-*;1"}   # values are globs

A step's keys in lower case are the harness's: ``action``, ``session`` (default ``main``),
``until``, ``raw`` (bytes to send as they are, for malformed input), ``actionid`` (true:
the harness adds one, the default; false: none; a string: that one), ``reply`` (false when
no response comes, e.g. a raw line that is not a whole message), ``closes`` (the server
ends the session), ``quiet`` (seconds of silence that end the step, default 0.2), ``unordered``
(the step's events compare as one multiset: several channels hung up at once),
``label``.  A header value may quote what an earlier message said:
``${Newchannel.Channel}`` (the first such event), ``${Newchannel.Channel[1]}``,
``${@BridgeCreate.BridgeUniqueid}`` (a step's response).  A header given a list is sent
once per item (``Variable``).  A file's ``templates:`` maps names to lists of steps that a
step ``{use: name}`` splices in (e.g. the setup of a long-lived channel).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CORPUS_DIR", "Scenario", "Session", "Step", "load_corpus"]

CORPUS_DIR = Path(__file__).with_name("scenarios")
VERSIONS = ("20", "22", "23")
_STEP_KEYS = {
    "action",
    "session",
    "until",
    "raw",
    "actionid",
    "reply",
    "closes",
    "label",
    "quiet",
    "unordered",
}
#: Seconds without a message that end a step (after its response, ``until`` and barrier).
QUIET = 0.2


@dataclass(frozen=True)
class Session:
    name: str
    user: str | None = "admin"
    events: str | None = None


@dataclass(frozen=True)
class Step:
    label: str
    session: str = "main"
    action: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    raw: str | None = None
    action_id: bool | str = True
    expect_reply: bool = True
    closes: bool = False
    until: tuple[tuple[tuple[str, str], ...], ...] = ()
    quiet: float = QUIET
    unordered: bool = False


@dataclass(frozen=True)
class Scenario:
    id: str
    area: str
    title: str
    steps: tuple[Step, ...]
    sessions: tuple[Session, ...] = (Session("main"),)
    versions: tuple[str, ...] = VERSIONS
    mask: tuple[str, ...] = ()
    unordered_items: bool = False
    ignore: tuple[str, ...] = ()
    source: str = ""


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _matcher(spec: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(spec, str):
        return (("Event", spec),)
    return tuple((str(k), _text(v)) for k, v in spec.items())


def _step(index: int, spec: dict[str, Any], where: str) -> Step:
    unknown = {k for k in spec if k.islower() and k not in _STEP_KEYS}
    if unknown:
        raise ValueError(f"{where}: unknown step keys {sorted(unknown)}")
    headers: list[tuple[str, str]] = []
    action = spec.get("action")
    if action is not None:
        headers.append(("Action", str(action)))
    for key, value in spec.items():
        if key in _STEP_KEYS:
            continue
        for item in value if isinstance(value, list) else [value]:
            headers.append((str(key), _text(item)))
    label = spec.get("label") or (str(action) if action else "raw" if "raw" in spec else "wait")
    return Step(
        label=f"{index + 1}:{label}",
        session=spec.get("session", "main"),
        action=None if action is None else str(action),
        headers=tuple(headers),
        raw=spec.get("raw"),
        action_id=spec.get("actionid", action is not None),
        expect_reply=spec.get("reply", action is not None or "raw" in spec),
        closes=bool(spec.get("closes", False)),
        until=tuple(_matcher(m) for m in spec.get("until", ())),
        quiet=float(spec.get("quiet", QUIET)),
        unordered=bool(spec.get("unordered", False)),
    )


def _splice(steps: list[dict[str, Any]], templates: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for step in steps:
        if set(step) == {"use"}:
            out.extend(_splice(templates[step["use"]], templates))
        else:
            out.append(step)
    return out


def _scenario(area: str, spec: dict[str, Any], source: str, templates: dict[str, Any]) -> Scenario:
    sid = spec["id"]
    sessions = tuple(
        Session(s["name"], s.get("user", "admin"), s.get("events"))
        for s in spec.get("sessions", ())
    ) or (Session("main"),)
    steps = tuple(
        _step(i, s, f"{source}:{sid}") for i, s in enumerate(_splice(spec["steps"], templates))
    )
    names = {s.name for s in sessions}
    for step in steps:
        if step.session not in names:
            raise ValueError(f"{source}:{sid}: step {step.label} uses unknown session")
    return Scenario(
        id=sid,
        area=area,
        title=spec.get("title", sid),
        steps=steps,
        sessions=sessions,
        versions=tuple(str(v) for v in spec.get("versions", VERSIONS)),
        mask=tuple(spec.get("mask", ())),
        unordered_items=bool(spec.get("unordered_items", False)),
        ignore=tuple(spec.get("ignore", ())),
        source=source,
    )


def load_corpus(directory: Path = CORPUS_DIR) -> list[Scenario]:
    """Every scenario of every ``*.yaml`` in ``directory``, in file then written order."""
    scenarios: list[Scenario] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for spec in doc["scenarios"]:
            scenario = _scenario(doc["area"], spec, path.name, doc.get("templates", {}))
            if scenario.id in seen:
                raise ValueError(f"{path.name}: duplicate scenario id {scenario.id}")
            seen.add(scenario.id)
            scenarios.append(scenario)
    return scenarios
