# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_parking``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, Snapshot, StrHeader
from ami_runtime.message import Event

from ._groups import ChannelSnapshot, ListCompleteFields

__all__ = [
    "ParkedCall",
    "ParkedCallGiveUp",
    "ParkedCallsComplete",
    "ParkedCallSwap",
    "ParkedCallTimeOut",
    "Parkinglot",
    "ParkinglotsComplete",
    "UnParkedCall",
]


class ParkedCall(Event):
    """Raised when a channel is parked.

    ``Event: ParkedCall`` (``res/parking/parking_manager.c``). Class: call. Asterisk:
    documented since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ParkedCall"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    parkee = Snapshot(ChannelSnapshot, "Parkee")
    """The Parkee channel snapshot: its headers (``ParkeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker_dial_string = StrHeader("ParkerDialString")
    """Dial String that can be used to call back the parker on ParkingTimeout. Header
    ``ParkerDialString``."""

    parkinglot = StrHeader("Parkinglot")
    """Name of the parking lot that the parkee is parked in Header ``Parkinglot``."""

    parking_space = StrHeader("ParkingSpace")
    """Parking Space that the parkee is parked in Header ``ParkingSpace``."""

    parking_timeout = IntHeader("ParkingTimeout")
    """Time remaining until the parkee is forcefully removed from parking in seconds Header
    ``ParkingTimeout``."""

    parking_duration = IntHeader("ParkingDuration")
    """Time the parkee has been in the parking bridge (in seconds) Header ``ParkingDuration``."""


class ParkedCallGiveUp(Event):
    """Raised when a channel leaves a parking lot because it hung up without being answered.

    ``Event: ParkedCallGiveUp`` (``res/parking/parking_manager.c``). Class: call. Asterisk:
    documented since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ParkedCallGiveUp"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    parkee = Snapshot(ChannelSnapshot, "Parkee")
    """The Parkee channel snapshot: its headers (``ParkeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker = Snapshot(ChannelSnapshot, "Parker")
    """The Parker channel snapshot: its headers (``ParkerChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker_dial_string = StrHeader("ParkerDialString")
    """Dial String that can be used to call back the parker on ParkingTimeout. Header
    ``ParkerDialString``."""

    parkinglot = StrHeader("Parkinglot")
    """Name of the parking lot that the parkee is parked in Header ``Parkinglot``."""

    parking_space = StrHeader("ParkingSpace")
    """Parking Space that the parkee is parked in Header ``ParkingSpace``."""

    parking_timeout = IntHeader("ParkingTimeout")
    """Time remaining until the parkee is forcefully removed from parking in seconds Header
    ``ParkingTimeout``."""

    parking_duration = IntHeader("ParkingDuration")
    """Time the parkee has been in the parking bridge (in seconds) Header ``ParkingDuration``."""


class ParkedCallsComplete(ListCompleteFields):
    """Ends the ParkedCalls reply.

    ``Event: ParkedCallsComplete`` (``res/parking/parking_manager.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ParkedCallsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    total = IntHeader("Total")
    """Parked calls listed (the pre-13.2 count). Header ``Total``."""


class ParkedCallSwap(Event):
    """Raised when a channel takes the place of a previously parked channel.

    ``Event: ParkedCallSwap`` (``res/parking/parking_manager.c``). Class: call. Asterisk:
    documented since 13.5.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ParkedCallSwap"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.5.0"

    parkee = Snapshot(ChannelSnapshot, "Parkee")
    """The Parkee channel snapshot: its headers (``ParkeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker = Snapshot(ChannelSnapshot, "Parker")
    """The Parker channel snapshot: its headers (``ParkerChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker_dial_string = StrHeader("ParkerDialString")
    """Dial String that can be used to call back the parker on ParkingTimeout. Header
    ``ParkerDialString``."""

    parkinglot = StrHeader("Parkinglot")
    """Name of the parking lot that the parkee is parked in Header ``Parkinglot``."""

    parking_space = StrHeader("ParkingSpace")
    """Parking Space that the parkee is parked in Header ``ParkingSpace``."""

    parking_timeout = IntHeader("ParkingTimeout")
    """Time remaining until the parkee is forcefully removed from parking in seconds Header
    ``ParkingTimeout``."""

    parking_duration = IntHeader("ParkingDuration")
    """Time the parkee has been in the parking bridge (in seconds) Header ``ParkingDuration``."""


class ParkedCallTimeOut(Event):
    """Raised when a channel leaves a parking lot due to reaching the time limit of being
    parked.

    ``Event: ParkedCallTimeOut`` (``res/parking/parking_manager.c``). Class: call. Asterisk:
    documented since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ParkedCallTimeOut"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    parkee = Snapshot(ChannelSnapshot, "Parkee")
    """The Parkee channel snapshot: its headers (``ParkeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker = Snapshot(ChannelSnapshot, "Parker")
    """The Parker channel snapshot: its headers (``ParkerChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker_dial_string = StrHeader("ParkerDialString")
    """Dial String that can be used to call back the parker on ParkingTimeout. Header
    ``ParkerDialString``."""

    parkinglot = StrHeader("Parkinglot")
    """Name of the parking lot that the parkee is parked in Header ``Parkinglot``."""

    parking_space = StrHeader("ParkingSpace")
    """Parking Space that the parkee is parked in Header ``ParkingSpace``."""

    parking_timeout = IntHeader("ParkingTimeout")
    """Time remaining until the parkee is forcefully removed from parking in seconds Header
    ``ParkingTimeout``."""

    parking_duration = IntHeader("ParkingDuration")
    """Time the parkee has been in the parking bridge (in seconds) Header ``ParkingDuration``."""


class Parkinglot(Event):
    """One parking lot, an item of the Parkinglots reply.

    ``Event: Parkinglot`` (``res/parking/parking_manager.c``). Class: none (sent to one
    session). Not in Asterisk's XML docs: curated from recordings and source. Verified live
    on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Parkinglot"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    lot_name = StrHeader("Name")
    """The lot's name (Name header). Header ``Name``."""

    start_space = IntHeader("StartSpace")
    """Its first space. Header ``StartSpace``."""

    stop_space = IntHeader("StopSpace")
    """Its last space. Header ``StopSpace``."""

    timeout = IntHeader("Timeout")
    """Seconds a call stays parked. Header ``Timeout``."""


class ParkinglotsComplete(ListCompleteFields):
    """Ends the Parkinglots reply.

    ``Event: ParkinglotsComplete`` (``res/parking/parking_manager.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ParkinglotsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class UnParkedCall(Event):
    """Raised when a channel leaves a parking lot because it was retrieved from the parking lot
    and reconnected.

    ``Event: UnParkedCall`` (``res/parking/parking_manager.c``). Class: call. Asterisk:
    documented since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "UnParkedCall"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    parkee = Snapshot(ChannelSnapshot, "Parkee")
    """The Parkee channel snapshot: its headers (``ParkeeChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker = Snapshot(ChannelSnapshot, "Parker")
    """The Parker channel snapshot: its headers (``ParkerChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    retriever = Snapshot(ChannelSnapshot, "Retriever")
    """The Retriever channel snapshot: its headers (``RetrieverChannel`` ...) through a
    :class:`ChannelSnapshot`."""

    parker_dial_string = StrHeader("ParkerDialString")
    """Dial String that can be used to call back the parker on ParkingTimeout. Header
    ``ParkerDialString``."""

    parkinglot = StrHeader("Parkinglot")
    """Name of the parking lot that the parkee is parked in Header ``Parkinglot``."""

    parking_space = StrHeader("ParkingSpace")
    """Parking Space that the parkee is parked in Header ``ParkingSpace``."""

    parking_timeout = IntHeader("ParkingTimeout")
    """Time remaining until the parkee is forcefully removed from parking in seconds Header
    ``ParkingTimeout``."""

    parking_duration = IntHeader("ParkingDuration")
    """Time the parkee has been in the parking bridge (in seconds) Header ``ParkingDuration``."""
