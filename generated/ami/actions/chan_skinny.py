# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``chan_skinny``.

Implemented in channels/chan_skinny.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "SKINNYdevices",
    "SKINNYlines",
    "SKINNYshowdevice",
    "SKINNYshowline",
]


@request_class
class SKINNYdevices(Request[Response]):
    """List SKINNY devices (text format).

    Sends ``Action: SKINNYdevices`` (``channels/chan_skinny.c``). Privilege: system,
    reporting. Reply: an event list of DeviceEntry items, ended by DevicelistComplete.
    Asterisk: since 1.6.2.0, removed in 21.
    """

    ACTION: ClassVar[str] = "SKINNYdevices"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("DeviceEntry",), complete="DevicelistComplete"
    )
    SINCE: ClassVar[str | None] = "1.6.2.0"
    REMOVED: ClassVar[str | None] = "21"


@request_class
class SKINNYlines(Request[Response]):
    """List SKINNY lines (text format).

    Sends ``Action: SKINNYlines`` (``channels/chan_skinny.c``). Privilege: system,
    reporting. Reply: an event list of LineEntry items, ended by LinelistComplete. Asterisk:
    since 1.6.2.0, removed in 21.
    """

    ACTION: ClassVar[str] = "SKINNYlines"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("LineEntry",), complete="LinelistComplete")
    SINCE: ClassVar[str | None] = "1.6.2.0"
    REMOVED: ClassVar[str | None] = "21"


@request_class
class SKINNYshowdevice(Request[Response]):
    """Show SKINNY device (text format).

    Sends ``Action: SKINNYshowdevice`` (``channels/chan_skinny.c``). Privilege: system,
    reporting. Reply: a plain response. Asterisk: since 1.6.2.0, removed in 21.
    """

    ACTION: ClassVar[str] = "SKINNYshowdevice"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("device", "Device", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    SINCE: ClassVar[str | None] = "1.6.2.0"
    REMOVED: ClassVar[str | None] = "21"

    device: str
    """The device name you want to check. Header ``Device``."""

    def __init__(self, device: str) -> None:
        init_fields(self, device=device)


@request_class
class SKINNYshowline(Request[Response]):
    """Show SKINNY line (text format).

    Sends ``Action: SKINNYshowline`` (``channels/chan_skinny.c``). Privilege: system,
    reporting. Reply: a plain response. Asterisk: since 1.6.2.0, removed in 21.
    """

    ACTION: ClassVar[str] = "SKINNYshowline"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("line", "Line", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    SINCE: ClassVar[str | None] = "1.6.2.0"
    REMOVED: ClassVar[str | None] = "21"

    line: str
    """The line name you want to check. Header ``Line``."""

    def __init__(self, line: str) -> None:
        init_fields(self, line=line)
