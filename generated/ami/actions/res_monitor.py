# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_monitor``.

Implemented in res/res_monitor.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "ChangeMonitor",
    "Monitor",
    "PauseMonitor",
    "StopMonitor",
    "UnpauseMonitor",
]


@request_class
class ChangeMonitor(Request[Response]):
    """Change the file name of a channel recorded with Monitor.

    Sends ``Action: ChangeMonitor`` (``res/res_monitor.c``). Privilege: call. Reply: Message
    'Changed monitor filename'. Asterisk: since 0.4, deprecated in 16, removed in 21.
    Verified live on Asterisk 20.

    res_monitor is gone in Asterisk 21; use MixMonitor.
    """

    ACTION: ClassVar[str] = "ChangeMonitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("filename", "File", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "0.4"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channel: str
    """The monitored channel. Header ``Channel``."""

    filename: str
    """New file name, without extension, relative to the monitor spool directory or absolute.
    Header ``File``."""

    def __init__(self, channel: str, filename: str) -> None:
        init_fields(self, channel=channel, filename=filename)


@request_class
class Monitor(Request[Response]):
    """Start recording a channel.

    Sends ``Action: Monitor`` (``res/res_monitor.c``). Privilege: call. Reply: Message
    'Started monitoring channel'. Asterisk: since 0.4, deprecated in 16, removed in 21.
    Verified live on Asterisk 20.

    res_monitor is gone in Asterisk 21; use MixMonitor.

    mix defaults to True here (pystrix's choice); Asterisk's own default is false.
    """

    ACTION: ClassVar[str] = "Monitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("filename", "File"),
        Field("format", "Format"),
        Field("mix", "Mix", encoding="bool"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "0.4"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channel: str
    """The channel to record. Header ``Channel``."""

    filename: str | None = None
    """File name without extension, relative to the monitor spool directory or absolute;
    Asterisk names it after the channel when absent (pystrix required it). Header ``File``."""

    format: str | None = "wav"
    """Audio format, one of the FORMAT_* constants. Header ``Format``. Asterisk's default: wav."""

    mix: bool | None = True
    """Mix both directions into one file when the recording ends. Header ``Mix``. Asterisk's
    default: false."""

    def __init__(
        self,
        channel: str,
        filename: str | None = None,
        format: str | None = "wav",
        mix: bool | None = True,
    ) -> None:
        init_fields(self, channel=channel, filename=filename, format=format, mix=mix)


@request_class
class PauseMonitor(Request[Response]):
    """Pause the Monitor recording of a channel.

    Sends ``Action: PauseMonitor`` (``res/res_monitor.c``). Privilege: call. Reply: Message
    'Paused monitoring of the channel'. Asterisk: since 1.4, deprecated in 16, removed in
    21. Verified live on Asterisk 20.

    res_monitor is gone in Asterisk 21; use MixMonitor.
    """

    ACTION: ClassVar[str] = "PauseMonitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("channel", "Channel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.4"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channel: str
    """The monitored channel. Header ``Channel``."""

    def __init__(self, channel: str) -> None:
        init_fields(self, channel=channel)


@request_class
class StopMonitor(Request[Response]):
    """Stop the Monitor recording of a channel.

    Sends ``Action: StopMonitor`` (``res/res_monitor.c``). Privilege: call. Reply: Message
    'Stopped monitoring channel'. Asterisk: since 0.4, deprecated in 16, removed in 21.
    Verified live on Asterisk 20.

    Answers Success even when nothing was recorded; res_monitor is gone in Asterisk 21.
    """

    ACTION: ClassVar[str] = "StopMonitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("channel", "Channel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "0.4"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channel: str
    """The monitored channel. Header ``Channel``."""

    def __init__(self, channel: str) -> None:
        init_fields(self, channel=channel)


@request_class
class UnpauseMonitor(Request[Response]):
    """Resume the paused Monitor recording of a channel.

    Sends ``Action: UnpauseMonitor`` (``res/res_monitor.c``). Privilege: call. Reply:
    Message 'Unpaused monitoring of the channel'. Asterisk: since 1.4, deprecated in 16,
    removed in 21. Verified live on Asterisk 20.

    res_monitor is gone in Asterisk 21; use MixMonitor.
    """

    ACTION: ClassVar[str] = "UnpauseMonitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("channel", "Channel", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.4"
    REMOVED: ClassVar[str | None] = "21"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20",)

    channel: str
    """The monitored channel. Header ``Channel``."""

    def __init__(self, channel: str) -> None:
        init_fields(self, channel=channel)
