"""No caller-supplied key or value can become a command (header injection).

AMI has no escaping (shared/AMI-PROTOCOL.md, "No escaping"): a CR or LF in a value ends
the header, a blank line ends the message, so ``CallerID: x\\r\\nAction: Hangup`` would
run a second action.  Every C0 control character and DEL is refused, on every path a
value can take to the socket, with :class:`InvalidInput` naming the field, and with
nothing at all written.  "Nothing written" is checked on the bytes themselves: the
client talks to ``FakeAmi`` through a recording :class:`FaultProxy`, and after the
refused attempts the only new bytes are those of one Ping sent as a marker (TCP keeps
order, so once its answer is back every earlier write has been seen).

``Variable:`` values are a second concern: Asterisk splits them on commas and strips
quotes and backslashes (``main/app.c``, ``__ast_app_separate_args``), so they are escaped
rather than refused; the model of that splitter below checks that what Asterisk reads
back is exactly what was given, and the simulator confirms it end to end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from ami import core
from ami_runtime import Action, AmiProtocol, AsyncManager, InvalidInput
from ami_runtime.serialize import escape_variable_value
from ami_runtime.simulator import Simulator
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fault_proxy import FaultProxy
from tests.replay_server import Client, FakeAmi, parse_request

#: Every C0 control character and DEL.
CONTROL = [chr(c) for c in range(0x20)] + ["\x7f"]

Attempt = Callable[[Client, str], Any]

#: (path, how to send a value holding ``bad``, the field the error must name).
PATHS: list[tuple[str, Attempt, Callable[[str], str]]] = [
    (
        "typed-field",
        lambda c, b: c.send(core.Originate_Context("Local/1@t", "t", "1", 1, callerid=f"a{b}")),
        lambda b: "callerid",
    ),
    ("typed-required", lambda c, b: c.send(core.DBPut("fam", "key", f"v{b}v")), lambda b: "value"),
    (
        "typed-command",
        lambda c, b: c.send(core.Command(f"core show{b}version")),
        lambda b: "command",
    ),
    ("extra-header-value", lambda c, b: c.send(core.Ping(), Foo=f"x{b}"), lambda b: "Foo"),
    ("extra-header-key", lambda c, b: c.send(core.Ping(), **{f"F{b}oo": "x"}), lambda b: f"F{b}oo"),
    (
        "userevent-kwarg-value",
        lambda c, b: c.send(core.UserEvent("Evt", Header=f"x{b}y")),
        lambda b: "Header",
    ),
    (
        "userevent-kwarg-key",
        lambda c, b: c.send(core.UserEvent("Evt", **{f"H{b}": "x"})),
        lambda b: f"H{b}",
    ),
    ("userevent-name", lambda c, b: c.send(core.UserEvent(f"E{b}vt")), lambda b: "user_event"),
    (
        "originate-variable-value",
        lambda c, b: c.send(
            core.Originate_Application("Local/1@t", "Wait", variables={"A": f"x{b}"})
        ),
        lambda b: "variables['A']",
    ),
    (
        "originate-variable-name",
        lambda c, b: c.send(
            core.Originate_Application("Local/1@t", "Wait", variables={f"A{b}": "x"})
        ),
        lambda b: f"variables[{f'A{b}'!r}]",
    ),
    (
        "sipnotify-header",
        lambda c, b: c.send(core.SIPnotify("peer1", {"Event": f"check{b}sync"})),
        lambda b: "headers_['Event']",
    ),
    (
        "updateconfig-change",
        lambda c, b: c.send(core.UpdateConfig("a.conf", "b.conf", [("Append", "c", "v", f"x{b}")])),
        lambda b: "changes[Value-000000]",
    ),
    ("login-username", lambda c, b: c.login(username=f"ad{b}min"), lambda b: "username"),
    ("login-secret", lambda c, b: c.login(secret=f"se{b}cret"), lambda b: "secret"),
    (
        "login-secret-plain",
        lambda c, b: c.login(secret=f"se{b}cret", auth="plain"),
        lambda b: "secret",
    ),
    ("login-events", lambda c, b: c.login(events=f"call{b}"), lambda b: "events"),
    ("action-name", lambda c, b: c.send(Action(f"Pi{b}ng")), lambda b: "action"),
    ("action-header-value", lambda c, b: c.send(Action("Ping", Foo=f"x{b}")), lambda b: "Foo"),
    ("action-header-key", lambda c, b: c.send(Action("Ping", **{f"F{b}": "x"})), lambda b: f"F{b}"),
    (
        "action-header-list",
        lambda c, b: c.send(Action("Ping", Foo=["ok", f"x{b}"])),
        lambda b: "Foo",
    ),
    ("action-id", lambda c, b: c.send(core.Ping(), action_id=f"id{b}1"), lambda b: "action_id"),
]


@pytest.fixture
def proxied(make_client: Callable[..., Client]) -> Iterator[tuple[Client, FaultProxy]]:
    """A logged-in client (both kinds) whose every written byte the proxy records."""
    with FakeAmi() as server, FaultProxy(server.port) as proxy:
        client = make_client(proxy.port)
        client.connect()
        client.login()
        yield client, proxy


def written_since(client: Client, proxy: FaultProxy, mark: int) -> list[list[tuple[str, str]]]:
    """Requests the client wrote after ``mark``, once a Ping marker has made the trip."""
    assert client.send(core.Ping()).success
    [conn] = proxy.connections
    raw = bytes(conn.c2s[mark:])
    return [parse_request(r) for r in raw.split(b"\r\n\r\n") if r]


@pytest.mark.parametrize(("path", "attempt", "field"), PATHS, ids=[p[0] for p in PATHS])
def test_every_control_character_is_refused_on_every_path_and_nothing_is_written(
    proxied: tuple[Client, FaultProxy],
    path: str,
    attempt: Attempt,
    field: Callable[[str], str],
) -> None:
    client, proxy = proxied
    [conn] = proxy.connections
    mark = len(conn.c2s)
    for bad in CONTROL:
        with pytest.raises(InvalidInput) as info:
            attempt(client, bad)
        assert info.value.field == field(bad), (path, bad)
        assert repr(field(bad)) in str(info.value) or field(bad) in str(info.value)
        assert repr(bad)[1:-1] in str(info.value)  # says which character
    sent = written_since(client, proxy, mark)
    assert [dict(r)["Action"] for r in sent] == ["Ping"], sent
    assert client.is_connected()


def test_async_manager_refuses_bad_credentials_before_connecting() -> None:
    for bad in CONTROL:
        for kw, name in (({"username": f"a{bad}"}, "username"), ({"secret": f"s{bad}"}, "secret")):
            creds = {"username": "admin", "secret": "adminsecret", **kw}
            with pytest.raises(InvalidInput) as info:
                AsyncManager("127.0.0.1", 1, **creds)
            assert info.value.field == name


def test_a_refused_action_still_has_a_repr() -> None:
    action = Action("Ping", Foo="x\r\nAction: Hangup")
    assert "Foo=" in repr(action)  # for the traceback; the serializer refuses it
    with pytest.raises(InvalidInput):
        action.headers()


control_text = st.tuples(st.text(max_size=10), st.sampled_from(CONTROL), st.text(max_size=10)).map(
    "".join
)


@settings(max_examples=200, deadline=None, database=None)
@given(control_text, st.sampled_from(range(6)))
def test_a_control_character_anywhere_is_refused_and_nothing_is_pending(
    text: str, where: int
) -> None:
    protocol = AmiProtocol()
    requests: list[Callable[[], Any]] = [
        lambda: protocol.send(core.Setvar("VAR", text, channel="Local/1@t")),
        lambda: protocol.send(core.UserEvent("E", **{"H": text})),
        lambda: protocol.send(Action("Ping"), extra_headers={"X": text}),
        lambda: protocol.send(Action("Ping"), action_id=text),
        lambda: protocol.send(core.Originate_Application("L/1", "Wait", variables={"V": text})),
        lambda: protocol.send(core.UpdateConfig("a", "b", [("NewCat", text)])),
    ]
    with pytest.raises(InvalidInput):
        requests[where]()
    assert protocol.pending == ()


# -- Variable: values are escaped, not refused ------------------------------------------


def asterisk_separate_args(text: str) -> list[str]:
    """A port of ``__ast_app_separate_args`` (``main/app.c``) with ``remove_chars`` on, as
    ``AST_STANDARD_APP_ARGS`` calls it for each ``Variable:`` header (``main/manager.c``,
    ``man_do_variable_value``): commas split outside ``()``, ``[]`` and double quotes;
    quotes are removed; a backslash is removed and the character after it kept as is."""
    args: list[str] = []
    cur: list[str] = []
    paren = bracket = 0
    quote = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            paren += 1
        elif ch == ")":
            paren = max(0, paren - 1)
        elif ch == "[":
            bracket += 1
        elif ch == "]":
            bracket = max(0, bracket - 1)
        elif ch == '"':
            quote = not quote
            i += 1
            continue
        elif ch == "\\":
            i += 1
            if i < len(text):
                cur.append(text[i])
            i += 1
            continue
        elif ch == "," and not paren and not quote and not bracket:
            args.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    args.append("".join(cur))
    return args[:64]


def asterisk_variables(line_value: str) -> list[tuple[str, str]]:
    """What Asterisk sets from one ``Variable:`` header: ``name=value`` pairs, others dropped."""
    value = line_value.lstrip("".join(chr(c) for c in range(0x21)))  # __astman_get_header
    out = []
    for arg in asterisk_separate_args(value):
        name, eq, val = arg.partition("=")
        if eq:
            out.append((name, val))
    return out


def test_the_splitter_model_agrees_with_the_protocol_notes() -> None:
    # AMI-PROTOCOL.md: "So `Variable: A=x,y` sets only `A=x`" (y has no '=': dropped).
    assert asterisk_variables("A=x,y") == [("A", "x")]
    assert asterisk_variables('A="x,y"') == [("A", "x,y")]
    assert asterisk_variables("A=f(x,y),B=2") == [("A", "f(x,y)"), ("B", "2")]


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("x,y", "A=x\\,y"),
        ('say "hi"', 'A=say \\"hi\\"'),
        ("back\\slash", "A=back\\\\slash"),
        ("f(a,b)", "A=f(a\\,b)"),
        ("a=b", "A=a=b"),
        ("", "A="),
    ],
)
def test_variable_values_are_escaped_on_the_wire(value: str, wire: str) -> None:
    request = core.Originate_Application("Local/1@t", "Wait", variables={"A": value})
    assert ("Variable", wire) in request.headers()
    assert asterisk_variables(wire) == [("A", value)]


def test_sipnotify_headers_are_escaped_the_same_way() -> None:
    request = core.SIPnotify("peer1", {"Content": "a,b", "Event": 'x"y'})
    lines = [v for k, v in request.headers() if k == "Variable"]
    assert lines == ["Content=a\\,b", 'Event=x\\"y']
    assert [asterisk_variables(v)[0] for v in lines] == [("Content", "a,b"), ("Event", 'x"y')]


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
names = printable.filter(lambda n: n and "=" not in n and n == n.lstrip())


@settings(max_examples=300, deadline=None, database=None)
@given(st.dictionaries(names, printable, min_size=1, max_size=5))
def test_asterisk_reads_back_every_variable_exactly_as_given(variables: dict[str, str]) -> None:
    request = core.Originate_Application("Local/1@t", "Wait", variables=variables)
    read: list[tuple[str, str]] = []
    for key, value in request.headers():
        if key == "Variable":
            read.extend(asterisk_variables(value))
    assert read == list(variables.items())


def test_escape_variable_value_is_what_the_serializer_uses() -> None:
    assert escape_variable_value('a,b"c\\d') == 'a\\,b\\"c\\\\d'


def test_the_simulator_reads_escaped_variables_back_verbatim() -> None:
    """End to end: Originate sets the variables on the channel, Getvar reads them."""
    from ami_runtime import Manager

    value = 'x,y "q" \\ z (a,b) [c,d] =e'
    with Simulator.running_in_thread(auth_fail_delay=0.05) as sim:
        manager = Manager(detect_version=False)
        try:
            manager.connect(sim.host, sim.port)
            manager.login("admin", "adminsecret", events=False)
            call = core.Originate_Application(
                "Local/101@test", "Wait", data="5", variables={"A": value, "B,C": "v"}
            )
            assert manager.send_action(call).success
            channels = manager.send_action(core.CoreShowChannels()).events
            first = next(e["Channel"] for e in channels if e["Channel"].endswith(";1"))
            assert manager.send_action(core.Getvar("A", channel=first)).get("Value") == value
            assert manager.send_action(core.Getvar("B,C", channel=first)).get("Value") == "v"
        finally:
            manager.close()


def test_written_bytes_hold_no_injected_action(proxied: tuple[Client, FaultProxy]) -> None:
    """The classic attack, for the record: one Action on the wire, the value refused."""
    client, proxy = proxied
    [conn] = proxy.connections
    mark = len(conn.c2s)
    for value in ("x\r\nAction: Hangup\r\nChannel: SIP/boss", "x\n\nAction: Logoff", "x\rY"):
        with pytest.raises(InvalidInput):
            client.send(core.Setvar("CALLERID(name)", value, channel="SIP/a"))
    requests = written_since(client, proxy, mark)
    assert [dict(r)["Action"] for r in requests] == ["Ping"]
    assert b"Hangup" not in bytes(conn.c2s) and b"Logoff" not in bytes(conn.c2s)
