# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_meetme``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ChannelSnapshotFields, ListCompleteFields

__all__ = [
    "MeetmeEnd",
    "MeetmeJoin",
    "MeetmeLeave",
    "MeetmeList",
    "MeetmeListComplete",
    "MeetmeListRooms",
    "MeetmeListRoomsComplete",
    "MeetmeMute",
    "MeetmeTalking",
    "MeetmeTalkRequest",
]


class MeetmeEnd(Event):
    """Raised when a MeetMe conference ends.

    ``Event: MeetmeEnd`` (``apps/app_meetme.c``). Class: call. Asterisk: documented since
    12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    meetme = StrHeader("Meetme")
    """The identifier for the MeetMe conference. Header ``Meetme``."""


class MeetmeJoin(ChannelSnapshotFields):
    """Raised when a user joins a MeetMe conference.

    ``Event: MeetmeJoin`` (``apps/app_meetme.c``). Class: call. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeJoin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    meetme = StrHeader("Meetme")
    """The identifier for the MeetMe conference. Header ``Meetme``."""

    user = StrHeader("User")
    """The identifier of the MeetMe user who joined. Header ``User``."""


class MeetmeLeave(ChannelSnapshotFields):
    """Raised when a user leaves a MeetMe conference.

    ``Event: MeetmeLeave`` (``apps/app_meetme.c``). Class: call. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeLeave"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    meetme = StrHeader("Meetme")
    """The identifier for the MeetMe conference. Header ``Meetme``."""

    user = StrHeader("User")
    """The identifier of the MeetMe user who joined. Header ``User``."""

    duration = StrHeader("Duration")
    """The length of time in seconds that the Meetme user was in the conference. Header
    ``Duration``."""


class MeetmeList(Event):
    """Raised in response to a MeetmeList command.

    ``Event: MeetmeList`` (``apps/app_meetme.c``). Class: call. Asterisk: documented since
    16.29.0, 18.15.0, 19.7.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeList"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.29.0"

    conference = StrHeader("Conference")
    """Conference ID. Header ``Conference``."""

    user_number = StrHeader("UserNumber")
    """User ID. Header ``UserNumber``."""

    caller_id_num = StrHeader("CallerIDNum")
    """Caller ID number. Header ``CallerIDNum``."""

    caller_id_name = StrHeader("CallerIDName")
    """Caller ID name. Header ``CallerIDName``."""

    connected_line_num = StrHeader("ConnectedLineNum")
    """Connected Line number. Header ``ConnectedLineNum``."""

    connected_line_name = StrHeader("ConnectedLineName")
    """Connected Line name. Header ``ConnectedLineName``."""

    channel = StrHeader("Channel")
    """Channel name Header ``Channel``."""

    admin = StrHeader("Admin")
    """Whether or not the user is an admin. Header ``Admin``."""

    role = StrHeader("Role")
    """User role. Can be "Listen only", "Talk only", or "Talk and listen". Header ``Role``."""

    marked_user = StrHeader("MarkedUser")
    """Whether or not the user is a marked user. Header ``MarkedUser``."""

    muted = StrHeader("Muted")
    """Whether or not the user is currently muted. Header ``Muted``."""

    talking = StrHeader("Talking")
    """Whether or not the user is currently talking. Header ``Talking``."""


class MeetmeListComplete(ListCompleteFields):
    """Ends the MeetmeList reply.

    ``Event: MeetmeListComplete`` (``apps/app_meetme.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class MeetmeListRooms(Event):
    """Raised in response to a MeetmeListRooms command.

    ``Event: MeetmeListRooms`` (``apps/app_meetme.c``). Class: call. Asterisk: documented
    since 16.29.0, 18.15.0, 19.7.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeListRooms"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.29.0"

    conference = StrHeader("Conference")
    """Conference ID. Header ``Conference``."""

    parties = IntHeader("Parties")
    """Number of parties in the conference. Header ``Parties``."""

    marked = IntHeader("Marked")
    """Number of marked users in the conference. Header ``Marked``."""

    activity = StrHeader("Activity")
    """Total duration of conference in HH:MM:SS format. Header ``Activity``."""

    creation = StrHeader("Creation")
    """How the conference was created: "Dynamic" or "Static". Header ``Creation``."""

    locked = StrHeader("Locked")
    """Whether or not the conference is locked. Header ``Locked``."""


class MeetmeListRoomsComplete(ListCompleteFields):
    """Ends the MeetmeListRooms reply.

    ``Event: MeetmeListRoomsComplete`` (``apps/app_meetme.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeListRoomsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class MeetmeMute(ChannelSnapshotFields):
    """Raised when a MeetMe user is muted or unmuted.

    ``Event: MeetmeMute`` (``apps/app_meetme.c``). Class: call. Asterisk: documented since
    12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeMute"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    meetme = StrHeader("Meetme")
    """The identifier for the MeetMe conference. Header ``Meetme``."""

    user = StrHeader("User")
    """The identifier of the MeetMe user who joined. Header ``User``."""

    duration = StrHeader("Duration")
    """The length of time in seconds that the Meetme user has been in the conference at the
    time of this event. Header ``Duration``."""

    status = StrHeader("Status")
    """The Status header. Documented values: on, off. Header ``Status``."""


class MeetmeTalking(ChannelSnapshotFields):
    """Raised when a MeetMe user begins or ends talking.

    ``Event: MeetmeTalking`` (``apps/app_meetme.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeTalking"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    meetme = StrHeader("Meetme")
    """The identifier for the MeetMe conference. Header ``Meetme``."""

    user = StrHeader("User")
    """The identifier of the MeetMe user who joined. Header ``User``."""

    duration = StrHeader("Duration")
    """The length of time in seconds that the Meetme user has been in the conference at the
    time of this event. Header ``Duration``."""

    status = StrHeader("Status")
    """The Status header. Documented values: on, off. Header ``Status``."""


class MeetmeTalkRequest(ChannelSnapshotFields):
    """Raised when a MeetMe user has started talking.

    ``Event: MeetmeTalkRequest`` (``apps/app_meetme.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MeetmeTalkRequest"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    meetme = StrHeader("Meetme")
    """The identifier for the MeetMe conference. Header ``Meetme``."""

    user = StrHeader("User")
    """The identifier of the MeetMe user who joined. Header ``User``."""

    duration = StrHeader("Duration")
    """The length of time in seconds that the Meetme user has been in the conference at the
    time of this event. Header ``Duration``."""

    status = StrHeader("Status")
    """The Status header. Documented values: on, off. Header ``Status``."""
