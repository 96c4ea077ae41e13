"""The engine's steady state holds no more memory than it did: nothing leaks per action,
per reply or per read, in either build.

The compiled build is the reason: mypyc compiles reference counting itself, and its bugs
leak where Python cannot.  mypyc before mypy 2.4 leaked a property setter's value
(python/mypy#21095) and the left operand of every ``bytes + bytes`` (mypyc/mypyc#1192),
which cost a compiled Ping 64 bytes and every read that continued a message the bytes it
continued; hence the pin, mypy 2.4.1.  ``make test-compiled`` runs this file against the
compiled tree.

Each case runs its step until the engine's bounded state (the cancelled-ID memory, the
caches) is full, then many more times, and compares the memory ``tracemalloc`` traces
before and after: a leak of one small object a step is thousands of bytes over the
steps, while the steady state moves by a few hundred at most.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable, Iterator
from typing import ClassVar

import pytest
from ami_runtime import Action, AmiProtocol, ListSpec
from ami_runtime.framing import FrameReader

BANNER = b"Asterisk Call Manager/9.0.0\r\n"
WARM = 1_500  # past the cancelled-ID memory (1,024) and every cache's first fill
STEPS = 2_000
#: Bytes the traced total may move by over STEPS steps: far under one object a step.
SLACK = 4_096


class Status(Action):
    LIST: ClassVar[ListSpec | None] = ListSpec(("Status",), "StatusComplete")


def msg(*pairs: tuple[str, str]) -> bytes:
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in pairs) + b"\r\n"


def event(n: int) -> bytes:
    return msg(("Event", "Newchannel"), ("Channel", f"PJSIP/a-{n:08x}"), ("Uniqueid", f"{n}.1"))


def engine() -> AmiProtocol:
    protocol = AmiProtocol(action_id_prefix="p")
    protocol.receive_data(BANNER)
    protocol.events()
    return protocol


def growth(step: Callable[[], object]) -> int:
    """Bytes traced after STEPS more steps, over those before (after WARM steps)."""
    tracemalloc.start()  # before the warm-up: what it made and later frees is counted
    try:
        for _ in range(WARM):
            step()
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(STEPS):
            step()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def lone_reply() -> Callable[[], object]:
    """An action and its reply, each in a read of its own (a Ping round trip)."""
    protocol = engine()
    ping = Action("Ping")

    def step() -> object:
        action_id, _ = protocol.send(ping)
        protocol.receive_data(msg(("Response", "Success"), ("ActionID", action_id)))
        return protocol.events()

    return step


def reply_elsewhere() -> Callable[[], object]:
    """A reply whose ActionID is not on its second line (the search, not the shortcut)."""
    protocol = engine()

    def step() -> object:
        action_id, _ = protocol.send(Action("Ping"))
        protocol.receive_data(
            msg(("Response", "Success"), ("Ping", "Pong"), ("ActionID", action_id))
        )
        return protocol.events()

    return step


def cancelled() -> Callable[[], object]:
    """An action given up on, and its late answer dropped."""
    protocol = engine()

    def step() -> object:
        action_id, _ = protocol.send(Action("Ping"))
        protocol.cancel(action_id)
        protocol.receive_data(msg(("Response", "Success"), ("ActionID", action_id)))
        return protocol.events()

    return step


def event_list() -> Callable[[], object]:
    """A list action: the response, items, and the completion event, in one read."""
    protocol = engine()

    def step() -> object:
        action_id, _ = protocol.send(Status("Status"))
        protocol.receive_data(
            msg(("Response", "Success"), ("ActionID", action_id), ("EventList", "start"))
            + msg(("Event", "Status"), ("ActionID", action_id), ("Channel", "PJSIP/a-1"))
            + msg(("Event", "StatusComplete"), ("ActionID", action_id), ("EventList", "Complete"))
        )
        return protocol.events()

    return step


def split_reads(size: int) -> Callable[[], object]:
    """A flood read ``size`` bytes at a time: most reads end inside a message, which the
    next read continues."""
    stream = b"".join(event(n) for n in range(64))
    reads = [stream[i : i + size] for i in range(0, len(stream), size)]
    protocol = engine()

    def chunks() -> Iterator[bytes]:
        while True:
            yield from reads

    feed = chunks()

    def step() -> object:
        protocol.receive_data(next(feed))
        return [e.get("Uniqueid") for e in protocol.events()]  # type: ignore[union-attr]

    return step


def command_output() -> Callable[[], object]:
    """Raw Command output (``Response: Follows``, Asterisk 13 and older) cut across reads."""
    reader = FrameReader()
    reader.feed(BANNER)
    follows = (
        b"Response: Follows\r\nPrivilege: Command\r\nActionID: c\r\n"
        b"Name/username   Host\r\n\r\nmore\r\n--END COMMAND--\r\n\r\n"
    )
    stream = follows + event(1) + follows
    cut = len(follows) + 7

    def step() -> object:
        return reader.feed(stream[:cut]) + reader.feed(stream[cut:])

    return step


CASES: dict[str, Callable[[], Callable[[], object]]] = {
    "lone reply": lone_reply,
    "reply, ActionID not second": reply_elsewhere,
    "cancelled action, late answer": cancelled,
    "event list": event_list,
    "flood in 1,000-byte reads": lambda: split_reads(1_000),
    "flood in 7-byte reads": lambda: split_reads(7),
    "raw Command output across reads": command_output,
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_steady_session_holds_no_more_memory(case: str) -> None:
    grew = growth(CASES[case]())
    assert grew < SLACK, f"{case}: {grew} bytes more after {STEPS} steps"
