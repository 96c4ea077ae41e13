# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``chan_dahdi``.

Implemented in channels/chan_dahdi.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "DAHDIDialOffhook",
    "DAHDIDNDoff",
    "DAHDIDNDon",
    "DAHDIHangup",
    "DAHDIRestart",
    "DAHDIShowChannels",
    "DAHDIShowStatus",
    "DAHDITransfer",
    "PRIDebugFileSet",
    "PRIDebugFileUnset",
    "PRIDebugSet",
    "PRIShowSpans",
]


@request_class
class DAHDIDialOffhook(Request[Response]):
    """Dial over DAHDI channel while offhook.

    Sends ``Action: DAHDIDialOffhook`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDIDialOffhook"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("dahdi_channel", "DAHDIChannel", required=True),
        Field("number", "Number", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.4.22"

    dahdi_channel: str
    """DAHDI channel number to dial digits. Header ``DAHDIChannel``."""

    number: str
    """Digits to dial. Header ``Number``."""

    def __init__(self, dahdi_channel: str, number: str) -> None:
        init_fields(self, dahdi_channel=dahdi_channel, number=number)


@request_class
class DAHDIDNDoff(Request[Response]):
    """Toggle DAHDI channel Do Not Disturb status OFF.

    Sends ``Action: DAHDIDNDoff`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDIDNDoff"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("dahdi_channel", "DAHDIChannel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.4.22"

    dahdi_channel: str
    """DAHDI channel number to set DND off. Header ``DAHDIChannel``."""

    def __init__(self, dahdi_channel: str) -> None:
        init_fields(self, dahdi_channel=dahdi_channel)


@request_class
class DAHDIDNDon(Request[Response]):
    """Toggle DAHDI channel Do Not Disturb status ON.

    Sends ``Action: DAHDIDNDon`` (``channels/chan_dahdi.c``). Privilege: none needed. Reply:
    a plain response. Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDIDNDon"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("dahdi_channel", "DAHDIChannel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.4.22"

    dahdi_channel: str
    """DAHDI channel number to set DND on. Header ``DAHDIChannel``."""

    def __init__(self, dahdi_channel: str) -> None:
        init_fields(self, dahdi_channel=dahdi_channel)


@request_class
class DAHDIHangup(Request[Response]):
    """Hangup DAHDI Channel.

    Sends ``Action: DAHDIHangup`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDIHangup"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("dahdi_channel", "DAHDIChannel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.4.22"

    dahdi_channel: str
    """DAHDI channel number to hangup. Header ``DAHDIChannel``."""

    def __init__(self, dahdi_channel: str) -> None:
        init_fields(self, dahdi_channel=dahdi_channel)


@request_class
class DAHDIRestart(Request[Response]):
    """Fully Restart DAHDI channels (terminates calls).

    Sends ``Action: DAHDIRestart`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDIRestart"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.4.22"


@request_class
class DAHDIShowChannels(Request[Response]):
    """Show status of DAHDI channels.

    Sends ``Action: DAHDIShowChannels`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: an event list of DAHDIShowChannels items, ended by DAHDIShowChannelsComplete.
    Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDIShowChannels"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("dahdi_channel", "DAHDIChannel"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("DAHDIShowChannels",), complete="DAHDIShowChannelsComplete"
    )
    SINCE: ClassVar[str | None] = "1.4.22"

    _: KW_ONLY

    dahdi_channel: str | None = None
    """Specify the specific channel number to show. Show all channels if zero or not present.
    Header ``DAHDIChannel``."""

    def __init__(self, *, dahdi_channel: str | None = None) -> None:
        init_fields(self, dahdi_channel=dahdi_channel)


@request_class
class DAHDIShowStatus(Request[Response]):
    """Show status of DAHDI spans.

    Sends ``Action: DAHDIShowStatus`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: an event list of DAHDIShowStatus items, ended by DAHDIShowStatusComplete.
    Asterisk: since 18.23.0, 20.8.0, 21.3.0.
    """

    ACTION: ClassVar[str] = "DAHDIShowStatus"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("DAHDIShowStatus",), complete="DAHDIShowStatusComplete"
    )
    SINCE: ClassVar[str | None] = "18.23.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.23.0", "20.8.0", "21.3.0")


@request_class
class DAHDITransfer(Request[Response]):
    """Transfer DAHDI Channel.

    Sends ``Action: DAHDITransfer`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 1.4.22.
    """

    ACTION: ClassVar[str] = "DAHDITransfer"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("dahdi_channel", "DAHDIChannel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "1.4.22"

    dahdi_channel: str
    """DAHDI channel number to transfer. Header ``DAHDIChannel``."""

    def __init__(self, dahdi_channel: str) -> None:
        init_fields(self, dahdi_channel=dahdi_channel)


@request_class
class PRIDebugFileSet(Request[Response]):
    """Set the file used for PRI debug message output.

    Sends ``Action: PRIDebugFileSet`` (``channels/chan_dahdi.c``). Privilege: system. Reply:
    a plain response. Asterisk: since 13.0.0.
    """

    ACTION: ClassVar[str] = "PRIDebugFileSet"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("file", "File", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.0.0"

    file: str
    """Path of file to write debug output. Header ``File``."""

    def __init__(self, file: str) -> None:
        init_fields(self, file=file)


@request_class
class PRIDebugFileUnset(Request[Response]):
    """Disables file output for PRI debug messages.

    Sends ``Action: PRIDebugFileUnset`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 13.0.0.
    """

    ACTION: ClassVar[str] = "PRIDebugFileUnset"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "13.0.0"


@request_class
class PRIDebugSet(Request[Response]):
    """Set PRI debug levels for a span.

    Sends ``Action: PRIDebugSet`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: a plain response. Asterisk: since 13.0.0.
    """

    ACTION: ClassVar[str] = "PRIDebugSet"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("span", "Span", required=True),
        Field("level", "Level", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    SINCE: ClassVar[str | None] = "13.0.0"

    span: str
    """Which span to affect. Header ``Span``."""

    level: str
    """What debug level to set. May be a numerical value or a text value from the list below.
    For example: off, on, hex, intense. Header ``Level``."""

    def __init__(self, span: str, level: str) -> None:
        init_fields(self, span=span, level=level)


@request_class
class PRIShowSpans(Request[Response]):
    """Show status of PRI spans.

    Sends ``Action: PRIShowSpans`` (``channels/chan_dahdi.c``). Privilege: none needed.
    Reply: an event list of PRIShowSpans items, ended by PRIShowSpansComplete. Asterisk:
    since 10.0.0.
    """

    ACTION: ClassVar[str] = "PRIShowSpans"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("span", "Span"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("PRIShowSpans",), complete="PRIShowSpansComplete"
    )
    SINCE: ClassVar[str | None] = "10.0.0"

    _: KW_ONLY

    span: str | None = None
    """Specify the specific span to show. Show all spans if zero or not present. Header
    ``Span``."""

    def __init__(self, *, span: str | None = None) -> None:
        init_fields(self, span=span)
