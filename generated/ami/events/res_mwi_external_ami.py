# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_mwi_external_ami``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "MWIGet",
    "MWIGetComplete",
]


class MWIGet(Event):
    """Raised in response to a MWIGet command.

    ``Event: MWIGet`` (``res/res_mwi_external_ami.c``). Class: reporting. Asterisk:
    documented since 12.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MWIGet"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "12.1.0"

    mailbox = StrHeader("Mailbox")
    """Specific mailbox ID. Header ``Mailbox``."""

    old_messages = IntHeader("OldMessages")
    """The number of old messages in the mailbox. Header ``OldMessages``."""

    new_messages = IntHeader("NewMessages")
    """The number of new messages in the mailbox. Header ``NewMessages``."""


class MWIGetComplete(ListCompleteFields):
    """Raised in response to a MWIGet command.

    ``Event: MWIGetComplete`` (``res/res_mwi_external_ami.c``). Class: reporting. Asterisk:
    documented since 12.1.0. Headers of ListCompleteFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MWIGetComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "12.1.0"
