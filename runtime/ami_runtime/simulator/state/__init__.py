"""Everything the simulated Asterisk knows, in one object shared by all sessions.

State changes publish events through :meth:`State.emit`; the server fans them out to
sessions by class mask.  All of it runs on the simulator's event loop thread.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from ..confparse import ConfigFile
from ..constants import AsteriskVersion, asterisk_version
from ..events import CALL, SimEvent, channel_fields
from ..privileges import CLASSES
from .bridges import Bridge, ParkingLot
from .channels import Channel, ChannelTable
from .confbridge import Conference
from .configs import ConfigStore
from .db import AstDB
from .dialplan import EXTENSION_STATES, Dialplan, devstate_to_extstate
from .modules import ModuleTable
from .pjsip import PjsipConfig, PjsipObject, load_pjsip
from .queues import DEVICE_STATE_NUMBERS, Member, Queue, load_queues
from .sip import SipPeer, load_peers
from .voicemail import VoicemailConfig, load_voicemail

__all__ = ["State"]

AGENT = CLASSES["agent"]
DIALPLAN = CLASSES["dialplan"]


class State:
    """The simulated server's state: AstDB, variables, configs, dialplan, channels..."""

    def __init__(
        self, configs: ConfigStore | None = None, *,
        version: AsteriskVersion | str | None = None,
    ) -> None:  # fmt: skip
        self.version = asterisk_version(version)
        self.configs = configs if configs is not None else ConfigStore(version=self.version)
        from ..actions import registry

        #: The actions this server has (its version's, less those of unloaded modules).
        self.actions = registry(self.version, set(self.configs.files))
        self.started = time.time()
        self.reloaded = self.started
        self.db = AstDB()
        self.globals: dict[str, str] = {}
        self._listeners: list[Callable[[SimEvent], None]] = []
        self.tasks: set[asyncio.Task[None]] = set()
        self.channels = ChannelTable()
        self.bridges: list[Bridge] = []
        self.parking = ParkingLot()
        self.modules = ModuleTable(self.version)
        self.suspended_technologies: set[str] = set()
        self.conferences: dict[str, Conference] = {}
        #: PRESENCE_STATE values set since start: provider -> (state, subtype, message).
        self.presence_states: dict[str, tuple[str, str, str]] = {}
        #: Device states published since start (the core's cache), in first-seen order.
        self._device_cache: dict[str, str] = {}
        self.load_from_configs()
        self._seed_device_cache()

    def load_dialplan(self) -> None:
        """(Re)build the dialplan and add extensions.conf's globals (``clearglobalvars=no``)."""
        ext = self.configs.get("extensions.conf") or ConfigFile()
        self.dialplan = Dialplan(ext)
        glob = ext.find("globals")
        self.globals.update(dict(glob.variables) if glob else {})

    def load_from_configs(self) -> None:
        """Build dialplan, globals, queues, voicemail and SIP peers from the configs."""
        self.load_dialplan()
        queues = self.configs.get("queues.conf")
        self.queues: dict[str, Queue] = load_queues(queues) if queues else {}
        vm = self.configs.get("voicemail.conf")
        self.voicemail: VoicemailConfig = load_voicemail(vm) if vm else VoicemailConfig()
        sip = self.configs.get("sip.conf")
        has_sip = sip is not None and self.version.has_sip
        self.sip_peers: dict[str, SipPeer] = load_peers(sip) if sip and has_sip else {}
        self._load_parking()
        pjsip = self.configs.get("pjsip.conf")
        self.pjsip: PjsipConfig = load_pjsip(pjsip) if pjsip else PjsipConfig()
        self._start_pjsip_registrations()
        agents = self.configs.get("agents.conf")
        self.agents: dict[str, str] = {
            c.name: c.get("fullname") or "" for c in (agents.categories if agents else [])
            if c.name != "general" and not c.is_template
        }  # fmt: skip

    def _load_parking(self) -> None:
        """The first lot of res_parking.conf (``parkext``, ``parkpos``, ``context``,
        ``parkingtime``); the built-in ``default`` lot without one."""
        conf = self.configs.get("res_parking.conf")
        cats = [c for c in (conf.categories if conf else []) if c.name != "general"]
        if not cats:
            return
        lot, cat = self.parking, cats[0]
        lot.name = cat.name
        lot.bridge.name = cat.name
        lot.parkext = cat.get("parkext") or lot.parkext
        lot.context = cat.get("context") or lot.context
        start, _, stop = (cat.get("parkpos") or "").partition("-")
        if start.strip().isdigit() and stop.strip().isdigit():
            lot.start, lot.stop = int(start), int(stop)
        time_text = cat.get("parkingtime") or ""
        lot.parkingtime = int(time_text) if time_text.isdigit() else lot.parkingtime

    def _start_pjsip_registrations(self) -> None:
        """Outbound registrations to this server itself succeed (the fixture's ``pjreg``
        registers as ``pjpeer``); any other stays Unregistered (nothing answers)."""
        self.pjsip_registered: dict[str, list[str]] = {}
        self.pjsip_registration_info: dict[str, dict[str, str]] = {}
        self.pjsip_registration_status: dict[str, str] = {}
        self.pjsip_maintenance: set[str] = set()
        for reg in self.pjsip.of("registration").values():
            aor = self.self_registered_aor(reg)
            self.pjsip_registration_status[reg.name] = "Registered" if aor else "Unregistered"
            if aor:
                self.register_contact(
                    aor, reg.get("client_uri"), int(reg.get("expiration") or 3600)
                )

    def self_registered_aor(self, reg: PjsipObject) -> str | None:
        """The aor of this server a registration registers (its server is this server)."""
        server = reg.get("server_uri").split(":", 1)[-1].split(";", 1)[0]
        binds = {t.get("bind") for t in self.pjsip.of("transport").values()}
        user = reg.get("contact_user") or reg.get("client_uri").split(":", 1)[-1].split("@")[0]
        return user if server in binds and user in self.pjsip.of("aor") else None

    def register_contact(self, aor: str, uri: str, expires: int = 120) -> None:
        """A REGISTER reached this server: the aor gets the contact."""
        import uuid

        self.pjsip_registered[aor] = [uri]
        self.pjsip_registration_info[aor] = {
            "callid": str(uuid.uuid4()), "expires": str(int(time.time()) + expires),
        }  # fmt: skip

    def _seed_device_cache(self) -> None:
        """What the real server's cache holds after start: agents (logged off), queue
        pause and availability states, monitored SIP peers, PJSIP endpoints, mailboxes."""
        seed = self._device_cache
        for agent in self.agents:
            seed[f"Agent:{agent}"] = "UNAVAILABLE"
        for queue in self.queues.values():
            for member in queue.members:
                if not member.dynamic:
                    seed[f"Queue:{queue.name}_pause_{member.interface}"] = "NOT_INUSE"
        for peer in self.sip_peers.values():
            if peer.qualify or peer.dynamic:
                seed[f"SIP/{peer.name}"] = "NOT_INUSE"
        for endpoint in self.pjsip.of("endpoint"):
            seed[f"PJSIP/{endpoint}"] = "NOT_INUSE"
        for box in self.voicemail.boxes:
            seed[f"MWI:{box.mailbox}@{box.context}"] = "NOT_INUSE"
        for queue in self.queues.values():
            seed[f"Queue:{queue.name}_avail"] = "INUSE"

    def publish_device(self, device: str, value: str) -> None:
        """A provider's own device state (``Queue:...``): DeviceStateChange only when it
        differs from the cached one, as the device state core does."""
        if self._device_cache.get(device) == value:
            return
        self._device_cache[device] = value
        self.emit(SimEvent("DeviceStateChange", CALL, (("Device", device), ("State", value))))

    def queue_pause_state(self, queue: Queue, member: Member) -> None:
        """``Queue:<queue>_pause_<interface>``: in use while the member is paused."""
        value = "INUSE" if member.paused else "NOT_INUSE"
        self.publish_device(f"Queue:{queue.name}_pause_{member.interface}", value)

    def queue_avail_state(self, queue: Queue) -> None:
        """``Queue:<queue>_avail``: not in use while a member can take a call."""
        free = any(not m.paused for m in queue.members)
        self.publish_device(f"Queue:{queue.name}_avail", "NOT_INUSE" if free else "INUSE")

    def device_cache(self) -> list[tuple[str, str]]:
        """DeviceStateList: every cached device state."""
        return list(self._device_cache.items())

    def presence(self, provider: str) -> tuple[str, str, str] | None:
        """``ast_presence_state`` of a ``CustomPresence:`` provider (None: invalid)."""
        if not provider.lower().startswith("custompresence:"):
            return None
        return self.presence_states.get(provider, ("not_set", "", ""))

    def presence_cache(self) -> list[tuple[str, tuple[str, str, str]]]:
        """PresenceStateList: every presence state set since start."""
        return list(self.presence_states.items())

    def set_presence(self, provider: str, value: str) -> None:
        """``PRESENCE_STATE(CustomPresence:x)=state,subtype,message``."""
        status, _, rest = value.partition(",")
        subtype, _, message = rest.partition(",")
        self.presence_states[provider] = (status, subtype, message)
        body = (("Presentity", provider), ("Status", status), ("Subtype", subtype),
                ("Message", message))  # fmt: skip
        self.emit(SimEvent("PresenceStateChange", CALL, body))

    def spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run a background job (async Originate...) and keep it referenced until done."""
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    # -- events ----------------------------------------------------------------------

    def subscribe(self, listener: Callable[[SimEvent], None]) -> Callable[[], None]:
        """Register an event listener; returns the function that removes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, event: SimEvent) -> None:
        """Publish one event to every listener (sessions filter by their mask)."""
        for listener in list(self._listeners):
            listener(event)

    # -- device and extension state ---------------------------------------------------

    def device_state(self, device: str) -> str:
        """``ast_device_state`` for the devices the simulator knows."""
        tech, _, rest = device.partition(":" if device.lower().startswith("custom:") else "/")
        if tech.lower() == "custom":
            return self.db.get("CustomDevstate", rest) or "UNKNOWN"
        if tech.lower() == "local":
            # chan_local's local_devicestate: INVALID when the extension does not exist,
            # in use while a pair's ;1 side lives and its ;2 side has started the dialplan
            exten, _, context = rest.partition("/")[0].partition("@")
            if not self.dialplan.exists(context or "default", exten):
                return "INVALID"
            owners = [
                c for c in self.channels.all()
                if c.device.lower() == device.lower() and c.name.endswith(";1")
            ]  # fmt: skip
            launched = any(c.peer is not None and c.peer.launched for c in owners)
            return "INUSE" if launched else "NOT_INUSE"
        if tech.upper() == "PJSIP":
            name = rest.split("/")[0]
            endpoint = self.pjsip.endpoint(name)
            if endpoint is None:
                return "INVALID"
            aors = [a.strip() for a in endpoint.get("aors").split(",") if a.strip()]
            if not any(self.pjsip.contacts(a) or self.pjsip_registered.get(a) for a in aors):
                return "UNAVAILABLE"
            live = [c for c in self.channels.all() if c.device.lower() == device.lower()]
            return "INUSE" if any(c.state == 6 for c in live) else "NOT_INUSE"
        if tech.upper() == "SIP":
            return "NOT_INUSE" if rest.split("/")[0] in self.sip_peers else "INVALID"
        return "INVALID" if not rest else "UNKNOWN"

    def hint_state(self, hint: str) -> int:
        """Aggregate extension state of a hint's devices (``ast_extension_state2``)."""
        states = [devstate_to_extstate(self.device_state(d)) for d in hint.split("&") if d]
        if not states:
            return -1
        if any(s & 1 for s in states):
            return 1 | (8 if any(s & 8 for s in states) else 0)
        return max(states)

    def set_custom_state(self, name: str, value: str) -> None:
        """``DEVICE_STATE(Custom:x)=VALUE``: store it and publish the changes."""
        self.db.put("CustomDevstate", name, value.upper())
        self.device_changed(f"Custom:{name}")

    def device_changed(self, device: str) -> None:
        """Publish DeviceStateChange, then ExtensionStatus / QueueMemberStatus it causes."""
        state = self.device_state(device)
        self._device_cache[device] = state
        self.emit(SimEvent("DeviceStateChange", CALL, (("Device", device), ("State", state))))
        for exten, context, hint in self.dialplan.hints():
            if device.lower() in (d.lower() for d in hint.split("&")):
                status = self.hint_state(hint)
                text = EXTENSION_STATES[status]
                body = (("Exten", exten), ("Context", context), ("Hint", hint))
                body_all = (*body, ("Status", str(status)), ("StatusText", text))
                self.emit(SimEvent("ExtensionStatus", CALL, body_all))
        for queue in self.queues.values():
            for member in queue.members:
                if member.state_interface.lower() == device.lower():
                    fields = tuple(self.member_fields(queue, member))
                    self.emit(SimEvent("QueueMemberStatus", AGENT, fields))

    def member_fields(self, q: Queue, m: Member) -> list[tuple[str, str]]:
        """``queue_member_blob_create``'s fields, for the QueueMember* events."""
        status = DEVICE_STATE_NUMBERS.get(self.device_state(m.state_interface), 0)
        fields = [
            ("Queue", q.name), ("MemberName", m.membername), ("Interface", m.interface),
            ("StateInterface", m.state_interface),
            ("Membership", "dynamic" if m.dynamic else "static"), ("Penalty", str(m.penalty)),
            ("CallsTaken", str(m.calls)), ("LastCall", str(m.lastcall)),
            ("LastPause", str(m.lastpause)), ("LoginTime", str(m.logintime)), ("InCall", "0"),
            ("Status", str(status)), ("Paused", "1" if m.paused else "0"),
            ("PausedReason", m.reason), ("Ringinuse", "1" if m.ringinuse else "0"),
            ("Wrapuptime", str(m.wrapuptime)),
        ]  # fmt: skip
        return fields

    # -- variables -----------------------------------------------------------------------

    def set_variable(self, chan: Channel | None, name: str, value: str) -> None:
        """``pbx_builtin_setvar_helper``: channel or global, then a VarSet event."""
        upper = name.upper()
        if upper.startswith("GLOBAL(") and name.endswith(")"):
            self.set_variable(None, name[len("GLOBAL(") : -1], value)
            return
        if upper.startswith("CALLERID(") and name.endswith(")") and chan is not None:
            self._set_callerid(chan, name[len("CALLERID(") : -1].lower(), value)
            return
        if name.upper().startswith("PRESENCE_STATE(") and name.endswith(")"):
            provider = name[len("PRESENCE_STATE(") : -1]
            if provider.lower().startswith("custompresence:"):
                self.set_presence(provider, value)
            return
        if name.upper().startswith("DEVICE_STATE(") and name.endswith(")"):
            device = name[len("DEVICE_STATE(") : -1]
            if device.lower().startswith("custom:"):
                self.set_custom_state(device[len("custom:") :], value)
            return
        if chan is None:
            self.globals[name] = value
            head: list[tuple[str, str]] = [("Channel", "none"), ("Uniqueid", "none")]
        else:
            chan.variables[name] = value
            head = channel_fields(chan)
        body = (*head, ("Variable", name), ("Value", value))
        self.emit(SimEvent("VarSet", DIALPLAN, body))

    def _set_callerid(self, chan: Channel, item: str, value: str) -> None:
        """``CALLERID(name|num|all)=``: the caller ID changes (NewCallerid)."""
        if item in ("num", "number"):
            chan.cid_num = value
        elif item == "name":
            chan.cid_name = value
        elif item == "all":
            from .calls import parse_callerid

            chan.cid_name, chan.cid_num = parse_callerid(value)
        else:
            return
        pres = [("CID-CallingPres", "0 (Presentation Allowed, Not Screened)")]
        self.emit(SimEvent("NewCallerid", CALL, (*channel_fields(chan), *pres)))

    def uptime(self) -> tuple[int, int]:
        """Seconds since start and since the last reload."""
        now = time.time()
        return int(now - self.started), int(now - self.reloaded)
