# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``demo_dial``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import Snapshot, StrHeader

from ._groups import ThingFields, ThingView

__all__ = [
    "DialEnd",
]


class DialEnd(ThingFields):
    """Raised when a dial ends; the dialled thing is a prefixed group.

    ``Event: DialEnd``. Class: call. Asterisk: documented since 12.0.0. Headers of
    ThingFields included. Verified live on Asterisk 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "DialEnd"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("22", "23")

    dest = Snapshot(ThingView, "Dest")
    """The Dest thing snapshot: its headers (``DestThing`` ...) through a :class:`ThingView`."""

    status = StrHeader("Status")
    """How it ended. Documented values: ANSWER, BUSY. Header ``Status``."""

    cause_txt = StrHeader("Cause-txt")
    """A header whose name has a hyphen. Header ``Cause-txt``."""
