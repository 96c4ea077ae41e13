# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_agi``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader

from ._groups import ChannelSnapshotFields

__all__ = [
    "AGIExecEnd",
    "AGIExecStart",
    "AsyncAGIEnd",
    "AsyncAGIExec",
    "AsyncAGIStart",
]


class AGIExecEnd(ChannelSnapshotFields):
    """Raised when a received AGI command completes processing.

    ``Event: AGIExecEnd`` (``res/res_agi.c``). Class: agi. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AGIExecEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agi",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    command = StrHeader("Command")
    """The AGI command as received from the external source. Header ``Command``."""

    command_id = StrHeader("CommandId")
    """Random identification number assigned to the execution of this command. Header
    ``CommandId``."""

    result_code = IntHeader("ResultCode")
    """The numeric result code from AGI Header ``ResultCode``."""

    result = StrHeader("Result")
    """The text result reason from AGI Header ``Result``."""


class AGIExecStart(ChannelSnapshotFields):
    """Raised when a received AGI command starts processing.

    ``Event: AGIExecStart`` (``res/res_agi.c``). Class: agi. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AGIExecStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agi",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    command = StrHeader("Command")
    """The AGI command as received from the external source. Header ``Command``."""

    command_id = StrHeader("CommandId")
    """Random identification number assigned to the execution of this command. Header
    ``CommandId``."""


class AsyncAGIEnd(ChannelSnapshotFields):
    """Raised when a channel stops AsyncAGI command processing.

    ``Event: AsyncAGIEnd`` (``res/res_agi.c``). Class: agi. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AsyncAGIEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agi",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class AsyncAGIExec(ChannelSnapshotFields):
    """Raised when AsyncAGI completes an AGI command.

    ``Event: AsyncAGIExec`` (``res/res_agi.c``). Class: agi. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AsyncAGIExec"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agi",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    command_id = StrHeader("CommandID")
    """Optional command ID sent by the AsyncAGI server to identify the command. Header
    ``CommandID``."""

    result = StrHeader("Result")
    """URL encoded result string from the executed AGI command. Header ``Result``."""


class AsyncAGIStart(ChannelSnapshotFields):
    """Raised when a channel starts AsyncAGI command processing.

    ``Event: AsyncAGIStart`` (``res/res_agi.c``). Class: agi. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AsyncAGIStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agi",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    env = StrHeader("Env")
    """URL encoded string read from the AsyncAGI server. Header ``Env``."""
