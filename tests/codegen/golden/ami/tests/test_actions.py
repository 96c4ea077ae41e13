# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: test_actions.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for every generated action class, from the catalogue's examples.

EXAMPLES pairs a typical call of each class with the AMI action name and the header
lines it must send after ``Action`` and ``ActionID``; REQUIRED
names the fields the catalogue marks required (each refused when missing); MINIMAL
gives, for classes whose example passes optional arguments, the call with the required
ones only, the attribute defaults and the headers it must (not) send.
"""

import copy

import pytest
from ami_runtime import InvalidInput, Request, Response
from ami_runtime.framing import encode_message

from ami import core

EXAMPLES = [
    (
        core.Dial("PJSIP/100", variables={"A": "1", "B": "x,y"}, timeout=3000),
        "Dial",
        (
            "Channel: PJSIP/100",
            "Timeout: 3000",
            "Async: true",
            "Variable: A=1",
            "Variable: B=x\\,y",
        ),
    ),
    (core.Ring("thing-1"), "Ring", ("Thing: thing-1",)),
    (core.Shout(Name="Hello", **{"X-Extra": "1"}), "Shout", ("Name: Hello", "X-Extra: 1")),
    (core.ShowThings(), "ShowThings", ()),
]

REQUIRED = {
    "Dial": ("channel",),
    "Ring": ("thing",),
    "Shout": ("name",),
}

MINIMAL = [
    pytest.param(
        core.Dial("PJSIP/100"),
        {"async_": True, "variables": None, "timeout": None},
        (("Async", "true"),),
        ("Timeout", "Variable"),
        id="Dial",
    ),
]


def _string_field(req: Request[Response]) -> str | None:
    """A field of ``req`` holding a string that is sent as is (required ones first)."""
    fields = sorted(req.FIELDS, key=lambda f: not f.required)
    for f in fields:
        if f.encoding in ("str", "secret") and isinstance(getattr(req, f.name, None), str):
            return f.name
    return None


def _ids(rows: list[tuple[Request[Response], str, tuple[str, ...]]]) -> list[str]:
    return [type(row[0]).__name__ for row in rows]


INJECTABLE = [row for row in EXAMPLES if _string_field(row[0]) is not None]


@pytest.mark.parametrize(("req", "action", "lines"), EXAMPLES, ids=_ids(EXAMPLES))
def test_example_sends_the_expected_bytes(
    req: Request[Response], action: str, lines: tuple[str, ...]
) -> None:
    expected = "".join(f"{line}\r\n" for line in (f"Action: {action}", "ActionID: test-1", *lines))
    assert encode_message(req.action_name, "test-1", req.headers()) == (expected + "\r\n").encode()


@pytest.mark.parametrize(("req", "action", "lines"), EXAMPLES, ids=_ids(EXAMPLES))
def test_example_refuses_each_required_field_missing(
    req: Request[Response], action: str, lines: tuple[str, ...]
) -> None:
    for attr in REQUIRED.get(type(req).__name__, ()):
        broken = copy.copy(req)
        object.__setattr__(broken, attr, None)
        with pytest.raises(InvalidInput) as info:
            broken.headers()
        assert info.value.field == attr


@pytest.mark.parametrize(("req", "action", "lines"), INJECTABLE, ids=_ids(INJECTABLE))
def test_example_refuses_control_characters(
    req: Request[Response], action: str, lines: tuple[str, ...]
) -> None:
    attr = _string_field(req)
    assert attr is not None
    broken = copy.copy(req)
    object.__setattr__(broken, attr, getattr(req, attr) + "\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        broken.headers()


@pytest.mark.parametrize(("req", "defaults", "sent", "unsent"), MINIMAL)
def test_minimal_call_applies_the_catalogue_defaults(
    req: Request[Response],
    defaults: dict[str, object],
    sent: tuple[tuple[str, str], ...],
    unsent: tuple[str, ...],
) -> None:
    for attr, value in defaults.items():
        assert getattr(req, attr) == value
        assert type(getattr(req, attr)) is type(value)
    if sent or unsent:  # () for a transform's action: its minimal call may not be sendable
        pairs = req.headers()
        assert set(sent) <= set(pairs)
        assert not {key for key, _ in pairs} & set(unsent)
