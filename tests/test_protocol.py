"""The sans-IO engine, driven by a table of scenarios.

Each scenario sends some requests (with fixed ActionIDs), feeds the server's bytes and
compares a summary of the protocol events that come out.  Every scenario is fed three
ways: all at once, one byte at a time, and followed by the start of another message.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest
from ami_runtime import Action, AmiProtocol, ListSpec, LocalProtocolError, RemoteProtocolError
from ami_runtime.message import Event, Response
from ami_runtime.protocol import (
    NEED_DATA,
    Banner,
    Closed,
    Completed,
    State,
    UnknownMessage,
    message_runs,
)
from ami_runtime.responses import ConfigResponse

BANNER = b"Asterisk Call Manager/9.0.0\r\n"
TRAILING = b"Event: Unfinished\r\nActionID: l-1\r\n"


class DBGetTree(Action):
    """A list action as the catalogue describes one (items and completion by name)."""

    LIST: ClassVar[ListSpec | None] = ListSpec(("DBGetTreeResponse",), "DBGetTreeComplete")


class Status(Action):
    LIST: ClassVar[ListSpec | None] = ListSpec(("Status",), "StatusComplete")


class WaitEvent(Action):
    """A list the server acknowledges with a plain Success every time."""

    LIST: ClassVar[ListSpec | None] = ListSpec((), "WaitEventComplete", announced=False)


class VoicemailUserStatus(Action):
    LIST: ClassVar[ListSpec | None] = ListSpec(
        ("VoicemailUserDetail",), "VoicemailUserDetailComplete"
    )


class GetConfig(Action):
    RESPONSE: ClassVar[type[Response]] = ConfigResponse


def msg(*pairs: tuple[str, str]) -> bytes:
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in pairs) + b"\r\n"


def resp(action_id: str | None, kind: str = "Success", *more: tuple[str, str]) -> bytes:
    head = [("Response", kind)] + ([("ActionID", action_id)] if action_id else [])
    return msg(*head, *more)


def event(name: str, action_id: str | None = None, *more: tuple[str, str]) -> bytes:
    head = [("Event", name)] + ([("ActionID", action_id)] if action_id else [])
    return msg(*head, *more)


START = ("EventList", "start")
COMPLETE = ("EventList", "Complete")


@dataclass(frozen=True)
class Scenario:
    id: str
    sends: tuple[tuple[Action, str], ...]
    wire: bytes
    expected: tuple[tuple[Any, ...], ...]
    cancel: tuple[str, ...] = ()
    eof: bool = False
    dropped_late: int = 0


def summary(item: object) -> tuple[Any, ...]:
    if isinstance(item, Completed):
        r = item.response
        done = r.complete.name if r.complete is not None else None
        return ("completed", item.action_id, r.kind, tuple(e.name for e in r.events), done)
    if isinstance(item, Event):
        return ("event", item.name, item.action_id)
    if isinstance(item, Response):
        return ("orphan", item.action_id, item.message)
    if isinstance(item, UnknownMessage):
        return ("unknown", item.message.pairs)
    if isinstance(item, Closed):
        return ("closed", item.pending, item.clean)
    if isinstance(item, Banner):
        return ("banner", item.version)
    raise AssertionError(item)


SCENARIOS = [
    Scenario(
        "responses-match-by-actionid-in-any-order",
        ((Action("Ping"), "a-1"), (Action("Ping"), "a-2")),
        resp("a-2") + event("Newchannel") + resp("a-1"),
        (
            ("completed", "a-2", "Success", (), None),
            ("event", "Newchannel", None),
            ("completed", "a-1", "Success", (), None),
        ),
    ),
    Scenario(
        "list-by-eventlist-completes-on-completion-event",
        ((Action("DBGetTree", Family="f"), "l-1"),),
        resp("l-1", "Success", START, ("Message", "Result will follow"))
        + event("DBGetTreeResponse", "l-1", ("Key", "/f/a"))
        + event("Hangup")
        + event("DBGetTreeResponse", "l-1", ("Key", "/f/b"))
        + event("DBGetTreeComplete", "l-1", COMPLETE, ("ListItems", "2")),
        (
            ("event", "Hangup", None),
            (
                "completed",
                "l-1",
                "Success",
                ("DBGetTreeResponse", "DBGetTreeResponse"),
                "DBGetTreeComplete",
            ),
        ),
    ),
    Scenario(
        "list-completed-by-the-catalogues-event-without-complete-marker",
        ((Status("Status"), "s-1"),),
        resp("s-1", "Success", START, ("Message", "Channel status will follow"))
        + event("Status", "s-1", ("Channel", "Local/1"))
        + event("StatusComplete", "s-1", ("Items", "1")),
        (("completed", "s-1", "Success", ("Status",), "StatusComplete"),),
    ),
    Scenario(
        # Asterisk 20-23: VoicemailUserStatus of an unknown mailbox; nothing follows.
        "list-action-answered-without-eventlist-start-is-complete",
        ((VoicemailUserStatus("VoicemailUserStatus"), "v-1"), (Action("Ping"), "p-1")),
        resp("v-1", "Success", ("Message", "There is no voicemail user of the given info."))
        + resp("p-1"),
        (("completed", "v-1", "Success", (), None), ("completed", "p-1", "Success", (), None)),
    ),
    Scenario(
        "list-action-error-is-complete",
        ((VoicemailUserStatus("VoicemailUserStatus"), "v-1"),),
        resp("v-1", "Error", ("Message", "Mailbox not specified")),
        (("completed", "v-1", "Error", (), None),),
    ),
    Scenario(
        "unannounced-list-waits-for-its-completion-after-a-plain-success",
        ((WaitEvent("WaitEvent", Timeout=1), "w-1"),),
        resp("w-1", "Success", ("Message", "Waiting for Event completed."))
        + event("UserEvent", None, ("UserEvent", "x"))
        + event("WaitEventComplete", "w-1"),
        (
            ("event", "UserEvent", None),
            ("completed", "w-1", "Success", (), "WaitEventComplete"),
        ),
    ),
    Scenario(
        "list-that-fails-early-is-one-error",
        ((DBGetTree("DBGetTree", Family="none"), "l-1"),),
        resp("l-1", "Error", ("Message", "Database entry not found")),
        (("completed", "l-1", "Error", (), None),),
    ),
    Scenario(
        "moduleload-error-responses-resolve-once-then-orphans",
        ((Action("ModuleLoad", Module="x.so"), "m-1"), (Action("Ping"), "p-1")),
        resp("m-1", "Error", ("Message", "Need a LoadType"))
        + resp("m-1", "Error", ("Message", "Invalid LoadType"))
        + resp("m-1", "Error", ("Message", "Module not found."))
        + resp("p-1"),
        (
            ("completed", "m-1", "Error", (), None),
            ("orphan", "m-1", "Invalid LoadType"),
            ("orphan", "m-1", "Module not found."),
            ("completed", "p-1", "Success", (), None),
        ),
    ),
    Scenario(
        "events-with-unknown-or-no-actionid-are-dispatched",
        ((Action("Ping"), "a-1"),),
        event("UserEvent", "someone-else") + event("FullyBooted") + resp("a-1"),
        (
            ("event", "UserEvent", "someone-else"),
            ("event", "FullyBooted", None),
            ("completed", "a-1", "Success", (), None),
        ),
    ),
    Scenario(
        "originate-response-after-the-response-is-an-event",
        ((Action("Originate", Channel="Local/1@t", Async="true"), "o-1"),),
        resp("o-1", "Success", ("Message", "Originate successfully queued"))
        + msg(
            ("Event", "OriginateResponse"),
            ("Privilege", "call,all"),
            ("ActionID", "o-1"),
            ("Response", "Success"),
            ("Reason", "4"),
        ),
        (
            ("completed", "o-1", "Success", (), None),
            ("event", "OriginateResponse", "o-1"),
        ),
    ),
    Scenario(
        "event-with-a-pending-actionid-before-its-response",
        ((Action("UserEvent", UserEvent="E"), "u-1"),),
        event("UserEvent", "u-1") + resp("u-1", "Success", ("Message", "Event Sent")),
        (("event", "UserEvent", "u-1"), ("completed", "u-1", "Success", (), None)),
    ),
    Scenario(
        "responses-nobody-waits-for-are-orphans",
        ((Action("Ping"), "a-1"),),
        resp("not-mine", "Error", ("Message", "x"))
        + resp(None, "Success", ("Ping", "Pong"))
        + resp("a-1"),
        (
            ("orphan", "not-mine", "x"),
            ("orphan", None, None),
            ("completed", "a-1", "Success", (), None),
        ),
    ),
    Scenario(
        "second-response-during-a-list-is-an-orphan",
        ((DBGetTree("DBGetTree", Family="f"), "l-1"),),
        resp("l-1", "Success", START)
        + resp("l-1", "Error", ("Message", "again"))
        + event("DBGetTreeComplete", "l-1", COMPLETE, ("ListItems", "0")),
        (
            ("orphan", "l-1", "again"),
            ("completed", "l-1", "Success", (), "DBGetTreeComplete"),
        ),
    ),
    Scenario(
        "cancelled-action-late-answer-is-dropped-and-counted",
        (
            (Action("Ping"), "c-1"),
            (DBGetTree("DBGetTree", Family="f"), "c-2"),
            (Action("Ping"), "a-3"),
        ),
        resp("c-1")
        + resp("c-2", "Success", START)
        + event("DBGetTreeResponse", "c-2")
        + event("DBGetTreeComplete", "c-2", COMPLETE, ("ListItems", "1"))
        + resp("a-3"),
        (("completed", "a-3", "Success", (), None),),
        cancel=("c-1", "c-2"),
        dropped_late=4,
    ),
    Scenario(
        # The usual reply (Response first, the last action's ActionID second) is read
        # without a search; these are the cases that shortcut must get right.
        "reply-to-an-action-whose-actionid-extends-the-last-ones",
        ((Action("Ping"), "a-10"), (Action("Ping"), "a-1")),
        resp("a-10") + resp("a-1", "Error", ("Message", "no")),
        (("completed", "a-10", "Success", (), None), ("completed", "a-1", "Error", (), None)),
    ),
    Scenario(
        "late-answer-to-the-last-action-after-it-was-cancelled-is-dropped",
        ((Action("Ping"), "a-1"), (Action("Ping"), "c-2")),
        resp("c-2") + resp("a-1"),
        (("completed", "a-1", "Success", (), None),),
        cancel=("c-2",),
        dropped_late=1,
    ),
    Scenario(
        "second-answer-to-the-last-action-is-an-orphan",
        ((Action("Ping"), "a-1"),),
        resp("a-1") + resp("a-1", "Error", ("Message", "again")),
        (("completed", "a-1", "Success", (), None), ("orphan", "a-1", "again")),
    ),
    Scenario(
        "eof-fails-what-is-pending",
        (
            (Action("Ping"), "a-1"),
            (Action("Ping"), "a-2"),
            (DBGetTree("DBGetTree", Family="f"), "l-3"),
        ),
        resp("a-1") + resp("l-3", "Success", START) + event("DBGetTreeResponse", "l-3"),
        (("completed", "a-1", "Success", (), None), ("closed", ("a-2", "l-3"), False)),
        eof=True,
    ),
    Scenario(
        "goodbye-then-eof-is-clean",
        ((Action("Logoff"), "bye-1"),),
        resp("bye-1", "Goodbye", ("Message", "Thanks for all the fish.")),
        (("completed", "bye-1", "Goodbye", (), None), ("closed", (), True)),
        eof=True,
    ),
    Scenario(
        "message-with-neither-response-nor-event-is-kept",
        (),
        msg(("Foo", "bar")) + b"garbage line\r\n\r\n",
        (("unknown", (("Foo", "bar"),)), ("unknown", ())),
    ),
    Scenario(
        "event-header-wins-over-response-header",
        (),
        msg(("Event", "OriginateResponse"), ("Response", "Failure")),
        (("event", "OriginateResponse", None),),
    ),
    Scenario(
        "keys-in-another-case-or-order",
        ((Action("Ping"), "a-1"), (Action("Ping"), "a-2")),
        b"actionid: a-2\r\nresponse: Success\r\n\r\nPrivilege: x\r\nevent: Late\r\n\r\n"
        b"response: Error\r\nACTIONID: a-1\r\n\r\n",
        (
            ("completed", "a-2", "Success", (), None),
            ("event", "Late", None),
            ("completed", "a-1", "Error", (), None),
        ),
    ),
    Scenario(
        "command-follows-resolves-its-action",
        ((Action("Command", Command="core show version"), "c-1"),),
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: c-1\r\n"
        b"Asterisk 13.38.3\n\n--END COMMAND--\r\n\r\n",
        (("completed", "c-1", "Follows", (), None),),
    ),
]

FEEDS = ["all_at_once", "byte_by_byte", "with_trailing"]


def run(scenario: Scenario, how: str) -> tuple[list[tuple[Any, ...]], AmiProtocol]:
    protocol = AmiProtocol(action_id_prefix="t")
    protocol.receive_data(BANNER)
    assert summary(protocol.next_event()) == ("banner", "9.0.0")
    for request, action_id in scenario.sends:
        protocol.send(request, action_id=action_id)
    for action_id in scenario.cancel:
        assert protocol.cancel(action_id)
    wire = scenario.wire + (TRAILING if how == "with_trailing" else b"")
    out: list[object] = []
    if how == "byte_by_byte":
        for i in range(len(wire)):
            protocol.receive_data(wire[i : i + 1])
            out.extend(protocol.events())
    else:
        protocol.receive_data(wire)
    if scenario.eof:
        protocol.receive_data(b"")
    while (item := protocol.next_event()) is not NEED_DATA:
        out.append(item)
    return [summary(e) for e in out], protocol


@pytest.mark.parametrize("how", FEEDS)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_scenarios(scenario: Scenario, how: str) -> None:
    got, protocol = run(scenario, how)
    assert got == list(scenario.expected)
    assert protocol.dropped_late == scenario.dropped_late
    answered = {e[1] for e in scenario.expected if e[0] == "completed"}
    failed = {a for e in scenario.expected if e[0] == "closed" for a in e[1]}
    in_flight = [a for _, a in scenario.sends if a not in answered | failed | set(scenario.cancel)]
    assert protocol.pending == tuple(in_flight)


def _shape(runs: list[Any]) -> list[Any]:
    return [[summary(m) for m in r] if type(r) is list else summary(r) for r in runs]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_runs_group_as_message_runs_does(scenario: Scenario) -> None:
    """``runs()`` takes the engine's count of non-messages as a shortcut; the grouping
    must be exactly message_runs' over the same items, however the items were mixed."""
    shapes = []
    for take in ("events", "runs", "next_then_runs"):
        protocol = AmiProtocol(action_id_prefix="t")
        protocol.receive_data(BANNER)
        if take != "next_then_runs":
            protocol.next_event()  # the banner
        for request, action_id in scenario.sends:
            protocol.send(request, action_id=action_id)
        for action_id in scenario.cancel:
            protocol.cancel(action_id)
        protocol.receive_data(scenario.wire)
        if scenario.eof:
            protocol.receive_data(b"")
        if take == "events":
            shapes.append(_shape(list(message_runs(protocol.events()))))
        elif take == "runs":
            shapes.append(_shape(protocol.runs()))
        else:
            assert isinstance(protocol.next_event(), Banner)  # a control taken one by one
            shapes.append(_shape(protocol.runs()))
        assert protocol.runs() == []  # drained
    assert shapes[0] == shapes[1] == shapes[2]


def test_next_event_and_events_share_one_queue_in_order() -> None:
    protocol = AmiProtocol(action_id_prefix="t")
    protocol.send(Action("Ping"), action_id="p")
    wire = BANNER + b"".join(event("E", None, ("N", str(i))) for i in range(5000)) + resp("p")
    protocol.receive_data(wire)
    assert isinstance(protocol.next_event(), Banner)
    firsts = [protocol.next_event() for _ in range(3)]
    assert [e.get("N") for e in firsts] == ["0", "1", "2"]  # type: ignore[union-attr]
    rest = protocol.runs()  # what next_event() has not handed out, and only that
    assert [e.get("N") for e in rest[0]] == [str(i) for i in range(3, 5000)]  # type: ignore[union-attr]
    assert isinstance(rest[1], Completed) and len(rest) == 2
    assert protocol.next_event() is NEED_DATA and protocol.events() == []
    protocol.receive_data(event("After"))
    assert protocol.next_event().name == "After"  # type: ignore[union-attr]
    assert protocol.next_event() is NEED_DATA


def test_runs_of_a_flood_and_of_replies_alone() -> None:
    protocol = AmiProtocol(action_id_prefix="t")
    protocol.receive_data(BANNER)
    assert [type(r) for r in protocol.runs()] == [Banner]
    protocol.receive_data(event("Newchannel") + event("Hangup"))
    (run_,) = protocol.runs()
    assert type(run_) is list and [e.name for e in run_] == ["Newchannel", "Hangup"]
    protocol.send(Action("Ping"), action_id="a")
    protocol.send(Action("Ping"), action_id="b")
    protocol.receive_data(resp("a") + resp("b"))
    assert [r.action_id for r in protocol.runs()] == ["a", "b"]  # type: ignore[union-attr]
    protocol.send(Action("Ping"), action_id="c")
    protocol.receive_data(event("Newchannel") + resp("c") + event("Hangup") + event("Hangup"))
    got = [[e.name for e in r] if type(r) is list else type(r).__name__ for r in protocol.runs()]
    assert got == [["Newchannel"], "Completed", ["Hangup", "Hangup"]]


def test_list_is_not_complete_before_its_completion_event() -> None:
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    protocol.send(Action("QueueStatus"), action_id="q-1")
    protocol.receive_data(
        resp("q-1", "Success", START)
        + event("QueueParams", "q-1")
        + event("QueueMember", "q-1")
        + event("QueueStatusComplete", "q-1", ("ListItems", "2"))  # no EventList: Complete
    )
    assert [type(e) for e in protocol.events()] == [Banner]
    assert protocol.pending == ("q-1",)
    protocol.receive_data(event("QueueStatusComplete", "q-1", COMPLETE, ("ListItems", "3")))
    [done] = protocol.events()
    assert isinstance(done, Completed)
    names = [e.name for e in done.response.events]
    assert names == ["QueueParams", "QueueMember", "QueueStatusComplete"]
    assert done.response.complete is not None and done.response.complete["ListItems"] == "3"


def test_list_items_keep_their_pairs_and_the_response_its_headers() -> None:
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    protocol.send(Action("DBGetTree", Family="f"), action_id="l-1")
    protocol.receive_data(SCENARIOS[1].wire)
    done = next(e for e in protocol.events() if isinstance(e, Completed)).response
    assert done.message == "Result will follow" and done.get("EventList") == "start"
    assert [e["Key"] for e in done.events] == ["/f/a", "/f/b"]


@pytest.mark.parametrize("key", ["EventList", "eventlist", "EVENTLIST", "Eventlist", "eVENTLIST"])
def test_a_list_start_is_read_in_any_spelling_of_its_key(key: str) -> None:
    """``EventList`` is a key like any other: case does not matter (a reply without a V
    in any case skips the search, so the spellings with one must all still be seen)."""
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    protocol.send(Action("SomeList"), action_id="s-1")
    protocol.receive_data(resp("s-1", "Success", (key, "Start")) + event("Item", "s-1"))
    assert [type(e) for e in protocol.events()] == [Banner]
    protocol.receive_data(event("SomeListComplete", "s-1", (key, "Complete")))
    [done] = protocol.events()
    assert isinstance(done, Completed)
    assert [e.name for e in done.response.events] == ["Item"]


def test_a_reply_with_no_list_marker_completes_with_or_without_a_v() -> None:
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    protocol.send(Action("GetVar"), action_id="g-1")
    protocol.send(Action("Ping"), action_id="p-1")
    protocol.receive_data(resp("g-1", "Success", ("Variable", "x"), ("Value", "v")))
    protocol.receive_data(resp("p-1", "Success", ("Ping", "Pong")))
    done = [e for e in protocol.events() if isinstance(e, Completed)]
    assert [d.action_id for d in done] == ["g-1", "p-1"]
    assert done[0].response["Value"] == "v" and done[1].response["Ping"] == "Pong"


# -- state and ActionIDs -----------------------------------------------------------------


def test_session_states_from_banner_to_login_to_close() -> None:
    protocol = AmiProtocol()
    assert protocol.state is State.AWAIT_BANNER
    protocol.receive_data(b"Asterisk Call Manager/11.0.0\r\n")
    assert protocol.state is State.AWAIT_LOGIN
    assert protocol.banner == Banner(
        "Asterisk Call Manager/11.0.0", "Asterisk Call Manager", "11.0.0"
    )
    protocol.send(Action("Challenge", AuthType="MD5"), action_id="ch")
    protocol.receive_data(resp("ch", "Success", ("Challenge", "4242")))
    assert protocol.challenge == "4242" and protocol.state is State.AWAIT_LOGIN
    protocol.send(Action("Login", Username="u", Secret="s"), action_id="li")
    protocol.receive_data(resp("li", "Error", ("Message", "Authentication failed")))
    assert protocol.state is State.AWAIT_LOGIN
    protocol.send(Action("Login", Username="u", Secret="s"), action_id="li2")
    protocol.receive_data(resp("li2", "Success", ("Message", "Authentication accepted")))
    assert protocol.state is State.READY
    protocol.send(Action("Login", Username="u", Secret="s"), action_id="li3")
    protocol.receive_data(resp("li3", "Success", ("Message", "Already authenticated")))
    assert protocol.state is State.READY
    protocol.receive_data(b"")
    assert protocol.state is State.CLOSED
    protocol.receive_data(b"")  # a second EOF is harmless
    with pytest.raises(LocalProtocolError):
        protocol.send(Action("Ping"))


def test_remote_protocol_error_moves_to_error_and_stops_reading() -> None:
    protocol = AmiProtocol(max_message_size=64)
    protocol.receive_data(BANNER)
    protocol.send(Action("Ping"), action_id="p")
    with pytest.raises(RemoteProtocolError):
        protocol.receive_data(b"Response: Success\r\nOutput: " + b"x" * 100)
    assert protocol.state is State.ERROR
    protocol.receive_data(resp("p"))  # ignored now
    assert [type(e) for e in protocol.events()] == [Banner]
    assert protocol.close() == ("p",)
    with pytest.raises(LocalProtocolError):
        protocol.send(Action("Ping"))


def test_close_returns_pending_and_refuses_more() -> None:
    protocol = AmiProtocol()
    protocol.send(Action("Ping"), action_id="x")
    assert protocol.close() == ("x",)
    assert protocol.state is State.CLOSED and protocol.pending == ()
    protocol.receive_data(BANNER + resp("x"))
    assert protocol.events() == []


def test_no_sending_after_goodbye() -> None:
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    protocol.send(Action("Logoff"), action_id="bye")
    protocol.receive_data(resp("bye", "Goodbye"))
    with pytest.raises(LocalProtocolError):
        protocol.send(Action("Ping"))


def test_action_ids_are_unique_and_prefixed_and_duplicates_refused() -> None:
    protocol = AmiProtocol(action_id_prefix="host")
    ids = [protocol.send(Action("Ping"))[0] for _ in range(100)]
    assert len(set(ids)) == 100 and all(i.startswith("host-") for i in ids)
    assert AmiProtocol().next_action_id() != AmiProtocol().next_action_id()  # random prefixes
    protocol.send(Action("Ping"), action_id="mine")
    with pytest.raises(LocalProtocolError, match="in flight"):
        protocol.send(Action("Ping"), action_id="mine")
    protocol.receive_data(BANNER + resp("mine"))
    protocol.send(Action("Ping"), action_id="mine")  # free again once answered
    assert protocol.cancel("mine") and not protocol.cancel("mine")


def test_next_event_says_need_data_when_empty() -> None:
    protocol = AmiProtocol()
    assert protocol.next_event() is NEED_DATA
    protocol.receive_data(b"Asterisk Call")
    assert protocol.next_event() is NEED_DATA


def test_response_class_and_typed_events_come_from_the_request_and_registry() -> None:
    class Hangup(Event):
        EVENT = "Hangup"

    protocol = AmiProtocol(event_types={"Hangup": Hangup})
    protocol.receive_data(BANNER)
    protocol.send(GetConfig("GetConfig", Filename="x.conf"), action_id="g")
    protocol.receive_data(
        resp("g", "Success", ("Category-000000", "general"), ("Line-000000-000000", "a=b"))
        + event("Hangup")
        + event("Newchannel")
    )
    completed, hangup, other = protocol.events()[1:]
    assert isinstance(completed, Completed) and isinstance(completed.response, ConfigResponse)
    assert list(completed.response.get_lines()) == [("general", "a=b")]
    assert type(hangup) is Hangup
    assert type(other) is Event


def test_each_answer_names_the_request_that_asked_for_it() -> None:
    """The engine hands each client the answer with its request attached (the clients
    no longer set it): a plain reply, a list, and an answer after a cancelled action's."""
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    ping, tree, late = Action("Ping"), DBGetTree("DBGetTree", Family="f"), Action("Ping")
    protocol.send(late, action_id="gone")
    protocol.cancel("gone")
    protocol.send(ping, action_id="p")
    protocol.send(tree, action_id="l-1")
    protocol.receive_data(resp("gone") + resp("p") + SCENARIOS[1].wire)
    done = {e.action_id: e.response for e in protocol.events() if isinstance(e, Completed)}
    assert done["p"].request is ping and done["l-1"].request is tree
    assert set(done) == {"p", "l-1"}  # the cancelled one's answer was dropped
    assert late.action_name == "Ping" and tree.action_name == "DBGetTree"


def test_cancelled_ids_are_remembered_boundedly() -> None:
    protocol = AmiProtocol()
    protocol.receive_data(BANNER)
    for i in range(1100):
        protocol.send(Action("Ping"), action_id=f"c-{i}")
        protocol.cancel(f"c-{i}")
    protocol.receive_data(resp("c-1099") + resp("c-0"))
    # The newest cancelled id is still known (dropped); the oldest was forgotten (orphan).
    assert protocol.dropped_late == 1
    assert [summary(e) for e in protocol.events()][1:] == [("orphan", "c-0", None)]


def test_a_completed_answer_holds_the_only_reference_to_its_list() -> None:
    """Nothing but the response keeps its items list: the compiled build once leaked one
    reference per answer (mypyc 1.13's property-setter call, python/mypy#21095), about
    64 bytes per action for the life of a connection."""
    protocol = AmiProtocol(action_id_prefix="p")
    protocol.receive_data(BANNER)
    protocol.events()
    for request, reply in [
        (Action("Ping"), msg(("Response", "Success"), ("ActionID", "p-1"), ("Ping", "Pong"))),
        (
            Status("Status"),
            msg(("Response", "Success"), ("ActionID", "p-2"), ("EventList", "start"))
            + msg(("Event", "Status"), ("ActionID", "p-2"), ("Channel", "SIP/a-1"))
            + msg(("Event", "StatusComplete"), ("ActionID", "p-2"), ("EventList", "Complete")),
        ),
    ]:
        protocol.send(request)
        protocol.receive_data(reply)
        [completed] = protocol.events()
        assert isinstance(completed, Completed)
        items = completed.response.events
        # Three: the response's attribute, ``items`` and getrefcount's own argument.
        assert sys.getrefcount(items) == 3, type(request).__name__
