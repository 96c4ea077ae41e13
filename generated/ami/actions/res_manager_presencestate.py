# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_manager_presencestate``.

Implemented in res/res_manager_presencestate.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, request_class
from ami_runtime.message import Response

__all__ = [
    "PresenceStateList",
]


@request_class
class PresenceStateList(Request[Response]):
    """List the current known presence states.

    Sends ``Action: PresenceStateList`` (``res/res_manager_presencestate.c``). Privilege:
    call, reporting. Reply: an event list of PresenceStateChange items, ended by
    PresenceStateListComplete. Related events: PresenceStatus. Asterisk: since 13.0.0.
    Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PresenceStateList"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("PresenceStateChange",), complete="PresenceStateListComplete"
    )
    EVENTS: ClassVar[tuple[str, ...]] = ("PresenceStatus",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
