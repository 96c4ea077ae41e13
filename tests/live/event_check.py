"""Helpers of the live event scenarios: a log to wait on, and a typed reading of each event.

:class:`EventLog` keeps every event a session receives and lets a scenario wait for the
one it expects (a condition, never a fixed sleep). :class:`TypedCheck` reads each event
through the class ``ami.events.EVENTS`` has for its name: every typed property, snapshot
views included, must read without raising, and every header Asterisk sent that no typed
property covers is counted per event type, for the report of undocumented headers.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ami import events
from ami_runtime.dispatch import EVENT_DISCONNECTED, EVENT_RECONNECTED
from ami_runtime.headers import Header, IntHeader, Snapshot, SnapshotView
from ami_runtime.message import Event, Response

__all__ = ["EventLog", "TypedCheck", "WAIT"]

#: Seconds a scenario waits for an event it expects (a busy 2-core machine: generous,
#: but only ever spent when something is wrong).
WAIT = 15.0

#: The headers of the groups ``spec/observed.yaml`` may add.
GROUP_KEYS = {"list_complete": ("EventList", "ListItems")}

#: Headers of the AMI envelope, not of any one event: no typed property is expected.
ENVELOPE = frozenset({"event", "privilege", "actionid", "timestamp", "systemname"})


def descriptors(cls: type[Any]) -> Iterator[tuple[str, Header[Any] | Snapshot[Any]]]:
    """The typed properties of an event or view class, nearest definition first."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, (Header, Snapshot)) and name not in seen:
                seen.add(name)
                yield name, value


class EventLog:
    """Every event one session received, in order, with waits on conditions.

    ``waited`` collects the name of every event a wait found (it may be shared by several
    logs): the event types a scenario established, as opposed to those that merely came
    along (a qualify's ContactStatus may or may not fall within a run).
    """

    def __init__(self, waited: set[str] | None = None) -> None:
        self._events: list[Event] = []
        self._cond = threading.Condition()
        self.waited: set[str] = waited if waited is not None else set()

    def __call__(self, event: Event, *_: Any) -> None:  # a '' callback
        with self._cond:
            self._events.append(event)
            self._cond.notify_all()

    def __len__(self) -> int:
        with self._cond:
            return len(self._events)

    def since(self, start: int = 0) -> list[Event]:
        with self._cond:
            return self._events[start:]

    def wait(
        self,
        name: str,
        start: int = 0,
        timeout: float = WAIT,
        **headers: str,
    ) -> Event:
        """The first event ``name`` after index ``start`` whose headers match ``headers``
        (keys as AMI headers, values exact, or with a trailing ``*`` a prefix)."""

        def match(event: Event) -> bool:
            if event.name.lower() != name.lower():
                return False
            for key, want in headers.items():
                got = event.get(key)
                if got is None:
                    return False
                if want.endswith("*") and not got.startswith(want[:-1]):
                    return False
                if not want.endswith("*") and got != want:
                    return False
            return True

        return self.wait_for(match, start, timeout, f"{name} {headers}")

    def wait_for(
        self, match: Callable[[Event], bool], start: int, timeout: float, what: str
    ) -> Event:
        deadline = time.monotonic() + timeout
        seen = start
        with self._cond:
            while True:
                for event in self._events[seen:]:
                    if match(event):
                        self.waited.add(event.name)
                        return event
                seen = len(self._events)
                left = deadline - time.monotonic()
                if left <= 0:
                    names = Counter(e.name for e in self._events[start:])
                    raise AssertionError(f"no {what} within {timeout} s; got {dict(names)}")
                self._cond.wait(left)


@dataclass
class TypedCheck:
    """Reads events through their typed classes and keeps what it found."""

    version: str
    seen: Counter[str] = field(default_factory=Counter)
    untyped: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    #: event name -> header -> how many events carried it uncovered
    uncovered: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: names of the list items and completions that list actions gathered
    listed: set[str] = field(default_factory=set)
    #: (event, header, text) -> how often an int header held text that is no number
    not_numbers: Counter[tuple[str, str, str | None]] = field(default_factory=Counter)
    #: event name (lower case) -> every header key (lower case) it came with
    headers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: (event name, header) -> the first value seen, for the report
    samples: dict[tuple[str, str], str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self, event: Event, *_: Any) -> None:  # a '' callback
        self.check(event)

    def check_response(self, response: Response) -> None:
        """The list items and completion event a list action gathered."""
        gathered = [*response.events, *([response.complete] if response.complete else [])]
        for event in gathered:
            self.check(event)
        with self._lock:
            self.listed.update(e.name for e in gathered)

    def check_all(self, evs: Iterable[Event]) -> None:
        for event in evs:
            self.check(event)

    def check(self, event: Event) -> None:
        name = event.name
        if name in (EVENT_DISCONNECTED, EVENT_RECONNECTED):
            return  # the client's own notices, never sent by Asterisk
        with self._lock:
            self.seen[name] += 1
            self.headers[name.lower()].update(k.lower() for k in event.keys())
        cls = events.EVENTS.get(name)
        if cls is None or type(event) is not cls:
            with self._lock:
                self.untyped[name] += 1
                self.samples.setdefault((name, ""), repr(event.as_dict()))
            return
        try:
            covered = self._read(event, "")
        except Exception as exc:  # the point: any exception is a finding
            with self._lock:
                self.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            return
        extra = [
            key
            for key in dict.fromkeys(event.keys())
            if key.lower() not in covered and key.lower() not in ENVELOPE
        ]
        with self._lock:
            for key in extra:
                self.uncovered[name][key] += 1
                self.samples.setdefault((name, key), event.get(key, ""))

    def _read(self, obj: Event | SnapshotView, prefix: str) -> set[str]:
        """Read every typed property of ``obj``; the header keys (lower case) they cover."""
        covered: set[str] = set()
        for attr, desc in descriptors(type(obj)):
            value = getattr(obj, attr)
            if isinstance(desc, Snapshot):
                if not isinstance(value, desc.view):
                    raise TypeError(f"{attr} is {type(value).__name__}, not {desc.view}")
                covered |= self._read(value, prefix + desc.prefix)
                continue
            covered.add((prefix + desc.key).lower())
            if value is not None and not isinstance(value, (str, int)):
                raise TypeError(f"{attr} read as {type(value).__name__}")
            raw = obj.get(desc.key)
            if isinstance(desc, IntHeader) and (raw or "").strip() and value is None:
                # tolerated (the property reads None, the text stays in get()): reported
                with self._lock:
                    self.not_numbers[(obj.get("Event") or "", prefix + desc.key, raw)] += 1
        return covered

    def unconfirmed(self, observed: Iterable[Mapping[str, Any]]) -> list[str]:
        """The facts of ``spec/observed.yaml`` (its ``events``) claimed for this version
        that this run did not show: a claim no scenario backs any more."""
        out = []
        for fact in observed:
            if self.version not in fact["seen"]:
                continue
            name = str(fact.get("sent_as") or fact["event"])
            got = self.headers.get(name.lower())
            if got is None:
                out.append(f"{name}: not received")
                continue
            if fact.get("sent_as") and fact["sent_as"] not in self.seen:
                out.append(f"{name}: received, but not spelt {fact['sent_as']}")
            keys = [h["key"] for h in fact.get("headers", ()) if self.version in h["seen"]]
            keys += [k for g in fact.get("groups", ()) for k in GROUP_KEYS.get(g, ())]
            out += [f"{name}: no {key} header" for key in keys if key.lower() not in got]
        return out

    def recorded_types(self, established: Iterable[str] | None = None) -> list[str]:
        """Event types received, each typed and read without error, by the ``EVENT`` of
        their class (the name Asterisk sends: ``Newexten``); only those in
        ``established`` when given."""
        failed = {e.split(":", 1)[0] for e in self.errors}
        good = [n for n in self.seen if n not in self.untyped and n not in failed]
        if established is not None:
            wanted = set(established)
            good = [n for n in good if n in wanted]
        return sorted({events.EVENTS[n].EVENT for n in good})

    def report(self, types: bool = True) -> str:
        """The findings; with ``types``, a last line naming every type and its count."""
        lines = [
            f"Asterisk {self.version}: {sum(self.seen.values())} events, "
            f"{len(self.seen)} types, {len(self.recorded_types())} typed and read, "
            f"{len(self.untyped)} untyped, {len(self.errors)} attribute errors",
        ]
        for name, count in sorted(self.untyped.items()):
            lines.append(f"  UNTYPED {name} x{count}: {self.samples.get((name, ''), '')}")
        lines += [f"  ERROR {e}" for e in self.errors]
        if self.uncovered:
            lines.append("  headers no typed attribute covers (event: header xcount):")
        for name in sorted(self.uncovered):
            keys = ", ".join(
                f"{k}={self.samples.get((name, k), '')!r} x{n}"
                for k, n in sorted(self.uncovered[name].items())
            )
            lines.append(f"    {name}: {keys}")
        if self.not_numbers:
            lines.append("  int headers that held text (read as None, raw text kept):")
        for (name, key, raw), count in sorted(self.not_numbers.items(), key=str):
            lines.append(f"    {name}.{key} = {raw!r} x{count}")
        if types:
            lines.append("  types: " + ", ".join(f"{n} x{c}" for n, c in sorted(self.seen.items())))
        return "\n".join(lines)
