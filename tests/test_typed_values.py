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

import pytest
import yaml
from ami import core, events
from ami.events import EVENTS
from ami_runtime import InvalidInput
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


# -- outbound: checked before sending --------------------------------------------------


def test_a_float_field_refuses_a_word_naming_the_field() -> None:
    with pytest.raises(InvalidInput, match=r"'seconds' \(Timeout\) needs a number") as caught:
        core.AbsoluteTimeout("SIP/a-1", "ten").headers()  # type: ignore[arg-type]
    assert caught.value.field == "seconds"
    assert ("Timeout", "1.5") in core.AbsoluteTimeout("SIP/a-1", 1.5).headers()
    assert ("Timeout", "10") in core.AbsoluteTimeout("SIP/a-1", "10").headers()  # type: ignore[arg-type]
    for junk in (True, float("nan"), float("inf"), "1e999"):
        with pytest.raises(InvalidInput):
            core.AbsoluteTimeout("SIP/a-1", junk).headers()  # type: ignore[arg-type]


def test_a_bool_field_refuses_what_asterisk_would_read_as_false() -> None:
    with pytest.raises(InvalidInput, match=r"'paused' \(Paused\) needs a bool.*yes/no") as caught:
        core.QueuePause("SIP/1", "maybe", "support").headers()  # type: ignore[arg-type]
    assert caught.value.field == "paused"
    for given, sent in (
        (True, "true"),
        ("yes", "yes"),  # a bool word is sent as given: Asterisk reads it the same
        ("On", "On"),
        (1, "true"),
        ("no", "no"),
        (0, "false"),
    ):
        assert ("Paused", sent) in core.QueuePause("SIP/1", given, "q").headers()  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        core.QueuePause("SIP/1", 2, "q").headers()  # type: ignore[arg-type]


def test_a_field_with_documented_values_refuses_any_other() -> None:
    with pytest.raises(InvalidInput, match=r"'state' \(State\) must be one of on, off") as caught:
        core.PJSIPSetMaintenance("alice", "maybe").headers()  # type: ignore[arg-type]
    assert caught.value.field == "state"
    assert ("State", "on") in core.PJSIPSetMaintenance("alice", "on").headers()
    assert ("State", "OFF") in core.PJSIPSetMaintenance("alice", "OFF").headers()  # type: ignore[arg-type]


_VALID: dict[str, object] = {
    "str": "x",
    "secret": "s",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "list": ["a"],
    "mask": "on",
    "variables": {"A": "1"},
    "headers": {},
    "numbered": [],
    "local": None,
}


def _instance(cls: type[Any], values: dict[str, object]) -> Any:
    """An instance with every field None but ``values`` (no constructor: any class)."""
    inst = object.__new__(cls)
    for field in cls.FIELDS:
        value = values.get(field.name)
        if value is None and field.required:
            value = field.choices[0] if field.choices else _VALID[field.encoding]
        object.__setattr__(inst, field.name, value)
    for name in getattr(cls, "__dataclass_fields__", {}):
        if not hasattr(inst, name):
            object.__setattr__(inst, name, None)
    return inst


def test_every_typed_field_of_the_catalogue_is_checked_before_sending() -> None:
    from ami.actions import ACTIONS

    checked: dict[str, int] = {}
    for cls in ACTIONS.values():
        for field in cls.FIELDS:
            if field.any_text:  # any string is its value (an event mask, a module name)
                continue
            if field.encoding in ("int", "float", "bool") or field.choices:
                kind = "choices" if field.choices else field.encoding
                valid = field.choices[0] if field.choices else _VALID[field.encoding]
                if cls.TRANSFORM is None:  # (a transform may need other fields too)
                    _instance(cls, {field.name: valid}).headers()
                with pytest.raises(InvalidInput) as caught:
                    _instance(cls, {field.name: "not-a-valid-value"}).headers()
                assert caught.value.field == field.name, f"{cls.__name__}.{field.name}"
                assert field.name in str(caught.value)
                checked[kind] = checked.get(kind, 0) + 1
    assert set(checked) == {"int", "float", "bool", "choices"}, checked
    assert checked["choices"] >= 15
