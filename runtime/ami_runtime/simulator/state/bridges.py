"""Bridges and the parking lot (``main/bridge.c``, ``res/parking/``).

res_parking keeps one holding bridge per lot (type ``parking``, technology
``holding_bridge``, creator ``Parking``, named after the lot), made when the first call
is parked and kept after (BridgeList shows it with no channels).  Bridge actions make
``basic``/``simple_bridge`` bridges.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from .channels import Channel

__all__ = ["Bridge", "ParkedCall", "ParkingLot"]


@dataclass(eq=False)
class Bridge:
    """One bridge and its channels, in the order they entered."""

    type: str = "basic"
    technology: str = "simple_bridge"
    creator: str = "<unknown>"
    name: str = "<unknown>"
    uniqueid: str = field(default_factory=lambda: str(uuid.uuid4()))
    channels: list[Channel] = field(default_factory=list)


@dataclass(eq=False)
class ParkedCall:
    """A call in a parking space."""

    channel: Channel
    space: int
    timeout: int
    parker_dial_string: str
    parked_at: float = field(default_factory=time.time)

    def remaining(self) -> int:
        """Seconds left before the call times out."""
        return max(0, self.timeout - int(time.time() - self.parked_at))

    def duration(self) -> int:
        """Seconds since parking."""
        return int(time.time() - self.parked_at)


@dataclass
class ParkingLot:
    """``res_parking.conf``'s lot: extension, spaces, timeout, context."""

    name: str = "default"
    parkext: str = "700"
    start: int = 701
    stop: int = 720
    parkingtime: int = 60
    context: str = "parkedcalls"
    bridge: Bridge = field(
        default_factory=lambda: Bridge("parking", "holding_bridge", "Parking", "default")
    )
    calls: dict[int, ParkedCall] = field(default_factory=dict)

    def free_space(self) -> int | None:
        """The first free space (``findslot => first``)."""
        for space in range(self.start, self.stop + 1):
            if space not in self.calls:
                return space
        return None
