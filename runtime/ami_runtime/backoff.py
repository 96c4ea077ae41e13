"""Reconnect delays: capped exponential backoff with full jitter.  Pure; no clock, no sleep."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Backoff"]


@dataclass(frozen=True)
class Backoff:
    """``compute(failures)`` gives the delay before the next attempt, in seconds.

    Full jitter (a uniform draw in ``[0, min(cap, base * 2**failures)]``) spreads the
    reconnects of many clients after a PBX restart, so they do not all log in at once.
    The random source is injectable for tests.
    """

    base: float = 0.5
    cap: float = 30.0
    minimum: float = 0.05
    rand: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def ceiling(self, failures: int) -> float:
        """The largest delay for this attempt, before jitter."""
        exponent = max(0, min(failures, 32))
        return min(self.cap, self.base * float(2**exponent))

    def compute(self, failures: int) -> float:
        return max(self.minimum, self.ceiling(failures) * float(self.rand()))
