"""Hostile server input: random and mutated transcripts against the parser and both clients.

The seeds are the real Asterisk 20 and 22 server streams in ``shared/transcripts*/``;
mutations flip bytes, truncate, duplicate chunks, inject garbage and insert huge lines.
What must hold:

* the engine raises nothing but :class:`RemoteProtocolError`, and only for a message over
  its cap (after which it is in state ERROR and ignores input); every message it hands
  out can be read without raising;
* memory stays bounded: the unframed rest never exceeds ``max_message_size``;
* a client's reader never dies: after garbage it can recover from, the next Ping is
  answered; when the stream is beyond repair (over the cap), the connection is closed
  and the action in flight fails with :class:`ConnectionLost`, never hangs.

A reference :class:`FrameReader` fed the same bytes is the oracle for which of those
outcomes a given stream must produce.  Coverage-guided fuzzing of the same target lives
in ``tests/fuzz/`` (atheris; run by hand).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from ami import core
from ami_runtime import (
    Action,
    AmiProtocol,
    AmiTimeout,
    ConnectionLost,
    RemoteProtocolError,
)
from ami_runtime.framing import DEFAULT_MAX_MESSAGE_SIZE, FrameReader
from ami_runtime.message import Event, Message, Response
from ami_runtime.protocol import Closed, State
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.replay_server import (
    BANNER,
    CLIENTS,
    IO_TIMEOUT,
    Client,
    FakeAmi,
    FakeConnection,
    FakeRequest,
    Recorder,
    response_bytes,
    wait_until,
)
from tests.transcripts import all_transcripts

SEEDS = sorted(
    {t.server_bytes() for version in ("20", "22") for t in all_transcripts(version)}, key=len
) or [BANNER + b"Response: Success\r\nActionID: a-1\r\nPing: Pong\r\n\r\n"]
#: Small enough that huge lines and duplicated chunks cross it.
CAP = 4096

FUZZ = settings(
    max_examples=250,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# -- mutations ---------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, huge: int = 3 * CAP) -> bytes:
    """A transcript's server bytes with a few random mutations."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "truncate", "dup", "garbage", "huge", "cut"]))
        if kind == "flip" and data:
            i = min(at, len(data) - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "dup":
            size = draw(st.integers(1, 400))
            data[at:at] = data[max(0, at - size) : at]
        elif kind == "garbage":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "huge":
            fill = draw(st.sampled_from([b"X", b"\xff", b"\r", b":", b"Output: "]))
            data[at:at] = fill * (draw(st.integers(CAP // 2, huge)) // len(fill))
        else:
            data[at : at + draw(st.integers(1, 200))] = b""
    return bytes(data)


@st.composite
def chunked(draw: st.DrawFn, data: bytes) -> list[bytes]:
    cuts = sorted(draw(st.sets(st.integers(0, len(data)), max_size=16)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def touch(message: Message) -> None:
    """Everything a caller may read from a received message."""
    _ = (message.pairs, message.lines, message.raw, message.action_id, repr(message))
    _ = (message.as_dict(), message.keys(), len(message), "Event" in message)
    response = Response.of(message)
    _ = (response.kind, response.success, response.message, response.data)


def fresh_protocol(cap: int = CAP) -> AmiProtocol:
    """An engine with actions in flight, as a client's would be mid-session."""
    protocol = AmiProtocol(max_message_size=cap, action_id_prefix="fz")
    for n, request in enumerate([Action("Ping"), core.CoreShowChannels(), core.QueueStatus()]):
        protocol.send(request, action_id=f"fz-{n}")
    protocol.send(Action("Status"), action_id="fz-9")
    protocol.cancel("fz-9")
    return protocol


def feed_all(protocol: AmiProtocol, chunks: list[bytes], cap: int) -> bool:
    """Feed ``chunks`` then EOF; True if the engine gave up on an over-cap message."""
    broken = False
    for chunk in [*chunks, b""]:
        try:
            protocol.receive_data(chunk)
        except RemoteProtocolError as exc:
            assert not broken, "raised twice"
            assert "exceeds the cap" in str(exc)
            broken = True
            assert protocol.state is State.ERROR
        assert protocol._reader.buffered <= cap  # bounded memory
        for item in protocol.events():
            # a Message itself (an event, an orphan), or one inside Completed/UnknownMessage
            for message in (item, getattr(item, "response", None), getattr(item, "message", None)):
                if isinstance(message, Message):
                    touch(message)
                    if isinstance(message, Response):
                        for event in message.events:
                            touch(event)
    return broken


# -- the engine ---------------------------------------------------------------------------


@FUZZ
@given(st.data(), mutated())
def test_mutated_transcripts_raise_only_the_protocol_error(
    data: st.DataObject, stream: bytes
) -> None:
    chunks = data.draw(chunked(stream))
    broken = feed_all(fresh_protocol(), chunks, CAP)
    reference = FrameReader(max_message_size=CAP)
    try:
        for chunk in chunks:
            reference.feed(chunk)
        assert not broken  # the engine breaks exactly when the framer does
    except RemoteProtocolError:
        assert broken


@FUZZ
@given(st.data(), st.binary(max_size=2000))
def test_random_bytes_raise_only_the_protocol_error(data: st.DataObject, stream: bytes) -> None:
    feed_all(fresh_protocol(256), data.draw(chunked(stream)), 256)


@settings(FUZZ, max_examples=60)
@given(st.data(), mutated(huge=3 * CAP))
def test_chunking_never_changes_what_the_engine_reports(data: st.DataObject, stream: bytes) -> None:
    """Below the cap (see the next test for at the cap)."""

    def outcome(chunks: list[bytes]) -> list[str]:
        protocol = fresh_protocol(1 << 20)
        out = []
        for chunk in [*chunks, b""]:
            try:
                protocol.receive_data(chunk)
            except RemoteProtocolError:
                out.append("broken")
            out.extend(_describe(item) for item in protocol.events())
        return out

    assert outcome(data.draw(chunked(stream))) == outcome([stream])


def _describe(item: Any) -> str:
    for name in ("response", "event", "message"):
        message = getattr(item, name, None)
        if isinstance(message, Message):
            extra = len(message.events) if isinstance(message, Response) else 0
            return f"{type(item).__name__}:{message.raw!r}:{extra}"
    if isinstance(item, Closed):
        return f"Closed:{sorted(item.pending)}:{item.clean}"
    return repr(item)


def test_the_cap_does_not_depend_on_how_the_bytes_arrive() -> None:
    message = b"Event: Big\r\nData: " + b"z" * 100 + b"\r\n\r\n"

    def refused(chunks: list[bytes]) -> bool:
        reader = FrameReader(banner=False, max_message_size=64)
        try:
            for chunk in chunks:
                reader.feed(chunk)
        except RemoteProtocolError:
            return True
        return False

    assert refused([message[:80], message[80:]])
    assert refused([message])


def test_after_the_cap_the_engine_ignores_input_and_reports_the_close() -> None:
    protocol = fresh_protocol(64)
    protocol.receive_data(BANNER)
    with pytest.raises(RemoteProtocolError, match="exceeds the cap of 64 bytes"):
        protocol.receive_data(b"Response: Success\r\nOutput: " + b"x" * 100)
    assert protocol._reader.buffered == 0  # the over-cap bytes are not kept
    protocol.receive_data(b"Response: Success\r\nActionID: fz-0\r\n\r\n")  # ignored
    assert [type(e).__name__ for e in protocol.events()] == ["Banner"]
    protocol.receive_data(b"")
    [closed] = protocol.events()
    assert isinstance(closed, Closed) and not closed.clean


def test_an_unterminated_banner_is_capped_too() -> None:
    protocol = AmiProtocol(max_message_size=100)
    with pytest.raises(RemoteProtocolError):
        for _ in range(10):
            protocol.receive_data(b"Asterisk Call Manager" * 2)
    assert protocol._reader.buffered == 0


def test_a_multibyte_character_split_across_reads_decodes_whole() -> None:
    wire = "Event: UserEvent\r\nUserEvent: Café ☎\r\nCallerIDName: Zoë\r\n\r\n".encode()
    for cut in range(1, len(wire)):  # (b"" would mean EOF)
        protocol = AmiProtocol()
        protocol.receive_data(BANNER)
        protocol.receive_data(wire[:cut])
        protocol.receive_data(wire[cut:])
        [_, received] = protocol.events()
        event = received
        assert isinstance(event, Event)
        assert event["UserEvent"] == "Café ☎" and event["CallerIDName"] == "Zoë"


def test_non_utf8_lines_are_read_as_latin1_without_losing_bytes() -> None:
    protocol = AmiProtocol()
    wire = b"Event: Newchannel\r\nCallerIDName: Ren\xe9\r\nX: \xff\xfe\r\n\r\n"
    protocol.receive_data(BANNER + wire)
    [_, received] = protocol.events()
    event = received
    assert isinstance(event, Event)
    assert event["CallerIDName"] == "René" and event["X"] == "ÿþ"
    assert event.raw.endswith(b"X: \xff\xfe")


def test_a_one_megabyte_command_output_is_framed_in_both_formats() -> None:
    lines = [f"line {n:07d} " + "x" * 50 for n in range(16_000)]  # ~1 MB
    modern = response_bytes(
        [("Response", "Success"), ("ActionID", "fz-0"), ("Message", "Command output follows")]
        + [("Output", line) for line in lines]
    )
    legacy = (
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: fz-0\r\n"
        + "\n".join(lines).encode()
        + b"\n--END COMMAND--\r\n\r\n"
    )
    for wire in (modern, legacy):
        assert len(wire) > 1_000_000
        protocol = fresh_protocol(DEFAULT_MAX_MESSAGE_SIZE)
        protocol.receive_data(BANNER)
        for start in range(0, len(wire), 65536):  # as a socket hands it over
            protocol.receive_data(wire[start : start + 65536])
        [_, completed] = protocol.events()
        assert completed.response.data == lines  # type: ignore[union-attr]


# -- both clients -------------------------------------------------------------------------


class Garbage:
    """A FakeAmi whose Ping handler sends ``self.next`` first; one client, replaced when
    a stream killed its connection."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.next = b""
        self.server = FakeAmi(handlers={"ping": self._ping}).__enter__()
        self.client: Client | None = None

    def _ping(self, conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(self.next)
        conn.reply(request, "Success", ("Ping", "Pong"))

    def connected(self) -> Client:
        if self.client is None or not self.client.is_connected():
            if self.client is not None:
                self.client.close()
            self.client = CLIENTS[self.kind](self.server.port, max_message_size=CLIENT_CAP)
            self.client.connect()
            self.client.login()
        return self.client

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        self.server.close()


#: The clients' cap in these tests: mutated transcripts stay below it (seeds are < 9 KB,
#: huge lines < 16 KiB), the beyond-repair tail is far above any single read.
CLIENT_CAP = 64 * 1024
BEYOND_REPAIR = b"Event: Endless\r\nData: " + b"X" * (3 * 65536)


@pytest.fixture(params=["sync", "async"])
def garbage(request: pytest.FixtureRequest) -> Iterator[Garbage]:
    g = Garbage(request.param)
    yield g
    g.close()


def expected_outcome(stream: bytes) -> str:
    """What the reference framer says the client must do after ``stream``."""
    reader = FrameReader(max_message_size=CLIENT_CAP, banner=False)
    probe = b"Response: Success\r\nActionID: probe\r\nPing: Pong"
    try:
        frames = reader.feed(stream + probe + b"\r\n\r\n")
    except RemoteProtocolError:
        return "closed"
    return "answered" if frames and frames[-1] == probe else "swallowed"


@settings(
    FUZZ,
    max_examples=40,
    suppress_health_check=[*FUZZ.suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(mutated(huge=16 * 1024), st.booleans())
def test_clients_survive_recoverable_garbage_and_close_on_the_rest(
    garbage: Garbage, stream: bytes, ruin: bool
) -> None:
    # Strip the banner (already seen); end whatever the mutations left open, or ruin it.
    body = stream.partition(b"\n")[2] if stream.startswith(b"Asterisk") else stream
    garbage.next = body + (b"\r\n\r\n" + BEYOND_REPAIR if ruin else b"\r\n\r\n")
    expected = "closed" if ruin else expected_outcome(garbage.next)
    assert expected != "closed" or ruin
    event(expected)  # --hypothesis-show-statistics shows the mix
    client = garbage.connected()
    started = time.monotonic()
    if expected == "answered":
        assert client.send(core.Ping(), timeout=IO_TIMEOUT).get("Ping") == "Pong"
        assert client.is_connected()  # the reader is alive
    elif expected == "closed":
        with pytest.raises(ConnectionLost):
            client.send(core.Ping(), timeout=IO_TIMEOUT)
        assert time.monotonic() - started < IO_TIMEOUT
        assert wait_until(lambda: not client.is_connected())
    else:  # an open "Response: Follows" ate the answer: the deadline ends the wait
        with pytest.raises(AmiTimeout):
            client.send(core.Ping(), timeout=0.3)
        garbage.client.close()  # type: ignore[union-attr]
        garbage.client = None


def test_clients_handle_split_multibyte_characters_and_huge_output(
    make_client: Callable[..., Client],
) -> None:
    lines = [f"{n:06d} ☎ " + "é" * 30 for n in range(16_000)]  # > 1 MB of UTF-8

    def command(conn: FakeConnection, request: FakeRequest) -> None:
        wire = response_bytes(
            [("Response", "Success"), ("ActionID", request.action_id or "")]
            + [("Output", line) for line in lines]
        )
        split = wire.index("☎".encode()) + 1  # inside the first ☎
        conn.send(wire[:split])
        time.sleep(0.05)
        conn.send(wire[split:])

    def userevent(conn: FakeConnection, request: FakeRequest) -> None:
        conn.reply(request, "Success")
        wire = "Event: UserEvent\r\nUserEvent: Zoë\r\nName: Ren".encode() + b"\xe9\r\n\r\n"
        conn.send(wire[:-10])
        time.sleep(0.05)
        conn.send(wire[-10:])

    with FakeAmi(handlers={"command": command, "userevent": userevent}) as server:
        client = make_client(server.port)
        client.connect()
        client.login()
        recorder = Recorder().attach(client)
        assert client.send(core.Command("core show everything")).data == lines
        assert client.send(core.UserEvent("x")).success
        assert wait_until(lambda: "UserEvent" in recorder.names())
        [event] = [e for e in recorder.events if e.name == "UserEvent"]
        assert event["UserEvent"] == "Zoë" and event["Name"] == "René"


def test_clients_close_cleanly_at_the_default_cap(make_client: Callable[..., Client]) -> None:
    """A line that never ends: 16 MiB later the connection is closed, the action fails."""
    sent = threading.Event()

    def endless(conn: FakeConnection, request: FakeRequest) -> None:
        conn.send(b"Response: Success\r\nOutput: ")
        block = b"y" * (1 << 20)
        for _ in range(DEFAULT_MAX_MESSAGE_SIZE // len(block) + 2):
            if conn.closed.is_set():
                break
            conn.send(block)
        sent.set()

    with FakeAmi(handlers={"command": endless}) as server:
        client = make_client(server.port)
        client.connect()
        client.login()
        started = time.monotonic()
        with pytest.raises(ConnectionLost):
            client.send(core.Command("core show endless"), timeout=30)
        assert time.monotonic() - started < 3 * IO_TIMEOUT
        assert wait_until(lambda: not client.is_connected())
