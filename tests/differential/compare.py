"""Normalise two runs of a scenario and compare them, strictly and loosely.

Normalising blanks what varies from run to run by nature: uniqueids and linkedids, bridge
and channel ids, channel-name sequence numbers, times and durations, the MD5 challenge,
session pointers, client ports, the Asterisk build string (its major version stays).

Strict, per step: the response (every header, in order, and its Output lines) and the
list items in order (as a multiset for lists Asterisk walks out of a hash container).
Then the scenario's events, every header of each: in order within each stream of one
event name on one channel, as a multiset for the rest (see :func:`_event_views`).

Loose: per step Response, Message, the response's header names, the list items' event
names; the scenario's event names as a multiset.

:func:`first_difference` returns the first difference as a :class:`Miss` (step, what,
real line, simulator line), or None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ami_runtime.message import Message

from tests.differential.runner import is_noise

__all__ = ["UNORDERED_ITEMS", "Miss", "first_difference", "normalise_value"]

#: List items Asterisk emits while walking a hash container: their order is not defined.
UNORDERED_ITEMS = frozenset(
    {
        "ExtensionStatus",
        "PeerStatus",
        "PeerEntry",
        "BridgeListItem",
        "Status",
        "CoreShowChannel",
        "CoreShowChannelMapComplete",
        "QueueMember",
        "QueueParams",
        "QueueEntry",
        "DeviceStateChange",
        "PresenceStateChange",
        "DBGetTreeResponse",
        "EndpointList",
        "ContactList",
        "AorList",
        "AuthList",
        "ParkedCall",
        "Parkinglot",
        "QueueSummary",
        "Agents",
        "ListCategories",
        "VoicemailUserEntry",
        "ChannelVariable",
    }
)

_VARYING_KEYS = frozenset(
    {
        "timestamp",
        "eventtv",
        "sessiontv",
        "uptime",
        "lastreload",
        "duration",
        "seconds",
        "challenge",
        "sessionid",
        "corestartupdate",
        "corestartuptime",
        "corereloaddate",
        "corereloadtime",
        "parkingduration",
        "holdtime",
        "talktime",
        "wait",
        "longestholdtime",
        "lastcall",
        "lastpause",
        "logintime",
        "regexpire",
        "roundtripusec",
        "rtt",
        "bridgecreationtime",
        "creationtime",
        "agi_threadid",
        "agi_uniqueid",
        "agi_version",
        "commandid",
        "systemname",
        "eventversion",
        "time",
        "timetonext",
        "expirationtime",
        "nextreg",
        "origtime",
        "msg_id",
        "coreprocessedcalls",
        "parkingtimeout",
    }
)

#: Events where only each device's last one compares (see :func:`_event_views`).
LAST_STATE_ONLY = frozenset({"DeviceStateChange"})

#: Channel variables whose value is a duration (QUEUEWAIT, DIALEDTIME_MS, ...).
TIMED_VARIABLE = re.compile(r"(?:TIME|WAIT)(?:_MS)?$|^RTPAUDIOQOS|CALLID$")

_SUBS = [
    (re.compile(r"\S*/spool/"), "<spool>/"),
    (re.compile(r"@@?[0-9a-f]{32}\b"), "@<hash>"),
    (re.compile(r"GIT-(\d+)-[0-9a-f]+(?:M)?"), r"\1.x"),
    (re.compile(r"(?<=Asterisk )(\d\d)\.\d+\.\d+\S*"), r"\1.x"),
    (re.compile(r"built by \S+ @ \S+ on a \S+ running \S+ on .*"), "built by <builder>"),
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<uuid>"),
    (re.compile(r"(?<![\d.])1\d{9}\.\d+\b"), "<uniqueid>"),
    (re.compile(r"(?<=[-/])[0-9a-f]{8}(?=;[12]\b|\b|$)"), "<seq>"),
    (re.compile(r"\b0x[0-9a-f]{6,}\b"), "<ptr>"),
    (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d{4}|Z)?"), "<datetime>"),
    (re.compile(r"(?<![\d.])1[6-9]\d{8}(?![\d.])"), "<epoch>"),
    # a port, and the padding of a CLI column after it (its width varies with the digits)
    (
        re.compile(r"(127\.0\.0\.1|IPV4/(?:TCP|UDP|TLS)/127\.0\.0\.1)[:/]\d{2,5}\b(?: +(?=\S))?"),
        lambda m: f"{m[1]}:<port>" + (" " if m[0].endswith(" ") else ""),
    ),
    (re.compile(r"\bOK \(\d+(?:\.\d+)? ms\)"), "OK (<n> ms)"),
    # the server's lifetime counter (CLI "core show channels", "core show calls")
    (re.compile(r"^\d+ calls? processed$"), "<n> calls processed"),
]


def normalise_value(key: str, value: str) -> str:
    """``value`` of header ``key`` with what varies by nature replaced by a placeholder."""
    low = key.lower()
    if low == "env":
        # AsyncAGIStart: the AGI environment, URL-encoded "agi_key: value" lines
        lines = unquote(value).splitlines()
        return "|".join(normalise_value(*line.split(": ", 1)) for line in lines if ": " in line)
    if low == "asteriskversion":
        return re.sub(r"^(?:GIT-)?(\d+)[-.].*", r"\1.x", value)
    if value and (low.endswith(("uniqueid", "linkedid")) or low in _VARYING_KEYS):
        return "<varies>"
    for pattern, repl in _SUBS:
        value = pattern.sub(repl, value)
    return value


def _masked(text: str, masks: tuple[re.Pattern[str], ...]) -> str:
    for mask in masks:
        text = mask.sub("<masked>", text)
    return text


def _norm_pairs(pairs: list[list[str]], masks: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    timed = any(k == "Variable" and TIMED_VARIABLE.search(v) for k, v in pairs)
    return tuple(
        _masked(f"{k}: {'<varies>' if timed and k == 'Value' else normalise_value(k, v)}", masks)
        for k, v in pairs
        if k != "ActionID"
    )


def _norm_lines(lines: list[str], masks: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    return tuple(_masked(normalise_value("", line), masks) for line in lines)


def _get(pairs: list[list[str]], key: str) -> str:
    low = key.lower()
    return next((v for k, v in pairs if k.lower() == low), "")


def _stream(pairs: list[list[str]], order: dict[str, int]) -> str:
    """Which channel an event belongs to: its name with the sequence number blanked, and
    which of the channels of that name it is, counted in the order they first appear."""
    for key in ("Channel", "DestChannel", "LocalOneChannel", "ParkeeChannel", "Channel1"):
        value = _get(pairs, key)
        if value:
            name = normalise_value(key, value)
            seen = order.setdefault(value, sum(1 for v in order if normalise_value("", v) == name))
            return name if seen == 0 else f"{name} #{seen + 1}"
    return ""


@dataclass(frozen=True)
class Miss:
    """The first place two runs of a scenario differ."""

    step: str
    what: str
    real: str
    sim: str


def _first_seq_diff(step: str, what: str, real: list[Any], sim: list[Any]) -> Miss | None:
    for r, s in zip(real, sim):
        if r != s:
            return Miss(step, what, _show(r), _show(s))
    if len(real) != len(sim):
        longer, n = (real, len(sim)) if len(real) > len(sim) else (sim, len(real))
        extra = _show(longer[n])
        if len(real) > len(sim):
            return Miss(step, what, extra, "(nothing)")
        return Miss(step, what, "(nothing)", extra)
    return None


def _show(item: Any) -> str:
    if isinstance(item, tuple):
        return " | ".join(str(x) for x in item)
    return str(item)


def _multiset_diff(step: str, what: str, real: list[Any], sim: list[Any]) -> Miss | None:
    rc, sc = Counter(real), Counter(sim)
    if rc == sc:
        return None
    missing, extra = rc - sc, sc - rc
    r = sorted(missing, key=repr)[0] if missing else None
    s = sorted(extra, key=repr)[0] if extra else None
    # pair the nearest ones when both sides have one: same event name first
    if r is not None and extra:
        same = [x for x in extra if x[:1] == r[:1]]
        if same:
            s = sorted(same, key=repr)[0]
    return Miss(
        step, what, "(nothing)" if r is None else _show(r), "(nothing)" if s is None else _show(s)
    )


Masks = tuple[re.Pattern[str], ...]


def _step_views(step: dict[str, Any], masks: Masks, strict: bool) -> dict[str, Any]:
    resp = step.get("response")
    items = step.get("items", [])
    if strict:
        response = (
            None
            if resp is None
            else (_norm_pairs(resp, masks) + _norm_lines(step.get("lines", []), masks))
        )
        return {"response": response, "items": [_norm_pairs(i, masks) for i in items]}
    response = (
        None
        if resp is None
        else (
            f"Response: {_get(resp, 'Response')}",
            f"Message: {_masked(normalise_value('Message', _get(resp, 'Message')), masks)}",
            *(f"header {k}" for k in sorted({k for k, _ in resp if k != "ActionID"})),
        )
    )
    return {"response": response, "items": [_get(i, "Event") for i in items]}


def _event_views(
    steps: list[dict[str, Any]], masks: Masks, strict: bool, ignore: tuple[str, ...] = ()
) -> tuple[dict[str, list[tuple[str, ...]]], list[tuple[str, ...]], dict[tuple[str, ...], str]]:
    """The scenario's events: ordered streams, the multiset of the rest, where each was seen.

    Of each device's DeviceStateChange events only the last counts: Asterisk's device
    state cache coalesces changes that come close together, so how many intermediate
    states are announced depends on timing.  A stream is one event name on one channel:
    Asterisk publishes a channel's events from
    several threads (the channel's own, the AMI action's, the bridge's, the queue's), so
    only events of one kind on one channel come in an order it guarantees.  Events of no
    channel, and those of a step marked ``unordered``, form one multiset.  Streams run over
    the whole scenario: a step boundary may fall anywhere in an asynchronous burst.
    """
    streams: dict[str, list[tuple[str, ...]]] = {}
    rest: list[tuple[str, ...]] = []
    seen_at: dict[tuple[str, ...], str] = {}
    last_state: dict[str, tuple[str, ...]] = {}
    order: dict[str, int] = {}
    for step in steps:
        for e in step.get("events", []):
            if _get(e["pairs"], "Event") in ignore or is_noise(Message(e["pairs"])):
                continue
            tag = (f"[{e['session']}]",) if e["session"] else ()
            if strict:
                view = tag + _norm_pairs(e["pairs"], masks)
            else:
                view = (*tag, _get(e["pairs"], "Event"))
            seen_at.setdefault(view, step["step"])
            if _get(e["pairs"], "Event") in LAST_STATE_ONLY:
                last_state[f"{e['session']}{_get(e['pairs'], 'Device')}"] = view
                continue
            channel = "" if step.get("unordered") else _stream(e["pairs"], order)
            if strict and channel:
                key = f"{e['session']}{_get(e['pairs'], 'Event')} of {channel}"
                streams.setdefault(key, []).append(view)
            else:
                rest.append(view)
    rest.extend(last_state.values())
    return streams, rest, seen_at


def _unordered(items: list[tuple[str, ...]] | list[str], force: bool) -> bool:
    if force:
        return True
    for item in items:
        text = item if isinstance(item, str) else (item[0] if item else "")
        name = text.removeprefix("Event: ")
        if name in UNORDERED_ITEMS:
            return True
    return False


def first_difference(
    real: dict[str, Any],
    sim: dict[str, Any],
    *,
    strict: bool = True,
    masks: tuple[str, ...] = (),
    unordered_items: bool = False,
    ignore: tuple[str, ...] = (),
) -> Miss | None:
    """The first difference between the real run and the simulator's, or None."""
    compiled = tuple(re.compile(m) for m in masks)
    rb = {k: normalise_value("", v) for k, v in real.get("sessions", {}).items()}
    sb = {k: normalise_value("", v) for k, v in sim.get("sessions", {}).items()}
    if rb != sb:
        return Miss("login", "banner", repr(rb), repr(sb))
    rsteps, ssteps = real["steps"], sim["steps"]
    for rs, ss in zip(rsteps, ssteps):
        label = rs["step"]
        if rs.get("closed") != ss.get("closed"):
            return Miss(label, "sessions closed", repr(rs.get("closed")), repr(ss.get("closed")))
        rv, sv = _step_views(rs, compiled, strict), _step_views(ss, compiled, strict)
        if unordered_items and rv["response"] and sv["response"]:
            rv["response"], sv["response"] = sorted(rv["response"]), sorted(sv["response"])
        if rv["response"] != sv["response"]:
            if rv["response"] is None or sv["response"] is None:
                return Miss(label, "response", _show(rv["response"]), _show(sv["response"]))
            miss = _first_seq_diff(label, "response", list(rv["response"]), list(sv["response"]))
            if miss:
                return miss
        ri, si = rv["items"], sv["items"]
        if _unordered(ri, unordered_items) or _unordered(si, unordered_items):
            miss = _multiset_diff(label, "list items", ri, si)
        else:
            miss = _first_seq_diff(label, "list items", ri, si)
        if miss:
            return miss
    if len(rsteps) != len(ssteps):
        return Miss("end", "steps", str(len(rsteps)), str(len(ssteps)))
    rstreams, rrest, rseen = _event_views(rsteps, compiled, strict, ignore)
    sstreams, srest, sseen = _event_views(ssteps, compiled, strict, ignore)
    for key in sorted(set(rstreams) | set(sstreams)):
        miss = _first_seq_diff("", f"events ({key})", rstreams.get(key, []), sstreams.get(key, []))
        if miss:
            return _located(miss, rseen, sseen)
    miss = _multiset_diff("", "events", rrest, srest)
    return None if miss is None else _located(miss, rseen, sseen)


def _located(
    miss: Miss, rseen: dict[tuple[str, ...], str], sseen: dict[tuple[str, ...], str]
) -> Miss:
    """Name the step where the differing event came (the real run's, else the simulator's)."""
    by_text = {_show(k): v for k, v in sseen.items()}
    by_text.update({_show(k): v for k, v in rseen.items()})
    step = by_text.get(miss.real) or by_text.get(miss.sim) or "?"
    return Miss(step, miss.what, miss.real, miss.sim)
