# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_parking``.

Implemented in res/parking/parking_manager.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "Park",
    "ParkedCalls",
    "Parkinglots",
]


@request_class
class Park(Request[Response]):
    """Park a channel.

    Sends ``Action: Park`` (``res/parking/parking_manager.c``). Privilege: call. Reply:
    'Park successful' (with a stray LF). Asterisk: since 1.4. Verified live on Asterisk 20,
    22, 23.

    pystrix's channel_callback is sent as TimeoutChannel (pystrix sent Channel2, which
    Asterisk still reads as an alias): the channel the call returns to on timeout, not an
    announce channel.

    AnnounceChannel, Parkinglot and ParkingSpace are Asterisk's (12+, res_parking).
    """

    ACTION: ClassVar[str] = "Park"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("channel_callback", "TimeoutChannel", required=True),
        Field("timeout", "Timeout", encoding="int"),
        Field("announce_channel", "AnnounceChannel"),
        Field("parkinglot", "Parkinglot"),
        Field("parking_space", "ParkingSpace"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.4"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The channel to park. Header ``Channel``."""

    channel_callback: str
    """Channel that gets the call back if it times out (and that parked it, when bridged with
    it). Header ``TimeoutChannel``."""

    timeout: int | None = None
    """Milliseconds before the call times out; overrides the lot's setting. Header ``Timeout``."""

    _: KW_ONLY

    announce_channel: str | None = None
    """A bridged channel that hears the parking space. Header ``AnnounceChannel``."""

    parkinglot: str | None = None
    """The parking lot. Header ``Parkinglot``."""

    parking_space: str | None = None
    """The space to use. Header ``ParkingSpace``."""

    def __init__(
        self,
        channel: str,
        channel_callback: str,
        timeout: int | None = None,
        *,
        announce_channel: str | None = None,
        parkinglot: str | None = None,
        parking_space: str | None = None,
    ) -> None:
        init_fields(
            self,
            channel=channel,
            channel_callback=channel_callback,
            timeout=timeout,
            announce_channel=announce_channel,
            parkinglot=parkinglot,
            parking_space=parking_space,
        )


@request_class
class ParkedCalls(Request[Response]):
    """List parked calls.

    Sends ``Action: ParkedCalls`` (``res/parking/parking_manager.c``). Privilege: call.
    Reply: an event list of ParkedCall items, ended by ParkedCallsComplete. Asterisk: since
    0.7.2. Verified live on Asterisk 20, 22, 23.

    Items are 12+ ParkedCall events (Parkee* fields, ParkingSpace ...), not pystrix's 1.8
    fields; ParkedCallsComplete also has Total.
    """

    ACTION: ClassVar[str] = "ParkedCalls"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("parking_lot", "ParkingLot"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ParkedCall",), complete="ParkedCallsComplete"
    )
    SINCE: ClassVar[str | None] = "0.7.2"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    parking_lot: str | None = None
    """Only this parking lot. Header ``ParkingLot``."""

    def __init__(self, *, parking_lot: str | None = None) -> None:
        init_fields(self, parking_lot=parking_lot)


@request_class
class Parkinglots(Request[Response]):
    """Get a list of parking lots.

    Sends ``Action: Parkinglots`` (``res/parking/parking_manager.c``). Privilege: call.
    Reply: an event list of Parkinglot items, ended by ParkinglotsComplete. Asterisk: since
    11.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "Parkinglots"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("Parkinglot",), complete="ParkinglotsComplete"
    )
    SINCE: ClassVar[str | None] = "11.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
