"""The PJSIP actions (``res/res_pjsip/pjsip_manager.c``, ``res_pjsip/config_*.c``,
``res_pjsip_outbound_registration.c``, ``res_pjsip_notify.c``, ``res_pjsip_pubsub.c``).

Sorcery objects are printed field by field in the order the real servers print them
(``data/pjsip20.json``, ``data/pjsip22.json``: one object of each type as the real server
listed it).  A field takes the value of the configuration option it stands for
(``from_user`` -> ``FromUser``), else Asterisk's default.  Traffic over the loopback
transport (qualify, NOTIFY, REGISTER to this server itself) is challenged and
authenticated as on the real fixture: ChallengeSent, then SuccessfulAuth.
"""

from __future__ import annotations

import functools
import hashlib
import json
import uuid
from typing import TYPE_CHECKING

from ..events import SimEvent
from ..privileges import CLASSES
from ..state.configs import load_data_text
from ..state.pjsip import PjsipObject
from .base import Ctx, Handler, Pairs

if TYPE_CHECKING:
    from ..state import State

__all__ = ["HANDLERS", "contact_id", "loopback_auth", "loopback_auth_state"]

SYSTEM = CLASSES["system"]
SECURITY = CLASSES["security"]

#: Defaults of the fields the fixture's configuration sets (the templates carry the
#: fixture's values for them).
_DEFAULTS = {
    "endpoint": {
        "Transport": "", "Context": "default", "Allow": "(nothing)", "Aors": "", "Auth": "",
        "OutboundAuth": "", "FromUser": "", "Callerid": "", "DirectMedia": "true",
        "MediaAddress": "", "BindRtpToMediaAddress": "false",
    },
    "aor": {"QualifyFrequency": "0", "MaxContacts": "0", "RemoveExisting": "false",
            "QualifyTimeout": "3.000000"},
    "auth": {"Username": "", "Password": "", "AuthType": "userpass"},
    "transport": {"Protocol": "udp", "Bind": ""},
    "registration": {"Transport": "", "ContactUser": "", "OutboundAuth": "", "ClientUri": "",
                     "ServerUri": "", "MaxRetries": "10", "RetryInterval": "60",
                     "Expiration": "3600", "MaxRandomInitialDelay": "10"},
}  # fmt: skip


@functools.cache
def _templates(major: str) -> dict[str, list[list[str]]]:
    data: dict[str, list[list[str]]] = json.loads(
        load_data_text(f"pjsip{'20' if major == '20' else '22'}.json")
    )
    return data


def _camel(option: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in option.split("_"))


def _value(default: str, raw: str) -> str:
    """A configured value in the style of the field's default (true/false, yes/no...)."""
    low = raw.strip().lower()
    truthy = low in ("yes", "true", "on", "1", "y", "t")
    if default in ("true", "false"):
        return "true" if truthy else "false"
    if default in ("yes", "no"):
        return "yes" if truthy else "no"
    if default.count(".") == 1 and default.replace(".", "").isdigit():
        try:
            return f"{float(raw):.{len(default.split('.')[1])}f}"
        except ValueError:
            return raw
    return raw


def _fields(ctx: Ctx, kind: str, obj: PjsipObject, template: str | None = None) -> Pairs:
    """An object's fields: template order, configured values, Asterisk's defaults."""
    rows = _templates(ctx.state.version.major)[template or kind]
    defaults = _DEFAULTS.get(kind, {})
    options = {_camel(k): v for k, v in obj.options.items() if k != "type"}
    out: Pairs = []
    for key, fixture_value in rows:
        value = defaults.get(key, fixture_value)
        if key == "ObjectName":
            value = obj.name
        elif key == "Allow" and kind == "endpoint":
            codecs = ctx.state.pjsip.codecs(obj)
            value = f"({'|'.join(codecs)})" if codecs else "(nothing)"
        elif key in options:
            value = _value(value, options[key])
        out.append((key, value))
    return out


def _set(pairs: Pairs, **values: str) -> Pairs:
    return [(k, values.get(k, v)) for k, v in pairs]


def contact_id(aor: str, uri: str, registered: bool) -> str:
    """``aor@@md5(uri)`` for a static contact, ``aor;@md5(uri)`` for a registered one."""
    digest = hashlib.md5(uri.encode(), usedforsecurity=False).hexdigest()
    return f"{aor};@{digest}" if registered else f"{aor}@@{digest}"


def _pjsip_address(state: State) -> str:
    transports = list(state.pjsip.of("transport").values())
    bind = transports[0].get("bind", "0.0.0.0:5060") if transports else "0.0.0.0:5060"
    return bind.replace(":", "/", 1) if ":" in bind else f"{bind}/5060"


def loopback_auth(ctx: Ctx, account: str) -> None:
    """A request this server sends to itself is challenged, then authenticated."""
    loopback_auth_state(ctx.state, account)


def loopback_auth_state(state: State, account: str) -> None:
    """:func:`loopback_auth` for code without a request (the PJSIP channel driver)."""
    if state.pjsip.endpoint(account) is None:
        return
    from .core import security_tv

    address = f"IPV4/UDP/{_pjsip_address(state)}"
    session = str(uuid.uuid4())
    head = (("Severity", "Informational"), ("Service", "PJSIP"), ("EventVersion", "1"),
            ("AccountID", account), ("SessionID", session), ("LocalAddress", address),
            ("RemoteAddress", address))  # fmt: skip
    state.emit(SimEvent("ChallengeSent", SECURITY, (("EventTV", security_tv()), *head,
                                                     ("Challenge", ""))))  # fmt: skip
    state.emit(SimEvent("SuccessfulAuth", SECURITY, (("EventTV", security_tv()), *head,
                                                      ("UsingPassword", "1"))))  # fmt: skip


def _arrives_as(ctx: Ctx, endpoint: PjsipObject) -> str:
    """The endpoint a request to ``endpoint``'s own contact comes back in as: the one
    named by its ``from_user`` (the fixture's two endpoints call each other)."""
    return endpoint.get("from_user")


# -- contacts and registrations --------------------------------------------------------


def _contacts(ctx: Ctx, aor: str) -> list[tuple[str, bool]]:
    """(uri, registered) for each contact of an aor."""
    found = ctx.state.pjsip.of("aor").get(aor)
    if found is None:
        return []
    static = ctx.state.pjsip.contacts(aor)
    registered = ctx.state.pjsip_registered.get(aor, [])
    return [(u, False) for u in static] + [(u, True) for u in registered]


def _contact_list(ctx: Ctx, aor: str, trailing: str) -> str:
    return "".join(f"{aor}/{uri}{trailing}" for uri, _ in _contacts(ctx, aor))


def _registered_fields(ctx: Ctx, aor: str, uri: str) -> dict[str, str]:
    reg = ctx.state.pjsip_registration_info.get(aor, {})
    return {
        "UserAgent": f"Asterisk PBX {ctx.state.version.asterisk}",
        "RegExpire": reg.get("expires", "0"), "CallID": reg.get("callid", ""),
        "CallId": reg.get("callid", ""), "ExpirationTime": reg.get("expires", "0"),
        "ViaAddress": uri.split("@", 1)[-1], "ViaAddr": uri.split("@", 1)[-1].split(":")[0],
        "ViaPort": uri.rsplit(":", 1)[-1],
    }  # fmt: skip


def _status_detail(ctx: Ctx, aor: PjsipObject, uri: str, registered: bool, endpoint: str) -> Pairs:
    template = "contact_status_registered" if registered else "contact_status_static"
    rows = _templates(ctx.state.version.major)[template]
    values = {
        "AOR": aor.name, "URI": uri, "EndpointName": endpoint,
        "ID": contact_id(aor.name, uri, registered), "Status": "Reachable",
        "QualifyFrequency": aor.get("qualify_frequency", "0") if registered else "0",
        "QualifyTimeout": f"{float(aor.get('qualify_timeout', '3') or 3):.3f}",
    }  # fmt: skip
    if registered:
        values.update(_registered_fields(ctx, aor.name, uri))
    return [(k, values.get(k, v)) for k, v in rows]


def _endpoint_device(ctx: Ctx, name: str) -> str:
    from ..state.dialplan import EXTENSION_STATES, devstate_to_extstate

    state = ctx.state.device_state(f"PJSIP/{name}")
    text = EXTENSION_STATES.get(devstate_to_extstate(state), "Unknown")
    return {"Idle": "Not in use", "InUse": "In use"}.get(text, text)


def _active_channels(ctx: Ctx, name: str) -> int:
    prefix = f"pjsip/{name.lower()}-"
    return sum(1 for c in ctx.state.channels.all() if c.name.lower().startswith(prefix))


def _endpoint_list_item(ctx: Ctx, ep: PjsipObject) -> Pairs:
    aors = [a.strip() for a in ep.get("aors").split(",") if a.strip()]
    values = {
        "ObjectName": ep.name, "Transport": ep.get("transport"), "Aor": ep.get("aors"),
        "Auths": ep.get("auth"), "OutboundAuths": ep.get("outbound_auth"),
        "Contacts": "".join(_contact_list(ctx, a, ",") for a in aors),
        "DeviceState": _endpoint_device(ctx, ep.name),
        "ActiveChannels": str(_active_channels(ctx, ep.name)),
    }  # fmt: skip
    return [(k, values.get(k, v)) for k, v in _templates(ctx.state.version.major)["endpoint_list"]]


def pjsipshowendpoints(ctx: Ctx) -> None:
    """EndpointList items, by endpoint id."""
    endpoints = sorted(ctx.state.pjsip.of("endpoint").values(), key=lambda e: e.name)
    if not endpoints:
        ctx.error("No endpoints found\n")
        return
    ctx.list_start("A listing of Endpoints follows, presented as EndpointList events")
    for ep in endpoints:
        ctx.item("EndpointList", _endpoint_list_item(ctx, ep))
    ctx.list_complete("EndpointListComplete", len(endpoints))


def pjsipshowendpoint(ctx: Ctx) -> None:
    """One endpoint, its auths, transport, aors and their contacts."""
    name = ctx.get("Endpoint")
    if not name:
        ctx.error("PJSIPShowEndpoint requires an endpoint name\n")
        return
    pj = ctx.state.pjsip
    ep = pj.endpoint(name)
    if ep is None:
        ctx.error(f"Unable to retrieve endpoint {name}\n")
        return
    ctx.list_start("Following are Events for each object associated with the Endpoint")
    detail = _set(
        _fields(ctx, "endpoint", ep), DeviceState=_endpoint_device(ctx, name),
        ActiveChannels=str(_active_channels(ctx, name)),
    )  # fmt: skip
    ctx.item("EndpointDetail", detail)
    count = 1
    tail = [("EndpointName", name)]
    for option in ("auth", "outbound_auth"):
        for auth_name in (a.strip() for a in ep.get(option).split(",") if a.strip()):
            auth = pj.of("auth").get(auth_name)
            if auth is not None:
                ctx.item("AuthDetail", [*_fields(ctx, "auth", auth), *tail])
                count += 1
    transport = pj.of("transport").get(ep.get("transport"))
    if transport is not None:
        ctx.item("TransportDetail", [*_fields(ctx, "transport", transport)[:-1], *tail])
        count += 1
    for aor_name in (a.strip() for a in ep.get("aors").split(",") if a.strip()):
        aor = pj.of("aor").get(aor_name)
        if aor is None:
            continue
        contacts = _contacts(ctx, aor_name)
        fields = _set(
            _fields(ctx, "aor", aor)[:-3], Contacts=_contact_list(ctx, aor_name, ",")[:-1]
        )
        counts = [("TotalContacts", str(len(contacts))),
                  ("ContactsRegistered", str(sum(1 for _, r in contacts if r)))]  # fmt: skip
        ctx.item("AorDetail", [*fields, *counts, *tail])
        count += 1
        for uri, registered in contacts:
            ctx.item("ContactStatusDetail", _status_detail(ctx, aor, uri, registered, name))
            count += 1
    ctx.list_complete("EndpointDetailComplete", count)


def pjsipshowaors(ctx: Ctx) -> None:
    """AorList items."""
    aors = sorted(ctx.state.pjsip.of("aor").values(), key=lambda a: a.name)
    if not aors:
        ctx.error("No AORs found\n")
        return
    ctx.list_start("A listing of AORs follows, presented as AorList events")
    for aor in aors:
        fields = _fields(ctx, "aor", aor)[:-3]
        ctx.item("AorList", _set(fields, Contacts=_contact_list(ctx, aor.name, ",")[:-1]))
    ctx.list_complete("AorListComplete", len(aors))


def pjsipshowauths(ctx: Ctx) -> None:
    """AuthList items."""
    auths = sorted(ctx.state.pjsip.of("auth").values(), key=lambda a: a.name)
    if not auths:
        ctx.error("No Auths found\n")
        return
    ctx.list_start("A listing of Auths follows, presented as AuthList events")
    for auth in auths:
        ctx.item("AuthList", _fields(ctx, "auth", auth))
    ctx.list_complete("AuthListComplete", len(auths))


def _endpoint_of_aor(ctx: Ctx, aor: str) -> str:
    for ep in ctx.state.pjsip.of("endpoint").values():
        if aor in (a.strip() for a in ep.get("aors").split(",")):
            return ep.name
    return ""


def pjsipshowcontacts(ctx: Ctx) -> None:
    """ContactList items: the contacts registrations made (static ones are not objects)."""
    rows = [
        (aor, uri)
        for aor in sorted(ctx.state.pjsip.of("aor"))
        for uri, registered in _contacts(ctx, aor)
        if registered
    ]
    if not rows:
        ctx.error("No Contacts found\n")
        return
    ctx.list_start("A listing of Contacts follows, presented as ContactList events")
    for aor_name, uri in rows:
        aor = ctx.state.pjsip.of("aor")[aor_name]
        values = {
            "ObjectName": contact_id(aor_name, uri, True), "Uri": uri, "Status": "Reachable",
            "Endpoint": _endpoint_of_aor(ctx, aor_name),
            "QualifyFrequency": aor.get("qualify_frequency", "0"),
            "QualifyTimeout": f"{float(aor.get('qualify_timeout', '3') or 3):.6f}",
            **_registered_fields(ctx, aor_name, uri),
        }  # fmt: skip
        rows_t = _templates(ctx.state.version.major)["contact"]
        ctx.item("ContactList", [(k, values.get(k, v)) for k, v in rows_t])
    ctx.list_complete("ContactListComplete", len(rows))


def pjsipshowregistrationsoutbound(ctx: Ctx) -> None:
    """OutboundRegistrationDetail and its auths per registration."""
    pj = ctx.state.pjsip
    regs = sorted(pj.of("registration").values(), key=lambda r: r.name)
    if not regs:
        ctx.error("No registrations found\n")
        return
    ctx.list_start("Following are Events for each Outbound registration")
    registered = 0
    for reg in regs:
        status = ctx.state.pjsip_registration_status.get(reg.name, "Unregistered")
        registered += status == "Registered"
        fields = _set(_fields(ctx, "registration", reg), Status=status)
        ctx.item("OutboundRegistrationDetail", fields)
        for auth_name in (a.strip() for a in reg.get("outbound_auth").split(",") if a.strip()):
            auth = pj.of("auth").get(auth_name)
            if auth is not None:
                ctx.item("AuthDetail", _fields(ctx, "auth", auth))
    ctx.list_complete("OutboundRegistrationDetailComplete", len(regs), [
        ("Registered", str(registered)), ("NotRegistered", str(len(regs) - registered)),
    ])  # fmt: skip


def pjsipshowregistrationsinbound(ctx: Ctx) -> None:
    """InboundRegistrationDetail per aor."""
    aors = sorted(ctx.state.pjsip.of("aor").values(), key=lambda a: a.name)
    ctx.list_start("Following are Events for each Inbound registration")
    for aor in aors:
        fields = _set(
            _fields(ctx, "aor", aor, "inbound"),
            Contact=_contact_list(ctx, aor.name, ",")[:-1],
            Contacts=_contact_list(ctx, aor.name, ","),
        )
        ctx.item("InboundRegistrationDetail", fields)
    ctx.list_complete("InboundRegistrationDetailComplete", len(aors))


def pjsipshowregistrationinboundcontactstatuses(ctx: Ctx) -> None:
    """ContactStatusDetail for each registered contact."""
    rows = [
        (aor, uri)
        for aor in sorted(ctx.state.pjsip.of("aor"))
        for uri, registered in _contacts(ctx, aor)
        if registered
    ]
    ctx.list_start("Following are ContactStatusEvents for each Inbound registration")
    for aor_name, uri in rows:
        aor = ctx.state.pjsip.of("aor")[aor_name]
        endpoint = _endpoint_of_aor(ctx, aor_name)
        ctx.item("ContactStatusDetail", _status_detail(ctx, aor, uri, True, endpoint))
    ctx.list_complete("ContactStatusDetailComplete", len(rows))


def _empty_list(message: str, complete: str) -> Handler:
    def handler(ctx: Ctx) -> None:
        ctx.list_start(message)
        ctx.list_complete(complete, 0)

    handler.__doc__ = f"Nothing to list ({complete}): the fixture has no such objects."
    return handler


def pjsipshowresourcelists(ctx: Ctx) -> None:
    """No resource lists are configured."""
    ctx.error("No resource lists found\n")


def pjsipshowmaintenance(ctx: Ctx) -> None:
    """Endpoints in maintenance mode."""
    names = sorted(ctx.state.pjsip_maintenance)
    ctx.list_start("Maintenance status events follow")
    for name in names:
        ctx.item("PJSIPMaintenanceStatus", [("Endpoint", name), ("Status", "enabled")])
    ctx.list_complete("PJSIPMaintenanceStatusComplete", len(names))


def pjsipsetmaintenance(ctx: Ctx) -> None:
    """Put an endpoint in or out of maintenance mode."""
    name, on = ctx.get("Endpoint"), ctx.get("State").lower() in ("on", "yes", "true", "1")
    if ctx.state.pjsip.endpoint(name) is None:
        ctx.error(f"Endpoint '{name}' not found")
        return
    if on:
        ctx.state.pjsip_maintenance.add(name)
    else:
        ctx.state.pjsip_maintenance.discard(name)
    ctx.ok(f"Maintenance mode {'enabled' if on else 'disabled'}")
    status = (("Endpoint", name), ("Status", "enabled" if on else "disabled"))
    ctx.state.emit(SimEvent("PJSIPMaintenanceStatus", SYSTEM, status))


def pjsipqualify(ctx: Ctx) -> None:
    """Qualify an endpoint's contacts: a reachable contact gives no event."""
    name = ctx.get("Endpoint")
    if not name:
        ctx.error("Endpoint parameter missing.")
        return
    ep = ctx.state.pjsip.endpoint(name)
    if ep is None:
        ctx.error("Unable to retrieve endpoint\n")
        return
    ctx.ok("Endpoint found, will qualify")
    loopback_auth(ctx, _arrives_as(ctx, ep))


def pjsipnotify(ctx: Ctx) -> None:
    """Send a NOTIFY from pjsip_notify.conf (Option) or built from Variable headers."""
    name, option = ctx.get("Endpoint"), ctx.get("Option")
    variables = ctx.request.get_all("Variable")
    if bool(option) == bool(variables):
        ctx.error(
            "PJSIPNotify requires either an Option or Variable(s).You must use only one of them."
        )
        return
    ep = ctx.state.pjsip.endpoint(name)
    if ep is None:
        ctx.error(f"Unable to retrieve endpoint {name}")
        return
    notify = ctx.state.configs.get("pjsip_notify.conf")
    if option and (notify is None or notify.find(option) is None):
        ctx.error(f"Unable to find notify type '{option}'\n")
        return
    ctx.ok("NOTIFY sent")
    loopback_auth(ctx, _arrives_as(ctx, ep))


def _registration(ctx: Ctx) -> PjsipObject | None:
    found = ctx.state.pjsip.of("registration").get(ctx.get("Registration"))
    if found is None:
        ctx.error("Unable to retrieve registration entry\n")
    return found


def _registry(ctx: Ctx, reg: PjsipObject, status: str) -> None:
    body = (("ChannelType", "PJSIP"), ("Username", reg.get("client_uri")),
            ("Domain", reg.get("server_uri")), ("Status", status))  # fmt: skip
    ctx.state.emit(SimEvent("Registry", SYSTEM, body))


def _contact_status(ctx: Ctx, aor: str, uri: str, status: str, rtt: str = "0") -> None:
    body = (("URI", uri), ("ContactStatus", status), ("AOR", aor),
            ("EndpointName", _endpoint_of_aor(ctx, aor)), ("RoundtripUsec", rtt))  # fmt: skip
    ctx.state.emit(SimEvent("ContactStatus", SYSTEM, body))


def _peer_status(ctx: Ctx, aor: str, status: str) -> None:
    endpoint = _endpoint_of_aor(ctx, aor)
    if not endpoint:
        return
    body = (("ChannelType", "PJSIP"), ("Peer", f"PJSIP/{endpoint}"), ("PeerStatus", status))
    ctx.state.emit(SimEvent("PeerStatus", SYSTEM, body))
    ctx.state.device_changed(f"PJSIP/{endpoint}")


def pjsipunregister(ctx: Ctx) -> None:
    """Unregister: the self-registered contact goes away."""
    reg = _registration(ctx)
    if reg is None:
        return
    ctx.ok("Unregistration sent")
    aor = ctx.state.self_registered_aor(reg)
    loopback_auth(ctx, aor or "")
    ctx.state.pjsip_registration_status[reg.name] = "Unregistered"
    if aor and ctx.state.pjsip_registered.pop(aor, None):
        _peer_status(ctx, aor, "Unreachable")
        _contact_status(ctx, aor, reg.get("client_uri"), "Removed")
    _registry(ctx, reg, "Unregistered")


def pjsipregister(ctx: Ctx) -> None:
    """(Re)register: the self-registration's contact comes back (NonQualified, then
    Reachable once qualified)."""
    reg = _registration(ctx)
    if reg is None:
        return
    ctx.ok("Reregistration sent")
    aor = ctx.state.self_registered_aor(reg)
    loopback_auth(ctx, aor or "")
    _registry(ctx, reg, "Unregistered")
    if aor is None:
        return
    loopback_auth(ctx, aor)
    ctx.state.pjsip_registration_status[reg.name] = "Registered"
    _registry(ctx, reg, "Registered")
    if aor not in ctx.state.pjsip_registered:
        uri = reg.get("client_uri")
        ctx.state.register_contact(aor, uri)
        _contact_status(ctx, aor, uri, "NonQualified")
        endpoint = ctx.state.pjsip.endpoint(_endpoint_of_aor(ctx, aor))
        if endpoint is not None:
            loopback_auth(ctx, _arrives_as(ctx, endpoint))
        _peer_status(ctx, aor, "Reachable")
        _contact_status(ctx, aor, uri, "Reachable", "1000")


def pjsiphangup(ctx: Ctx) -> None:
    """Hang up a PJSIP channel (``PJSIPHangup``, Asterisk 20.12+)."""
    name = ctx.get("Channel")
    ch = ctx.state.channels.get(name) if name else None
    if ch is None or ch.tech.upper() != "PJSIP":
        ctx.error("No such channel")
        return
    from ..state import pbx

    pbx.request_hangup(ctx.state, ch, None, None)
    ctx.ok("Channel Hungup")


HANDLERS: dict[str, Handler] = {
    "pjsipshowendpoints": pjsipshowendpoints,
    "pjsipshowendpoint": pjsipshowendpoint,
    "pjsipshowaors": pjsipshowaors,
    "pjsipshowauths": pjsipshowauths,
    "pjsipshowcontacts": pjsipshowcontacts,
    "pjsipshowregistrationsoutbound": pjsipshowregistrationsoutbound,
    "pjsipshowregistrationsinbound": pjsipshowregistrationsinbound,
    "pjsipshowregistrationinboundcontactstatuses": pjsipshowregistrationinboundcontactstatuses,
    "pjsipshowresourcelists": pjsipshowresourcelists,
    "pjsipshowsubscriptionsinbound": _empty_list(
        "Following are Events for each inbound Subscription", "InboundSubscriptionDetailComplete"
    ),
    "pjsipshowsubscriptionsoutbound": _empty_list(
        "Following are Events for each outbound Subscription",
        "OutboundSubscriptionDetailComplete",
    ),
    "pjsipshowmaintenance": pjsipshowmaintenance,
    "pjsipsetmaintenance": pjsipsetmaintenance,
    "pjsipqualify": pjsipqualify,
    "pjsipnotify": pjsipnotify,
    "pjsipregister": pjsipregister,
    "pjsipunregister": pjsipunregister,
    "pjsiphangup": pjsiphangup,
}
