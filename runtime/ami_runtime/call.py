"""Call handles: what one Originate became, followed by the ids we gave its channels.

Guessing a call's channels from names (``Local/100@test-0000002a;1``) races other calls and
breaks on every naming change.  Asterisk (12+) lets the originator choose the uniqueids
instead: ``ChannelId`` names the dialled channel, ``OtherChannelId`` the second half of a
Local pair (``main/manager.c``, ``action_originate``; ``main/core_unreal.c`` would make it
``<ChannelId>;2`` itself).  :func:`prepare_originate` sets both, forces ``Async`` (so the
action answers at once and the outcome comes in ``OriginateResponse``, which carries the
action's ActionID), and :class:`CallTracker` turns the events that name those ids into a
state.  The tracker is sans-IO, like the protocol engine: the blocking ``Call`` and the
asyncio ``AsyncCall`` only feed it events and wait.

What a real Asterisk (20, 22, 23) sends, and the tracker relies on:

- every event of a leg carries ``Uniqueid`` (= the id we chose) and ``Linkedid`` (the
  dialled channel's id: it starts the call); ``DialBegin``/``DialEnd`` name it as
  ``DestUniqueid``, ``LocalBridge`` as ``LocalOneUniqueid``/``LocalTwoUniqueid``;
- ``OriginateResponse`` says ``Success`` (Reason 4) once answered, ``Failure`` otherwise,
  before or after the legs' ``Hangup`` (no order is promised);
- a busy or unanswered callee gives ``Reason: 0`` on 20-23 (not 5 or 3: ``pbx_dial_reason``
  sees the dial fail, not why), so the why is the leg's ``Hangup`` ``Cause`` (17, User busy).
"""

from __future__ import annotations

import enum
from typing import Any, Generic, TypeVar

from .action import Action, Request
from .errors import InvalidInput
from .message import Event

__all__ = [
    "NO_CHANNEL_GRACE",
    "CallBase",
    "CallRouter",
    "CallState",
    "CallTracker",
    "Leg",
    "prepare_originate",
]

#: Asterisk channel states (``include/asterisk/channelstate.h``) the call state reads.
_AST_STATE_RINGING = 5
_AST_STATE_UP = 6
_ID_KEYS = ("uniqueid", "linkedid")
_ORIGINATE_FIELDS = frozenset({"channel_id", "other_channel_id", "async_"})
#: Seconds a failed call with no channel seen yet waits for one before it ends.  Asterisk
#: writes OriginateResponse to the sessions directly, while channel events travel through
#: Stasis: on a loaded server a failed call's Newchannel and Hangup (which carry the cause)
#: can arrive after its OriginateResponse.  A call that never made a channel ends after it.
NO_CHANNEL_GRACE = 2.0


class CallState(str, enum.Enum):
    """Where a call stands.  ``HUNGUP`` is final: every leg is gone (or none was made)."""

    DIALING = "dialing"
    RINGING = "ringing"
    UP = "up"
    BRIDGED = "bridged"
    HUNGUP = "hungup"


class Leg:
    """One channel of the call: the dialled one, or the other half of a Local pair."""

    __slots__ = ("bridge", "cause", "cause_text", "channel", "hungup", "state", "uniqueid")

    def __init__(self, uniqueid: str) -> None:
        self.uniqueid = uniqueid
        self.channel = ""
        self.state: int | None = None  #: Asterisk's ChannelState (0 Down ... 5 Ringing, 6 Up)
        self.bridge: str | None = None  #: BridgeUniqueid while in a bridge
        self.hungup = False
        self.cause: int | None = None
        self.cause_text: str | None = None

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _LEG_SHOWN)
        return f"Leg({shown})"


_LEG_SHOWN = ("uniqueid", "channel", "state", "bridge", "hungup", "cause", "cause_text")


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


class CallTracker:
    """The state of one originated call, from the events that name its channels.

    :meth:`feed` takes every event the client receives and says whether it belonged to
    this call; nothing here reads a socket, a clock or a lock.
    """

    def __init__(self, channel_id: str, other_channel_id: str, action_id: str) -> None:
        self.channel_id = channel_id
        self.other_channel_id = other_channel_id
        self.action_id = action_id
        self._legs: dict[str, Leg] = {}
        self._ids = {channel_id, other_channel_id}
        self.linkedid: str | None = None
        #: True once answered, False once the originate failed, None until known.
        self.answered: bool | None = None
        #: ``OriginateResponse`` ``Reason``: compare with ``core.ORIGINATE_RESULT_*``.
        self.reason: int | None = None
        #: Why following stopped before the end (the connection dropped), else None.
        self.lost: str | None = None
        self._responded = False  # the OriginateResponse has come
        self._settled = False  # no late channel came within NO_CHANNEL_GRACE

    @property
    def ids(self) -> frozenset[str]:
        """The ids whose presence in a ``...Uniqueid``/``...Linkedid`` header makes an
        event this call's."""
        return frozenset(self._ids)

    # -- input ---------------------------------------------------------------------

    def concerns(self, event: Event) -> bool:
        """Does ``event`` belong to this call?  Its ``OriginateResponse`` (by ActionID), or
        any ``...Uniqueid``/``...Linkedid`` header naming one of its channels or its
        linkedid (so channels the call dialled are included)."""
        if event.get("ActionID") == self.action_id:
            return True
        ids = self._ids
        for key, value in event.items():
            if value in ids and key.lower().endswith(_ID_KEYS):
                return True
        return False

    def feed(self, event: Event) -> bool:
        """Update the state from ``event``; False (and nothing changes) if not ours."""
        if not self.concerns(event):
            return False
        name = event.name
        if name == "OriginateResponse":
            self._originate_response(event)
            return True
        uid = event.get("Uniqueid")
        if uid == self.channel_id or uid == self.other_channel_id:
            self._leg_event(self._leg(uid), name, event)
        return True

    def lose(self, reason: str) -> None:
        """The connection dropped: the call's events may be missed from here on."""
        if not self.ended:
            self.lost = reason

    @property
    def settling(self) -> bool:
        """Failed with no channel seen: the client calls :meth:`settle` after
        ``NO_CHANNEL_GRACE`` seconds unless a channel's events come first."""
        return self.answered is False and self._responded and not self._legs and not self._settled

    def settle(self) -> None:
        """No channel came in time: the call made none (it ends, if still settling)."""
        self._settled = True

    def _leg(self, uid: str) -> Leg:
        leg = self._legs.get(uid)
        if leg is None:
            leg = self._legs[uid] = Leg(uid)
        return leg

    def _leg_event(self, leg: Leg, name: str, event: Event) -> None:
        leg.channel = event.get("Channel") or leg.channel
        state = _int(event.get("ChannelState"))
        if state is not None:
            leg.state = state
        if leg.uniqueid == self.channel_id:
            self.linkedid = event.get("Linkedid") or self.linkedid
            if self.linkedid:
                self._ids.add(self.linkedid)
            if state == _AST_STATE_UP and self.answered is None:
                self.answered = True
        if name == "Hangup":
            leg.hungup = True
            leg.cause = _int(event.get("Cause"))
            leg.cause_text = event.get("Cause-txt")
            leg.bridge = None
        elif name == "BridgeEnter":
            leg.bridge = event.get("BridgeUniqueid") or ""
        elif name == "BridgeLeave":
            leg.bridge = None

    def _originate_response(self, event: Event) -> None:
        # (typed as str or int by the catalogue: read the wire value)
        self._responded = True
        self.reason = _int(event.get("Reason"))
        ok = event.get("Response", "").lower() == "success"
        if ok or self.answered is None:
            self.answered = ok
        uid = event.get("Uniqueid")
        if ok and uid == self.channel_id:
            self._leg(uid).channel = event.get("Channel") or ""

    # -- state ---------------------------------------------------------------------

    @property
    def legs(self) -> list[Leg]:
        """The call's channels seen so far: the dialled one first."""
        return [
            leg
            for leg in (self._legs.get(self.channel_id), self._legs.get(self.other_channel_id))
            if leg is not None
        ]

    @property
    def ended(self) -> bool:
        """The originate's outcome has come (``OriginateResponse``), and every leg seen
        has hung up: the dialled one at least, unless the originate failed (then a call
        with no channel seen ends once :meth:`settle` says none came).  Asterisk sends the
        outcome and the legs' events in no fixed order, so the call ends with the last."""
        if not self._responded or any(not leg.hungup for leg in self.legs):
            return False
        first = self._legs.get(self.channel_id)
        if first is not None and first.hungup:
            return True
        return self.answered is False and (bool(self._legs) or self._settled)

    @property
    def state(self) -> CallState:
        if self.ended:
            return CallState.HUNGUP
        legs = self.legs
        if any(leg.bridge is not None for leg in legs):
            return CallState.BRIDGED
        if self.answered:
            return CallState.UP
        first = self._legs.get(self.channel_id)
        if first is not None and first.state == _AST_STATE_RINGING:
            return CallState.RINGING
        return CallState.DIALING

    @property
    def cause(self) -> Leg | None:
        """The leg whose ``Hangup`` tells why the call ended: the dialled one when it has
        hung up, else the first other leg that has."""
        hung = [leg for leg in self.legs if leg.hungup]
        return hung[0] if hung else None


C = TypeVar("C")


class CallRouter(Generic[C]):
    """Which of the followed calls an event belongs to: one dict look-up per header,
    however many calls a manager follows (a dialler may follow hundreds at once).

    Sans-IO like the tracker; a client calls :meth:`route` for each event and hands the
    event to those calls, whose trackers decide what it means.
    """

    def __init__(self) -> None:
        self._by_id: dict[str, list[C]] = {}
        self._by_action: dict[str, C] = {}
        self._ids: dict[C, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def follow(self, call: C, tracker: CallTracker) -> None:
        """Index ``call`` by its tracker's ids and ActionID (again after they change)."""
        self.forget(call)
        ids = self._ids[call] = tracker.ids
        for value in ids:
            self._by_id.setdefault(value, []).append(call)
        self._by_action[tracker.action_id] = call

    def forget(self, call: C) -> None:
        for value in self._ids.pop(call, ()):
            calls = self._by_id.get(value, [])
            if call in calls:
                calls.remove(call)
            if not calls:
                self._by_id.pop(value, None)
        for action_id in [a for a, c in self._by_action.items() if c is call]:
            del self._by_action[action_id]

    def calls(self) -> list[C]:
        return list(self._ids)

    def route(self, event: Event) -> list[C]:
        """The calls ``event`` may concern (their trackers have the last word)."""
        found: list[C] = []
        action_id = event.get("ActionID")
        if action_id is not None and action_id in self._by_action:
            found.append(self._by_action[action_id])
        by_id = self._by_id
        for key, value in event.items():
            calls = by_id.get(value)
            if calls and key.lower().endswith(_ID_KEYS):
                found.extend(c for c in calls if c not in found)
        return found


def prepare_originate(request: Request[Any]) -> tuple[Request[Any], CallTracker]:
    """``request`` with its own channel ids and ``async_=True``, and the tracker that
    follows it.  Ids the caller set are kept; ``OtherChannelId`` defaults to
    ``<ChannelId>;2``, Asterisk's own choice for the second half of a Local pair."""
    import dataclasses  # (loaded with the generated classes this takes)

    names: set[str] = set()
    if dataclasses.is_dataclass(request) and not isinstance(request, type):
        names = {f.name for f in dataclasses.fields(request)}
    if request.action_name.lower() != "originate" or not _ORIGINATE_FIELDS <= names:
        raise InvalidInput(
            "originate() takes an Originate request (core.Originate_Application or "
            f"core.Originate_Context), not {type(request).__name__}",
            "request",
        )
    import uuid  # here, not at the top: uuid brings platform (2 ms of every start)

    channel_id = getattr(request, "channel_id", None) or str(uuid.uuid4())
    other_id = getattr(request, "other_channel_id", None) or f"{channel_id};2"
    prepared = dataclasses.replace(  # type: ignore[type-var]  # checked: a dataclass
        request, channel_id=channel_id, other_channel_id=other_id, async_=True
    )
    tracker = CallTracker(channel_id, other_id, f"originate-{channel_id}")
    return prepared, tracker


class CallBase:
    """What both call handles read from their tracker (``Call`` and ``AsyncCall``)."""

    _tracker: CallTracker
    _events: list[Event]

    def __init__(self, request: Request[Any], tracker: CallTracker, max_events: int) -> None:
        self.request = request
        self._tracker = tracker
        self._events = []
        self._max_events = max_events
        #: Events of this call not kept because ``max_events`` were already kept.
        self.dropped_events = 0

    def _keep(self, event: Event) -> bool:
        """Feed the tracker; keep the event for iteration.  False if not this call's."""
        if not self._tracker.feed(event):
            return False
        if len(self._events) < self._max_events:
            self._events.append(event)
        else:
            self.dropped_events += 1
        return True

    @property
    def uniqueid(self) -> str:
        """The dialled channel's uniqueid (the ``ChannelId`` we gave it)."""
        return self._tracker.channel_id

    @property
    def other_uniqueid(self) -> str:
        """The uniqueid of a Local call's second half (``OtherChannelId``)."""
        return self._tracker.other_channel_id

    @property
    def action_id(self) -> str:
        return self._tracker.action_id

    @property
    def state(self) -> CallState:
        return self._tracker.state

    @property
    def legs(self) -> list[Leg]:
        """Both halves of a Local call (the dialled ``;1`` first), or the one channel."""
        return self._tracker.legs

    @property
    def channel(self) -> str | None:
        """The dialled channel's name, once Asterisk has named it."""
        legs = self._tracker.legs
        return legs[0].channel or None if legs and legs[0].uniqueid == self.uniqueid else None

    @property
    def linkedid(self) -> str | None:
        return self._tracker.linkedid

    @property
    def answered(self) -> bool | None:
        """True once answered, False once the originate failed, None until known."""
        return self._tracker.answered

    @property
    def reason(self) -> int | None:
        """``OriginateResponse`` Reason, an ``ORIGINATE_RESULT_*`` value (None until it
        comes).  Asterisk 12+ says 0 for most failures: :attr:`cause` tells why."""
        return self._tracker.reason

    @property
    def cause(self) -> int | None:
        """The hangup cause (``AST_CAUSE_*``: 16 normal, 17 busy, 19 no answer...)."""
        leg = self._tracker.cause
        return leg.cause if leg else None

    @property
    def cause_text(self) -> str | None:
        """Asterisk's text for :attr:`cause` (``Cause-txt``: ``User busy``...)."""
        leg = self._tracker.cause
        return leg.cause_text if leg else None

    @property
    def ended(self) -> bool:
        return self._tracker.ended

    def _hangup_request(self, cause: int | None) -> Action:
        # Hangup finds a channel by name, then by uniqueid (ast_channel_get_by_name).
        channel = self.channel or self.uniqueid
        if cause is None:
            return Action("Hangup", Channel=channel)
        return Action("Hangup", Channel=channel, Cause=cause)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self.uniqueid} {self.state.value}"
            f" channel={self.channel!r} reason={self.reason} cause={self.cause}>"
        )
