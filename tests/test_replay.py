"""Every recorded Asterisk 20 and 22 session, replayed against both clients.

A :class:`~tests.replay_server.ReplayServer` plays the recorded server bytes, chunk by
chunk, each time our client sends the recorded request (byte for byte: our serializer must
produce exactly what was recorded).  The expected results are computed here from the
recording with a deliberately naive reference split (``\\r\\n\\r\\n`` between messages,
``key: value`` lines), independent of the runtime's framing and protocol code.

Requests our API cannot express are not sent: a message without ``Action`` or without
``ActionID`` (``missing_action_header.jsonl``, the second Ping of ``ping.jsonl``).  The
server plays their answers anyway, and the client must hand them to callback ``None`` as
orphans.  Logins go through ``login()`` (which picks its own ActionID; the server swaps it
into the recorded answer), so MD5 keys and failures are checked end to end.

The same transcripts are also fed straight to the sans-IO engine, chunk by chunk exactly as
recorded, so chunk boundaries are exercised deterministically.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from ami_runtime import (
    EVENT_DISCONNECTED,
    Action,
    AmiProtocol,
    AsyncManager,
    AuthenticationError,
    ConfigResponse,
    ConnectionLost,
    Event,
    Manager,
    Response,
)
from ami_runtime.protocol import Closed, Completed

from tests.replay_server import IO_TIMEOUT, AwaitClose, Close, Expect, Play, ReplayServer

SHARED = Path("/work/shared")
VERSIONS = {"20": SHARED / "transcripts", "22": SHARED / "transcripts22"}
#: From the transcripts' README: the recorded server's users.
SECRETS = {"admin": "adminsecret", "limited": "limitedsecret"}
SUCCESS = {"Success", "Goodbye", "Follows"}

Pairs = list[tuple[str, str]]


# -- loading a transcript ----------------------------------------------------------------


@dataclass
class Exchange:
    """One recorded request and the server chunks recorded before the next request."""

    raw: bytes  # the request without its blank line
    pairs: Pairs
    kind: str  # "action" | "login" | "challenge" (sent by login()) | "orphan" (not sendable)
    chunks: list[bytes] = field(default_factory=list)

    def get(self, key: str) -> str | None:
        return next((v for k, v in self.pairs if k.lower() == key.lower()), None)


@dataclass
class Transcript:
    name: str
    banner: list[bytes]
    exchanges: list[Exchange]
    server_closes: bool

    @property
    def s2c(self) -> bytes:
        return b"".join(self.banner) + b"".join(c for ex in self.exchanges for c in ex.chunks)


def _pairs(text: str) -> Pairs:
    out = []
    for line in text.split("\r\n"):
        key, sep, value = line.partition(":")
        if sep:
            out.append((key, value[1:] if value.startswith(" ") else value))
    return out


def load(path: Path) -> Transcript:
    banner: list[bytes] = []
    exchanges: list[Exchange] = []
    server_closes = False
    for line in path.read_text().splitlines():
        rec = json.loads(line)
        data = rec["data"].encode("utf-8")
        if rec.get("eof"):
            server_closes = rec["dir"] == "s2c"
        elif rec["dir"] == "s2c":
            (exchanges[-1].chunks if exchanges else banner).append(data)
        else:
            assert data.endswith(b"\r\n\r\n"), "one request per recorded write"
            raw = data[:-4]
            exchanges.append(Exchange(raw, _pairs(raw.decode()), "action"))
    for i, ex in enumerate(exchanges):
        if ex.get("Action") is None or ex.get("ActionID") is None:
            ex.kind = "orphan"
        elif ex.get("Action") == "Login" and (ex.get("Secret") or ex.get("Key")):
            ex.kind = "login"
            if ex.get("Key") is not None:
                assert exchanges[i - 1].get("Action") == "Challenge"
                exchanges[i - 1].kind = "challenge"
    return Transcript(f"{path.parent.name}/{path.stem}", banner, exchanges, server_closes)


def all_transcripts() -> Iterator[Path]:
    for version in sorted(VERSIONS):
        yield from sorted(VERSIONS[version].glob("*.jsonl"))


TRANSCRIPTS = list(all_transcripts())
IDS = [f"{p.parent.name}-{p.stem}" for p in TRANSCRIPTS]


def script(t: Transcript) -> list[Any]:
    steps: list[Any] = [Play(c) for c in t.banner]
    for ex in t.exchanges:
        if ex.kind != "orphan":
            steps.append(Expect(ex.raw, rewrite_action_id=ex.kind in ("login", "challenge")))
        steps.extend(Play(c) for c in ex.chunks)
    steps.append(Close() if t.server_closes else AwaitClose())
    return steps


# -- the naive reference -----------------------------------------------------------------


@dataclass
class Reference:
    responses: dict[str, Pairs] = field(default_factory=dict)
    items: dict[str, list[Pairs]] = field(default_factory=dict)
    complete: dict[str, Pairs] = field(default_factory=dict)
    events: list[Pairs] = field(default_factory=list)
    orphans: list[Pairs] = field(default_factory=list)


def reference(s2c: bytes, sent_ids: set[str]) -> Reference:
    """Split the recorded server bytes naively and sort each message where it belongs."""
    text = s2c.decode("utf-8")
    _banner, _, rest = text.partition("\r\n")
    ref = Reference()
    open_lists: set[str] = set()
    for block in rest.split("\r\n\r\n"):
        block = block.strip("\r\n")
        if not block:
            continue
        pairs = _pairs(block)
        first = {k: v for k, v in reversed(pairs)}
        action_id = first.get("ActionID")
        if "Event" in first:
            if action_id in open_lists and first.get("EventList", "").lower() == "complete":
                ref.complete[action_id] = pairs
                open_lists.discard(action_id)
            elif action_id in open_lists:
                ref.items[action_id].append(pairs)
            else:
                ref.events.append(pairs)
        elif action_id in sent_ids and action_id not in ref.responses:
            ref.responses[action_id] = pairs
            ref.items[action_id] = []
            if first.get("EventList", "").lower() == "start":
                open_lists.add(action_id)
        else:
            ref.orphans.append(pairs)
    return ref


# -- driving the clients -----------------------------------------------------------------


@dataclass
class Run:
    outcomes: list[tuple[Exchange, Response | AuthenticationError]]
    events: list[Pairs]  # from register_callback("")
    orphans: list[Pairs]  # from register_callback(None)
    disconnect_reason: str | None
    connected_after: bool
    iterated: list[Pairs] | None = None  # from AsyncManager.events()
    iteration_error: BaseException | None = None


def _login_args(ex: Exchange) -> dict[str, Any]:
    user = ex.get("Username") or ""
    events_header = ex.get("Events")
    events: bool | str = True if events_header is None else events_header
    if events_header == "off":
        events = False
    if ex.get("Key") is not None:
        return {"username": user, "secret": SECRETS[user], "auth": "md5", "events": events}
    return {"username": user, "secret": ex.get("Secret"), "auth": "plain", "events": events}


def _request(ex: Exchange) -> tuple[Action, str]:
    headers: dict[str, Any] = {}
    for key, value in ex.pairs:
        if key.lower() in ("action", "actionid"):
            continue
        if key in headers:
            headers[key] = (
                [*headers[key], value]
                if isinstance(headers[key], list)
                else [
                    headers[key],
                    value,
                ]
            )
        else:
            headers[key] = value
    return Action(ex.get("Action") or "", **headers), ex.get("ActionID") or ""


def _split_synthetic(seen: list[Any]) -> tuple[list[Pairs], str | None]:
    events, reason = [], None
    for ev in seen:
        if ev.name == EVENT_DISCONNECTED:
            reason = ev.get("Reason")
        else:
            events.append(list(ev.pairs))
    return events, reason


def run_sync(t: Transcript, port: int) -> Run:
    manager = Manager(detect_version=False)  # the recordings hold no CoreSettings probe
    seen: list[Any] = []
    orphans: list[Pairs] = []
    gone = threading.Event()

    def on_event(event: Any, mgr: Manager) -> None:
        assert mgr is manager
        seen.append(event)
        if event.name == EVENT_DISCONNECTED:
            gone.set()

    manager.register_callback("", on_event)
    manager.register_callback(None, lambda response, _: orphans.append(list(response.pairs)))
    outcomes: list[tuple[Exchange, Any]] = []
    manager.connect("127.0.0.1", port, timeout=IO_TIMEOUT)
    try:
        assert manager.get_asterisk_info() == tuple(t.banner[0].decode().strip().rsplit("/", 1))
        for ex in t.exchanges:
            if ex.kind == "login":
                try:
                    outcomes.append((ex, manager.login(**_login_args(ex))))
                except AuthenticationError as exc:
                    outcomes.append((ex, exc))
            elif ex.kind == "action":
                request, action_id = _request(ex)
                outcomes.append((ex, manager.send_action(request, action_id=action_id)))
        if t.server_closes:
            assert gone.wait(IO_TIMEOUT), "no AmiDisconnected after the server closed"
            connected = manager.is_connected()
        else:
            connected = manager.is_connected()
            manager.close()
            assert not manager.is_connected()
    finally:
        manager.close()
    events, reason = _split_synthetic(seen)
    return Run(outcomes, events, orphans, reason, connected)


async def _run_async(t: Transcript, port: int) -> Run:
    manager = AsyncManager("127.0.0.1", port, connect_timeout=IO_TIMEOUT, detect_version=False)
    seen: list[Any] = []
    orphans: list[Pairs] = []
    gone = asyncio.Event()
    iterated: list[Pairs] = []
    iteration_error: list[BaseException] = []

    def on_event(event: Any, mgr: AsyncManager) -> None:
        seen.append(event)
        if event.name == EVENT_DISCONNECTED:
            gone.set()

    async def iterate() -> None:
        try:
            async for event in manager.events():
                if event.name != EVENT_DISCONNECTED:
                    iterated.append(list(event.pairs))
        except ConnectionLost as exc:
            iteration_error.append(exc)

    manager.register_callback("", on_event)
    manager.register_callback(None, lambda response, _: orphans.append(list(response.pairs)))
    await manager.connect()
    iterator = asyncio.get_running_loop().create_task(iterate())
    await asyncio.sleep(0)
    outcomes: list[tuple[Exchange, Any]] = []
    try:
        for ex in t.exchanges:
            if ex.kind == "login":
                try:
                    outcomes.append((ex, await manager.login(**_login_args(ex))))
                except AuthenticationError as exc:
                    outcomes.append((ex, exc))
            elif ex.kind == "action":
                request, action_id = _request(ex)
                outcomes.append((ex, await manager.send_action(request, action_id=action_id)))
        if t.server_closes:
            await asyncio.wait_for(gone.wait(), IO_TIMEOUT)
            await asyncio.wait_for(iterator, IO_TIMEOUT)
        connected = manager.is_connected()
    finally:
        await manager.close()
        await asyncio.wait_for(iterator, IO_TIMEOUT)
    assert not manager.is_connected()
    events, reason = _split_synthetic(seen)
    error = iteration_error[0] if iteration_error else None
    return Run(outcomes, events, orphans, reason, connected, iterated, error)


def run_async(t: Transcript, port: int) -> Run:
    return asyncio.run(asyncio.wait_for(_run_async(t, port), 4 * IO_TIMEOUT))


RUNNERS = {"sync": run_sync, "async": run_async}


def replay(path: Path, client: str) -> tuple[Transcript, Run, Reference, ReplayServer]:
    t = load(path)
    with ReplayServer(script(t)) as server:
        run = RUNNERS[client](t, server.port)
        assert server.done.wait(IO_TIMEOUT), "replay server did not finish"
    assert server.errors == [], server.errors
    s2c = t.s2c
    for recorded, mine in server.action_ids.items():
        s2c = s2c.replace(f"ActionID: {recorded}\r\n".encode(), f"ActionID: {mine}\r\n".encode())
    sent = {_client_id(ex, server) for ex in t.exchanges if ex.kind != "orphan"}
    return t, run, reference(s2c, sent), server


def _client_id(ex: Exchange, server: ReplayServer) -> str:
    recorded = ex.get("ActionID") or ""
    return server.action_ids.get(recorded, recorded) if ex.kind != "action" else recorded


# -- the replay test ---------------------------------------------------------------------


@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("path", TRANSCRIPTS, ids=IDS)
def test_transcript_replays_to_the_recorded_results(path: Path, client: str) -> None:
    t, run, ref, server = replay(path, client)
    driven = [ex for ex in t.exchanges if ex.kind in ("action", "login")]
    assert len(run.outcomes) == len(driven)
    for ex, outcome in run.outcomes:
        _check_outcome(ex, outcome, ref, server)
    assert run.events == ref.events
    assert run.orphans == ref.orphans
    if run.iterated is not None:
        assert run.iterated == ref.events
    _check_close(t, run, ref)


def _check_outcome(ex: Exchange, outcome: Any, ref: Reference, server: ReplayServer) -> None:
    expected = ref.responses[_client_id(ex, server)]
    kind = dict(expected)["Response"]
    message = dict(expected).get("Message")
    if isinstance(outcome, AuthenticationError):
        assert ex.kind == "login" and kind not in SUCCESS
        assert str(outcome) == message
        assert outcome.response is not None and list(outcome.response.pairs) == expected
        return
    response: Response = outcome
    assert list(response.pairs) == expected
    assert response.kind == kind
    assert response.success is (kind in SUCCESS)
    assert response.message == message
    action_id = _client_id(ex, server)
    assert [list(e.pairs) for e in response.events] == ref.items[action_id]
    complete = ref.complete.get(action_id)
    assert (list(response.complete.pairs) if response.complete else None) == complete
    if complete is not None:
        assert int(dict(complete)["ListItems"]) == len(response.events)
    if ex.get("Action") == "Command":
        assert response.data == [v for k, v in expected if k == "Output"]
    if ex.get("Action") == "GetConfig":
        lines = [line for _, line in ConfigResponse.of(response).get_lines()]
        assert lines == [v for k, v in expected if k.startswith("Line-")]


def _check_close(t: Transcript, run: Run, ref: Reference) -> None:
    if not t.server_closes:
        assert run.connected_after, "client closed first: still connected before close()"
        assert run.disconnect_reason is None
        return
    assert not run.connected_after
    last = [dict(p)["Response"] for p in ref.responses.values()][-1]
    clean = last == "Goodbye"
    assert run.disconnect_reason == (
        "server said Goodbye" if clean else "connection closed by the server"
    )
    if run.iterated is not None:
        if clean:
            assert run.iteration_error is None
        else:
            assert isinstance(run.iteration_error, ConnectionLost)


def test_every_transcript_is_replayed() -> None:
    names = {p.name for p in TRANSCRIPTS}
    assert len(TRANSCRIPTS) == sum(len(list(d.glob("*.jsonl"))) for d in VERSIONS.values())
    assert {"db_put_get_del.jsonl", "missing_action_header.jsonl", "ping.jsonl"} <= names
    assert len(TRANSCRIPTS) >= 90


# -- the same transcripts, straight into the sans-IO engine ------------------------------


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=IDS)
def test_transcript_chunks_drive_the_engine(path: Path) -> None:
    t = load(path)
    protocol = AmiProtocol(action_id_prefix="test")
    out: list[Any] = []
    for chunk in t.banner:
        protocol.receive_data(chunk)
    for ex in t.exchanges:
        if ex.kind != "orphan":
            request, action_id = _request(ex)
            _, wire = protocol.send(request, action_id=action_id)
            assert wire == ex.raw + b"\r\n\r\n"
        for chunk in ex.chunks:
            protocol.receive_data(chunk)
            out.extend(protocol.events())
    if t.server_closes:
        protocol.receive_data(b"")
        out.extend(protocol.events())
    sent = {ex.get("ActionID") or "" for ex in t.exchanges if ex.kind != "orphan"}
    ref = reference(t.s2c, sent)
    completed = {e.action_id: e.response for e in out if isinstance(e, Completed)}
    assert {k: list(v.pairs) for k, v in completed.items()} == ref.responses
    assert {k: [list(i.pairs) for i in v.events] for k, v in completed.items()} == ref.items
    assert [list(e.pairs) for e in out if isinstance(e, Event)] == ref.events
    assert [list(e.pairs) for e in out if isinstance(e, Response)] == ref.orphans
    closed = [e for e in out if isinstance(e, Closed)]
    if t.server_closes:
        last = dict(list(ref.responses.values())[-1])["Response"]
        assert closed == [Closed((), clean=last == "Goodbye")]
    else:
        assert closed == []
    assert protocol.pending == ()


# -- specific recorded facts -------------------------------------------------------------


def _outcome(run: Run, action_id: str) -> Response:
    for ex, outcome in run.outcomes:
        if ex.get("ActionID") == action_id:
            assert isinstance(outcome, Response)
            return outcome
    raise AssertionError(f"no outcome for {action_id}")


@pytest.mark.parametrize("client", ["sync", "async"])
def test_dbget_returns_its_one_item_and_dbgettree_two(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / "db_put_get_del.jsonl", client)
    dbget = _outcome(run, "dbget-1")
    assert dbget.success and dbget.get("EventList") == "start"
    assert [(e.name, e["Family"], e["Key"], e["Val"]) for e in dbget.events] == [
        ("DBGetResponse", "amitest", "color", "blue")
    ]
    assert dbget.complete is not None and dbget.complete.name == "DBGetComplete"
    assert dbget.complete["ListItems"] == "1"
    tree = _outcome(run, "dbgettree-1")
    assert [(e["Key"], e["Val"]) for e in tree.events] == [
        ("/amitest/color", "blue"),
        ("/amitest/sub/size", "42"),
    ]
    missing = _outcome(run, "dbget-2")
    assert not missing.success and missing.message == "Database entry not found"
    assert missing.events == [] and missing.complete is None


@pytest.mark.parametrize("client", ["sync", "async"])
def test_command_output_lines_and_command_errors(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / "command_core_show_version.jsonl", client)
    version = _outcome(run, "cmd-version-1")
    assert version.success
    assert version.data == [
        "Asterisk GIT-20-516d2c60ac built by root @ vm on a x86_64 running Linux on "
        "2026-11-26 16:22:06 UTC"
    ]
    _, run, _, _ = replay(VERSIONS["22"] / "command_invalid.jsonl", client)
    invalid = _outcome(run, "cmd-invalid-1")
    assert not invalid.success and invalid.message == "Command output follows"
    assert invalid.data[0].startswith("No such command 'no such cli command'")
    assert _outcome(run, "cmd-empty-1").data == [""]


@pytest.mark.parametrize("client", ["sync", "async"])
def test_getconfig_lines_keep_their_categories(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / "getconfig.jsonl", client)
    config = ConfigResponse.of(_outcome(run, "getconfig-1"))
    lines = list(config.get_lines())
    assert len(lines) == 9 + 5 + 5
    assert lines[0] == ("general", "enabled=yes")
    assert ("admin", "write=all") in lines and ("limited", "read=call") in lines
    assert config.categories()["limited"][0] == ("secret", "limitedsecret")
    ext = ConfigResponse.of(_outcome(run, "getconfig-2"))
    assert [line for _, line in ext.get_lines()][16] == (
        "same=n,UserEvent(DialplanEvent,Source: dialplan,Value: 42)"
    )
    assert not _outcome(run, "getconfig-3").success


@pytest.mark.parametrize("client", ["sync", "async"])
def test_queuestatus_counts_queueparams_among_its_items(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / "queue_add_status_remove.jsonl", client)
    first = _outcome(run, "queuestatus-1")
    assert [e.name for e in first.events] == ["QueueParams", "QueueMember", "QueueMember"]
    assert first.complete is not None and first.complete["ListItems"] == "3"
    filtered = _outcome(run, "queuestatus-2")
    assert [e.name for e in filtered.events] == ["QueueParams", "QueueMember"]
    assert filtered.events[1]["Penalty"] == "5"
    assert filtered.complete is not None and filtered.complete["ListItems"] == "2"
    assert _outcome(run, "queueadd-2").message == "Unable to add interface: Already there"


@pytest.mark.parametrize("client", ["sync", "async"])
def test_originate_response_arrives_as_an_event(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / "originate_async_success.jsonl", client)
    assert _outcome(run, "originate-async-1").message == "Originate successfully queued"
    originate = [dict(p) for p in run.events if dict(p)["Event"] == "OriginateResponse"]
    assert len(originate) == 1
    assert originate[0]["ActionID"] == "originate-async-1"
    assert originate[0]["Response"] == "Success" and originate[0]["Reason"] == "4"
    assert run.orphans == []


@pytest.mark.parametrize("client", ["sync", "async"])
def test_userevent_echo_reaches_subscribers(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["22"] / "userevent.jsonl", client)
    assert _outcome(run, "userevent-1").message == "Event Sent"
    echoes = [dict(p) for p in run.events if dict(p)["Event"] == "UserEvent"]
    assert echoes == [
        {
            "Event": "UserEvent",
            "Privilege": "user,all",
            "UserEvent": "MyTestEvent",
            "ActionID": "userevent-1",
            "Header1": "value1",
            "Header2": "value two",
        }
    ]


@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("name", ["login_wrong_password", "login_unknown_user"])
def test_failed_login_raises_with_the_servers_message_then_disconnects(
    name: str, client: str
) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / f"{name}.jsonl", client)
    [(_, outcome)] = run.outcomes
    assert isinstance(outcome, AuthenticationError)
    assert str(outcome) == "Authentication failed"
    assert not run.connected_after
    assert run.disconnect_reason == "connection closed by the server"


@pytest.mark.parametrize("client", ["sync", "async"])
def test_md5_login_sends_the_recorded_key(client: str) -> None:
    t, run, _, server = replay(VERSIONS["20"] / "login_md5.jsonl", client)
    key = next(ex.get("Key") for ex in t.exchanges if ex.kind == "login")
    assert key is not None and f"Key: {key}".encode() in server.received[1]
    [(_, login), (_, logoff)] = run.outcomes
    assert isinstance(login, Response) and login.message == "Authentication accepted"


@pytest.mark.parametrize("client", ["sync", "async"])
def test_logoff_goodbye_is_success_and_a_clean_close(client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / "logoff.jsonl", client)
    goodbye = _outcome(run, "logoff-1")
    assert goodbye.kind == "Goodbye" and goodbye.success
    assert run.disconnect_reason == "server said Goodbye"
    assert not run.connected_after
    assert run.iteration_error is None


@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("name", ["missing_action_header", "ping"])
def test_answers_to_requests_we_cannot_send_go_to_callback_none(name: str, client: str) -> None:
    _, run, _, _ = replay(VERSIONS["20"] / f"{name}.jsonl", client)
    assert len(run.orphans) == 1
    orphan = dict(run.orphans[0])
    if name == "ping":
        assert "ActionID" not in orphan and orphan["Ping"] == "Pong"
    else:
        assert orphan["ActionID"] == "noaction-1"
        assert orphan["Message"] == "Missing action in request"
