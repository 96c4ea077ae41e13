# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_agi``.

Implemented in res/res_agi.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "AGI",
]


@request_class
class AGI(Request[Response]):
    """Queue an AGI command on a channel that runs AGI(agi:async).

    Sends ``Action: AGI`` (``res/res_agi.c``). Privilege: agi. Reply: Message 'Added AGI
    command to queue'. Related events: AsyncAGIExec. Asterisk: since 1.6. Verified live on
    Asterisk 20, 22, 23.

    The result arrives later in an AsyncAGIExec event (12+; AsyncAGI with SubEvent Exec up
    to 11) keyed by CommandId, not by ActionID; pystrix expected 'AsyncAGI' and documented
    class call.
    """

    ACTION: ClassVar[str] = "AGI"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("command", "Command", required=True),
        Field("command_id", "CommandID"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("agi",)
    EVENTS: ClassVar[tuple[str, ...]] = ("AsyncAGIExec",)
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """A channel currently in Async AGI. Header ``Channel``."""

    command: str
    """The AGI command, e.g. 'EXEC NoOp hello'. Header ``Command``."""

    command_id: str | None = None
    """Echoed as CommandId in the AsyncAGIExec event, to match results. Header ``CommandID``."""

    def __init__(self, channel: str, command: str, command_id: str | None = None) -> None:
        init_fields(self, channel=channel, command=command, command_id=command_id)
