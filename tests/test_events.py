"""Typed event classes against every event real Asterisk 20 and 22 servers sent.

Each recorded server stream (shared/transcripts*/) goes through the runtime's protocol
with the default event mapping that ``import ami`` registers: every event must come out
as its typed class, and every typed property must read without raising, agreeing with
the raw header text (integers parsed, junk read as None).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import ami  # noqa: F401  # registers ami.events.EVENTS
import pytest
from ami import events
from ami_runtime import registry
from ami_runtime.dispatch import Dispatcher
from ami_runtime.errors import InvalidInput
from ami_runtime.headers import Header, IntHeader, Snapshot, SnapshotView, as_int
from ami_runtime.message import Event
from ami_runtime.protocol import AmiProtocol

from tests.transcripts import all_transcripts

VERSIONS = ["20", "22"]


def _recorded(version: str) -> list[Event]:
    out = []
    for transcript in all_transcripts(version):
        protocol = AmiProtocol(event_types=registry.default_event_types())
        protocol.receive_data(transcript.server_bytes())
        out += [ev for ev in protocol.events() if isinstance(ev, Event)]
    return out


def _descriptors(cls: type[Any]) -> Iterator[tuple[str, Any]]:
    seen: set[str] = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, (Header, Snapshot)) and name not in seen:
                seen.add(name)
                yield name, value


def _check_headers(obj: Event | SnapshotView, prefix: str = "") -> int:
    """Read every typed property of ``obj``; return how many headers were present."""
    present = 0
    for name, desc in _descriptors(type(obj)):
        if isinstance(desc, Snapshot):
            view = getattr(obj, name)
            assert isinstance(view, desc.view)
            present += _check_headers(view, prefix + desc.prefix)
            continue
        value = getattr(obj, name)
        raw = obj.get(desc.key)
        if raw is not None:
            present += 1
        if isinstance(desc, IntHeader):
            assert value == as_int(raw), (type(obj).__name__, name, raw)
        else:
            assert value == raw, (type(obj).__name__, name)
    return present


needs_transcripts = pytest.mark.skipif(
    not all_transcripts("20"), reason="shared transcripts not present"
)


@needs_transcripts
@pytest.mark.parametrize("version", VERSIONS)
def test_every_recorded_event_comes_out_as_its_typed_class(version: str) -> None:
    recorded = _recorded(version)
    assert len(recorded) > 50
    for event in recorded:
        cls = events.EVENTS.get(event.name)
        assert cls is not None, f"no typed class for {event.name}"
        assert type(event) is cls
        assert cls.EVENT == event.name


@needs_transcripts
@pytest.mark.parametrize("version", VERSIONS)
def test_typed_properties_read_every_recorded_event_without_raising(version: str) -> None:
    present = 0
    for event in _recorded(version):
        present += _check_headers(event)
    assert present > 500  # the typed properties do see the recorded headers


@needs_transcripts
@pytest.mark.parametrize("version", VERSIONS)
def test_headers_typed_int_hold_integers_in_the_recordings(version: str) -> None:
    """An int property reads a number wherever the recorded header is not empty."""
    checked = 0
    for event in _recorded(version):
        for name, desc in _descriptors(type(event)):
            if isinstance(desc, IntHeader) and (event.get(desc.key) or "").strip():
                assert getattr(event, name) is not None, (event.name, desc.key)
                checked += 1
    assert checked > 50


def test_junk_reads_as_none_and_the_raw_text_stays() -> None:
    hangup = events.Hangup.from_raw(
        b"Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/100-00000001\r\n"
        b"ChannelState: <unknown>\r\nCause: sixteen\r\nTechCause: 16\r\nX-Extra: 1\r\nX-Extra: 2"
    )
    assert hangup.cause is None
    assert hangup.get("Cause") == "sixteen"
    assert hangup.tech_cause == 16
    assert hangup.channel_state is None
    assert hangup.channel == "PJSIP/100-00000001"
    assert hangup.uniqueid is None  # absent
    assert hangup.get_all("X-Extra") == ["1", "2"]  # unknown headers kept, repeated ones too
    assert hangup.name == "Hangup"


def test_prefixed_snapshots_are_views_through_their_prefix() -> None:
    dial = events.DialBegin.from_raw(
        b"Event: DialBegin\r\nChannel: caller\r\nDestChannel: callee\r\nDestPriority: 2\r\n"
        b"DestUniqueid: 1.2\r\nDialString: 100"
    )
    assert (dial.channel, dial.dest.channel, dial.dest.priority) == ("caller", "callee", 2)
    assert dial.dest.uniqueid == "1.2" and dial.uniqueid is None
    assert dial.dest.present and dial.dial_string == "100"
    transfer = events.AttendedTransfer.from_raw(b"Event: AttendedTransfer\r\nResult: Success")
    assert not transfer.local_one.present
    assert transfer.orig_bridge.bridge_uniqueid is None
    assert "prefix='Dest'" in repr(dial.dest)


def test_typed_properties_are_read_only() -> None:
    hangup = events.Hangup.from_raw(b"Event: Hangup\r\nCause: 16")
    with pytest.raises(AttributeError):
        hangup.cause = 17  # type: ignore[misc]
    assert isinstance(events.Hangup.cause, IntHeader)  # the class attribute is the descriptor


def test_typed_events_stay_lazy_until_read() -> None:
    hangup = events.Hangup.from_raw(b"Event: Hangup\r\nCause: 16")
    assert hangup.name == "Hangup"
    assert hangup._pairs is None  # nothing decoded: the name comes from the first line
    assert hangup.cause == 16


def test_the_protocol_returns_typed_classes_and_plain_events_for_unknown_names() -> None:
    protocol = AmiProtocol(event_types=registry.default_event_types())
    protocol.receive_data(
        b"Asterisk Call Manager/9.0.0\r\n"
        b"Event: Hangup\r\nPrivilege: call,all\r\nChannel: x\r\nCause: 16\r\n\r\n"
        b"Event: SomethingNewIn23\r\nPrivilege: call,all\r\nA: b\r\n\r\n"
    )
    received = [ev for ev in protocol.events() if isinstance(ev, Event)]
    assert [type(e) for e in received] == [events.Hangup, Event]
    assert received[1].get("A") == "b"


def test_an_event_name_in_another_case_finds_its_class() -> None:
    """Asterisk sends Newexten (its docs: NewExten): the wire name, the docs' name and any
    other case all come out as the one class, the name kept as sent."""
    protocol = AmiProtocol(event_types=registry.default_event_types())
    protocol.receive_data(b"Asterisk Call Manager/9.0.0\r\n")
    for name in (b"Newexten", b"NewExten", b"NEWEXTEN", b"hangup"):
        protocol.receive_data(b"Event: " + name + b"\r\nPriority: 2\r\n\r\n")
    received = [ev for ev in protocol.events() if isinstance(ev, Event)]
    assert [type(e) for e in received] == [events.NewExten] * 3 + [events.Hangup]
    assert [e.name for e in received] == ["Newexten", "NewExten", "NEWEXTEN", "hangup"]
    assert events.NewExten.EVENT == "Newexten"  # the observed name: what callbacks match
    assert received[0].priority == 2


def test_registry_maps_every_event_name_to_its_class() -> None:
    assert len(events.EVENTS) >= 185
    for name, cls in events.EVENTS.items():
        assert issubclass(cls, Event)
        # its wire name, or the docs' spelling of it (NewExten for Newexten)
        assert cls.EVENT == name or events.EVENTS[cls.EVENT] is cls
        assert cls.__name__ in events.__all__
    defaults = registry.default_event_types()
    assert all(defaults[name] is cls for name, cls in events.EVENTS.items())
    assert events.EVENTS["AOC-S"] is events.AOC_S


def test_register_event_types_validates_and_later_registrations_win() -> None:
    before = dict(registry.default_event_types())

    class MyHangup(events.Hangup):
        __slots__ = ()

    try:
        registry.register_event_types({"Hangup": MyHangup})
        assert registry.default_event_types()["Hangup"] is MyHangup
        with pytest.raises(InvalidInput):
            registry.register_event_types({"Bad": dict})  # type: ignore[dict-item]
        with pytest.raises(InvalidInput):
            registry.register_event_types({"": events.Hangup})
        assert registry.default_event_types()["Hangup"] is MyHangup  # nothing half-applied
        with pytest.raises(TypeError):
            registry.default_event_types()["X"] = Event  # type: ignore[index]
        registry.clear_event_types()
        assert dict(registry.default_event_types()) == {}
    finally:
        registry.clear_event_types()
        registry.register_event_types(before)
    assert registry.default_event_types()["Hangup"] is events.Hangup


def test_subscribing_by_class_receives_the_typed_event() -> None:
    dispatcher = Dispatcher(logging.getLogger("test"))
    got: list[Event] = []
    dispatcher.register(events.Hangup, got.append)
    dispatcher.register(events.Newchannel, lambda e: pytest.fail("wrong event"))
    hangup = events.Hangup.from_raw(b"Event: Hangup\r\nCause: 16")
    dispatcher.dispatch(hangup)
    assert got == [hangup]


def test_every_announced_list_ends_with_typed_list_complete_headers() -> None:
    """Asterisk ends every list it announces (``EventList: start``) through
    astman_send_list_complete_start: ``EventList: Complete`` and ``ListItems``. Where the
    docs omit them (StatusComplete, AgentsComplete ...), spec/observed.yaml adds them."""
    from ami.actions import ACTIONS

    checked = 0
    for name, cls in ACTIONS.items():
        spec = cls.LIST
        if spec is None or not spec.announced:
            continue  # WaitEvent, FAXStats: acknowledged with a plain Success
        complete = events.EVENTS[spec.complete]
        assert issubclass(complete, events.ListCompleteFields), (name, spec.complete)
        checked += 1
    assert checked > 40
