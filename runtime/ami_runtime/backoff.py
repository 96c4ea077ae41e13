"""Reconnect delays: capped exponential backoff with full jitter.  Pure; no clock, no sleep."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Backoff"]


class Backoff:
    """``compute(failures)`` gives the delay before the next attempt, in seconds.

    Full jitter (a uniform draw in ``[0, min(cap, base * 2**failures)]``) spreads the
    reconnects of many clients after a PBX restart, so they do not all log in at once.
    The random source is injectable for tests (default: :func:`random.random`, imported
    at the first draw: most sessions never reconnect, and every start would pay for it).
    """

    __slots__ = ("base", "cap", "minimum", "rand")

    def __init__(
        self,
        base: float = 0.5,
        cap: float = 30.0,
        minimum: float = 0.05,
        rand: Callable[[], float] | None = None,
    ) -> None:
        self.base = base
        self.cap = cap
        self.minimum = minimum
        self.rand = rand

    def __repr__(self) -> str:
        return f"Backoff(base={self.base!r}, cap={self.cap!r}, minimum={self.minimum!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Backoff):
            return NotImplemented
        return (self.base, self.cap, self.minimum) == (other.base, other.cap, other.minimum)

    def __hash__(self) -> int:
        return hash((self.base, self.cap, self.minimum))

    def ceiling(self, failures: int) -> float:
        """The largest delay for this attempt, before jitter."""
        exponent = max(0, min(failures, 32))
        return min(self.cap, self.base * float(2**exponent))

    def compute(self, failures: int) -> float:
        rand = self.rand
        if rand is None:
            import random

            rand = random.random
        return max(self.minimum, self.ceiling(failures) * float(rand()))
