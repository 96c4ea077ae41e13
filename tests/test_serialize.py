"""The serializer: requests -> checked header pairs -> the exact bytes of ``ROUND_TRIP``.

The round-trip table lives in ``test_framing.py``: the bytes the parser reads back there
are the bytes every request case here must produce.  The other tables cover each field
encoding and every input the injection guard must refuse.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest
from ami_runtime import Action, AmiProtocol, InvalidInput
from ami_runtime.action import Field, Request
from ami_runtime.framing import encode_message
from ami_runtime.message import Response
from ami_runtime.serialize import (
    MAX_LINE_BYTES,
    MAX_LINES,
    check_pair,
    escape_variable_value,
    to_pairs,
)

from tests.test_framing import ROUND_TRIP, Case

REQUEST_CASES = [c for c in ROUND_TRIP if c.messages[0][0][0][0] == "Action"]


def _action(case: Case) -> tuple[Action, str]:
    [(pairs, _)] = case.messages
    headers: dict[str, Any] = {}
    for key, value in pairs[2:]:
        previous = headers.get(key)
        if previous is None:
            headers[key] = value
        else:
            headers[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
    return Action(pairs[0][1], **headers), pairs[1][1]


@pytest.mark.parametrize("case", REQUEST_CASES, ids=lambda c: c.id)
def test_requests_serialize_to_the_round_trip_bytes(case: Case) -> None:
    request, action_id = _action(case)
    assert encode_message(request.action_name, action_id, to_pairs(request)) == case.wire
    protocol = AmiProtocol()
    assert protocol.send(request, action_id=action_id) == (action_id, case.wire)
    assert protocol.pending == (action_id,)


def test_round_trip_table_has_requests() -> None:
    assert len(REQUEST_CASES) >= 4


# -- field encodings -------------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)  # as generated: Request.__repr__ masks secrets
class Sample(Request[Response]):
    """One field per encoding, as the generator would emit them."""

    ACTION: ClassVar[str] = "Sample"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("count", "Count", "int"),
        Field("seconds", "Timeout", "float"),
        Field("flag", "Flag", "bool"),
        Field("tone", "Tone", "bool", true="yes", false="no", choices=("Channel2", "Both")),
        Field("quiet", "Quiet", "bool", true="true", false=None),
        Field("variables", "Variable", "variables"),
        Field("codecs", "Codecs", "list"),
        Field("mask", "EventMask", "mask", empty="off"),
        Field("changes", "", "numbered", subkeys=("Action", "Cat", "Var")),
        Field("headers", "", "headers"),
        Field("secret", "Secret", "secret"),
        Field("local", "Local", "local"),
    )

    channel: str | None = None
    count: Any = None
    seconds: Any = None
    flag: Any = None
    tone: Any = None
    quiet: Any = None
    variables: Any = None
    codecs: Any = None
    mask: Any = None
    changes: Any = None
    headers: Any = None
    secret: Any = None
    local: Any = None


ENCODINGS: list[tuple[str, dict[str, Any], list[tuple[str, str]]]] = [
    ("required-only", {}, []),
    ("int", {"count": 3}, [("Count", "3")]),
    ("int-from-str", {"count": "7"}, [("Count", "7")]),
    ("float-integral", {"seconds": 5.0}, [("Timeout", "5")]),
    ("float-fraction", {"seconds": 1.5}, [("Timeout", "1.5")]),
    ("bool-true", {"flag": True}, [("Flag", "true")]),
    ("bool-false", {"flag": False}, [("Flag", "false")]),
    ("bool-custom-words", {"tone": False}, [("Tone", "no")]),
    ("bool-own-word-as-is", {"tone": "Channel2"}, [("Tone", "Channel2")]),
    ("bool-word-as-is", {"flag": "yes"}, [("Flag", "yes")]),
    ("bool-false-sends-nothing", {"quiet": False}, []),
    (
        "variables-escaped",
        {"variables": {"A": "x,y", "B": 'say "hi"\\'}},
        [("Variable", "A=x\\,y"), ("Variable", 'B=say \\"hi\\"\\\\')],
    ),
    ("variables-pairs", {"variables": [("X", 1)]}, [("Variable", "X=1")]),
    ("list", {"codecs": ["ulaw", "alaw"]}, [("Codecs", "ulaw,alaw")]),
    ("list-str", {"codecs": "gsm"}, [("Codecs", "gsm")]),
    ("mask-list", {"mask": ["call", "system"]}, [("EventMask", "call,system")]),
    ("mask-empty", {"mask": []}, [("EventMask", "off")]),
    ("mask-bool", {"mask": True}, [("EventMask", "on")]),
    (
        "numbered",
        {"changes": [("NewCat", "c"), ("Append", "c", "v")]},
        [
            ("Action-000000", "NewCat"),
            ("Cat-000000", "c"),
            ("Action-000001", "Append"),
            ("Cat-000001", "c"),
            ("Var-000001", "v"),
        ],
    ),
    (
        "headers-repeat",
        {"headers": {"X-A": "1", "X-B": ["2", "3"]}},
        [("X-A", "1"), ("X-B", "2"), ("X-B", "3")],
    ),
    ("secret", {"secret": "hunter2"}, [("Secret", "hunter2")]),
    ("local-never-sent", {"local": "anything"}, []),
]


@pytest.mark.parametrize(
    ("values", "pairs"), [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS]
)
def test_field_encodings(values: dict[str, Any], pairs: list[tuple[str, str]]) -> None:
    assert to_pairs(Sample(channel="Local/1@t", **values)) == [("Channel", "Local/1@t"), *pairs]


def test_missing_required_field_is_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match="channel") as info:
        to_pairs(Sample())
    assert info.value.field == "channel"


def test_secret_is_masked_in_repr() -> None:
    text = repr(Sample(channel="c", secret="hunter2"))
    assert "hunter2" not in text and "channel='c'" in text
    assert "adminsecret" not in repr(Action("Login", Username="admin", Secret="adminsecret"))


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"count": "seven"}, "count"),
        ({"variables": {"A=B": "x"}}, "variables"),
        ({"variables": {"": "x"}}, "variables"),
        ({"changes": [("Append", "c", "v", "extra")]}, "changes"),
        ({"changes": "NewCat"}, "changes"),
    ],
)
def test_bad_field_values_are_refused(values: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        to_pairs(Sample(channel="c", **values))
    assert info.value.field == field


# -- the injection guard -----------------------------------------------------------------

REFUSED: list[tuple[str, str, str]] = [
    ("cr-in-value", "CallerID", "a\rAction: Hangup"),
    ("lf-in-value", "CallerID", "a\nAction: Hangup"),
    ("crlf-in-value", "Data", "x\r\n\r\nAction: Originate"),
    ("nul-in-value", "Data", "a\x00b"),
    ("tab-in-value", "Data", "a\tb"),
    ("del-in-value", "Data", "a\x7fb"),
    ("lf-in-key", "Bad\nKey", "v"),
    ("colon-in-key", "Bad:Key", "v"),
    ("empty-key", "", "v"),
    ("leading-space-key", " Key", "v"),
    ("trailing-space-key", "Key ", "v"),
    ("line-too-long", "Data", "x" * (MAX_LINE_BYTES - len("Data: \r\n") + 1)),
    ("multibyte-too-long", "Data", "\u00e9" * ((MAX_LINE_BYTES - 6) // 2 + 1)),
]


@pytest.mark.parametrize(("key", "value"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_guard_refuses(key: str, value: str) -> None:
    with pytest.raises(InvalidInput):
        check_pair(key, value)
    protocol = AmiProtocol()
    with pytest.raises(InvalidInput):
        protocol.send(Action("UserEvent", **{"UserEvent": "E", key: value}))
    with pytest.raises(InvalidInput):
        protocol.send(Action("UserEvent", UserEvent="E"), extra_headers={key: value})
    assert protocol.pending == ()


def test_longest_line_asterisk_accepts_is_allowed() -> None:
    value = "x" * (MAX_LINE_BYTES - len("Data: \r\n"))
    check_pair("Data", value)
    assert len(f"Data: {value}\r\n".encode()) == MAX_LINE_BYTES


def test_refusal_never_echoes_the_value() -> None:
    with pytest.raises(InvalidInput) as info:
        check_pair("Secret", "hunter2\nAction: Hangup", "secret")
    assert "hunter2" not in str(info.value) and info.value.field == "secret"


def test_action_name_and_action_id_are_checked_too() -> None:
    protocol = AmiProtocol()
    with pytest.raises(InvalidInput):
        protocol.send(Action("Ping\r\nAction: Hangup"))
    with pytest.raises(InvalidInput):
        protocol.send(Action("Ping"), action_id="id\r\nAction: Hangup")
    assert protocol.pending == ()


def test_more_than_128_lines_is_refused() -> None:
    fits = {f"H{i}": "v" for i in range(MAX_LINES)}
    assert len(to_pairs(Action("UserEvent", **fits))) == MAX_LINES
    with pytest.raises(InvalidInput, match="128"):
        to_pairs(Action("UserEvent", **{**fits, "One": "more"}))
    with pytest.raises(InvalidInput):
        AmiProtocol().send(Action("UserEvent", **fits), extra_headers={"X": "y"})


def test_escape_variable_value() -> None:
    assert escape_variable_value('a,b"c\\d') == 'a\\,b\\"c\\\\d'
    assert escape_variable_value("plain") == "plain"


def test_extra_headers_repeat_sequences_and_spell_bools() -> None:
    _, wire = AmiProtocol().send(
        Action("Originate", Channel="Local/1@t"),
        action_id="x-1",
        extra_headers={"Variable": ["A=1", "B=2"], "Async": True, "EarlyMedia": False},
    )
    assert wire == (
        b"Action: Originate\r\nActionID: x-1\r\nChannel: Local/1@t\r\nVariable: A=1\r\n"
        b"Variable: B=2\r\nAsync: true\r\nEarlyMedia: false\r\n\r\n"
    )


# -- the md5 login transform -------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class Md5Login(Request[Response]):
    ACTION: ClassVar[str] = "Login"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("username", "Username", required=True),
        Field("secret", "Secret", "secret"),
        Field("auth_type", "AuthType"),
        Field("challenge", "Challenge", "local"),
    )
    TRANSFORM: ClassVar[str | None] = "md5_login"

    username: str | None = None
    secret: str | None = None
    auth_type: str | None = None
    challenge: str | None = None


def test_md5_login_sends_key_and_never_the_secret() -> None:
    pairs = to_pairs(Md5Login("admin", "adminsecret", "MD5", challenge="137165032"))
    key = hashlib.md5(b"137165032adminsecret").hexdigest()
    assert pairs == [("Username", "admin"), ("Key", key), ("AuthType", "MD5")]
    plain = to_pairs(Md5Login("admin", "adminsecret", "MD5"))
    assert plain == [("Username", "admin"), ("Secret", "adminsecret")]
