"""Hypothesis properties of framing, decoding and the serializer.

What "legal" means here, precisely (what the parser promises to read back unchanged):

* a **legal pair** has a non-empty key without ``:``, CR or LF, and a value without CR or
  LF.  Anything else is allowed, spaces at either end of the value included (the parser
  removes exactly the one space after the colon, and the encoder writes exactly one);
* a **legal message** is a non-empty sequence of legal pairs that is not a pre-14 Command
  reply, i.e. it does not begin with ``Response: Follows`` (those frame on
  ``--END COMMAND--``, see ``test_framing.py``);
* a **sendable pair** is what the serializer lets through: a legal pair whose key also
  has no edge spaces and no control characters, whose value has no control characters,
  and whose line fits Asterisk's 1024 bytes.
"""

from __future__ import annotations

import itertools
import string

from ami_runtime import Action, AmiProtocol, InvalidInput, RemoteProtocolError
from ami_runtime.framing import FrameReader, encode_pairs
from ami_runtime.message import Message, Response
from ami_runtime.protocol import Completed
from ami_runtime.serialize import check_pair
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

_TEXT = st.characters(blacklist_categories=("Cs",))  # any encodable character
legal_keys = st.text(_TEXT, min_size=1, max_size=20).filter(
    lambda k: not any(c in k for c in ":\r\n")
)
legal_values = st.text(_TEXT, max_size=40).filter(lambda v: "\r" not in v and "\n" not in v)
legal_pairs = st.tuples(legal_keys, legal_values)


def _not_follows(pairs: list[tuple[str, str]]) -> bool:
    return not encode_pairs(pairs).startswith(b"Response: Follows")


legal_messages = st.lists(legal_pairs, min_size=1, max_size=8).filter(_not_follows)


@st.composite
def chunked(draw: st.DrawFn, data: bytes) -> list[bytes]:
    """``data`` cut at arbitrary points."""
    cuts = sorted(draw(st.sets(st.integers(0, len(data)), max_size=12)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


def frames_of(chunks: list[bytes], *, banner: bool = False) -> list[bytes]:
    reader = FrameReader(banner=banner)
    frames = []
    for chunk in chunks:
        frames.extend(reader.feed(chunk))
    return frames


# -- (1) any chunking gives the same messages ------------------------------------------


separators = st.sampled_from([b"", b"\r\n", b"\n", b"\r\n\r\n"])


@SETTINGS
@given(st.data(), st.lists(st.tuples(legal_messages, separators), min_size=1, max_size=5))
def test_any_chunking_of_legal_messages_gives_them_back(
    data: st.DataObject, messages: list[tuple[list[tuple[str, str]], bytes]]
) -> None:
    wire = b"Asterisk Call Manager/9.0.0\r\n" + b"".join(
        encode_pairs(pairs) + sep for pairs, sep in messages
    )
    frames = frames_of(data.draw(chunked(wire)), banner=True)
    assert frames[0] == b"Asterisk Call Manager/9.0.0"
    assert [Message.from_raw(f).pairs for f in frames[1:]] == [tuple(p) for p, _ in messages]


_SOUP = st.lists(
    st.one_of(
        st.sampled_from(
            [
                b"\r\n",
                b"\n",
                b"\r",
                b"\r\n\r\n",
                b"\n\r\n",
                b"Response: Follows\r\n",
                b"--END COMMAND--",
                b"Event: X\r\n",
                b"Response: Success\r\n",
                b"ActionID: a-1\r\n",
                b"EventList: Complete\r\n",
                b"EventList: start\r\n",
                b": ",
                b"\xc3",
                b"\xa9",
                b"\xff",
            ]
        ),
        st.binary(max_size=8),
    ),
    max_size=40,
).map(b"".join)


@SETTINGS
@given(st.data(), _SOUP)
def test_any_chunking_of_any_bytes_gives_the_same_frames(data: st.DataObject, wire: bytes) -> None:
    whole = frames_of([wire], banner=True)
    assert frames_of(data.draw(chunked(wire)), banner=True) == whole


# -- (2) arbitrary bytes: only RemoteProtocolError --------------------------------------


def _touch(message: Message) -> None:
    """Everything a caller may look at on a received message."""
    _ = (message.pairs, message.lines, message.raw, message.action_id, repr(message))
    response = Response.of(message)
    _ = (response.kind, response.success, response.message, response.data)


@SETTINGS
@given(st.data(), st.one_of(_SOUP, st.binary(max_size=300)), st.integers(16, 200))
def test_arbitrary_bytes_raise_only_remote_protocol_error(
    data: st.DataObject, wire: bytes, cap: int
) -> None:
    protocol = AmiProtocol(max_message_size=cap, action_id_prefix="a")
    protocol.send(Action("Ping"), action_id="a-1")
    protocol.send(Action("QueueStatus"), action_id="a-2")
    protocol.cancel("a-2")
    reader = FrameReader(max_message_size=cap)
    for chunk in [*data.draw(chunked(wire)), b""]:
        for target in (protocol.receive_data, reader.feed):
            try:
                target(chunk)
            except RemoteProtocolError:
                pass
        for item in protocol.events():
            # a Message itself (an event, an orphan), or one inside Completed/UnknownMessage
            for message in (item, getattr(item, "response", None), getattr(item, "message", None)):
                if isinstance(message, Message):
                    _touch(message)


@SETTINGS
@given(st.binary(max_size=200))
def test_any_frame_decodes_without_raising(raw: bytes) -> None:
    _touch(Message.from_raw(raw))


# -- (3) legal messages round-trip ------------------------------------------------------


@SETTINGS
@given(legal_messages)
def test_legal_message_round_trips(pairs: list[tuple[str, str]]) -> None:
    [frame] = FrameReader(banner=False).feed(encode_pairs(pairs))
    message = Message.from_raw(frame)
    assert message.pairs == tuple(pairs)
    assert message.lines == ()
    assert Message(pairs) == message
    key = pairs[0][0]
    if key.isascii():  # Asterisk compares keys with strcasecmp: ASCII case only
        assert message.get(key.swapcase()) == pairs[0][1]


@SETTINGS
@given(legal_messages, st.lists(st.sampled_from([b"\r\n", b"\n"]), min_size=8, max_size=8))
def test_get_reads_each_key_as_the_full_decode_does(
    pairs: list[tuple[str, str]], ends: list[bytes]
) -> None:
    """``get``'s fast path (``raw_value``: the key's line found in the bytes, its value
    cut at the line end, nothing else decoded) gives what decoding every line gives, for
    the first value of each key, whether lines end in CRLF or a bare LF."""
    raw = b"".join(f"{k}: {v}".encode() + end for (k, v), end in zip(pairs, ends, strict=False))
    for index, (key, _) in enumerate(pairs):
        # Asterisk spells a key the same way every time; the fast path reads the exact
        # spelling, so a key spelled in another case earlier is left out here.
        if any(k != key and k.lower() == key.lower() for k, _ in pairs[:index]):
            continue
        expected = next(v for k, v in pairs if k == key)
        assert Message.from_raw(raw).get(key) == expected
        assert Message.from_raw(raw.rstrip(b"\r\n")).get(key) == expected


sendable_keys = st.text(
    string.ascii_letters + string.digits + "-_() .\u00e9", min_size=1, max_size=16
).filter(lambda k: k == k.strip() and k.lower() not in ("action", "actionid", "timeout"))
sendable_values = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


@SETTINGS
@given(st.dictionaries(sendable_keys, sendable_values, min_size=0, max_size=10))
def test_serialized_requests_read_back_as_sent(headers: dict[str, str]) -> None:
    assume(len({k.lower() for k in headers}) == len(headers))
    action_id, wire = AmiProtocol().send(Action("UserEvent", **headers), action_id="rt-1")
    [frame] = FrameReader(banner=False).feed(wire)
    expected = (("Action", "UserEvent"), ("ActionID", action_id), *headers.items())
    assert Message.from_raw(frame).pairs == expected


# -- (4) CR or LF in a value is refused --------------------------------------------------


@SETTINGS
@given(
    sendable_keys,
    st.tuples(legal_values, st.sampled_from(["\r", "\n", "\r\n"]), legal_values).map("".join),
)
def test_value_with_cr_or_lf_is_refused(key: str, value: str) -> None:
    try:
        check_pair(key, value)
    except InvalidInput:
        pass
    else:
        raise AssertionError("accepted a value with CR or LF")
    protocol = AmiProtocol()
    for attempt in (
        lambda: protocol.send(Action("UserEvent", **{key: value})),
        lambda: protocol.send(Action("UserEvent"), extra_headers={key: value}),
    ):
        try:
            attempt()
        except InvalidInput:
            continue
        raise AssertionError("the protocol sent a value with CR or LF")
    assert protocol.pending == ()


# -- (5) a reply resolves the action whose ActionID it carries -----------------------------


@SETTINGS
@given(
    st.lists(sendable_values, min_size=1, max_size=5, unique=True),
    st.data(),
)
def test_each_reply_resolves_the_action_its_actionid_names(
    action_ids: list[str], data: st.DataObject
) -> None:
    """Whatever the ActionIDs (one the prefix of another, the last one sent or not) and
    the order and kinds of the replies: the engine's shortcut for the usual reply (the
    last action's, read without a search) and its general path agree."""
    protocol = AmiProtocol()
    protocol.receive_data(b"Asterisk Call Manager/9.0.0\r\n")
    protocol.next_event()
    for action_id in action_ids:
        protocol.send(Action("Ping"), action_id=action_id)
    order = data.draw(st.permutations(action_ids))
    kinds = data.draw(st.lists(st.sampled_from(["Success", "Error"]), min_size=len(order)))
    for action_id, kind in zip(order, kinds, strict=False):
        reply = f"Response: {kind}\r\nActionID: {action_id}\r\nMessage: m\r\n\r\n".encode()
        protocol.receive_data(reply)
        [done] = protocol.events()
        assert isinstance(done, Completed)
        assert done.action_id == action_id
        assert done.response.kind == kind
        assert done.response.action_id == action_id
    assert protocol.pending == ()
