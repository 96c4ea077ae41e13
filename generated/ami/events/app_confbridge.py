# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_confbridge``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import BridgeSnapshotFields, ChannelSnapshotFields, ListCompleteFields

__all__ = [
    "ConfbridgeEnd",
    "ConfbridgeJoin",
    "ConfbridgeLeave",
    "ConfbridgeList",
    "ConfbridgeListComplete",
    "ConfbridgeListRooms",
    "ConfbridgeListRoomsComplete",
    "ConfbridgeMute",
    "ConfbridgeRecord",
    "ConfbridgeStart",
    "ConfbridgeStopRecord",
    "ConfbridgeTalking",
    "ConfbridgeUnmute",
]


class ConfbridgeEnd(BridgeSnapshotFields):
    """Raised when a conference ends.

    ``Event: ConfbridgeEnd`` (``apps/app_confbridge.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""


class ConfbridgeJoin(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a channel joins a Confbridge conference.

    ``Event: ConfbridgeJoin`` (``apps/app_confbridge.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of BridgeSnapshotFields, ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeJoin"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    admin = StrHeader("Admin")
    """Identifies this user as an admin user. Documented values: Yes, No. Header ``Admin``."""

    muted = StrHeader("Muted")
    """The joining mute status. Documented values: Yes, No. Header ``Muted``."""


class ConfbridgeLeave(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a channel leaves a Confbridge conference.

    ``Event: ConfbridgeLeave`` (``apps/app_confbridge.c``). Class: call. Asterisk:
    documented since 12.0.0. Headers of BridgeSnapshotFields, ChannelSnapshotFields
    included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeLeave"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    admin = StrHeader("Admin")
    """Identifies this user as an admin user. Documented values: Yes, No. Header ``Admin``."""


class ConfbridgeList(ChannelSnapshotFields):
    """Raised as part of the ConfbridgeList action response list.

    ``Event: ConfbridgeList`` (``apps/app_confbridge.c``). Class: reporting. Asterisk:
    documented since 13.20.0, 15.3.0. Headers of ChannelSnapshotFields included.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): with no conference
    running the answer is an Error, 'No active conferences.'; an unknown conference, 'No
    Conference by that name found.'
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeList"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "13.20.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    admin = StrHeader("Admin")
    """Identifies this user as an admin user. Documented values: Yes, No. Header ``Admin``."""

    marked_user = StrHeader("MarkedUser")
    """Identifies this user as a marked user. Documented values: Yes, No. Header
    ``MarkedUser``."""

    wait_marked = StrHeader("WaitMarked")
    """Must this user wait for a marked user to join? Documented values: Yes, No. Header
    ``WaitMarked``."""

    end_marked = StrHeader("EndMarked")
    """Does this user get kicked after the last marked user leaves? Documented values: Yes, No.
    Header ``EndMarked``."""

    waiting = StrHeader("Waiting")
    """Is this user waiting for a marked user to join? Documented values: Yes, No. Header
    ``Waiting``."""

    muted = StrHeader("Muted")
    """The current mute status. Documented values: Yes, No. Header ``Muted``."""

    talking = StrHeader("Talking")
    """Is this user talking? Documented values: Yes, No. Header ``Talking``."""

    answered_time = IntHeader("AnsweredTime")
    """The number of seconds the channel has been up. Header ``AnsweredTime``."""


class ConfbridgeListComplete(ListCompleteFields):
    """Ends the ConfbridgeList reply.

    ``Event: ConfbridgeListComplete`` (``apps/app_confbridge.c``). Class: none (sent to one
    session). Headers of ListCompleteFields included. Not in Asterisk's XML docs: curated
    from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class ConfbridgeListRooms(Event):
    """Raised as part of the ConfbridgeListRooms action response list.

    ``Event: ConfbridgeListRooms`` (``apps/app_confbridge.c``). Class: reporting. Asterisk:
    documented since 16.29.0, 18.15.0, 19.7.0.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): with no conference
    running the answer is an Error, 'No active conferences.', not an empty list.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeListRooms"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "16.29.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    parties = IntHeader("Parties")
    """Number of users in the conference. This includes both active and waiting users. Header
    ``Parties``."""

    marked = IntHeader("Marked")
    """Number of marked users in the conference. Header ``Marked``."""

    locked = StrHeader("Locked")
    """Is the conference locked? Documented values: Yes, No. Header ``Locked``."""

    muted = StrHeader("Muted")
    """Is the conference muted? Documented values: Yes, No. Header ``Muted``."""


class ConfbridgeListRoomsComplete(ListCompleteFields):
    """Ends the ConfbridgeListRooms reply.

    ``Event: ConfbridgeListRoomsComplete`` (``apps/app_confbridge.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeListRoomsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()


class ConfbridgeMute(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a Confbridge participant mutes.

    ``Event: ConfbridgeMute`` (``apps/app_confbridge.c``). Class: call. Asterisk: documented
    since 12.0.0. Headers of BridgeSnapshotFields, ChannelSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeMute"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    admin = StrHeader("Admin")
    """Identifies this user as an admin user. Documented values: Yes, No. Header ``Admin``."""


class ConfbridgeRecord(BridgeSnapshotFields):
    """Raised when a conference starts recording.

    ``Event: ConfbridgeRecord`` (``apps/app_confbridge.c``). Class: call. Asterisk:
    documented since 12.0.0. Headers of BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeRecord"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""


class ConfbridgeStart(BridgeSnapshotFields):
    """Raised when a conference starts.

    ``Event: ConfbridgeStart`` (``apps/app_confbridge.c``). Class: call. Asterisk:
    documented since 12.0.0. Headers of BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""


class ConfbridgeStopRecord(BridgeSnapshotFields):
    """Raised when a conference that was recording stops recording.

    ``Event: ConfbridgeStopRecord`` (``apps/app_confbridge.c``). Class: call. Asterisk:
    documented since 12.0.0. Headers of BridgeSnapshotFields included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeStopRecord"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""


class ConfbridgeTalking(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a confbridge participant begins or ends talking.

    ``Event: ConfbridgeTalking`` (``apps/app_confbridge.c``). Class: call. Asterisk:
    documented since 12.0.0. Headers of BridgeSnapshotFields, ChannelSnapshotFields
    included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeTalking"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    talking_status = StrHeader("TalkingStatus")
    """The TalkingStatus header. Documented values: on, off. Header ``TalkingStatus``."""

    admin = StrHeader("Admin")
    """Identifies this user as an admin user. Documented values: Yes, No. Header ``Admin``."""


class ConfbridgeUnmute(BridgeSnapshotFields, ChannelSnapshotFields):
    """Raised when a confbridge participant unmutes.

    ``Event: ConfbridgeUnmute`` (``apps/app_confbridge.c``). Class: call. Asterisk:
    documented since 12.0.0. Headers of BridgeSnapshotFields, ChannelSnapshotFields
    included.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ConfbridgeUnmute"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"

    conference = StrHeader("Conference")
    """The name of the Confbridge conference. Header ``Conference``."""

    admin = StrHeader("Admin")
    """Identifies this user as an admin user. Documented values: Yes, No. Header ``Admin``."""
