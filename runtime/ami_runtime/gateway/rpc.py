"""Actions arriving over AMQP: checked, sent to the PBX, answered as JSON.

A request is a JSON object ``{"action": NAME, "fields": {KEY: VALUE, ...},
"timeout": SECONDS}`` published to the RPC exchange with the PBX name as routing key,
``reply_to`` and ``correlation_id``.  Before anything reaches a PBX it is checked three
ways: the caller's role must allow the action (the role comes from the message's
``user_id``, which RabbitMQ verifies against the sender's login); the catalogue must
know the action and its fields; the serializer must accept the values (no CR/LF, no
over-long line).  The reply is ``{"ok": true, "response": ..., "items": [...],
"complete": ...}`` or ``{"ok": false, "error": {"type": ..., "message": ...}}``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from ..action import Request
from ..cli.catalogue import Catalogue
from ..cli.common import UsageError
from ..errors import AmiError, AmiTimeout, ConnectionLost, InvalidInput
from ..message import Response
from .config import Role
from .records import message_json

__all__ = ["RpcError", "answer", "check_request", "reply_json"]

#: The error types a reply may carry (the ``error.type`` field; see docs/gateway.md).
ERROR_TYPES = (
    "BadRequest",
    "Refused",
    "UnknownAction",
    "InvalidInput",
    "PbxUnavailable",
    "UnknownPbx",
    "Timeout",
    "ConnectionLost",
    "ActionError",
)


@dataclass
class RpcError(Exception):
    type: str
    message: str


@dataclass(frozen=True)
class Checked:
    action: str
    request: Request[Any]
    timeout: float


def _assignments(fields: object) -> list[tuple[str, str]]:
    if fields is None:
        return []
    if not isinstance(fields, dict):
        raise RpcError("BadRequest", "fields must be a JSON object")
    out: list[tuple[str, str]] = []
    for key, value in fields.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool):
                item = "yes" if item else "no"
            if not isinstance(item, (str, int, float)):
                raise RpcError("BadRequest", f"field {key}: a string, number, bool or list")
            out.append((str(key), str(item)))
    return out


def check_request(body: bytes, role: Role, catalogue: Catalogue, default_timeout: float) -> Checked:
    """Parse and check a request; :class:`RpcError` says why it is refused."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise RpcError("BadRequest", "the request is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("action"), str):
        raise RpcError("BadRequest", 'the request needs "action" (a string)')
    name = data["action"]
    if not role.allows(name):
        raise RpcError("Refused", f"role {role.name!r} may not send {name!r}")
    try:
        classes = catalogue.find(name)
    except UsageError as exc:
        raise RpcError("UnknownAction", str(exc)) from None
    if not role.allows(classes[0].ACTION):
        raise RpcError("Refused", f"role {role.name!r} may not send {classes[0].ACTION!r}")
    try:
        request = catalogue.build(name, _assignments(data.get("fields")))
    except (UsageError, InvalidInput) as exc:
        raise RpcError("InvalidInput", str(exc)) from None
    timeout = data.get("timeout", default_timeout)
    if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or timeout <= 0:
        raise RpcError("BadRequest", "timeout: a positive number of seconds")
    return Checked(request.action_name, request, float(min(timeout, 300.0)))


def reply_json(
    pbx: str, action: str, response: Response | None = None, error: RpcError | None = None
) -> bytes:
    out: dict[str, Any] = {"pbx": pbx, "action": action, "ok": error is None}
    if response is not None:
        out["response"] = message_json(response)["headers"]
        if response.lines:
            out["lines"] = list(response.lines)
        out["items"] = [message_json(e)["headers"] for e in response.events]
        out["complete"] = (
            None if response.complete is None else message_json(response.complete)["headers"]
        )
    if error is not None:
        out["error"] = {"type": error.type, "message": error.message}
    return json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode()


async def answer(
    pbx: str,
    checked: Checked,
    send: Callable[[Request[Any], float], Awaitable[Response]],
) -> bytes:
    """Send the checked request and turn what happens into the reply body."""
    try:
        response = await send(checked.request, checked.timeout)
    except RpcError as exc:
        return reply_json(pbx, checked.action, error=exc)
    except AmiTimeout as exc:
        return reply_json(pbx, checked.action, error=RpcError("Timeout", str(exc)))
    except ConnectionLost as exc:
        return reply_json(pbx, checked.action, error=RpcError("ConnectionLost", str(exc)))
    except AmiError as exc:
        return reply_json(pbx, checked.action, error=RpcError("InvalidInput", str(exc)))
    if not response.success:
        error = RpcError("ActionError", response.message or response.kind or "error")
        return reply_json(pbx, checked.action, response, error)
    return reply_json(pbx, checked.action, response)
