# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_mixmonitor``.

Implemented in apps/app_mixmonitor.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "MixMonitor",
    "MixMonitorMute",
    "StopMixMonitor",
]


@request_class
class MixMonitor(Request[Response]):
    """Record a call and mix the audio during the recording. Use of StopMixMonitor is required
    to guarantee the audio file is available for processing during dialplan execution.

    Sends ``Action: MixMonitor`` (``apps/app_mixmonitor.c``). Privilege: system. Reply: a
    plain response. Asterisk: since 11.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "MixMonitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("file", "File"),
        Field("options", "Options"),
        Field("command", "Command"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "11.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """Used to specify the channel to record. Header ``Channel``."""

    _: KW_ONLY

    file: str | None = None
    """Is the name of the file created in the monitor spool directory. Defaults to the same
    name as the channel (with slashes replaced with dashes). This argument is optional if
    you specify to record unidirectional audio with either the r(filename) or t(filename)
    options in the options field. If neither MIXMONITOR_FILENAME or this parameter is set,
    the mixed stream won't be recorded. Header ``File``."""

    options: str | None = None
    """Options that apply to the MixMonitor in the same way as they would apply if invoked from
    the MixMonitor application. For a list of available options, see the documentation for
    the mixmonitor application. Header ``Options``."""

    command: str | None = None
    """Will be executed when the recording is over. Any strings matching ^{X} will be unescaped
    to X. All variables will be evaluated at the time MixMonitor is called. Warning: Do not
    use untrusted strings such as CALLERID(num) or CALLERID(name) as part of the command
    parameters. You risk a command injection attack executing arbitrary commands if the
    untrusted strings aren't filtered to remove dangerous characters. See function FILTER().
    Header ``Command``."""

    def __init__(
        self,
        channel: str,
        *,
        file: str | None = None,
        options: str | None = None,
        command: str | None = None,
    ) -> None:
        init_fields(self, channel=channel, file=file, options=options, command=command)


@request_class
class MixMonitorMute(Request[Response]):
    """Mute or unmute one or both directions of a MixMonitor recording.

    Sends ``Action: MixMonitorMute`` (``apps/app_mixmonitor.c``). Privilege: system, call.
    Reply: a plain response. Asterisk: since 1.8. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "MixMonitorMute"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("direction", "Direction", required=True, choices=("read", "write", "both")),
        Field("mute", "State", encoding="bool", required=True, true="1", false="0"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "call")
    SINCE: ClassVar[str | None] = "1.8"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The recorded channel. Header ``Channel``."""

    direction: Literal["read", "write", "both"]
    """'read' (from the channel), 'write' (to it) or 'both'. One of: read, write, both (checked
    before sending). Header ``Direction``."""

    mute: bool
    """True mutes, False unmutes. Header ``State``."""

    def __init__(
        self, channel: str, direction: Literal["read", "write", "both"], mute: bool
    ) -> None:
        init_fields(self, channel=channel, direction=direction, mute=mute)


@request_class
class StopMixMonitor(Request[Response]):
    """Stop recording a call through MixMonitor, and free the recording's file handle.

    Sends ``Action: StopMixMonitor`` (``apps/app_mixmonitor.c``). Privilege: call, system.
    Reply: a plain response. Asterisk: since 11.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "StopMixMonitor"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("mix_monitor_id", "MixMonitorID"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "system")
    SINCE: ClassVar[str | None] = "11.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """The name of the channel monitored. Header ``Channel``."""

    _: KW_ONLY

    mix_monitor_id: str | None = None
    """If a valid ID is provided, then this command will stop only that specific MixMonitor.
    Header ``MixMonitorID``."""

    def __init__(self, channel: str, *, mix_monitor_id: str | None = None) -> None:
        init_fields(self, channel=channel, mix_monitor_id=mix_monitor_id)
