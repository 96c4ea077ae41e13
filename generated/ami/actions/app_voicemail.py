# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_voicemail``.

Implemented in apps/app_voicemail.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "VoicemailBoxSummary",
    "VoicemailForward",
    "VoicemailMove",
    "VoicemailRefresh",
    "VoicemailRemove",
    "VoicemailUsersList",
    "VoicemailUserStatus",
]


@request_class
class VoicemailBoxSummary(Request[Response]):
    """Show the mailbox contents of given voicemail user.

    Sends ``Action: VoicemailBoxSummary`` (``apps/app_voicemail.c``). Privilege: call,
    reporting. Reply: an event list of VoicemailBoxDetail items, ended by
    VoicemailBoxDetailComplete. Asterisk: since 18.20.0, 20.5.0. Verified live on Asterisk
    20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): an unknown mailbox is
    answered by a plain Success, 'There is no voicemail user matching the given user.', and
    no event list.
    """

    ACTION: ClassVar[str] = "VoicemailBoxSummary"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("mailbox", "Mailbox", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("VoicemailBoxDetail",), complete="VoicemailBoxDetailComplete"
    )
    SINCE: ClassVar[str | None] = "18.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.20.0", "20.5.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """The context you want to check. Header ``Context``."""

    mailbox: str
    """The mailbox you want to check. Header ``Mailbox``."""

    def __init__(self, context: str, mailbox: str) -> None:
        init_fields(self, context=context, mailbox=mailbox)


@request_class
class VoicemailForward(Request[Response]):
    """Forward Voicemail from one mailbox folder to another between given users.

    Sends ``Action: VoicemailForward`` (``apps/app_voicemail.c``). Privilege: user. Reply: a
    plain response. Asterisk: since 18.20.0, 20.5.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): a message that does
    not exist is answered Success with Message 'Message forward failed': read the message,
    not only success.
    """

    ACTION: ClassVar[str] = "VoicemailForward"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("mailbox", "Mailbox", required=True),
        Field("folder", "Folder", required=True),
        Field("id", "ID", required=True),
        Field("to_context", "ToContext", required=True),
        Field("to_mailbox", "ToMailbox", required=True),
        Field("to_folder", "ToFolder", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "18.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.20.0", "20.5.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """The context of the Voicemail you want to move. Header ``Context``."""

    mailbox: str
    """The mailbox of the Voicemail you want to move. Header ``Mailbox``."""

    folder: str
    """The Folder containing the Voicemail you want to move. Header ``Folder``."""

    id: str
    """The ID of the Voicemail you want to move. Header ``ID``."""

    to_context: str
    """The context you want to move the Voicemail to. Header ``ToContext``."""

    to_mailbox: str
    """The mailbox you want to move the Voicemail to. Header ``ToMailbox``."""

    to_folder: str
    """The Folder you want to move the Voicemail to. Header ``ToFolder``."""

    def __init__(
        self,
        context: str,
        mailbox: str,
        folder: str,
        id: str,
        to_context: str,
        to_mailbox: str,
        to_folder: str,
    ) -> None:
        init_fields(
            self,
            context=context,
            mailbox=mailbox,
            folder=folder,
            id=id,
            to_context=to_context,
            to_mailbox=to_mailbox,
            to_folder=to_folder,
        )


@request_class
class VoicemailMove(Request[Response]):
    """Move Voicemail between mailbox folders of given user.

    Sends ``Action: VoicemailMove`` (``apps/app_voicemail.c``). Privilege: user. Reply: a
    plain response. Asterisk: since 18.20.0, 20.5.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): a message that does
    not exist is answered Success with Message 'Message move failed': read the message, not
    only success.
    """

    ACTION: ClassVar[str] = "VoicemailMove"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("mailbox", "Mailbox", required=True),
        Field("folder", "Folder", required=True),
        Field("id", "ID", required=True),
        Field("to_folder", "ToFolder", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "18.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.20.0", "20.5.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """The context of the Voicemail you want to move. Header ``Context``."""

    mailbox: str
    """The mailbox of the Voicemail you want to move. Header ``Mailbox``."""

    folder: str
    """The Folder containing the Voicemail you want to move. Header ``Folder``."""

    id: str
    """The ID of the Voicemail you want to move. Header ``ID``."""

    to_folder: str
    """The Folder you want to move the Voicemail to. Header ``ToFolder``."""

    def __init__(self, context: str, mailbox: str, folder: str, id: str, to_folder: str) -> None:
        init_fields(
            self, context=context, mailbox=mailbox, folder=folder, id=id, to_folder=to_folder
        )


@request_class
class VoicemailRefresh(Request[Response]):
    """Tell Asterisk to poll mailboxes for a change.

    Sends ``Action: VoicemailRefresh`` (``apps/app_voicemail.c``). Privilege: user. Reply: a
    plain response. Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "VoicemailRefresh"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context"),
        Field("mailbox", "Mailbox"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    _: KW_ONLY

    context: str | None = None
    """The Context header. Header ``Context``."""

    mailbox: str | None = None
    """The Mailbox header. Header ``Mailbox``."""

    def __init__(self, *, context: str | None = None, mailbox: str | None = None) -> None:
        init_fields(self, context=context, mailbox=mailbox)


@request_class
class VoicemailRemove(Request[Response]):
    """Remove Voicemail from mailbox folder.

    Sends ``Action: VoicemailRemove`` (``apps/app_voicemail.c``). Privilege: user. Reply: a
    plain response. Asterisk: since 18.20.0, 20.5.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): a message that does
    not exist is answered Success with Message 'Message remove failed': read the message,
    not only success.
    """

    ACTION: ClassVar[str] = "VoicemailRemove"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("mailbox", "Mailbox", required=True),
        Field("folder", "Folder", required=True),
        Field("id", "ID", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "18.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.20.0", "20.5.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """The context of the Voicemail you want to remove. Header ``Context``."""

    mailbox: str
    """The mailbox of the Voicemail you want to remove. Header ``Mailbox``."""

    folder: str
    """The Folder containing the Voicemail you want to remove. Header ``Folder``."""

    id: str
    """The ID of the Voicemail you want to remove. Header ``ID``."""

    def __init__(self, context: str, mailbox: str, folder: str, id: str) -> None:
        init_fields(self, context=context, mailbox=mailbox, folder=folder, id=id)


@request_class
class VoicemailUsersList(Request[Response]):
    """List every voicemail user.

    Sends ``Action: VoicemailUsersList`` (``apps/app_voicemail.c``). Privilege: call,
    reporting. Reply: an event list of VoicemailUserEntry items, ended by
    VoicemailUserEntryComplete. Asterisk: since 1.6. Verified live on Asterisk 20, 22, 23.

    Class call or reporting (pystrix said system).
    """

    ACTION: ClassVar[str] = "VoicemailUsersList"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("VoicemailUserEntry",), complete="VoicemailUserEntryComplete"
    )
    SINCE: ClassVar[str | None] = "1.6"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class VoicemailUserStatus(Request[Response]):
    """Show the status of given voicemail user's info.

    Sends ``Action: VoicemailUserStatus`` (``apps/app_voicemail.c``). Privilege: call,
    reporting. Reply: an event list of VoicemailUserDetail items, ended by
    VoicemailUserDetailComplete. Asterisk: since 16.0.0. Verified live on Asterisk 20, 22,
    23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): an unknown mailbox is
    answered by a plain Success, 'There is no voicemail user of the given info.', and no
    event list; the request completes at once, with no items.
    """

    ACTION: ClassVar[str] = "VoicemailUserStatus"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("mailbox", "Mailbox", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("VoicemailUserDetail",), complete="VoicemailUserDetailComplete"
    )
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """The context you want to check. Header ``Context``."""

    mailbox: str
    """The mailbox you want to check. Header ``Mailbox``."""

    def __init__(self, context: str, mailbox: str) -> None:
        init_fields(self, context=context, mailbox=mailbox)
