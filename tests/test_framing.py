"""Framing and decoding: bytes -> frames -> ``Message`` pairs, driven by tables.

``ROUND_TRIP`` is the one table of ``(pairs, wire bytes)`` cases: ``test_serialize.py``
checks that the serializer writes exactly these bytes, and the tests here check that the
parser reads them back.  ``LENIENT`` adds input Asterisk sends (or may send) that we never
write: bare LF, ``\\n\\r\\n`` inside a value, blank lines between messages, colon-less
lines, the pre-14 ``Response: Follows`` Command format, Latin-1 bytes.

Every parse case is fed three ways (h11's ``test_io.py`` habit): all at once, one byte
at a time, and followed by the first bytes of another message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from ami_runtime.errors import RemoteProtocolError
from ami_runtime.framing import FrameReader, encode_message, encode_pairs
from ami_runtime.message import Event, Message, Response

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Case:
    id: str
    wire: bytes
    messages: tuple[tuple[Pairs, tuple[str, ...]], ...]
    """Each frame's ``(pairs, colon-less lines)``."""
    data: tuple[str, ...] | None = None
    """``Response.data`` of the (single) message, for Command replies."""


def rt(id: str, pairs: Pairs, wire: bytes) -> Case:
    """A round-trip case: one message we write exactly like this and read back."""
    return Case(id, wire, ((pairs, ()),))


ROUND_TRIP: list[Case] = [
    rt(
        "login",
        (
            ("Action", "Login"),
            ("ActionID", "a-1"),
            ("Username", "admin"),
            ("Secret", "s3cret"),
            ("Events", "off"),
        ),
        b"Action: Login\r\nActionID: a-1\r\nUsername: admin\r\nSecret: s3cret\r\n"
        b"Events: off\r\n\r\n",
    ),
    rt("ping", (("Action", "Ping"), ("ActionID", "p-1")), b"Action: Ping\r\nActionID: p-1\r\n\r\n"),
    rt(
        "repeated-variable",
        (
            ("Action", "Originate"),
            ("ActionID", "o-1"),
            ("Channel", "Local/100@test"),
            ("Variable", "A=1"),
            ("Variable", "B=2\\,3"),
        ),
        b"Action: Originate\r\nActionID: o-1\r\nChannel: Local/100@test\r\nVariable: A=1\r\n"
        b"Variable: B=2\\,3\r\n\r\n",
    ),
    rt(
        "colon-space-in-value",
        (
            ("Response", "Error"),
            ("ActionID", "u-1"),
            ("Message", "Invalid/unknown command: X. Use Action: ListCommands to show"),
        ),
        b"Response: Error\r\nActionID: u-1\r\n"
        b"Message: Invalid/unknown command: X. Use Action: ListCommands to show\r\n\r\n",
    ),
    rt(
        "empty-and-spaced-values",
        (("Event", "Newchannel"), ("AccountCode", ""), ("Output", "   indented  ")),
        b"Event: Newchannel\r\nAccountCode: \r\nOutput:    indented  \r\n\r\n",
    ),
    rt(
        "utf8",
        (("Event", "Newchannel"), ("CallerIDName", "Jos\u00e9 \u00d1and\u00fa \u260e")),
        "Event: Newchannel\r\nCallerIDName: Jos\u00e9 \u00d1and\u00fa \u260e\r\n\r\n".encode(),
    ),
    rt(
        "command-output-14",
        (
            ("Response", "Success"),
            ("ActionID", "c-1"),
            ("Message", "Command output follows"),
            ("Output", "line 1"),
            ("Output", ""),
            ("Output", "line: 3"),
        ),
        b"Response: Success\r\nActionID: c-1\r\nMessage: Command output follows\r\n"
        b"Output: line 1\r\nOutput: \r\nOutput: line: 3\r\n\r\n",
    ),
    rt(
        "odd-keys",
        (("Event", "PeerEntry"), ("Address IP", "127.0.0.1"), ("SIP-Useragent", "x (null)")),
        b"Event: PeerEntry\r\nAddress IP: 127.0.0.1\r\nSIP-Useragent: x (null)\r\n\r\n",
    ),
    rt(
        "userevent",
        (
            ("Action", "UserEvent"),
            ("ActionID", "ue-1"),
            ("UserEvent", "MyTestEvent"),
            ("Header1", "value1"),
            ("Header2", "value two"),
        ),
        b"Action: UserEvent\r\nActionID: ue-1\r\nUserEvent: MyTestEvent\r\nHeader1: value1\r\n"
        b"Header2: value two\r\n\r\n",
    ),
]

_FOLLOWS_LINES = ("Asterisk 13.38.3 built by x", "  Name: value", "", "last line")
_V11 = "Asterisk 11.13.1 built by buildd @ x86 on a x86_64 running Linux on 2014-08-06 19:30:37 UTC"

LENIENT: list[Case] = [
    Case(
        "bare-lf",
        b"Response: Success\nActionID: lf-1\nMessage: ok\n\n",
        (((("Response", "Success"), ("ActionID", "lf-1"), ("Message", "ok")), ()),),
    ),
    Case(
        "crlf-lines-lf-blank",
        b"Event: Foo\r\nA: 1\r\n\nEvent: Bar\r\n\r\n",
        (((("Event", "Foo"), ("A", "1")), ()), ((("Event", "Bar"),), ())),
    ),
    Case(
        "lf-first-line-then-crlf",
        b"Event: Foo\nPrivilege: call,all\r\n\r\n",
        (((("Event", "Foo"), ("Privilege", "call,all")), ()),),
    ),
    Case(
        "park-successful-lf-before-crlf",
        b"Response: Success\r\nActionID: park-1\r\nMessage: Park successful\n\r\n\r\n",
        (((("Response", "Success"), ("ActionID", "park-1"), ("Message", "Park successful")), ()),),
    ),
    Case(
        "lf-crlf-inside-does-not-end",
        b"Response: Success\r\nMessage: Park successful\n\r\nActionID: park-2\r\n\r\n",
        (
            (
                (("Response", "Success"), ("Message", "Park successful"), ("ActionID", "park-2")),
                (),
            ),
        ),
    ),
    Case(
        "blank-lines-between",
        b"\r\nEvent: A\r\n\r\n\r\n\r\nEvent: B\r\n\r\n\n\nEvent: C\n\n",
        tuple(((("Event", n),), ()) for n in "ABC"),
    ),
    Case(
        "colon-less-lines",
        b"Response: Success\r\nActionID: cat-1\r\nError: no categories found\r\n"
        b"No categories found\r\n\r\n",
        (
            (
                (("Response", "Success"), ("ActionID", "cat-1"), ("Error", "no categories found")),
                ("No categories found",),
            ),
        ),
    ),
    Case(
        "repeated-keys-kept-in-order",
        b"Event: Status\r\nVariable: A=1\r\nChanVariable: X=y\r\nVariable: B=(null)\r\n\r\n",
        (
            (
                (
                    ("Event", "Status"),
                    ("Variable", "A=1"),
                    ("ChanVariable", "X=y"),
                    ("Variable", "B=(null)"),
                ),
                (),
            ),
        ),
    ),
    Case(
        "no-space-after-colon",
        b"Event: X\r\nKey:value\r\nEmpty:\r\n\r\n",
        (((("Event", "X"), ("Key", "value"), ("Empty", "")), ()),),
    ),
    Case(
        "latin1-fallback",
        b"Event: Newchannel\r\nCallerIDName: Jos\xe9\r\nCallerIDNum: caf\xc3\xa9\r\n\r\n",
        (
            (
                (
                    ("Event", "Newchannel"),
                    ("CallerIDName", "Jos\u00e9"),
                    ("CallerIDNum", "caf\u00e9"),
                ),
                (),
            ),
        ),
    ),
    Case(
        "command-follows-13-glued-marker",
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: c-13\r\n"
        + "\n".join(_FOLLOWS_LINES).encode()
        + b"--END COMMAND--\r\n\r\n",
        (
            (
                (("Response", "Follows"), ("Privilege", "Command"), ("ActionID", "c-13")),
                _FOLLOWS_LINES,
            ),
        ),
        data=_FOLLOWS_LINES,
    ),
    Case(
        "command-follows-13-marker-on-own-line",
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: c-13b\r\n"
        + "\n".join(_FOLLOWS_LINES).encode()
        + b"\n--END COMMAND--\r\n\r\n",
        (
            (
                (("Response", "Follows"), ("Privilege", "Command"), ("ActionID", "c-13b")),
                _FOLLOWS_LINES,
            ),
        ),
        data=_FOLLOWS_LINES,
    ),
    Case(
        "command-follows-marker-inside-output",
        b"Response: Follows\r\nPrivilege: Command\r\n"
        b"echo --END COMMAND--\r\nmore\n--END COMMAND--\r\n\r\n",
        (
            (
                (("Response", "Follows"), ("Privilege", "Command")),
                ("echo --END COMMAND--", "more"),
            ),
        ),
        data=("echo --END COMMAND--", "more"),
    ),
    # Asterisk 11's ``core show version``: the output's only line has a colon (a time),
    # and output lines may end in CRLF like headers.  Only the response's own headers
    # (Response, Privilege, ActionID) are headers; every line after them is output.
    Case(
        "command-follows-11-crlf-line-with-colons",
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: c-11\r\n"
        b"Asterisk 11.13.1 built by buildd @ x86 on a x86_64 running Linux on "
        b"2014-08-06 19:30:37 UTC\r\n--END COMMAND--\r\n\r\n",
        (
            (
                (("Response", "Follows"), ("Privilege", "Command"), ("ActionID", "c-11")),
                (_V11,),
            ),
        ),
        data=(_V11,),
    ),
    Case(
        "command-follows-11-no-actionid-header-like-output",
        b"Response: Follows\r\nPrivilege: Command\r\n"
        b"Name: value\r\nUptime: 1 day, 02:03:04\n--END COMMAND--\r\n\r\n",
        (
            (
                (("Response", "Follows"), ("Privilege", "Command")),
                ("Name: value", "Uptime: 1 day, 02:03:04"),
            ),
        ),
        data=("Name: value", "Uptime: 1 day, 02:03:04"),
    ),
    Case(
        "command-output-14-same-lines",
        b"Response: Success\r\nActionID: c-14\r\nMessage: Command output follows\r\n"
        + b"".join(b"Output: " + line.encode() + b"\r\n" for line in _FOLLOWS_LINES)
        + b"\r\n",
        (
            (
                (
                    ("Response", "Success"),
                    ("ActionID", "c-14"),
                    ("Message", "Command output follows"),
                    *(("Output", line) for line in _FOLLOWS_LINES),
                ),
                (),
            ),
        ),
        data=_FOLLOWS_LINES,
    ),
]

PARSE = ROUND_TRIP + LENIENT
TRAILING = b"Event: Next\r\nPartial: yes\r\n"


def all_at_once(reader: FrameReader, wire: bytes) -> list[bytes]:
    return reader.feed(wire)


def byte_by_byte(reader: FrameReader, wire: bytes) -> list[bytes]:
    frames = []
    for i in range(len(wire)):
        frames.extend(reader.feed(wire[i : i + 1]))
    return frames


def with_trailing(reader: FrameReader, wire: bytes) -> list[bytes]:
    frames = reader.feed(wire + TRAILING)
    assert reader.buffered == len(TRAILING)
    rest = reader.feed(b"\r\n")
    assert rest == [TRAILING[:-2]]
    return frames


FEEDS: list[Callable[[FrameReader, bytes], list[bytes]]] = [
    all_at_once,
    byte_by_byte,
    with_trailing,
]


@pytest.mark.parametrize("feed", FEEDS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("case", PARSE, ids=lambda c: c.id)
def test_parse_table(case: Case, feed: Callable[[FrameReader, bytes], list[bytes]]) -> None:
    reader = FrameReader(banner=False)
    frames = feed(reader, case.wire)
    messages = [Message.from_raw(f) for f in frames]
    assert tuple((m.pairs, m.lines) for m in messages) == case.messages
    if case.data is not None:
        [frame] = frames
        assert tuple(Response.from_raw(frame).data) == case.data
    for frame, (pairs, _) in zip(frames, case.messages, strict=True):
        if pairs and pairs[0][0] == "Event":
            assert Event.from_raw(frame).name == pairs[0][1]
    if feed is not with_trailing:
        assert reader.buffered == 0


def test_frames_do_not_depend_on_where_reads_end() -> None:
    # Found by hypothesis: a CRLF line then an LF blank line ("\r\n\n") once framed as
    # "a-1\r" in one read and "a-1" in two.  Every split point must give the same bytes.
    wire = b"\r\n\r\n\r\n\r\nActionID: a-1\r\n\n\r\n\r\nEvent: B\r\n\r\n\rEvent: C\r\n\r\n"
    whole = FrameReader(banner=False).feed(wire)
    assert whole == [b"ActionID: a-1", b"Event: B", b"Event: C"]
    for cut in range(1, len(wire)):
        reader = FrameReader(banner=False)
        assert reader.feed(wire[:cut]) + reader.feed(wire[cut:]) == whole, cut


@pytest.mark.parametrize("case", ROUND_TRIP, ids=lambda c: c.id)
def test_encode_pairs_writes_the_table_bytes(case: Case) -> None:
    [(pairs, _)] = case.messages
    assert encode_pairs(pairs) == case.wire
    assert Message(pairs).raw + b"\r\n\r\n" == case.wire
    if pairs[0][0] == "Action":
        assert encode_message(pairs[0][1], pairs[1][1], pairs[2:]) == case.wire


def test_both_command_formats_give_the_same_data_lines() -> None:
    by_id = {c.id: c for c in LENIENT}
    old = by_id["command-follows-13-glued-marker"].wire
    new = by_id["command-output-14-same-lines"].wire
    [old_frame] = FrameReader(banner=False).feed(old)
    [new_frame] = FrameReader(banner=False).feed(new)
    assert Response.from_raw(old_frame).data == Response.from_raw(new_frame).data
    assert Response.from_raw(old_frame).success and Response.from_raw(new_frame).success


def test_multibyte_character_split_across_reads() -> None:
    wire = "Event: X\r\nCallerIDName: \u00e9\u260e\r\n\r\n".encode()
    at = wire.index("\u260e".encode()) + 1  # inside the 3-byte sequence
    reader = FrameReader(banner=False)
    assert reader.feed(wire[:at]) == []
    [frame] = reader.feed(wire[at:])
    assert Message.from_raw(frame).get("CallerIDName") == "\u00e9\u260e"


# -- banner --------------------------------------------------------------------------


def test_banner_is_the_first_line_even_when_glued_to_a_message() -> None:
    reader = FrameReader()
    frames = reader.feed(b"Asterisk Call Manager/9.0.0\r\nResponse: Success\r\n\r\n")
    assert frames == [b"Asterisk Call Manager/9.0.0", b"Response: Success"]


def test_banner_split_across_reads_and_lf_only() -> None:
    reader = FrameReader()
    assert reader.feed(b"Asterisk Call Man") == []
    assert reader.feed(b"ager/11.0.0\n") == [b"Asterisk Call Manager/11.0.0"]
    assert reader.feed(b"Event: X\n\n") == [b"Event: X"]


# -- size cap ------------------------------------------------------------------------


def test_unfinished_message_over_the_cap_raises_and_clears() -> None:
    reader = FrameReader(banner=False, max_message_size=100)
    assert reader.feed(b"Response: Success\r\nOutput: " + b"x" * 70) == []
    with pytest.raises(RemoteProtocolError, match="cap of 100 bytes"):
        reader.feed(b"x" * 20)
    assert reader.buffered == 0
    assert reader.feed(b"Event: After\r\n\r\n") == [b"Event: After"]


def test_cap_counts_one_message_not_the_whole_read() -> None:
    reader = FrameReader(banner=False, max_message_size=64)
    many = b"Event: Small\r\nN: 1\r\n\r\n" * 50
    assert len(reader.feed(many)) == 50
    exact = b"E: " + b"y" * 61
    assert reader.feed(exact) == []  # 64 bytes unfinished: at the cap, not over it
    with pytest.raises(RemoteProtocolError):
        reader.feed(b"y")


def test_cap_applies_to_banner_and_follows_output() -> None:
    with pytest.raises(RemoteProtocolError):
        FrameReader(max_message_size=32).feed(b"A" * 40)
    reader = FrameReader(banner=False, max_message_size=64)
    with pytest.raises(RemoteProtocolError):
        reader.feed(b"Response: Follows\r\nPrivilege: Command\r\n" + b"out\n" * 10)


# -- incremental search ----------------------------------------------------------------


def _trickle(reader: FrameReader, wire: bytes) -> tuple[list[bytes], int]:
    """Feed ``wire`` one byte at a time; return the frames and the bytes the reader
    searched (its ``examined`` counter)."""
    frames = []
    feed = reader.feed
    for i in range(len(wire)):
        frames.extend(feed(wire[i : i + 1]))
    return frames, reader.examined


def test_one_byte_trickle_of_a_1mb_message_scans_linearly() -> None:
    size = 1 << 20
    head = b"Response: Success\r\nActionID: big-1\r\nOutput: "
    wire = head + b"x" * (size - len(head) - 4) + b"\r\n\r\n"
    frames, scanned = _trickle(FrameReader(banner=False), wire)
    assert frames == [wire[:-4]]
    # Each byte is looked at a bounded number of times (two patterns, a few bytes of
    # overlap); a rescan from the start on every feed would be ~ size**2 / 2 = 5e11.
    assert scanned <= 32 * size


def test_trickle_of_follows_output_and_banner_scans_linearly() -> None:
    body = b"Response: Follows\r\nPrivilege: Command\r\n" + b"line\n" * 20_000
    wire = body + b"--END COMMAND--\r\n\r\n"
    frames, scanned = _trickle(FrameReader(banner=False), wire)
    assert len(frames) == 1 and scanned <= 32 * len(wire)  # a rescan: 5e9
    banner = b"Asterisk Call Manager/" + b"9" * 50_000 + b"\r\n"
    frames, scanned = _trickle(FrameReader(), banner)
    assert frames == [banner[:-2]] and scanned <= 32 * len(banner)


def test_bare_lf_framing_then_follows_output_frames_alike_in_any_reads() -> None:
    """Found by hypothesis: a bare-LF message followed by ``Response: Follows`` framed the
    Follows as a plain message when both came in one read, and waited for its
    ``--END COMMAND--`` when a read ended between them.  Now it always waits."""
    wire = b"Event: X\r\n\nResponse: Follows\r\nPrivilege: Command\r\n"
    end = b"a: b\r\n\r\n--END COMMAND--\r\n\r\n"
    expected = [
        b"Event: X",
        b"Response: Follows\r\nPrivilege: Command\r\na: b\r\n\r\n--END COMMAND--",
    ]
    for cut in range(1, len(wire)):
        reader = FrameReader(banner=False)
        got = reader.feed(wire[:cut]) + reader.feed(wire[cut:])
        assert got == [b"Event: X"], cut
        assert got + reader.feed(end) == expected, cut


@pytest.mark.parametrize(
    "wire",
    [
        b"Response: Success\r\nActionID: 1\r\n\r\n",  # the lone reply itself
        b"Event: A\r\n\r\nEvent: B\r\n\r\n",  # two messages
        b"Event: A\n\nEvent: B\r\n\r\n",  # a bare-LF end first
        b"Event: A\r\nX: y\n\r\n\r\n",  # a bare LF before the CRLF end: not an end
        b"\r\nEvent: A\r\n\r\n",  # a stray line end first
        b"Response: Follows\r\nPrivilege: Command\r\na\r\n\r\n",  # output, unfinished
        b"Response: Follows\r\nPrivilege: Command\r\nok\n--END COMMAND--\r\n\r\n",
        b"Response: Fine\r\n\r\n",  # an F at byte 10, not Follows
        b"Response: Success\r\nX: " + b"y" * 5000 + b"\r\n\r\n",  # past the short path's size
        b"Event: A\r\n\r\nEvent: " + b"B" * 5000 + b"\r\n\r\n",  # two, and long
        b"\tX: y\r\n\r\n",  # led by a control byte
        b"\r\n\r\n",
        b"ab\r\n\r\n",
        b"abc",
    ],
)
def test_a_read_ending_in_a_blank_line_frames_as_if_trickled(wire: bytes) -> None:
    """A read with nothing buffered before it that ends in ``\\r\\n\\r\\n`` takes a short
    path when it is one whole message (every reply to a lone action); whether or not it
    is one, it gives the frames a byte-by-byte trickle gives, and the same rest."""
    whole, trickled = FrameReader(banner=False), FrameReader(banner=False)
    assert whole.feed(wire) == byte_by_byte(trickled, wire)
    assert whole.buffered == trickled.buffered


def test_a_lone_message_over_the_cap_is_refused_in_one_read() -> None:
    reader = FrameReader(banner=False, max_message_size=16)
    with pytest.raises(RemoteProtocolError):
        reader.feed(b"Response: Success\r\nMessage: long\r\n\r\n")
    assert reader.feed(b"Event: A\r\n\r\n") == [b"Event: A"]


@pytest.mark.parametrize(
    "wire",
    [
        # raw Command output after other messages, its blank lines inside it
        b"Event: A\r\n\r\nResponse: Follows\r\nPrivilege: Command\r\n\r\nx\r\n\r\n"
        b"--END COMMAND--\r\n\r\nEvent: B\r\n\r\n",
        # the same after a stray line end
        b"Event: A\r\n\r\n\r\nResponse: Follows\r\nPrivilege: Command\r\n\r\n"
        b"--END COMMAND--\r\n\r\n",
        b"Event: A\r\n\r\n\rResponse: Follows\r\na\r\n\r\n--END COMMAND--\r\n\r\nEvent: B\r\n",
        # "Response: Follows" inside a message is no Command output
        b"Event: A\r\nMessage: Response: Follows\r\n\r\nEvent: B\r\n\r\n",
        b"Response: Fine\r\n\r\nEvent: Response: Follows\r\n\r\n",
    ],
)
def test_command_output_among_other_messages_frames_as_if_trickled(wire: bytes) -> None:
    """Raw Command output is found at the start of a message wherever the message falls
    in a read (the compiled build looks at each part's start, pure Python searches the
    read): one read frames as a byte-by-byte trickle does."""
    whole, trickled = FrameReader(banner=False), FrameReader(banner=False)
    assert whole.feed(wire) == byte_by_byte(trickled, wire)
    assert whole.buffered == trickled.buffered


@pytest.mark.parametrize(
    "wire",
    [
        b"Event: A\r\nK: v\r\n\r\n\r\nResponse: Follows\r\nPrivilege: Command\r\n\r\nout\r\n"
        b"--END COMMAND--\r\n\r\nEvent: B\r\nM: Response: Follows\r\n\r\n\rResponse: Fol"
        b"lows\r\n--END COMMAND--\r\n\r\nResponse: Success\r\n\r\nEvent: C\r\n\r\n",
        # (no other "Response: Follows" after the cut: the read itself has none)
        b"Event: A\r\n\r\nResponse: Follows\r\nPrivilege: Command\r\n\r\nout\r\n"
        b"--END COMMAND--\r\n\r\nEvent: B\r\n\r\n",
    ],
)
def test_a_message_continued_in_the_next_read_frames_alike_at_every_cut(wire: bytes) -> None:
    """What a read leaves unfinished is glued to the next read's first message only, not
    copied in front of the whole read: raw Command output, stray line ends and a blank
    line split across the two reads still frame as in one read."""
    whole = FrameReader(banner=False).feed(wire)
    assert whole[1].startswith(b"Response: Follows") and whole[-1].startswith(b"Event: ")
    for cut in range(1, len(wire)):
        reader = FrameReader(banner=False)
        assert reader.feed(wire[:cut]) + reader.feed(wire[cut:]) == whole, cut
        assert reader.buffered == 0
