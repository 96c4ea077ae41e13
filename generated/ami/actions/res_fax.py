# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_fax``.

Implemented in res/res_fax.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "FAXSession",
    "FAXSessions",
    "FAXStats",
]


@request_class
class FAXSession(Request[Response]):
    """Responds with a detailed description of a single FAX session.

    Sends ``Action: FAXSession`` (``res/res_fax.c``). Privilege: call. Reply: an event list
    without item events, ended by FAXSession. Asterisk: since 13.0.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "FAXSession"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("session_number", "SessionNumber", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    LIST: ClassVar[ListSpec | None] = ListSpec(items=(), complete="FAXSession", announced=False)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    session_number: str | int
    """The session ID of the fax the user is interested in. Header ``SessionNumber``."""

    def __init__(self, session_number: str | int) -> None:
        init_fields(self, session_number=session_number)


@request_class
class FAXSessions(Request[Response]):
    """Lists active FAX sessions.

    Sends ``Action: FAXSessions`` (``res/res_fax.c``). Privilege: call. Reply: an event list
    of FAXSessionsEntry items, ended by FAXSessionsComplete. Asterisk: since 13.0.0.
    Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "FAXSessions"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("FAXSessionsEntry",), complete="FAXSessionsComplete"
    )
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class FAXStats(Request[Response]):
    """Responds with fax statistics.

    Sends ``Action: FAXStats`` (``res/res_fax.c``). Privilege: reporting. Reply: an event
    list without item events, ended by FAXStats. Asterisk: since 13.0.0. Verified live on
    Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "FAXStats"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    LIST: ClassVar[ListSpec | None] = ListSpec(items=(), complete="FAXStats", announced=False)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
