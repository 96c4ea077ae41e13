"""Where the connection settings come from: flags, environment, a profile, defaults.

Precedence, highest first:

1. command-line flags, and the values of a profile named with ``--profile`` (naming a
   profile on the command line is as explicit as a flag);
2. environment variables ``AMI_HOST``, ``AMI_PORT``, ``AMI_USERNAME``, ``AMI_SECRET``,
   ``AMI_TLS``, ``AMI_AUTH``, ``AMI_TIMEOUT``, ``AMI_CAFILE``;
3. the profile named by ``AMI_PROFILE``, else the ``[default]`` section, of the config
   file (``--config``, ``$AMI_CONFIG``, else ``$XDG_CONFIG_HOME/amikit/ami.ini`` or
   ``~/.config/amikit/ami.ini``);
4. built-in defaults: 127.0.0.1, port 5038 (5039 with TLS, ``include/asterisk/manager.h``,
   ``DEFAULT_MANAGER_[TLS_]PORT``), MD5 login, 5 s.

The secret is never shown: not in errors, not in ``repr``.  When none is configured and
stdin is a terminal, it is asked for without echo (:func:`getpass.getpass`).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from ..redact import MASK
from .common import UsageError

if TYPE_CHECKING:
    import ssl

__all__ = ["Settings", "resolve_settings", "default_config_path", "parse_bool"]

KEYS = ("host", "port", "username", "secret", "tls", "auth", "timeout", "cafile")
_TRUE = frozenset({"1", "yes", "true", "on", "y", "t"})
_FALSE = frozenset({"0", "no", "false", "off", "n", "f", ""})


class Settings(NamedTuple):
    """Everything needed to connect and log in."""

    host: str
    port: int
    username: str | None
    secret: str | None
    tls: bool
    auth: Literal["md5", "plain"]
    timeout: float
    cafile: str | None
    timeout_given: bool
    """``--timeout`` (or env/profile) was set: it then also bounds each action's wait."""

    def __repr__(self) -> str:
        secret = None if self.secret is None else MASK
        return (
            f"Settings(host={self.host!r}, port={self.port}, username={self.username!r}, "
            f"secret={secret!r}, tls={self.tls}, auth={self.auth!r}, timeout={self.timeout})"
        )

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def ssl_context(self) -> ssl.SSLContext | None:
        """TLS with certificate checks against the system store (or ``cafile``)."""
        if not self.tls:
            return None
        import ssl  # here, not at the top: most commands connect without TLS

        return ssl.create_default_context(cafile=self.cafile)

    def require_secret(self) -> str:
        """The secret, asked for on the terminal if nothing configured one."""
        if self.secret is not None:
            return self.secret
        if sys.stdin is not None and sys.stdin.isatty():
            import getpass

            return getpass.getpass(f"AMI secret for {self.username}@{self.address}: ")
        raise UsageError(
            "no secret: set AMI_SECRET, put 'secret' in a profile, or run on a terminal "
            "to be asked for it"
        )


def parse_bool(text: str, what: str) -> bool:
    low = text.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise UsageError(f"{what}: expected yes/no, true/false, on/off or 1/0, not {text!r}")


def default_config_path(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "amikit" / "ami.ini"


def _read_profile(
    path: Path, name: str | None, explicit_file: bool, explicit_name: bool
) -> dict[str, str]:
    """The profile's values, or ``{}`` when the default file or section is absent."""
    if not path.is_file():
        if explicit_file or explicit_name:
            raise UsageError(f"config file {path} not found")
        return {}
    import configparser  # here, not at the top: only a config file needs it

    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, configparser.Error, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read config file {path}: {exc}") from exc
    section = name or "default"
    if not parser.has_section(section):
        if name is None:
            return {}
        known = ", ".join(parser.sections()) or "none"
        raise UsageError(f"no profile [{section}] in {path} (profiles: {known})")
    values = {k: v for k, v in parser.items(section) if k in KEYS}
    unknown = sorted(set(parser.options(section)) - set(KEYS))
    if unknown:
        raise UsageError(
            f"{path} [{section}]: unknown setting(s) {', '.join(unknown)}; "
            f"known: {', '.join(KEYS)}"
        )
    if "secret" in values:
        _warn_if_readable(path)
    return values


def _warn_if_readable(path: Path) -> None:
    """A secret in a file others can read is worth a warning (ssh refuses such keys)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        print(
            f"ami: warning: {path} holds a secret and is readable by others; "
            f"run: chmod 600 {path}",
            file=sys.stderr,
        )


def _environment(env: Mapping[str, str]) -> dict[str, str]:
    return {k: env[f"AMI_{k.upper()}"] for k in KEYS if env.get(f"AMI_{k.upper()}")}


def resolve_settings(flags: Mapping[str, object], env: Mapping[str, str]) -> Settings:
    """Merge the sources (see the module docstring) into one :class:`Settings`."""
    given = {k: str(v) for k, v in flags.items() if k in KEYS and v is not None}
    if isinstance(flags.get("tls"), bool):
        given["tls"] = "yes" if flags["tls"] else "no"
    config_flag = flags.get("config")
    profile_flag = flags.get("profile")
    path = Path(str(config_flag or env.get("AMI_CONFIG") or default_config_path(env)))
    explicit_file = bool(config_flag or env.get("AMI_CONFIG"))
    environment = _environment(env)
    if profile_flag:
        profile = _read_profile(path, str(profile_flag), explicit_file, True)
        merged = {**environment, **profile}
        section = str(profile_flag)
    else:
        name = env.get("AMI_PROFILE") or None
        profile = _read_profile(path, name, explicit_file, name is not None)
        merged = {**profile, **environment}
        section = name or "default"
    merged.update(given)
    # Where each value came from, for an error that names it ("AMI_PORT: ...").
    origins = {k: f"{path} [{section}] {k}" for k in profile}
    env_origins = {k: f"AMI_{k.upper()}" for k in environment}
    origins = {**env_origins, **origins} if profile_flag else {**origins, **env_origins}
    origins.update({k: f"--{k}" for k in given})
    return _build(merged, origins)


def _build(values: Mapping[str, str], origins: Mapping[str, str] | None = None) -> Settings:
    where = dict(origins or {})

    def source(key: str) -> str:
        return where.get(key, key)

    tls = parse_bool(values.get("tls", "no"), source("tls"))
    auth = values.get("auth", "md5").strip().lower()
    if auth not in ("md5", "plain"):
        raise UsageError(f"{source('auth')}: auth must be md5 or plain, not {auth!r}")
    port_text = values.get("port") or ("5039" if tls else "5038")
    try:
        port = int(port_text)
    except ValueError:
        raise UsageError(f"{source('port')}: a port is a number, not {port_text!r}") from None
    timeout_text = values.get("timeout", "5")
    try:
        timeout = float(timeout_text)
    except ValueError:
        raise UsageError(
            f"{source('timeout')}: a timeout is a number of seconds, not {timeout_text!r}"
        ) from None
    if not 0 < port < 65536:
        raise UsageError(f"{source('port')}: port must be 1-65535, not {port}")
    if timeout <= 0:
        raise UsageError(f"{source('timeout')}: timeout must be positive, not {timeout}")
    return Settings(
        host=values.get("host") or "127.0.0.1",
        port=port,
        username=values.get("username") or None,
        secret=values.get("secret"),
        tls=tls,
        auth="md5" if auth == "md5" else "plain",
        timeout=timeout,
        cafile=values.get("cafile") or None,
        timeout_given="timeout" in values,
    )
