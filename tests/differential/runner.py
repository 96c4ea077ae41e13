"""Run one differential scenario against an AMI server (a real Asterisk or the simulator).

A scenario is data (``scenarios/*.yaml``, see :mod:`tests.differential.corpus`): sessions
that log in, then steps.  A step sends one action on one session and collects, until the
step has settled:

* the response (the message with the step's ActionID, or the first response when the step
  sends no ActionID), its ``Output`` lines included;
* its list items and completion event (every event carrying the step's ActionID);
* every other event any session of the scenario receives meanwhile.

A step has settled when its response (and, for a list, the ``EventList: Complete`` event)
arrived, every event named in its ``until`` arrived, and a ``Ping`` sent afterwards on each
session came back: AMI answers actions in order, so events the step caused synchronously
are in front of that reply.  Nothing waits on a fixed sleep.

The result is a plain JSON-able record of raw messages; :mod:`tests.differential.compare`
normalises and compares two of them.
"""

from __future__ import annotations

import fnmatch
import re
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ami_runtime.framing import FrameReader
from ami_runtime.message import Message

from tests.differential.corpus import Scenario, Step

__all__ = ["Record", "ScenarioError", "run_scenario"]

#: What a run records: {"sessions": {name: banner}, "steps": [StepRecord, ...]}.
Record = dict[str, Any]

HOST = "127.0.0.1"
#: Events that flow whatever the scenario does (RTP statistics) and that no step causes.
NOISE = frozenset({"RTCPSent", "RTCPReceived"})
#: The fixture's own registrations (chan_sip's regtest, PJSIP's pjreg) refresh on timers,
#: and each refresh of pjreg replaces pjpeer's contact (ContactStatus).
REGISTRATIONS = frozenset({"Registry", "ContactStatus"})
#: Security events of SIP's own traffic: the fixture qualifies its contacts every 30 s and
#: refreshes its registrations (chan_sip's, PJSIP's), each with a challenge, at times no
#: scenario controls.
SIP_SECURITY = frozenset(
    {
        "ChallengeSent",
        "SuccessfulAuth",
        "ChallengeResponseFailed",
        "InvalidAccountID",
        "InvalidPassword",
        "RequestNotAllowed",
    }
)


def is_noise(msg: Message) -> bool:
    """Whether an event is background traffic, never part of a step's outcome."""
    name = msg.get("Event")
    if name in NOISE or name in REGISTRATIONS:
        return True
    if name == "PeerStatus" and (msg.get("Peer") or "").startswith(("SIP/regtest", "PJSIP/")):
        # chan_sip's registration of regtest, PJSIP's pjreg and qualify of both contacts
        return True
    if name == "DeviceStateChange" and (msg.get("Device") or "").startswith(
        ("Queue:", "PJSIP/", "SIP/")
    ):
        # app_queue's Queue:<queue>_avail and _pause_<member> devices: the state cache
        # announces changes only, so whether one comes depends on every earlier scenario;
        # the SIP endpoints' states change as the fixture's registrations refresh
        return True
    return name in SIP_SECURITY and msg.get("Service") in ("PJSIP", "SIP")


USERS = {"admin": "adminsecret", "limited": "limitedsecret"}


class ScenarioError(RuntimeError):
    """The server closed or stopped answering in a way the scenario did not expect."""


Pairs = list[list[str]]


def _pairs(msg: Message) -> Pairs:
    return [[k, v] for k, v in msg.pairs]


@dataclass
class _Session:
    name: str
    sock: socket.socket
    reader: FrameReader = field(default_factory=FrameReader)
    inbox: list[Message] = field(default_factory=list)
    banner: str = ""
    closed: bool = False

    def send(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed = True

    def pump(self, timeout: float) -> bool:
        """Read what is available within ``timeout``; False once the peer has closed."""
        if self.closed:
            return False
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            return True
        except OSError:
            data = b""
        if not data:
            self.closed = True
            return False
        for raw in self.reader.feed(data):
            if not self.banner and raw.startswith(b"Asterisk Call Manager"):
                self.banner = raw.decode(errors="replace").strip()
                continue
            self.inbox.append(Message.from_raw(raw))
        return True


def _encode(headers: Iterable[tuple[str, str]]) -> bytes:
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in headers) + b"\r\n"


class _Values:
    """Values a later step may quote: ``${Event.Header}``, ``${Event.Header[n]}``, and
    ``${@Action.Header}`` for a step's response."""

    _REF = re.compile(r"\$\{(@?[\w-]+)\.([\w-]+)(?:\[(-?\d+)\])?\}")

    def __init__(self) -> None:
        self.seen: dict[str, list[str]] = {}

    def add(self, prefix: str, msg: Message) -> None:
        for key, value in msg.pairs:
            self.seen.setdefault(f"{prefix}.{key.lower()}", []).append(value)

    def expand(self, text: str) -> str:
        def sub(m: re.Match[str]) -> str:
            values = self.seen.get(f"{m.group(1)}.{m.group(2).lower()}", [])
            index = int(m.group(3) or 0)
            try:
                return values[index]
            except IndexError:
                return f"<no {m.group(1)}.{m.group(2)}[{index}]>"

        return self._REF.sub(sub, text)


def _matches(msg: Message, matcher: dict[str, str]) -> bool:
    for key, pattern in matcher.items():
        value = msg.get(key)
        if value is None or not fnmatch.fnmatchcase(value, pattern):
            return False
    return True


class _Run:
    def __init__(self, port: int, scenario: Scenario, wait_scale: Callable[[int], float]) -> None:
        self.port, self.scenario, self.wait_scale = port, scenario, wait_scale
        self.sessions: dict[str, _Session] = {}
        self.values = _Values()
        self.counter = 0

    def pump_all(self, deadline: float, done: Callable[[], bool]) -> bool:
        """Read every session until ``done()`` or the deadline; whether done."""
        while not done():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            open_ = [s for s in self.sessions.values() if not s.closed]
            if not open_:
                return done()
            for s in open_:
                s.pump(min(0.02, left) if len(open_) > 1 else min(0.2, left))
        return True

    def connect(self, name: str, user: str | None, events: str | None) -> None:
        sock = socket.create_connection((HOST, self.port), timeout=10)
        sess = _Session(name, sock)
        self.sessions[name] = sess
        deadline = time.monotonic() + 10
        while not sess.banner and not sess.closed and time.monotonic() < deadline:
            sess.pump(0.2)
        if user is None:
            return
        headers = [("Action", "Login"), ("Username", user), ("Secret", USERS[user])]
        if events is not None:
            headers.append(("Events", events))
        headers.append(("ActionID", f"{name}-login"))
        sess.send(_encode(headers))
        self._reply(sess, f"{name}-login", time.monotonic() + 10)
        self.barrier(time.monotonic() + 10)
        self.quiet(0.2)
        for s in self.sessions.values():
            s.inbox.clear()

    def _reply(self, sess: _Session, action_id: str | None, deadline: float) -> Message | None:
        def found() -> Message | None:
            for msg in sess.inbox:
                if "Response" in msg and "Event" not in msg:
                    if action_id is None or msg.get("ActionID") == action_id:
                        return msg
            return None

        self.pump_all(deadline, lambda: found() is not None or sess.closed)
        return found()

    def barrier(self, deadline: float) -> None:
        """A Ping on every logged-in session, and wait for each reply (then drop it)."""
        pings: dict[str, str] = {}
        for sess in self.sessions.values():
            if sess.closed or not sess.banner:
                continue
            self.counter += 1
            aid = f"barrier-{self.counter}"
            pings[sess.name] = aid
            sess.send(_encode([("Action", "Ping"), ("ActionID", aid)]))
        for name, aid in pings.items():
            sess = self.sessions[name]
            reply = self._reply(sess, aid, deadline)
            if reply is not None:
                sess.inbox.remove(reply)

    def step(self, index: int, step: Step) -> dict[str, Any]:
        sess = self.sessions[step.session]
        started = time.monotonic()
        budget = self.wait_scale(index)
        deadline = started + budget
        action_id: str | None = None
        if step.raw is not None:
            sess.send(self.values.expand(step.raw).encode())
        elif step.action is not None:
            headers = [(k, self.values.expand(v)) for k, v in step.headers]
            if step.action_id is True:
                action_id = f"{step.session}-{index}"
                headers.append(("ActionID", action_id))
            elif isinstance(step.action_id, str):
                action_id = step.action_id
            sess.send(_encode(headers))
        record: dict[str, Any] = {"step": step.label, "response": None, "items": [], "events": []}
        if step.unordered:
            record["unordered"] = True
        waiting_response = step.raw is not None or step.action is not None
        if waiting_response and step.expect_reply:
            self._reply(sess, action_id, deadline)
        # the list (if any) is complete when its EventList: Complete event has come
        if action_id is not None:

            def list_done() -> bool:
                resp = self._find_response(sess, action_id)
                if resp is None or (resp.get("EventList") or "").lower() != "start":
                    return True
                return any(
                    m.get("ActionID") == action_id
                    and (m.get("EventList") or "").lower() == "complete"
                    for m in sess.inbox
                )

            self.pump_all(deadline, lambda: list_done() or sess.closed)
        satisfied = self._until([dict(m) for m in step.until], deadline)
        record["timed_out"] = not satisfied
        if not step.closes:
            self.barrier(deadline if satisfied else time.monotonic() + 5)
            self.quiet(step.quiet)
        else:
            self.pump_all(time.monotonic() + 2, lambda: sess.closed)
        record["elapsed"] = round(time.monotonic() - started, 3)
        record["closed"] = sorted(s.name for s in self.sessions.values() if s.closed)
        for s in self.sessions.values():
            for msg in s.inbox:
                tag = "" if s.name == "main" else s.name
                if "Event" not in msg:
                    if record["response"] is None and (
                        action_id is None or msg.get("ActionID") == action_id
                    ):
                        if s is sess:
                            record["response"] = _pairs(msg)
                            record["lines"] = list(msg.lines)
                            if step.action:
                                self.values.add("@" + step.action, msg)
                            continue
                    record["events"].append({"session": tag, "pairs": _pairs(msg)})
                    continue
                self.values.add(msg["Event"], msg)
                if action_id is not None and msg.get("ActionID") == action_id and s is sess:
                    record["items"].append(_pairs(msg))
                elif not is_noise(msg):
                    record["events"].append({"session": tag, "pairs": _pairs(msg)})
            s.inbox.clear()
        return record

    def quiet(self, period: float) -> None:
        """Read until no session has received anything for ``period`` seconds (at most 5 s).

        Device and extension state changes reach AMI through their own task queues, a
        little after the channel events that caused them; this lets them land in the step
        that caused them, on both sides alike.
        """
        if period <= 0:
            return
        end = time.monotonic() + 5
        while time.monotonic() < end:
            before = sum(len(s.inbox) for s in self.sessions.values())
            self.pump_all(time.monotonic() + period, lambda: False)
            if sum(len(s.inbox) for s in self.sessions.values()) == before:
                return

    def _find_response(self, sess: _Session, action_id: str) -> Message | None:
        for msg in sess.inbox:
            if "Event" not in msg and msg.get("ActionID") == action_id:
                return msg
        return None

    def _until(self, pending: list[dict[str, str]], deadline: float) -> bool:
        """Wait until every matcher in ``pending`` has matched an event of its own."""
        if not pending:
            return True
        used: set[int] = set()
        left = list(pending)

        def done() -> bool:
            for s in self.sessions.values():
                for msg in s.inbox:
                    if "Event" not in msg or id(msg) in used:
                        continue
                    hit = next((m for m in left if _matches(msg, m)), None)
                    if hit is not None:
                        left.remove(hit)
                        used.add(id(msg))
            return not left

        return self.pump_all(deadline, done)

    def close(self) -> None:
        for sess in self.sessions.values():
            try:
                sess.sock.close()
            except OSError:
                pass


def run_scenario(
    port: int, scenario: Scenario, wait_budget: Callable[[int], float] | None = None
) -> Record:
    """Run ``scenario`` against the AMI server on 127.0.0.1:``port``; its raw record.

    ``wait_budget(step_index)`` is how long a step may take to settle (default 15 s).
    """
    run = _Run(port, scenario, wait_budget or (lambda _i: 15.0))
    try:
        for sess in scenario.sessions:
            run.connect(sess.name, sess.user, sess.events)
        banners = {s.name: s.banner for s in run.sessions.values()}
        steps = [run.step(i, step) for i, step in enumerate(scenario.steps)]
    finally:
        run.close()
    return {"sessions": banners, "steps": steps}
