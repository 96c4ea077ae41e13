"""Live channels: names, uniqueids and the per-channel state actions read and change.

Names follow ``main/core_local.c``/``main/core_unreal.c``: a Local channel pair is
``Local/<exten>@<context>-<8 hex digits>;1`` and ``;2``, the number coming from one global
counter.  Uniqueids are ``<epoch>.<counter>`` (``main/channel.c``,
``__ast_channel_alloc_ap``) unless Originate's ``ChannelId``/``OtherChannelId`` assign them.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

__all__ = ["Channel", "ChannelTable"]


@dataclass(eq=False)
class Channel:
    """One channel.  Empty caller fields print as ``<unknown>``."""

    name: str
    uniqueid: str
    linkedid: str
    context: str
    exten: str
    priority: int = 1
    state: int = 0
    cid_num: str = ""
    cid_name: str = ""
    conn_num: str = ""
    conn_name: str = ""
    language: str = "en"
    accountcode: str = ""
    application: str = ""
    data: str = ""
    variables: dict[str, str] = field(default_factory=dict)
    created: float = field(default_factory=time.time)
    peer: Channel | None = None
    device: str = ""
    bridge_id: str = ""
    alive: bool = True
    task: asyncio.Task[None] | None = None
    timeout_handle: asyncio.TimerHandle | None = None
    hangup_cause: int = 0
    #: Asked to hang up (its peer hung up, AMI Hangup...): the dialplan stops.
    hangup_requested: bool = False
    #: Running dialplan (``ast_pbx_run``), and the application it is in.
    in_pbx: bool = False
    #: Being dialed (Originate's outgoing line, before the answer): the dialer, not the
    #: request, hangs it up, after its DialEnd.
    dialing: bool = False
    #: Where the dialplan goes on when the channel leaves a bridge the Bridge action (or a
    #: transfer) put it in: (context, exten, priority).
    after_bridge: tuple[str, str, int] | None = None
    #: ``busy``/``congestion`` once Busy()/Congestion() indicated it to the caller.
    indicated: str = ""
    #: Its dialplan was started (a Local ;2 side once its pbx launched).
    launched: bool = False
    #: It has been in a two-party bridge (Bridge action, queue, transfer).
    was_bridged: bool = False
    #: A caller ID its Local peer passed on while it was being dialled: the dialler
    #: reads it when the dial ends (name, number).
    held_callerid: tuple[str, str] | None = None
    app_task: asyncio.Task[bool] | None = None
    monitor: dict[str, str] | None = None
    mixmonitor: bool = False
    agi_queue: asyncio.Queue[tuple[str, str]] | None = None
    answered: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def codec(self) -> str:
        """Its native format: ``slin`` for Local channels, the first allowed codec (ulaw)
        for the others."""
        return "slin" if self.tech.lower() == "local" else "ulaw"

    @property
    def tech(self) -> str:
        """``Local``, ``SIP``... (the part before the first ``/``)."""
        return self.name.split("/", 1)[0]

    def duration(self) -> int:
        """Whole seconds since creation."""
        return int(time.time() - self.created)


class ChannelTable:
    """Channels by name (case-insensitive, like ``ast_channel_get_by_name``) and uniqueid."""

    def __init__(self) -> None:
        self._by_name: dict[str, Channel] = {}
        self.local_counter = 0
        self.tech_counters: dict[str, int] = {}
        self.unique_counter = 0
        self.processed_calls = 0

    def next_uniqueid(self) -> str:
        """``<epoch>.<n>`` with a global counter."""
        n = self.unique_counter
        self.unique_counter += 1
        return f"{int(time.time())}.{n}"

    def next_tech_suffix(self, tech: str) -> str:
        """The 8-hex-digit number of a channel driver's own counter (``chan_pjsip``...)."""
        n = self.tech_counters.get(tech, 0)
        self.tech_counters[tech] = (n + 1) & 0xFFFFFFFF
        return f"{n:08x}"

    def next_local_suffix(self) -> str:
        """The 8-hex-digit number shared by a Local pair."""
        n = self.local_counter
        self.local_counter = (self.local_counter + 1) & 0xFFFFFFFF
        return f"{n:08x}"

    def add(self, ch: Channel) -> None:
        """Register a new channel."""
        self._by_name[ch.name.lower()] = ch
        self.processed_calls += 1

    def remove(self, ch: Channel) -> None:
        """Forget a hung-up channel."""
        self._by_name.pop(ch.name.lower(), None)

    def get(self, name: str) -> Channel | None:
        """By exact name, or by uniqueid as ``ast_channel_get_by_name`` also accepts."""
        found = self._by_name.get(name.lower())
        if found is not None:
            return found
        for ch in self._by_name.values():
            if ch.uniqueid == name:
                return ch
        return None

    def get_prefix(self, prefix: str) -> Channel | None:
        """``ast_channel_get_by_name_prefix``: an exact name first, else the first match."""
        found = self.get(prefix)
        if found is not None or not prefix:
            return found
        low = prefix.lower()
        return next((c for c in self._by_name.values() if c.name.lower().startswith(low)), None)

    def all(self) -> list[Channel]:
        """Live channels in creation order."""
        return list(self._by_name.values())

    def __len__(self) -> int:
        return len(self._by_name)
