"""Typed values agree with the catalogue's own constants, both ways (issue 15).

Inbound: an event header whose documented values are integers, or whose values are a
constants group of ``spec/constants.yaml`` (``headers:``), reads as the constants' type,
so ``event.reason == core.ORIGINATE_RESULT_ANSWERED`` holds.  Outbound: every typed field
(bool, int, float, documented values) is checked before anything is sent, and the error
names the field and what it allows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from ami import core, events
from ami.events import EVENTS
from ami_runtime.headers import IntHeader, StrHeader

from codegen.catalogue import load

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = load(ROOT / "spec")
_INTEGER = re.compile(r"^-?\d+$")


def test_originate_response_reason_compares_with_the_originate_result_constants() -> None:
    event = events.OriginateResponse(
        [("Event", "OriginateResponse"), ("Response", "Success"), ("Reason", "4")]
    )
    assert event.reason == core.ORIGINATE_RESULT_ANSWERED
    assert core.ORIGINATE_RESULT_MAP.get(event.reason) == "ANSWERED"
    failed = events.OriginateResponse([("Event", "OriginateResponse"), ("Reason", "5")])
    assert core.ORIGINATE_RESULT_MAP[failed.reason] == "BUSY"  # type: ignore[index]


def _header(event_name: str, attr: str) -> Any:
    return EVENTS[event_name].__dict__.get(attr) or getattr(EVENTS[event_name], attr)


def test_every_header_with_integer_values_reads_as_an_int() -> None:
    checked = 0
    for event in CATALOGUE.events:
        for field in event.fields:
            if field.values and all(_INTEGER.match(v) for v in field.values):
                descriptor = _header(event.name, field.attr)
                assert isinstance(descriptor, IntHeader), f"{event.name}.{field.key}"
                checked += 1
    assert checked > 10


def test_every_header_linked_to_constants_reads_as_the_constants_type() -> None:
    doc = yaml.safe_load((ROOT / "spec" / "constants.yaml").read_text(encoding="utf-8"))
    linked = [g for g in doc["groups"] if g.get("headers")]
    assert linked, "constants.yaml links no header"
    for group in linked:
        for header in group["headers"]:
            event_name, _, key = header.partition(".")
            cls = EVENTS[event_name]
            [descriptor] = [
                d
                for d in vars(cls).values()
                if isinstance(d, (IntHeader, StrHeader)) and d.key == key
            ]
            for const in group["constants"]:
                event = cls([("Event", event_name), (key, str(const["value"]))])
                value = getattr(event, descriptor.attr)
                assert value == getattr(core, const["name"]), f"{header}: {const['name']}"
                assert type(value) is type(const["value"])
