# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``demo_show``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ThingFields

__all__ = [
    "ThingEntry",
    "ThingListComplete",
]


class ThingEntry(ThingFields):
    """One thing, an item of the ShowThings reply.

    ``Event: ThingEntry``. Class: none (sent to one session). Headers of ThingFields
    included. Not in Asterisk's XML docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ThingEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    name_ = StrHeader("Name")
    """Shadows Event.name, so the property is name_. Header ``Name``."""


class ThingListComplete(Event):
    """Ends the ShowThings reply.

    ``Event: ThingListComplete``. Class: none (sent to one session). Not in Asterisk's XML
    docs: curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ThingListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()

    list_items = IntHeader("ListItems")
    """Things listed. Header ``ListItems``."""
