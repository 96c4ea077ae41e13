"""Manager users: who may log in, with which secret and privilege classes.

The users file is Asterisk's own ``manager.conf`` syntax (``[name]`` with ``secret``,
``read`` and ``write``; ``[general]`` is ignored), so a real server's file can be reused
as it is.  Also accepted: a JSON object
``{"admin": {"secret": "...", "read": "all", "write": "all"}}``, and a ``.yaml``/``.yml``
file in the plain two-level form below (read without a YAML library: the runtime needs
nothing beyond the standard library; anything fancier is refused with its line number)::

    admin:
      secret: adminsecret
      read: all            # or a list: [call, system]
      write: all
Without a file the recorded server's users apply: ``admin``/``adminsecret`` (all) and
``limited``/``limitedsecret`` (call).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InvalidInput
from .confparse import parse_config
from .privileges import perm_to_mask
from .state.configs import load_data_text

__all__ = ["User", "Users", "load_users"]


@dataclass(frozen=True)
class User:
    """One manager account.  The secret never shows in ``repr``."""

    name: str
    secret: str = field(repr=False)
    readperm: int
    writeperm: int


class Users:
    """Users by name; lookup is case-insensitive (``get_manager_by_name_locked``)."""

    def __init__(self, users: list[User]) -> None:
        self._by_name = {u.name.lower(): u for u in users}

    def get(self, name: str) -> User | None:
        """The user called ``name``, or None."""
        return self._by_name.get(name.lower())

    def __len__(self) -> int:
        return len(self._by_name)


def _from_conf(text: str) -> list[User]:
    users = []
    for cat in parse_config(text).categories:
        if cat.name == "general" or cat.is_template:
            continue
        users.append(
            User(
                cat.name,
                cat.get("secret") or "",
                perm_to_mask(cat.get("read") or ""),
                perm_to_mask(cat.get("write") or ""),
            )
        )
    return users


def _from_json(text: str) -> list[User]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidInput(f"users file is not valid JSON: {exc}", "users") from exc
    if not isinstance(data, dict):
        raise InvalidInput("users JSON must be an object of users", "users")
    users = []
    for name, spec in data.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("secret"), str):
            raise InvalidInput(f"user {name!r} needs a string 'secret'", "users")
        read, write = str(spec.get("read", "")), str(spec.get("write", ""))
        users.append(User(name, spec["secret"], perm_to_mask(read), perm_to_mask(write)))
    return users


def _yaml_scalar(text: str) -> str:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return ",".join(_yaml_scalar(part) for part in text[1:-1].split(",") if part.strip())
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _strip_comment(line: str) -> str:
    """The line without a ``#`` comment (one at the start, or after a blank, outside quotes)."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i].rstrip()
    return line.rstrip()


def _from_yaml(text: str) -> list[User]:
    """``name:`` lines, each followed by indented ``key: value`` lines."""
    specs: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        content = _strip_comment(line)
        if not content.strip():
            continue
        key, colon, value = content.strip().partition(":")
        if not colon or not key:
            raise InvalidInput(f"users file line {number}: expected 'key: value'", "users")
        if not content[0].isspace():
            if value.strip():
                raise InvalidInput(f"users file line {number}: expected 'name:'", "users")
            current = specs.setdefault(_yaml_scalar(key), {})
        elif current is None:
            raise InvalidInput(f"users file line {number}: indented before any user", "users")
        else:
            current[key.strip()] = _yaml_scalar(value)
    return _from_json(json.dumps(specs))


def load_users(path: str | Path | None = None) -> Users:
    """Users from a manager.conf-style, JSON or simple YAML file; the recorded defaults
    without one."""
    if path is None:
        return Users(_from_conf(load_data_text("etc20/manager.conf")))
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot read users file {path}: {exc}", "users") from exc
    if text.lstrip().startswith("{"):
        users = _from_json(text)
    elif Path(path).suffix.lower() in (".yaml", ".yml"):
        users = _from_yaml(text)
    else:
        users = _from_conf(text)
    if not users:
        raise InvalidInput(f"no users defined in {path}", "users")
    return Users(users)
