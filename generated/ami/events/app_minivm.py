# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_minivm``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader

from ._groups import ChannelSnapshotFields

__all__ = [
    "MiniVoiceMail",
]


class MiniVoiceMail(ChannelSnapshotFields):
    """Raised when a notification is sent out by a MiniVoiceMail application.

    ``Event: MiniVoiceMail`` (``apps/app_minivm.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MiniVoiceMail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    action = StrHeader("Action")
    """What action was taken. Currently, this will always be SentNotification Header
    ``Action``."""

    mailbox = StrHeader("Mailbox")
    """The mailbox that the notification was about, specified as mailbox@context Header
    ``Mailbox``."""

    counter = StrHeader("Counter")
    """A message counter derived from the MVM_COUNTER channel variable. Header ``Counter``."""
