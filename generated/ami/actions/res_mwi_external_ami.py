# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_mwi_external_ami``.

Implemented in res/res_mwi_external_ami.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "MWIDelete",
    "MWIGet",
    "MWIUpdate",
]


@request_class
class MWIDelete(Request[Response]):
    """Delete selected mailboxes.

    Sends ``Action: MWIDelete`` (``res/res_mwi_external_ami.c``). Privilege: call. Reply: a
    plain response. Asterisk: since 12.1.0.
    """

    ACTION: ClassVar[str] = "MWIDelete"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("mailbox", "Mailbox", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.1.0"

    mailbox: str
    """Mailbox ID in the form of /regex/ for all mailboxes matching the regular expression.
    Otherwise it is for a specific mailbox. Header ``Mailbox``."""

    def __init__(self, mailbox: str) -> None:
        init_fields(self, mailbox=mailbox)


@request_class
class MWIGet(Request[Response]):
    """Get selected mailboxes with message counts.

    Sends ``Action: MWIGet`` (``res/res_mwi_external_ami.c``). Privilege: call, reporting.
    Reply: an event list of MWIGet items, ended by MWIGetComplete. Asterisk: since 12.1.0.
    """

    ACTION: ClassVar[str] = "MWIGet"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("mailbox", "Mailbox", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("MWIGet",), complete="MWIGetComplete")
    SINCE: ClassVar[str | None] = "12.1.0"

    mailbox: str
    """Mailbox ID in the form of /regex/ for all mailboxes matching the regular expression.
    Otherwise it is for a specific mailbox. Header ``Mailbox``."""

    def __init__(self, mailbox: str) -> None:
        init_fields(self, mailbox=mailbox)


@request_class
class MWIUpdate(Request[Response]):
    """Update the mailbox message counts.

    Sends ``Action: MWIUpdate`` (``res/res_mwi_external_ami.c``). Privilege: call. Reply: a
    plain response. Asterisk: since 12.1.0.
    """

    ACTION: ClassVar[str] = "MWIUpdate"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("mailbox", "Mailbox", required=True),
        Field("old_messages", "OldMessages"),
        Field("new_messages", "NewMessages"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.1.0"

    mailbox: str
    """Specific mailbox ID. Header ``Mailbox``."""

    _: KW_ONLY

    old_messages: str | int | None = None
    """The number of old messages in the mailbox. Defaults to zero if missing. Header
    ``OldMessages``."""

    new_messages: str | int | None = None
    """The number of new messages in the mailbox. Defaults to zero if missing. Header
    ``NewMessages``."""

    def __init__(
        self,
        mailbox: str,
        *,
        old_messages: str | int | None = None,
        new_messages: str | int | None = None,
    ) -> None:
        init_fields(self, mailbox=mailbox, old_messages=old_messages, new_messages=new_messages)
