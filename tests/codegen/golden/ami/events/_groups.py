# DO NOT EDIT. Generated from spec/events.yaml by codegen/ (template: event_groups.py.jinja).
# Run "make generate" to rebuild.
"""Header groups many events share: channel and bridge snapshots, list completions.

Asterisk documents each group once and includes it by reference
(``<channel_snapshot prefix="Dest"/>``, expanded by ``doc/appdocsxml.xslt``).  Each group
here is a mixin whose properties read the event's own headers (``hangup.uniqueid``) and,
for snapshots, a view that reads them through a prefix (``dial_begin.dest.uniqueid``
reads ``DestUniqueid``).  Properties never raise: an absent header, or an integer header
holding something else, reads as None; ``event.get(key)`` keeps the raw text.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, SnapshotView, StrHeader
from ami_runtime.message import Event

__all__ = [
    "ThingFields",
    "ThingView",
]


class ThingFields(Event):
    """The headers describing a thing. From apps/app_demo.c."""

    __slots__ = ()

    thing = StrHeader("Thing")
    """The thing's name. Header ``Thing``."""

    thing_size = IntHeader("ThingSize")
    """Its size. Header ``ThingSize``."""


class ThingView(SnapshotView):
    """The headers of one thing snapshot inside an event, read through its prefix (ThingFields
    reads the unprefixed ones).
    """

    __slots__ = ()

    ANCHOR: ClassVar[str] = "Thing"

    thing = StrHeader("Thing")
    """The thing's name. Header ``Thing``."""

    thing_size = IntHeader("ThingSize")
    """Its size. Header ``ThingSize``."""
