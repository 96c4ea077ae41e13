"""The catalogue against its schema, pystrix's API and what real Asterisks answered.

Facts in spec/actions.yaml are checked against independent sources: the JSON Schema,
/work/shared/pystrix-core-api.json (the compatibility target), the ListCommands replies
recorded from Asterisk 20 and 22 (which print each action's privilege classes), and the
event lists those servers sent back.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import inspect
import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from ami import _catalogue, core
from ami.actions import ACTIONS, ACTIONS_BY_NAME
from ami_runtime import Action, InvalidInput, Request
from ami_runtime.responses import RESPONSE_CLASSES
from ami_runtime.serialize import TRANSFORMS

from codegen.catalogue import SPEC_FILES, schema_problems
from codegen.naming import RESERVED_ATTRIBUTES
from tests.transcripts import shared_dir

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec"
SHARED = shared_dir() or ROOT.parent / "shared"  # $AMI_SHARED_DIR, beside the clone, ...
PYSTRIX = SHARED / "pystrix-core-api.json"
needs_shared = pytest.mark.skipif(not PYSTRIX.exists(), reason="shared/ not present")


def _pystrix() -> dict[str, Any]:
    return json.loads(PYSTRIX.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _server_text(path: Path) -> str:
    chunks = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return "".join(c["data"] for c in chunks if c.get("dir") == "s2c")


@pytest.mark.parametrize(("name", "schema"), [(n, s) for n, s, _ in SPEC_FILES])
def test_spec_file_validates_against_its_schema(name: str, schema: str) -> None:
    doc = yaml.safe_load((SPEC / name).read_text(encoding="utf-8"))
    assert schema_problems(doc, json.loads((SPEC / schema).read_text(encoding="utf-8"))) == []


def test_generated_catalogue_hash_matches_the_spec_files() -> None:
    digest = hashlib.sha256()
    for rel in sorted(_catalogue.SPEC_FILES):
        data = (ROOT / rel).read_bytes().replace(b"\r\n", b"\n")
        digest.update(f"{rel}\0".encode() + data + b"\0")
    assert digest.hexdigest() == _catalogue.SPEC_SHA256


@needs_shared
def test_core_has_every_pystrix_class_and_constant_with_its_value() -> None:
    api = _pystrix()
    missing = [name for name in api["classes"] if not hasattr(core, name)]
    assert missing == []
    for name, value in api["constants"].items():
        assert getattr(core, name) == value, name
        assert name in core.__all__


def _pystrix_default(text: str | None) -> object:
    """pystrix's default as our value: ``{}`` and ``()`` mean "send nothing", i.e. None."""
    if text in ("{}", "()"):
        return None
    return eval(text) if text is not None else inspect.Parameter.empty  # fixture text


@needs_shared
@pytest.mark.parametrize(
    "name", sorted(json.loads(PYSTRIX.read_text())["classes"]) if PYSTRIX.exists() else []
)
def test_signature_accepts_every_pystrix_call(name: str) -> None:
    """Same argument names in the same positions, same defaults; extras keyword-only.

    A parameter pystrix required may be optional here where Asterisk does not need it
    (Status's channel, Monitor's filename): every pystrix call still works.
    """
    theirs = _pystrix()["classes"][name]
    params = list(inspect.signature(getattr(core, name)).parameters.values())
    if [p["name"] for p in theirs] == ["kwargs"]:
        assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params)
        return
    positional = [p for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert [p.name for p in positional[: len(theirs)]] == [p["name"] for p in theirs]
    for ours, spec in zip(positional, theirs, strict=False):
        if not spec["required"]:
            assert ours.default == _pystrix_default(spec["default"]), (name, ours.name)
    extra = params[len(theirs) :]
    assert all(p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD for p in extra), name


def _listcommands(path: Path) -> dict[str, tuple[str, ...]]:
    """``{action: classes}`` from a recorded ListCommands reply (``Priv: a,b,all``)."""
    text = _server_text(path)
    table = {}
    for name, privs in re.findall(r"^(\w+): .*\(Priv: ([^)]*)\)\r?$", text, re.M):
        classes = tuple(p for p in privs.split(",") if p not in ("all", "<none>"))
        table[name.lower()] = classes
    return table


_LISTCOMMANDS = {
    "20": SHARED / "transcripts" / "listcommands.jsonl",
    "22": SHARED / "transcripts22" / "listcommands.jsonl",
    "23": ROOT / "spec" / "recorded" / "listcommands-23.jsonl",  # recorded into the catalogue
}


@pytest.mark.parametrize("version", sorted(_LISTCOMMANDS))
def test_privileges_and_presence_match_the_recorded_listcommands(version: str) -> None:
    """Every action of a module the server had loaded is listed, with our classes.

    The recorded servers did not load every module (no DAHDI, MeetMe ...; 20 and 22 no
    PJSIP either): an action whose generated module has no listed action at all is not
    expected there.
    """
    if not _LISTCOMMANDS[version].is_file():
        pytest.skip(f"{_LISTCOMMANDS[version]} not present")
    listed = _listcommands(_LISTCOMMANDS[version])
    loaded = {cls.__module__ for cls in ACTIONS.values() if cls.ACTION.lower() in listed}
    assert {"ami.actions.manager", "ami.actions.app_queue", "ami.actions.app_voicemail"} <= loaded
    checked = 0
    for cls in ACTIONS.values():
        removed = cls.REMOVED is not None and int(cls.REMOVED.split(".")[0]) <= int(version)
        if removed:
            assert cls.ACTION.lower() not in listed, cls.__name__
            continue
        if cls.__module__ not in loaded:
            continue
        assert cls.ACTION.lower() in listed, cls.__name__
        assert set(cls.PRIVILEGE) == set(listed[cls.ACTION.lower()]), cls.__name__
        checked += 1
    assert checked >= 100


@needs_shared
def test_actions_removed_in_21_are_unknown_to_asterisk_22() -> None:
    text = _server_text(SHARED / "transcripts22" / "removed_actions_22.jsonl")
    unknown = set(re.findall(r"Invalid/unknown command: (\w+)\.", text))
    ours = {cls.ACTION for cls in ACTIONS.values() if cls.ACTION in unknown}
    assert ours  # SIP* and Monitor* are in the catalogue
    for cls in ACTIONS.values():
        if cls.ACTION in unknown:
            assert cls.REMOVED == "21", cls.__name__


def _events_by_action_id(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for block in re.split(r"\r\n\r\n", text):
        event = re.search(r"^Event: (\S+)", block, re.M)
        action_id = re.search(r"^ActionID: (\S+)", block, re.M)
        if event and action_id:
            out.setdefault(action_id.group(1), []).append(event.group(1))
    return out


def _replies_by_action_id(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for block in re.split(r"\r\n\r\n", text):
        action_id = re.search(r"^ActionID: (\S+)", block, re.M)
        if action_id and block.startswith("Response:"):
            out.setdefault(action_id.group(1), block)
    return out


@needs_shared
@pytest.mark.parametrize("directory", ["transcripts", "transcripts22"])
def test_list_actions_name_the_events_asterisk_sent(directory: str) -> None:
    """Every event a recorded list action drew is one of its items or its completion.

    And the other way: an action Asterisk answered with ``EventList: start`` is a list
    action here (Hangup only when its channel is a /regex/: documented in its notes).
    """
    checked = set()
    for path in sorted((SHARED / directory).glob("*.jsonl")):
        sent = "".join(
            json.loads(line)["data"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if json.loads(line).get("dir") == "c2s"
        )
        events = _events_by_action_id(_server_text(path))
        replies = _replies_by_action_id(_server_text(path))
        for block in sent.split("\r\n\r\n"):
            action = re.search(r"^Action: (\S+)", block, re.M)
            action_id = re.search(r"^ActionID: (\S+)", block, re.M)
            if not action or not action_id:
                continue
            reply = replies.get(action_id.group(1), "")
            starts = re.search(r"^EventList: start", reply, re.M | re.I) is not None
            for cls in ACTIONS_BY_NAME.get(action.group(1).lower(), ()):
                if starts and cls.ACTION != "Hangup":
                    assert cls.LIST is not None, cls.__name__
                if cls.LIST is None or action_id.group(1) not in events:
                    continue
                names = events[action_id.group(1)]
                assert names[-1] == cls.LIST.complete, cls.__name__
                assert set(names[:-1]) <= set(cls.LIST.items), cls.__name__
                checked.add(cls.__name__)
    expected = {"CoreShowChannels", "DBGet", "DBGetTree", "QueueStatus", "VoicemailUsersList"}
    expected |= {"BridgeList", "BridgeInfo", "ShowDialPlan", "ExtensionStateList", "WaitEvent"}
    expected |= {"VoicemailUserStatus", "VoicemailBoxSummary", "CoreShowChannelMap"}
    if directory == "transcripts":
        expected |= {"SIPpeers", "SIPpeerstatus"}
    assert expected <= checked


def test_every_event_an_action_names_has_a_typed_class() -> None:
    from ami.events import EVENTS

    named = set()
    for cls in ACTIONS.values():
        named.update(cls.EVENTS)
        if cls.LIST is not None:
            named.update(cls.LIST.items)
            named.add(cls.LIST.complete)
    assert sorted(named - set(EVENTS)) == []


def test_registry_holds_every_class_once_under_its_names() -> None:
    classes = {name for name in core.__all__ if isinstance(getattr(core, name), type)}
    assert set(ACTIONS) == classes
    for name, cls in ACTIONS.items():
        assert cls.__name__ == name
        assert cls in ACTIONS_BY_NAME[cls.ACTION.lower()]
    assert ACTIONS_BY_NAME["originate"] == (core.Originate_Application, core.Originate_Context)
    assert ACTIONS_BY_NAME["sipqualifypeer"] == (core.SIPping, core.SIPqualify)


def test_every_class_is_a_frozen_dataclass_whose_fields_exist() -> None:
    for cls in ACTIONS.values():
        assert dataclasses.is_dataclass(cls)
        assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        attributes = {f.name for f in dataclasses.fields(cls)}
        assert {f.name for f in cls.FIELDS} <= attributes, cls.__name__
        assert cls.RESPONSE in RESPONSE_CLASSES.values()
        assert cls.TRANSFORM is None or cls.TRANSFORM in TRANSFORMS


def test_a_frozen_dataclass_may_extend_a_generated_class() -> None:
    # request_class makes the frozen methods shared functions, not dataclass's own: a
    # user's frozen subclass must still be accepted, and stay frozen and hashable.
    @dataclasses.dataclass(frozen=True)
    class TaggedPing(core.Ping):
        tag: str = "x"

    one = TaggedPing(tag="y")
    assert one.tag == "y" and one.headers() == core.Ping().headers()
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.tag = "z"  # type: ignore[misc]
    with pytest.raises(TypeError, match="non-frozen"):

        @dataclasses.dataclass
        class Mutable(core.Ping):
            tag: str = "x"


def _built(cls: type[Request[Any]], value: str) -> Request[Any]:
    """An instance with every required parameter set to ``value``."""
    params = inspect.signature(cls).parameters.values()
    required = [p for p in params if p.default is p.empty and p.kind is not p.VAR_KEYWORD]
    args = [value for p in required if p.kind is p.POSITIONAL_OR_KEYWORD]
    kwargs = {p.name: value for p in required if p.kind is p.KEYWORD_ONLY}
    return cls(*args, **kwargs)


def test_generated_init_is_the_one_dataclass_would_write() -> None:
    # Classes without a hand-shaped __init__ (kwargs, renamed attribute, alias) had theirs
    # written by dataclass; the generated one must take the same parameters.
    for cls in ACTIONS.values():
        fields = dataclasses.fields(cls)
        params = list(inspect.signature(cls).parameters.values())
        if any(p.kind is p.VAR_KEYWORD for p in params) or len(params) != len(fields):
            continue
        if [p.name for p in params] != [f.name for f in fields]:
            continue  # renamed attributes: a hand-shaped __init__, checked by test_signatures
        for p, f in zip(params, fields, strict=True):
            kind = p.KEYWORD_ONLY if f.kw_only else p.POSITIONAL_OR_KEYWORD
            default = p.empty if f.default is dataclasses.MISSING else f.default
            assert (p.kind, p.default) == (kind, default), (cls.__name__, p.name)


def test_every_class_compares_hashes_copies_and_freezes_as_a_frozen_dataclass() -> None:
    for cls in ACTIONS.values():
        one, same, other = _built(cls, "a"), _built(cls, "a"), _built(cls, "b")
        names = [f.name for f in dataclasses.fields(cls)]
        values = tuple(getattr(one, n) for n in names)
        assert one == same and not one != same, cls.__name__
        try:
            expected = hash(values)
        except TypeError:  # a dict field (extra headers): unhashable, as before
            with pytest.raises(TypeError):
                hash(one)
        else:
            assert hash(one) == hash(same) == expected, cls.__name__
        assert (one == other) == (values == tuple(getattr(other, n) for n in names))
        assert one != Action(cls.ACTION)
        assert pickle.loads(pickle.dumps(one)) == one
        assert copy.copy(one) == one and copy.deepcopy(one) == one
        if set(inspect.signature(cls).parameters) == set(names):  # not hand-shaped
            assert dataclasses.replace(one) == one
        assert not hasattr(one, "__dict__"), cls.__name__  # slots
        for name in names[:1]:
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(one, name, "c")
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(one, name)
        positional = [f.name for f in dataclasses.fields(cls) if not f.kw_only]
        assert cls.__match_args__ == tuple(positional), cls.__name__


def test_a_nan_field_equals_itself_as_in_a_dataclass() -> None:
    nan = float("nan")
    assert core.AbsoluteTimeout("c", nan) == core.AbsoluteTimeout("c", nan)
    assert core.AbsoluteTimeout("c", nan) != core.AbsoluteTimeout("c", float("nan"))


def test_a_field_named_object_is_set() -> None:
    request = core.SorceryMemoryCacheExpireObject("cache-1", "object-1")
    assert (request.cache, request.object) == ("cache-1", "object-1")


def test_action_by_name_keeps_identity_equality() -> None:
    ping = Action("Ping")
    assert ping == ping and ping != Action("Ping")
    assert hash(ping) == object.__hash__(ping)


def test_reserved_attribute_names_are_the_request_api() -> None:
    public = {name for name in dir(Request) if not name.startswith("_") and not name.isupper()}
    assert public == RESERVED_ATTRIBUTES


def test_setcdruserfield_says_it_is_long_gone() -> None:
    assert core.SetCDRUserField.REMOVED == "1.6"
    assert "Setvar" in (core.SetCDRUserField.__doc__ or "")


def test_muteaudio_maps_pystrix_flags_and_refuses_none() -> None:
    directions = {
        (True, False): "in",
        (False, True): "out",
        (True, True): "all",
    }
    for (inbound, outbound), word in directions.items():
        pairs = core.MuteAudio("c", inbound, outbound, True).headers()
        assert pairs == [("Channel", "c"), ("Direction", word), ("State", "on")]
    with pytest.raises(InvalidInput) as info:
        core.MuteAudio("c").headers()
    assert info.value.field == "direction"
