# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_confbridge``.

Implemented in apps/app_confbridge.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "ConfbridgeKick",
    "ConfbridgeList",
    "ConfbridgeListRooms",
    "ConfbridgeLock",
    "ConfbridgeMute",
    "ConfbridgeSetSingleVideoSrc",
    "ConfbridgeStartRecord",
    "ConfbridgeStopRecord",
    "ConfbridgeUnlock",
    "ConfbridgeUnmute",
]


@request_class
class ConfbridgeKick(Request[Response]):
    """Kick a Confbridge user.

    Sends ``Action: ConfbridgeKick`` (``apps/app_confbridge.c``). Privilege: call. Reply: a
    plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeKick"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("conference", "Conference", required=True),
        Field("channel", "Channel", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    channel: str
    """If this parameter is "all", all channels will be kicked from the conference. If this
    parameter is "participants", all non-admin channels will be kicked from the conference.
    Header ``Channel``."""

    def __init__(self, conference: str, channel: str) -> None:
        init_fields(self, conference=conference, channel=channel)


@request_class
class ConfbridgeList(Request[Response]):
    """List participants in a conference.

    Sends ``Action: ConfbridgeList`` (``apps/app_confbridge.c``). Privilege: reporting.
    Reply: an event list of ConfbridgeList items, ended by ConfbridgeListComplete. Asterisk:
    since 10.0.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): with no conference
    running the answer is an Error, 'No active conferences.'; an unknown conference, 'No
    Conference by that name found.'
    """

    ACTION: ClassVar[str] = "ConfbridgeList"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("conference", "Conference", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ConfbridgeList",), complete="ConfbridgeListComplete"
    )
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """Conference number. Header ``Conference``."""

    def __init__(self, conference: str) -> None:
        init_fields(self, conference=conference)


@request_class
class ConfbridgeListRooms(Request[Response]):
    """List active conferences.

    Sends ``Action: ConfbridgeListRooms`` (``apps/app_confbridge.c``). Privilege: reporting.
    Reply: an event list of ConfbridgeListRooms items, ended by ConfbridgeListRoomsComplete.
    Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): with no conference
    running the answer is an Error, 'No active conferences.', not an empty list.
    """

    ACTION: ClassVar[str] = "ConfbridgeListRooms"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ConfbridgeListRooms",), complete="ConfbridgeListRoomsComplete"
    )
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class ConfbridgeLock(Request[Response]):
    """Lock a Confbridge conference.

    Sends ``Action: ConfbridgeLock`` (``apps/app_confbridge.c``). Privilege: call. Reply: a
    plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeLock"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("conference", "Conference", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    def __init__(self, conference: str) -> None:
        init_fields(self, conference=conference)


@request_class
class ConfbridgeMute(Request[Response]):
    """Mute a Confbridge user.

    Sends ``Action: ConfbridgeMute`` (``apps/app_confbridge.c``). Privilege: call. Reply: a
    plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeMute"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("conference", "Conference", required=True),
        Field("channel", "Channel", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    channel: str
    """If this parameter is not a complete channel name, the first channel with this prefix
    will be used. If this parameter is "all", all channels will be muted. If this parameter
    is "participants", all non-admin channels will be muted. Header ``Channel``."""

    def __init__(self, conference: str, channel: str) -> None:
        init_fields(self, conference=conference, channel=channel)


@request_class
class ConfbridgeSetSingleVideoSrc(Request[Response]):
    """Set a conference user as the single video source distributed to all other participants.

    Sends ``Action: ConfbridgeSetSingleVideoSrc`` (``apps/app_confbridge.c``). Privilege:
    call. Reply: a plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22,
    23.
    """

    ACTION: ClassVar[str] = "ConfbridgeSetSingleVideoSrc"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("conference", "Conference", required=True),
        Field("channel", "Channel", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    channel: str
    """If this parameter is not a complete channel name, the first channel with this prefix
    will be used. Header ``Channel``."""

    def __init__(self, conference: str, channel: str) -> None:
        init_fields(self, conference=conference, channel=channel)


@request_class
class ConfbridgeStartRecord(Request[Response]):
    """Start recording a Confbridge conference.

    Sends ``Action: ConfbridgeStartRecord`` (``apps/app_confbridge.c``). Privilege: system.
    Reply: a plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeStartRecord"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("conference", "Conference", required=True),
        Field("record_file", "RecordFile"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    _: KW_ONLY

    record_file: str | None = None
    """The RecordFile header. Header ``RecordFile``."""

    def __init__(self, conference: str, *, record_file: str | None = None) -> None:
        init_fields(self, conference=conference, record_file=record_file)


@request_class
class ConfbridgeStopRecord(Request[Response]):
    """Stop recording a Confbridge conference.

    Sends ``Action: ConfbridgeStopRecord`` (``apps/app_confbridge.c``). Privilege: system.
    Reply: a plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeStopRecord"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("conference", "Conference", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    def __init__(self, conference: str) -> None:
        init_fields(self, conference=conference)


@request_class
class ConfbridgeUnlock(Request[Response]):
    """Unlock a Confbridge conference.

    Sends ``Action: ConfbridgeUnlock`` (``apps/app_confbridge.c``). Privilege: call. Reply:
    a plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeUnlock"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("conference", "Conference", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    def __init__(self, conference: str) -> None:
        init_fields(self, conference=conference)


@request_class
class ConfbridgeUnmute(Request[Response]):
    """Unmute a Confbridge user.

    Sends ``Action: ConfbridgeUnmute`` (``apps/app_confbridge.c``). Privilege: call. Reply:
    a plain response. Asterisk: since 10.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "ConfbridgeUnmute"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("conference", "Conference", required=True),
        Field("channel", "Channel", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "10.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    conference: str
    """The Conference header. Header ``Conference``."""

    channel: str
    """If this parameter is not a complete channel name, the first channel with this prefix
    will be used. If this parameter is "all", all channels will be unmuted. If this
    parameter is "participants", all non-admin channels will be unmuted. Header ``Channel``."""

    def __init__(self, conference: str, channel: str) -> None:
        init_fields(self, conference=conference, channel=channel)
