"""``ConfBridge()`` (``apps/app_confbridge.c``) without media: a conference is a softmix
bridge named after it, created by its first user together with the announcer channel
(``CBAnn/<name>-N``, silent, in the bridge but never announced by events), and ended with
its last user.  Events: BridgeCreate, ConfbridgeStart, BridgeEnter, BRIDGEPEER,
ConfbridgeJoin; on leaving BridgeLeave, ``CONFBRIDGE_RESULT``, ConfbridgeLeave, then
ConfbridgeEnd and BridgeDestroy with the last user.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..events import CALL, SimEvent, bridge_fields, channel_fields
from .bridges import Bridge
from .channels import Channel

if TYPE_CHECKING:
    from . import State

__all__ = ["Conference", "confbridge_app"]


@dataclass(eq=False)
class ConfUser:
    """One participant."""

    channel: Channel
    admin: bool
    marked: bool
    joined: float = field(default_factory=time.time)


@dataclass(eq=False)
class Conference:
    """A running conference: its bridge, announcer and users."""

    name: str
    bridge: Bridge
    announcer: str
    users: list[ConfUser] = field(default_factory=list)
    locked: bool = False
    muted: bool = False

    def fields(self, count: int) -> list[tuple[str, str]]:
        body = bridge_fields(self.bridge)
        return [("Conference", self.name), *[(k, str(count) if k == "BridgeNumChannels" else v)
                                            for k, v in body]]  # fmt: skip


def _profile(state: State, name: str) -> tuple[bool, bool]:
    conf = state.configs.get("confbridge.conf")
    cat = conf.find(name) if conf is not None and name else None
    if cat is None:
        return False, False
    yes = ("yes", "true", "1", "on")
    return (cat.get("admin") or "").lower() in yes, (cat.get("marked") or "").lower() in yes


async def confbridge_app(state: State, ch: Channel, data: str) -> bool:
    """``ConfBridge(conference[,bridge_profile[,user_profile[,menu]]])``."""
    args = data.split(",")
    name = args[0].strip()
    admin, marked = _profile(state, args[2].strip() if len(args) > 2 else "")
    conf = state.conferences.get(name)
    if conf is None:
        bridge = Bridge("base", "softmix", "ConfBridge", name)
        announcer = f"CBAnn/{name}-{state.channels.next_local_suffix()}"
        conf = Conference(name, bridge, announcer)
        state.conferences[name] = conf
        state.bridges.append(bridge)
        state.emit(SimEvent("BridgeCreate", CALL, tuple(bridge_fields(bridge))))
        state.emit(SimEvent("ConfbridgeStart", CALL, tuple(conf.fields(1))))
        state.publish_device(f"confbridge:{name}", "INUSE")
    user = ConfUser(ch, admin, marked)
    conf.users.append(user)
    conf.bridge.channels.append(ch)
    ch.bridge_id = conf.bridge.uniqueid
    count = len(conf.users) + 1  # the announcer is in the bridge too
    enter = [
        (k, str(count) if k == "BridgeNumChannels" else v) for k, v in bridge_fields(conf.bridge)
    ]
    state.emit(SimEvent("BridgeEnter", CALL, (*enter, *channel_fields(ch))))
    state.set_variable(ch, "BRIDGEPEER", f"{conf.announcer};2")
    join = [("Admin", "Yes" if admin else "No"), ("Muted", "No")]
    state.emit(SimEvent("ConfbridgeJoin", CALL, (*conf.fields(count), *channel_fields(ch), *join)))
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        _leave(state, conf, user)
    return False


def _leave(state: State, conf: Conference, user: ConfUser) -> None:
    ch = user.channel
    count = len(conf.users) + 1
    state.set_variable(ch, "BRIDGEPEER", "")
    if ch in conf.bridge.channels:
        conf.bridge.channels.remove(ch)
    ch.bridge_id = ""
    leave = [(k, str(count - 1) if k == "BridgeNumChannels" else v)
             for k, v in bridge_fields(conf.bridge)]  # fmt: skip
    state.emit(SimEvent("BridgeLeave", CALL, (*leave, *channel_fields(ch))))
    state.set_variable(ch, "CONFBRIDGE_RESULT", "HANGUP")
    admin = [("Admin", "Yes" if user.admin else "No")]
    state.emit(
        SimEvent("ConfbridgeLeave", CALL, (*conf.fields(count), *channel_fields(ch), *admin))
    )
    conf.users.remove(user)
    ch.hangup_cause = ch.hangup_cause or 16
    if conf.users:
        return
    state.emit(SimEvent("ConfbridgeEnd", CALL, tuple(conf.fields(1))))
    state.publish_device(f"confbridge:{conf.name}", "NOT_INUSE")
    for _half in (1, 2):  # both halves of the announcer channel go away
        body = (("Device", f"CBAnn/{conf.name}"), ("State", "UNKNOWN"))
        state.emit(SimEvent("DeviceStateChange", CALL, body))
    del state.conferences[conf.name]
    if conf.bridge in state.bridges:
        state.bridges.remove(conf.bridge)
    state.emit(SimEvent("BridgeDestroy", CALL, tuple(bridge_fields(conf.bridge))))
