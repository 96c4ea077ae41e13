# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_meetme``.

Implemented in apps/app_meetme.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "MeetmeList",
    "MeetmeListRooms",
    "MeetmeMute",
    "MeetmeUnmute",
]


@request_class
class MeetmeList(Request[Response]):
    """List participants in a conference.

    Sends ``Action: MeetmeList`` (``apps/app_meetme.c``). Privilege: reporting. Reply: an
    event list of MeetmeList items, ended by MeetmeListComplete. Asterisk: since 1.6.0.
    """

    ACTION: ClassVar[str] = "MeetmeList"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("conference", "Conference"),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("MeetmeList",), complete="MeetmeListComplete")
    SINCE: ClassVar[str | None] = "1.6.0"

    _: KW_ONLY

    conference: str | None = None
    """Conference number. Header ``Conference``."""

    def __init__(self, *, conference: str | None = None) -> None:
        init_fields(self, conference=conference)


@request_class
class MeetmeListRooms(Request[Response]):
    """List active conferences.

    Sends ``Action: MeetmeListRooms`` (``apps/app_meetme.c``). Privilege: reporting. Reply:
    an event list of MeetmeListRooms items, ended by MeetmeListRoomsComplete. Asterisk:
    since 10.0.0.
    """

    ACTION: ClassVar[str] = "MeetmeListRooms"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("MeetmeListRooms",), complete="MeetmeListRoomsComplete"
    )
    SINCE: ClassVar[str | None] = "10.0.0"


@request_class
class MeetmeMute(Request[Response]):
    """Mute a Meetme user.

    Sends ``Action: MeetmeMute`` (``apps/app_meetme.c``). Privilege: call. Reply: a plain
    response. Asterisk: since 1.4.0.
    """

    ACTION: ClassVar[str] = "MeetmeMute"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("meetme", "Meetme", required=True),
        Field("usernum", "Usernum", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.4.0"

    meetme: str
    """The Meetme header. Header ``Meetme``."""

    usernum: str
    """The Usernum header. Header ``Usernum``."""

    def __init__(self, meetme: str, usernum: str) -> None:
        init_fields(self, meetme=meetme, usernum=usernum)


@request_class
class MeetmeUnmute(Request[Response]):
    """Unmute a Meetme user.

    Sends ``Action: MeetmeUnmute`` (``apps/app_meetme.c``). Privilege: call. Reply: a plain
    response. Asterisk: since 1.4.0.
    """

    ACTION: ClassVar[str] = "MeetmeUnmute"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("meetme", "Meetme", required=True),
        Field("usernum", "Usernum", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "1.4.0"

    meetme: str
    """The Meetme header. Header ``Meetme``."""

    usernum: str
    """The Usernum header. Header ``Usernum``."""

    def __init__(self, meetme: str, usernum: str) -> None:
        init_fields(self, meetme=meetme, usernum=usernum)
