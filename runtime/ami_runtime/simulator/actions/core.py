"""Session and core actions: Login, Challenge, Logoff, Events, Ping, ListCommands,
UserEvent, WaitEvent, CoreStatus, CoreSettings, LoggerRotate, Reload.

Texts and shapes are those of ``main/manager.c`` (``action_login``, ``action_challenge``,
``action_events``, ``action_ping``, ``action_listcommands``, ``action_userevent``,
``action_waitevent``, ``action_corestatus``, ``action_coresettings``, ``action_reload``).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from datetime import datetime, timezone

from ..events import SimEvent
from ..privileges import CLASSES, events_to_mask
from ..state.reload import reload_module
from ..users import User
from .base import Ctx, Handler

log = logging.getLogger("ami_runtime.simulator")

__all__ = ["HANDLERS", "security_tv"]

SYSTEM = CLASSES["system"]
SECURITY = CLASSES["security"]
USER = CLASSES["user"]


def security_tv(when: float | None = None) -> str:
    """Security-event time: ``2026-11-26T16:32:35.983+0000``."""
    dt = datetime.fromtimestamp(time.time() if when is None else when, timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}+0000"


def _security(ctx: Ctx, name: str, account: str, severity: str, version: str) -> None:
    s = ctx.session
    body = (
        ("EventTV", security_tv()), ("Severity", severity), ("Service", "AMI"),
        ("EventVersion", version), ("AccountID", account), ("SessionID", s.session_id),
        ("LocalAddress", s.local), ("RemoteAddress", s.peer),
    )  # fmt: skip
    tail = (("UsingPassword", "0"),) if name == "SuccessfulAuth" else ()
    ctx.state.emit(SimEvent(name, SECURITY, (*body, *tail, ("SessionTV", security_tv(s.started)))))


def _credentials_ok(ctx: Ctx, user: User) -> bool:
    if ctx.get("AuthType").lower() == "md5":
        challenge = ctx.session.challenge
        if challenge is None:
            return False
        digest = hashlib.md5((challenge + user.secret).encode(), usedforsecurity=False)
        return ctx.get("Key") == digest.hexdigest()
    return ctx.get("Secret") == user.secret


async def login(ctx: Ctx) -> None:
    """Authenticate; a failure waits, answers ``Authentication failed`` and closes."""
    s = ctx.session
    if s.authenticated:
        ctx.ok("Already authenticated")
        return
    name = ctx.get("Username")
    user = s.users.get(name)
    if user is None or not _credentials_ok(ctx, user):
        event = "InvalidAccountID" if user is None else "InvalidPassword"
        _security(ctx, event, name, "Error", "1" if user is None else "2")
        log.info("session %s: login as %r failed", s.peer, name)
        await asyncio.sleep(s.auth_fail_delay)
        ctx.error("Authentication failed")
        s.closing = True
        return
    s.authenticated, s.username = True, user.name
    log.info("session %s: logged in as %r", s.peer, user.name)
    s.readperm, s.writeperm = user.readperm, user.writeperm
    requested = events_to_mask(ctx.get("Events"))
    s.mask = (user.readperm if requested is None else requested) & user.readperm
    ctx.ok("Authentication accepted")
    if s.mask & SYSTEM:
        up, reload = ctx.state.uptime()
        ctx.send([("Event", "FullyBooted"), ("Privilege", "system,all"), ("Uptime", str(up)),
                  ("LastReload", str(reload)), ("Status", "Fully Booted")])  # fmt: skip
    _security(ctx, "SuccessfulAuth", user.name, "Informational", "1")


def challenge(ctx: Ctx) -> None:
    """MD5 challenge, fixed for the session once issued."""
    if ctx.get("AuthType").lower() != "md5":
        ctx.error("Must specify AuthType")
        return
    if ctx.session.challenge is None:
        ctx.session.challenge = str(random.randrange(2**31))  # noqa: S311 - as ast_random
    ctx.respond("Success", extra=[("Challenge", ctx.session.challenge)])


def logoff(ctx: Ctx) -> None:
    """Goodbye, then the server closes."""
    ctx.respond("Goodbye", "Thanks for all the fish.")
    ctx.session.closing = True


def events(ctx: Ctx) -> None:
    """Set the session's event mask; ``Events: On`` when the requested mask is non-zero."""
    mask = events_to_mask(ctx.get("EventMask"))
    if mask is None:
        ctx.error("Invalid event mask")
        return
    ctx.session.mask = mask & ctx.session.readperm
    ctx.respond("Success", extra=[("Events", "On" if mask else "Off")])


def ping(ctx: Ctx) -> None:
    """Pong with a ``sec.usec`` timestamp."""
    now = time.time()
    ctx.respond("Success", extra=[("Ping", "Pong"), ("Timestamp", f"{now:.6f}")])


def listcommands(ctx: Ctx) -> None:
    """One ``Name: synopsis  (Priv: classes)`` header per permitted action."""
    from ..privileges import authority_to_str

    lines = [
        (spec.name, f"{spec.synopsis}  (Priv: {authority_to_str(spec.privilege)})")
        for spec in ctx.state.actions.values()
        if spec.privilege == 0 or spec.privilege & ctx.session.writeperm
    ]
    ctx.respond("Success", extra=lines)


def userevent(ctx: Ctx) -> None:
    """Publish every request header but Action/UserEvent, ActionID included (a missing
    UserEvent name is published empty, as ``action_userevent`` does)."""
    name = ctx.get("UserEvent")
    skip = ("action", "userevent")
    body = [(k, v) for k, v in ctx.request.pairs if k.lower() not in skip]
    ctx.ok("Event Sent")
    ctx.state.emit(SimEvent("UserEvent", USER, (("UserEvent", name), *body)))


async def waitevent(ctx: Ctx) -> None:
    """Wait for an event (or ``Timeout`` seconds); the events come after the reply."""
    text = ctx.get("Timeout")
    timeout = float(text) if text.lstrip("-").isdigit() and int(text) >= 0 else 3600.0
    pending = await ctx.session.wait_event(timeout)
    ctx.ok("Waiting for Event completed.")
    for data in pending:
        ctx.session.write(data)
    ctx.send([("Event", "WaitEventComplete"), *ctx.aid()])


def _date_time(when: float) -> tuple[str, str]:
    lt = time.localtime(when)
    return time.strftime("%Y-%m-%d", lt), time.strftime("%H:%M:%S", lt)


def corestatus(ctx: Ctx) -> None:
    """Start/reload times and call counts."""
    sd, st = _date_time(ctx.state.started)
    rd, rt = _date_time(ctx.state.reloaded)
    ctx.respond("Success", extra=[
        ("CoreStartupDate", sd), ("CoreStartupTime", st), ("CoreReloadDate", rd),
        ("CoreReloadTime", rt), ("CoreCurrentCalls", str(len(ctx.state.channels))),
        ("CoreProcessedCalls", str(ctx.state.channels.processed_calls)),
    ])  # fmt: skip


def coresettings(ctx: Ctx) -> None:
    """Versions and core limits (the real servers' values)."""
    version = ctx.state.version
    ctx.respond("Success", extra=[
        ("AMIversion", version.ami), ("AsteriskVersion", version.asterisk), ("SystemName", ""),
        ("CoreMaxCalls", "0"), ("CoreMaxLoadAvg", "0.000000"), ("CoreRunUser", ""),
        ("CoreRunGroup", ""), ("CoreMaxFilehandles", "0"), ("CoreRealTimeEnabled", "No"),
        ("CoreCDRenabled", "Yes"), ("CoreHTTPenabled", "No"), ("SoundsSearchCustomDir", "No"),
    ])  # fmt: skip


def loggerrotate(ctx: Ctx) -> None:
    """Nothing to rotate in memory; the reply is the real one."""
    ctx.ok("Reloaded the logger and rotated log files")


def reload(ctx: Ctx) -> None:
    """Reload one module or all (``ast_module_reload``); Reload events follow."""
    module = ctx.get("Module")
    if reload_module(ctx.state, module or None):
        ctx.ok("Module Reloaded")
    else:
        ctx.error("No such module")


HANDLERS: dict[str, Handler] = {
    "login": login,
    "challenge": challenge,
    "logoff": logoff,
    "events": events,
    "ping": ping,
    "listcommands": listcommands,
    "userevent": userevent,
    "waitevent": waitevent,
    "corestatus": corestatus,
    "coresettings": coresettings,
    "loggerrotate": loggerrotate,
    "reload": reload,
}


# -- modules ---------------------------------------------------------------------------


def _module_key(name: str) -> str:
    return name[:-3] if name.endswith(".so") else name


def modulecheck(ctx: Ctx) -> None:
    """``manager_modulecheck``: Success with an empty Version for a running module."""
    if ctx.state.modules.running(_module_key(ctx.get("Module"))):
        ctx.respond("Success", extra=[("Version", "")])
    else:
        ctx.error("Module not loaded")


def moduleload(ctx: Ctx) -> None:
    """``manager_moduleload``, including its two replies to some incomplete requests."""
    module, loadtype = ctx.get("Module"), ctx.get("LoadType").lower()
    modules = ctx.state.modules
    key = _module_key(module)
    if not loadtype:
        ctx.error("Incomplete ModuleLoad action.")
    elif not module and loadtype != "reload":
        ctx.error("Need module name")
    if loadtype == "load":
        if module and not modules.known(key):
            ctx.error("Module not found.")
        elif not module or modules.running(key):
            ctx.error("Could not load module.")
        else:
            modules.set_running(key, True)
            ctx.ok("Module loaded.")
            _module_event(ctx, "Load", module)
    elif loadtype == "unload" and module:
        if not modules.running(key):
            ctx.error("Module not found.")
        else:
            modules.set_running(key, False)
            ctx.ok("Module unloaded.")
            _module_event(ctx, "Unload", module)
    elif loadtype == "refresh" and module:
        if not modules.running(key):
            ctx.error("Module not found.")
        else:
            ctx.ok("Module unloaded and loaded.")
            _module_event(ctx, "Unload", module)
            _module_event(ctx, "Load", module)
    elif loadtype == "reload":
        if not module:
            reload_module(ctx.state, None)
            ctx.ok("All modules reloaded")
        elif not modules.running(key):
            ctx.error("Module not found.")
        else:
            reload_module(ctx.state, module)
            ctx.ok("Module reloaded.")
    elif module or loadtype:
        ctx.error("Incomplete ModuleLoad action.")


def _module_event(ctx: Ctx, name: str, module: str) -> None:
    body = (("Module", module), ("Status", "Success"))
    ctx.state.emit(SimEvent(name, SYSTEM, body))


def filter_action(ctx: Ctx) -> None:
    """``action_filter``: add an event filter to this session (``[!]regex``)."""
    if ctx.get("Operation").lower() != "add":
        ctx.error("Unknown operation")
        return
    text = ctx.get("Filter")
    if not ctx.session.add_filter(text):
        ctx.error("Filter was formatted incorrectly.  Check the syntax of the filter given.")
        return
    ctx.ok("Success")


# -- device and presence state -----------------------------------------------------------


def devicestatelist(ctx: Ctx) -> None:
    """Every device state the core has cached, as DeviceStateChange items."""
    states = ctx.state.device_cache()
    ctx.list_start("Device State Changes will follow")
    for device, value in states:
        ctx.item("DeviceStateChange", [("Device", device), ("State", value)])
    ctx.list_complete("DeviceStateListComplete", len(states))


def presencestate(ctx: Ctx) -> None:
    """``action_presencestate``: a ``CustomPresence:`` provider's state."""
    provider = ctx.get("Provider")
    if not provider:
        ctx.error("No provider specified")
        return
    found = ctx.state.presence(provider)
    if found is None:
        ctx.error(f"Invalid provider {provider} or provider in invalid state")
        return
    status, subtype, message = found
    extra = [("State", status)]
    if subtype:
        extra.append(("Subtype", subtype))
    if message:
        extra += [("Message", message), ("PresenceMessage", message)]
    ctx.respond("Success", "Presence State", extra)


def presencestatelist(ctx: Ctx) -> None:
    """Every presence state set since start, as PresenceStateChange items."""
    rows = ctx.state.presence_cache()
    ctx.list_start("Presence State Changes will follow")
    for provider, (status, subtype, message) in rows:
        body = [("Presentity", provider), ("Status", status), ("Subtype", subtype)]
        ctx.item("PresenceStateChange", [*body, ("Message", message)])
    ctx.list_complete("PresenceStateListComplete", len(rows))


# -- sorcery memory caches (the configuration defines none) -----------------------------


def _sorcery(needs_object: bool, name: str) -> Handler:
    def handler(ctx: Ctx) -> None:
        if not ctx.get("Cache"):
            ctx.error(f"{name} requires that a cache name be provided.\n")
        elif needs_object and not ctx.get("Object"):
            ctx.error(f"{name} requires that an object name be provided\n")
        else:
            ctx.error("The provided cache does not exist\n")

    handler.__doc__ = f"{name}: no sorcery memory cache is configured."
    return handler


HANDLERS.update({
    "modulecheck": modulecheck,
    "moduleload": moduleload,
    "filter": filter_action,
    "devicestatelist": devicestatelist,
    "presencestate": presencestate,
    "presencestatelist": presencestatelist,
    "sorcerymemorycacheexpire": _sorcery(False, "SorceryMemoryCacheExpire"),
    "sorcerymemorycacheexpireobject": _sorcery(True, "SorceryMemoryCacheExpireObject"),
    "sorcerymemorycachepopulate": _sorcery(False, "SorceryMemoryCachePopulate"),
    "sorcerymemorycachestale": _sorcery(False, "SorceryMemoryCacheStale"),
    "sorcerymemorycachestaleobject": _sorcery(True, "SorceryMemoryCacheStaleObject"),
})  # fmt: skip
