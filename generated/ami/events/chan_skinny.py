# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``chan_skinny``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "DeviceEntry",
    "DevicelistComplete",
    "LineEntry",
    "LinelistComplete",
]


class DeviceEntry(Event):
    """One Skinny device, an item of the SKINNYdevices reply.

    ``Event: DeviceEntry`` (``channels/chan_skinny.c``). Class: none (sent to one session).
    Asterisk: removed in 21. Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DeviceEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    REMOVED: ClassVar[str | None] = "21"

    channeltype = StrHeader("Channeltype")
    """SKINNY. Header ``Channeltype``."""

    object_name = StrHeader("ObjectName")
    """The device's name. Header ``ObjectName``."""

    device_id = StrHeader("DeviceId")
    """The device id. Header ``DeviceId``."""

    i_paddress = StrHeader("IPaddress")
    """The device's address. Header ``IPaddress``."""

    type = StrHeader("Type")
    """The device's model. Header ``Type``."""

    devicestatus = StrHeader("Devicestatus")
    """registered or unregistered. Header ``Devicestatus``."""

    number_of_lines = IntHeader("NumberOfLines")
    """Its lines. Header ``NumberOfLines``."""


class DevicelistComplete(ListCompleteFields):
    """Ends the SKINNYdevices reply.

    ``Event: DevicelistComplete`` (``channels/chan_skinny.c``). Class: none (sent to one
    session). Asterisk: removed in 21. Headers of ListCompleteFields included. Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DevicelistComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    REMOVED: ClassVar[str | None] = "21"


class LineEntry(Event):
    """One Skinny line, an item of the SKINNYlines reply.

    ``Event: LineEntry`` (``channels/chan_skinny.c``). Class: none (sent to one session).
    Asterisk: removed in 21. Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LineEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    REMOVED: ClassVar[str | None] = "21"

    channeltype = StrHeader("Channeltype")
    """SKINNY. Header ``Channeltype``."""

    object_name = StrHeader("ObjectName")
    """The line's name. Header ``ObjectName``."""

    device = StrHeader("Device")
    """The device it is on. Header ``Device``."""

    label = StrHeader("Label")
    """The line's label. Header ``Label``."""


class LinelistComplete(ListCompleteFields):
    """Ends the SKINNYlines reply.

    ``Event: LinelistComplete`` (``channels/chan_skinny.c``). Class: none (sent to one
    session). Asterisk: removed in 21. Headers of ListCompleteFields included. Not in
    Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "LinelistComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    REMOVED: ClassVar[str | None] = "21"
