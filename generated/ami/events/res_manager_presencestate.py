# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_manager_presencestate``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ._groups import ListCompleteFields

__all__ = [
    "PresenceStateListComplete",
]


class PresenceStateListComplete(ListCompleteFields):
    """Indicates the end of the list the current known extension states.

    ``Event: PresenceStateListComplete`` (``res/res_manager_presencestate.c``). Class:
    command. Asterisk: documented since 13.0.0. Headers of ListCompleteFields included.
    Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "PresenceStateListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
