"""The gateway's configuration file: an INI file, read with the standard library.

One ``[gateway]`` section (the broker and the gateway's own settings), one ``[pbx:NAME]``
section per PBX and any number of ``[role:NAME]`` sections (who may send which
actions).  Secrets may sit in the file or, better, in a file of their own
(``secret_file``), read at load time; they never reach a repr, a log or a message.

A reload (SIGHUP) reads the file again: PBXs whose section did not change keep their
connection, new ones are added, removed ones are stopped, changed ones restarted.
"""

from __future__ import annotations

import configparser
import os
import re
import socket
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidInput

__all__ = ["BrokerConfig", "GatewayConfig", "PbxConfig", "Role", "load_config", "parse_config"]

#: PBX names become routing-key words and queue names: no dots, no wildcards.
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TRUE = {"1", "yes", "true", "on"}
_FALSE = {"0", "no", "false", "off", ""}

#: What a caller with no role of its own may send: actions that only read state.  A
#: policy, not a catalogue fact, so it lives here and the config file can replace it.
READ_ONLY_ACTIONS = (
    "BridgeInfo BridgeList CoreSettings CoreShowChannelMap CoreShowChannels CoreStatus "
    "DBGet DBGetTree DeviceStateList ExtensionState ExtensionStateList Getvar "
    "ListCategories ListCommands MailboxCount MailboxStatus ParkedCalls Parkinglots "
    "PJSIPShowAors PJSIPShowAuths PJSIPShowContacts PJSIPShowEndpoint PJSIPShowEndpoints "
    "PJSIPShowRegistrationsInbound PJSIPShowRegistrationsOutbound PJSIPShowResourceLists "
    "Ping PresenceStateList QueueStatus QueueSummary SIPpeers SIPpeerstatus SIPshowpeer "
    "SIPshowregistry ShowDialPlan Status VoicemailBoxSummary VoicemailUserStatus "
    "VoicemailUsersList ConfbridgeList ConfbridgeListRooms"
).split()

#: Session control belongs to the gateway: no caller may send these, whatever its role.
NEVER_FORWARDED = frozenset({"login", "logoff", "challenge", "events", "waitevent", "filter"})


@dataclass(frozen=True)
class PbxConfig:
    """One PBX.  ``secret`` is excluded from repr and comparisons show only a change."""

    name: str
    host: str
    port: int
    username: str
    secret: str = field(repr=False)
    tls: bool = False
    cafile: str | None = None
    tags: tuple[str, ...] = ()
    events: bool | str = True
    """True: the AMI user's read= classes; or an event mask such as ``call,system``."""


@dataclass(frozen=True)
class Role:
    """Who (broker user names) may send what (AMI action names, any case; ``*``: all)."""

    name: str
    users: frozenset[str]
    allow: frozenset[str]

    def allows(self, action: str) -> bool:
        low = action.lower()
        return low not in NEVER_FORWARDED and ("*" in self.allow or low in self.allow)


@dataclass(frozen=True)
class BrokerConfig:
    url: str = field(repr=False)
    exchange: str = "ami.events"
    rpc_exchange: str = "ami.rpc"
    persistent: bool = True
    heartbeat: int = 5
    queue_type: str = "classic"


@dataclass(frozen=True)
class GatewayConfig:
    name: str
    broker: BrokerConfig
    pbxs: Mapping[str, PbxConfig]
    roles: Mapping[str, Role]
    default_role: Role
    buffer: int = 100_000
    rpc_timeout: float = 10.0
    metrics: tuple[str, int] | None = None
    keepalive: float | None = 10.0
    """Seconds between Pings to each PBX; a Ping unanswered that long drops the link."""

    def role_of(self, user: str | None) -> Role:
        """The role of the broker user who sent a request (the default one if none)."""
        if user:
            for role in self.roles.values():
                if user in role.users:
                    return role
        return self.default_role


def _bool(value: str, where: str) -> bool:
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise InvalidInput(f"{where}: expected yes or no, got {value!r}", where)


def _events(value: str) -> bool | str:
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    return value.strip()


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", value.strip()) if w]


def _secret(section: configparser.SectionProxy, key: str, base: Path, where: str) -> str:
    path = section.get(f"{key}_file")
    if path:
        file = Path(path) if os.path.isabs(path) else base / path
        try:
            return file.read_text().strip()
        except OSError as exc:
            msg = f"{where}: cannot read {key}_file {path}: {exc.strerror}"
            raise InvalidInput(msg, key) from None
    return section.get(key, "")


def _cafile(section: configparser.SectionProxy, base: Path, where: str) -> str | None:
    """The CA file that verifies a PBX's certificate (relative to the config file),
    loaded once here so that a missing or broken file is refused at load time."""
    path = section.get("cafile")
    if not path:
        return None
    file = Path(path) if os.path.isabs(path) else base / path
    try:
        ssl.create_default_context(cafile=str(file))
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InvalidInput(f"{where}: cannot load cafile {path}: {reason}", "cafile") from None
    return str(file)


def _broker_url(section: configparser.SectionProxy, base: Path) -> str:
    url = section.get("broker", "amqp://guest:guest@127.0.0.1:5672/")
    password = _secret(section, "broker_password", base, "[gateway]")
    if password and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, at, hostpart = rest.rpartition("@")
        user = creds.split(":", 1)[0] if at else "guest"
        url = f"{scheme}://{user}:{password}@{hostpart}"
    return url


def parse_config(text: str, base: Path = Path(".")) -> GatewayConfig:
    """Parse the INI text; relative ``*_file`` paths are relative to ``base``."""
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        raise InvalidInput(f"config: {exc}", "config") from None
    gw = parser["gateway"] if parser.has_section("gateway") else parser[parser.default_section]
    broker = BrokerConfig(
        url=_broker_url(gw, base),
        exchange=gw.get("exchange", "ami.events"),
        rpc_exchange=gw.get("rpc_exchange", "ami.rpc"),
        persistent=_bool(gw.get("persistent", "yes"), "persistent"),
        heartbeat=int(gw.get("heartbeat", "5")),
        queue_type=gw.get("queue_type", "classic"),
    )
    if broker.queue_type not in ("classic", "quorum"):
        raise InvalidInput("queue_type: classic or quorum", "queue_type")
    metrics = None
    if gw.get("metrics"):
        host, _, port = gw["metrics"].rpartition(":")
        metrics = (host or "127.0.0.1", int(port))
    pbxs: dict[str, PbxConfig] = {}
    roles: dict[str, Role] = {}
    default_role = Role("default", frozenset(), frozenset(a.lower() for a in READ_ONLY_ACTIONS))
    for name in parser.sections():
        kind, _, ident = name.partition(":")
        section = parser[name]
        if kind == "pbx":
            if not _NAME.match(ident):
                raise InvalidInput(f"[{name}]: a PBX name is letters, digits, - and _", name)
            pbxs[ident] = PbxConfig(
                name=ident,
                host=section.get("host", "127.0.0.1"),
                port=int(section.get("port", "5038")),
                username=section.get("username", ""),
                secret=_secret(section, "secret", base, f"[{name}]"),
                tls=_bool(section.get("tls", "no"), f"[{name}] tls"),
                cafile=_cafile(section, base, f"[{name}]"),
                tags=tuple(_words(section.get("tags", ""))),
                events=_events(section.get("events", "yes")),
            )
            if not pbxs[ident].username:
                raise InvalidInput(f"[{name}]: username is required", name)
        elif kind == "role":
            role = Role(
                ident,
                frozenset(_words(section.get("users", ""))),
                frozenset(a.lower() for a in _words(section.get("allow", ""))),
            )
            if ident == "default":
                default_role = role
            else:
                roles[ident] = role
        elif name != "gateway":
            raise InvalidInput(f"unknown section [{name}] (gateway, pbx:NAME, role:NAME)", name)
    return GatewayConfig(
        name=gw.get("name", f"{socket.gethostname()}-{os.getpid()}"),
        broker=broker,
        pbxs=pbxs,
        roles=roles,
        default_role=default_role,
        buffer=int(gw.get("buffer", "100000")),
        rpc_timeout=float(gw.get("rpc_timeout", "10")),
        metrics=metrics,
        keepalive=float(gw.get("keepalive", "10")) or None,
    )


def load_config(path: str | Path) -> GatewayConfig:
    """Read and parse the file at ``path``."""
    file = Path(path)
    try:
        text = file.read_text()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}", "config") from None
    return parse_config(text, file.parent)
