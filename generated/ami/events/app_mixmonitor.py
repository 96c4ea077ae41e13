# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``app_mixmonitor``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader

from ._groups import ChannelSnapshotFields

__all__ = [
    "MixMonitorMute",
    "MixMonitorStart",
    "MixMonitorStop",
]


class MixMonitorMute(ChannelSnapshotFields):
    """Raised when monitoring is muted or unmuted on a channel.

    ``Event: MixMonitorMute`` (``apps/app_mixmonitor.c``). Class: call. Asterisk: documented
    since 16.17.0, 18.3.0. Headers of ChannelSnapshotFields included. Verified live on
    Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MixMonitorMute"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.17.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    direction = StrHeader("Direction")
    """Which part of the recording was muted or unmuted: read, write or both (from channel, to
    channel or both directions). Header ``Direction``."""

    state = StrHeader("State")
    """If the monitoring was muted or unmuted: 1 when muted, 0 when unmuted. Header ``State``."""


class MixMonitorStart(ChannelSnapshotFields):
    """Raised when monitoring has started on a channel.

    ``Event: MixMonitorStart`` (``apps/app_mixmonitor.c``). Class: call. Asterisk:
    documented since 16.17.0, 18.3.0. Headers of ChannelSnapshotFields included. Verified
    live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MixMonitorStart"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.17.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class MixMonitorStop(ChannelSnapshotFields):
    """Raised when monitoring has stopped on a channel.

    ``Event: MixMonitorStop`` (``apps/app_mixmonitor.c``). Class: call. Asterisk: documented
    since 16.17.0, 18.3.0. Headers of ChannelSnapshotFields included. Verified live on
    Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "MixMonitorStop"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "16.17.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
