"""Module reloads (``ast_module_reload``, ``main/loader.c``).

A reload publishes ``Reload`` (``Module``, ``Status``: 0 success, 2 not found), whether
or not the module exists.  Reloading re-reads the in-memory configuration, so changes
made with UpdateConfig take effect: pbx_config rebuilds the dialplan, app_queue the
queues (dynamic members are kept), app_voicemail the mailboxes, chan_sip the peers and
re-announces them (PeerStatus, Registry) as the recorded server does.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..events import SimEvent
from ..privileges import CLASSES
from .queues import load_queues
from .sip import load_peers
from .voicemail import load_voicemail

if TYPE_CHECKING:
    from . import State

__all__ = ["MODULES", "reload_module"]

SYSTEM = CLASSES["system"]

#: Modules the simulator claims to have loaded (``module show`` names, without ``.so``).
MODULES = frozenset({
    "app_queue", "app_voicemail", "app_mixmonitor", "app_userevent", "app_senddtmf",
    "chan_local", "chan_sip", "pbx_config", "res_agi", "res_parking", "res_musiconhold",
    "res_monitor", "res_mutestream", "res_features", "cdr", "cel", "dnsmgr", "enum",
    "extconfig", "features", "http", "logger", "manager", "udptl", "acl", "indications",
})  # fmt: skip


def _reload_one(state: State, module: str) -> None:
    if module == "pbx_config":
        state.load_dialplan()
    elif module == "app_queue":
        old = state.queues
        conf = state.configs.get("queues.conf")
        state.queues = load_queues(conf) if conf else {}
        for name, queue in state.queues.items():
            if name in old:
                queue.members += [m for m in old[name].members if m.dynamic]
                queue.entries = old[name].entries
    elif module == "app_voicemail":
        conf = state.configs.get("voicemail.conf")
        if conf is not None:
            state.voicemail = load_voicemail(conf)
    elif module == "chan_sip":
        conf = state.configs.get("sip.conf")
        if conf is not None:
            state.sip_peers = load_peers(conf)


def _announce_sip(state: State) -> None:
    for peer in state.sip_peers.values():
        if peer.qualify:
            body = (
                ("ChannelType", "SIP"),
                ("Peer", f"SIP/{peer.name}"),
                ("PeerStatus", "Reachable"),
            )
            state.emit(SimEvent("PeerStatus", SYSTEM, body))
    for peer in state.sip_peers.values():
        if peer.dynamic:
            state.emit(SimEvent("PeerStatus", SYSTEM, (
                ("ChannelType", "SIP"), ("Peer", f"SIP/{peer.name}"),
                ("PeerStatus", "Registered"), ("Address", f"127.0.0.1:{peer.port}"),
            )))  # fmt: skip
            state.emit(SimEvent("Registry", SYSTEM, (
                ("ChannelType", "SIP"), ("Username", peer.name), ("Domain", "127.0.0.1"),
                ("Status", "Registered"),
            )))  # fmt: skip


def reload_module(state: State, module: str | None) -> bool:
    """Reload ``module`` (all when None); False when there is no such module."""
    if module is None:
        for name in ("pbx_config", "app_queue", "app_voicemail", "chan_sip"):
            _reload_one(state, name)
        state.reloaded = time.time()
        state.emit(SimEvent("Reload", SYSTEM, (("Module", "All"), ("Status", "0"))))
        _announce_sip(state)
        return True
    name = module[:-3] if module.endswith(".so") else module
    if name not in MODULES and not state.modules.running(name):
        state.emit(SimEvent("Reload", SYSTEM, (("Module", module), ("Status", "2"))))
        return False
    _reload_one(state, name)
    state.reloaded = time.time()
    state.emit(SimEvent("Reload", SYSTEM, (("Module", module), ("Status", "0"))))
    if name == "chan_sip":
        _announce_sip(state)
    return True
