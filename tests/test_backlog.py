"""The bounded hand-off of events to callbacks, shared by both clients."""

from __future__ import annotations

from ami_runtime.backlog import Backlog
from ami_runtime.message import Event


def _events(*names: str) -> list[Event]:
    return [Event([("Event", name)]) for name in names]


def test_past_the_limit_the_newest_events_are_dropped_and_counted() -> None:
    backlog = Backlog(3)
    assert [e.name for e in backlog.admit(_events("A", "B"))] == ["A", "B"]
    assert [e.name for e in backlog.admit(_events("C", "D", "E"))] == ["C"]
    assert backlog.dropped == 2 and backlog.queued == 3
    backlog.done(3)  # the dispatcher caught up: room again
    assert [e.name for e in backlog.admit(_events("F"))] == ["F"]


def test_held_events_come_back_in_order_and_a_new_attempt_forgets_the_last() -> None:
    backlog = Backlog(10)
    backlog.hold()
    assert backlog.admit(_events("FromFailedAttempt")) == []
    backlog.hold()  # the attempt failed; the next one starts clean
    assert backlog.admit(_events("FullyBooted", "SuccessfulAuth")) == []
    assert backlog.holding
    assert [e.name for e in backlog.take_held()] == ["FullyBooted", "SuccessfulAuth"]
    assert not backlog.holding and backlog.queued == 0


def test_holding_is_bounded_too() -> None:
    backlog = Backlog(2)
    backlog.hold()
    backlog.admit(_events("A", "B", "C"))
    assert [e.name for e in backlog.take_held()] == ["A", "B"] and backlog.dropped == 1
