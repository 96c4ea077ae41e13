# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_voicemail``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "VoicemailBoxDetail",
    "VoicemailBoxDetailComplete",
    "VoicemailPasswordChange",
    "VoicemailUserDetail",
    "VoicemailUserDetailComplete",
    "VoicemailUserEntry",
    "VoicemailUserEntryComplete",
]


class VoicemailBoxDetail(Event):
    """One message of a mailbox, an item of the VoicemailBoxSummary reply.

    ``Event: VoicemailBoxDetail`` (``apps/app_voicemail.c``). Class: none (sent to one
    session). Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailBoxDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    folder = StrHeader("Folder")
    """The folder holding it (INBOX, Old ...). Header ``Folder``."""

    caller_id = StrHeader("CallerID")
    """The caller. Header ``CallerID``."""

    date = StrHeader("Date")
    """When it was left. Header ``Date``."""

    duration = StrHeader("Duration")
    """Its length in seconds. Header ``Duration``."""

    flag = StrHeader("Flag")
    """Its flag (Urgent ...). Header ``Flag``."""

    id = StrHeader("ID")
    """The message id (VoicemailMove, VoicemailRemove, VoicemailForward take it). Header
    ``ID``."""


class VoicemailBoxDetailComplete(ListCompleteFields):
    """Ends the VoicemailBoxSummary reply.

    ``Event: VoicemailBoxDetailComplete`` (``apps/app_voicemail.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailBoxDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class VoicemailPasswordChange(Event):
    """Raised in response to a mailbox password change.

    ``Event: VoicemailPasswordChange`` (``apps/app_voicemail.c``). Class: user. Asterisk:
    documented since 18.21.0, 20.6.0, 21.1.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailPasswordChange"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "18.21.0"

    context = StrHeader("Context")
    """Mailbox context. Header ``Context``."""

    mailbox = StrHeader("Mailbox")
    """Mailbox name. Header ``Mailbox``."""

    new_password = StrHeader("NewPassword")
    """New password for mailbox. Header ``NewPassword``."""


class VoicemailUserDetail(Event):
    """One voicemail user, the item of the VoicemailUserStatus reply.

    ``Event: VoicemailUserDetail`` (``apps/app_voicemail.c``). Class: none (sent to one
    session). Not in Asterisk's XML docs: curated from recordings and source. Verified live
    on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailUserDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    vm_context = StrHeader("VMContext")
    """The voicemail context. Header ``VMContext``."""

    voice_mailbox = StrHeader("VoiceMailbox")
    """The mailbox number. Header ``VoiceMailbox``."""

    fullname = StrHeader("Fullname")
    """The user's full name. Header ``Fullname``."""

    email = StrHeader("Email")
    """The user's email address. Header ``Email``."""

    pager = StrHeader("Pager")
    """The user's pager address. Header ``Pager``."""

    server_email = StrHeader("ServerEmail")
    """The sender address of notifications. Header ``ServerEmail``."""

    from_string = StrHeader("FromString")
    """The From name of notifications. Header ``FromString``."""

    mail_command = StrHeader("MailCommand")
    """The command that sends notifications. Header ``MailCommand``."""

    language = StrHeader("Language")
    """The user's language. Header ``Language``."""

    time_zone = StrHeader("TimeZone")
    """The user's time zone. Header ``TimeZone``."""

    callback = StrHeader("Callback")
    """The callback context. Header ``Callback``."""

    dialout = StrHeader("Dialout")
    """The dial-out context. Header ``Dialout``."""

    unique_id = StrHeader("UniqueID")
    """The realtime unique id. Header ``UniqueID``."""

    exit_context = StrHeader("ExitContext")
    """The exit context. Header ``ExitContext``."""

    say_duration_minimum = IntHeader("SayDurationMinimum")
    """Minimum message length (minutes) whose duration is announced. Header
    ``SayDurationMinimum``."""

    say_envelope = StrHeader("SayEnvelope")
    """Announce the message envelope. Documented values: Yes, No. Header ``SayEnvelope``."""

    say_cid = StrHeader("SayCID")
    """Announce the caller ID. Documented values: Yes, No. Header ``SayCID``."""

    attach_message = StrHeader("AttachMessage")
    """Attach the recording to the email. Documented values: Yes, No. Header ``AttachMessage``."""

    attachment_format = StrHeader("AttachmentFormat")
    """The attachment's format. Header ``AttachmentFormat``."""

    delete_message = StrHeader("DeleteMessage")
    """Delete messages after emailing them. Documented values: Yes, No. Header
    ``DeleteMessage``."""

    volume_gain = StrHeader("VolumeGain")
    """Volume gain in dB, e.g. 0.00. Header ``VolumeGain``."""

    can_review = StrHeader("CanReview")
    """Callers may review their message. Documented values: Yes, No. Header ``CanReview``."""

    can_mark_urgent = StrHeader("CanMarkUrgent")
    """Callers may mark a message urgent. Documented values: Yes, No. Header ``CanMarkUrgent``."""

    call_operator = StrHeader("CallOperator")
    """Callers may reach the operator. Documented values: Yes, No. Header ``CallOperator``."""

    max_message_count = IntHeader("MaxMessageCount")
    """Most messages the box holds. Header ``MaxMessageCount``."""

    max_message_length = IntHeader("MaxMessageLength")
    """Longest message in seconds. Header ``MaxMessageLength``."""

    new_message_count = IntHeader("NewMessageCount")
    """New messages. Header ``NewMessageCount``."""

    old_message_count = IntHeader("OldMessageCount")
    """Old messages. Header ``OldMessageCount``."""


class VoicemailUserDetailComplete(ListCompleteFields):
    """Ends the VoicemailUserStatus reply.

    ``Event: VoicemailUserDetailComplete`` (``apps/app_voicemail.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailUserDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class VoicemailUserEntry(Event):
    """One voicemail user, an item of the VoicemailUsersList reply.

    ``Event: VoicemailUserEntry`` (``apps/app_voicemail.c``). Class: none (sent to one
    session). Not in Asterisk's XML docs: curated from recordings and source. Verified live
    on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailUserEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    vm_context = StrHeader("VMContext")
    """The voicemail context. Header ``VMContext``."""

    voice_mailbox = StrHeader("VoiceMailbox")
    """The mailbox number. Header ``VoiceMailbox``."""

    fullname = StrHeader("Fullname")
    """The user's full name. Header ``Fullname``."""

    email = StrHeader("Email")
    """The user's email address. Header ``Email``."""

    pager = StrHeader("Pager")
    """The user's pager address. Header ``Pager``."""

    server_email = StrHeader("ServerEmail")
    """The sender address of notifications. Header ``ServerEmail``."""

    from_string = StrHeader("FromString")
    """The From name of notifications. Header ``FromString``."""

    mail_command = StrHeader("MailCommand")
    """The command that sends notifications. Header ``MailCommand``."""

    language = StrHeader("Language")
    """The user's language. Header ``Language``."""

    time_zone = StrHeader("TimeZone")
    """The user's time zone. Header ``TimeZone``."""

    callback = StrHeader("Callback")
    """The callback context. Header ``Callback``."""

    dialout = StrHeader("Dialout")
    """The dial-out context. Header ``Dialout``."""

    unique_id = StrHeader("UniqueID")
    """The realtime unique id. Header ``UniqueID``."""

    exit_context = StrHeader("ExitContext")
    """The exit context. Header ``ExitContext``."""

    say_duration_minimum = IntHeader("SayDurationMinimum")
    """Minimum message length (minutes) whose duration is announced. Header
    ``SayDurationMinimum``."""

    say_envelope = StrHeader("SayEnvelope")
    """Announce the message envelope. Documented values: Yes, No. Header ``SayEnvelope``."""

    say_cid = StrHeader("SayCID")
    """Announce the caller ID. Documented values: Yes, No. Header ``SayCID``."""

    attach_message = StrHeader("AttachMessage")
    """Attach the recording to the email. Documented values: Yes, No. Header ``AttachMessage``."""

    attachment_format = StrHeader("AttachmentFormat")
    """The attachment's format. Header ``AttachmentFormat``."""

    delete_message = StrHeader("DeleteMessage")
    """Delete messages after emailing them. Documented values: Yes, No. Header
    ``DeleteMessage``."""

    volume_gain = StrHeader("VolumeGain")
    """Volume gain in dB, e.g. 0.00. Header ``VolumeGain``."""

    can_review = StrHeader("CanReview")
    """Callers may review their message. Documented values: Yes, No. Header ``CanReview``."""

    can_mark_urgent = StrHeader("CanMarkUrgent")
    """Callers may mark a message urgent. Documented values: Yes, No. Header ``CanMarkUrgent``."""

    call_operator = StrHeader("CallOperator")
    """Callers may reach the operator. Documented values: Yes, No. Header ``CallOperator``."""

    max_message_count = IntHeader("MaxMessageCount")
    """Most messages the box holds. Header ``MaxMessageCount``."""

    max_message_length = IntHeader("MaxMessageLength")
    """Longest message in seconds. Header ``MaxMessageLength``."""

    new_message_count = IntHeader("NewMessageCount")
    """New messages. Header ``NewMessageCount``."""

    old_message_count = IntHeader("OldMessageCount")
    """Old messages. Header ``OldMessageCount``."""


class VoicemailUserEntryComplete(ListCompleteFields):
    """Ends the VoicemailUsersList reply.

    ``Event: VoicemailUserEntryComplete`` (``apps/app_voicemail.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "VoicemailUserEntryComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
