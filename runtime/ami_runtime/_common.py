"""Pieces both clients share: login requests, timeouts sentinel, connection options."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, Literal, Union

from .action import Action, Request
from .errors import AmiError, AuthenticationError, InvalidInput
from .message import Message, Response
from .protocol import AmiProtocol, Closed, ProtocolEvent
from .serialize import check_pair

if TYPE_CHECKING:
    import ssl

    from ._log import Log

__all__ = [
    "DEFAULT",
    "Default",
    "Timeout",
    "AuthMode",
    "LoginInfo",
    "challenge_request",
    "login_request",
    "check_login",
    "resolve_timeout",
    "make_ssl_context",
    "SESSION_STATE_ACTIONS",
    "EventsArg",
    "feed",
]


class Default(enum.Enum):
    """Sentinel: "use the client's default" (distinct from ``None`` = wait forever)."""

    DEFAULT = "DEFAULT"


DEFAULT: Final = Default.DEFAULT
Timeout = Union[float, None, Default]
AuthMode = Literal["md5", "plain"]
EventsArg = Union[bool, str, Iterable[str]]

#: Actions whose effect belongs to the session, re-sent after a reconnect (Events masks,
#: event filters).  Nothing else is ever re-sent: actions such as Originate are not
#: idempotent and only their caller may retry them.
SESSION_STATE_ACTIONS = frozenset({"events", "filter"})


class LoginInfo:
    """Credentials kept for re-login after a reconnect.  The secret never shows in a repr."""

    __slots__ = ("auth", "events", "secret", "username")

    def __init__(self, username: str, secret: str, auth: AuthMode, events: EventsArg) -> None:
        # Checked before anything is sent (the MD5 Challenge included); errors name the
        # field and never show the value.
        check_pair("Username", username, "username")
        check_pair("Secret", secret, "secret")
        header = _events_header(events)
        if header is not None:
            check_pair("Events", header, "events")
        self.username = username
        self.secret = secret
        self.auth = auth
        self.events = events

    def __repr__(self) -> str:
        return f"LoginInfo(username={self.username!r}, secret='********', auth={self.auth!r})"


def _events_header(events: EventsArg) -> str | None:
    if events is True:
        return None  # Asterisk applies the user's read= classes
    if events is False:
        return "off"
    if isinstance(events, str):
        return events
    joined = ",".join(events)
    return joined or "off"


def challenge_request() -> Action:
    return Action("Challenge", AuthType="MD5")


def login_request(info: LoginInfo, challenge: str | None) -> Action:
    """Login with ``Secret`` (plain) or ``AuthType: MD5`` + ``Key`` (``main/manager.c``,
    ``authenticate``: md5 of challenge + secret, 32 lowercase hex digits)."""
    headers: dict[str, Any] = {}
    if info.auth == "md5":
        if challenge is None:
            raise InvalidInput("MD5 login needs a challenge", "challenge")
        headers["AuthType"] = "MD5"
        headers["Username"] = info.username
        import hashlib  # here, not at the top: only an MD5 login needs it

        headers["Key"] = hashlib.md5((challenge + info.secret).encode()).hexdigest()  # noqa: S324
    elif info.auth == "plain":
        headers["Username"] = info.username
        headers["Secret"] = info.secret
    else:
        raise InvalidInput(f"auth must be 'md5' or 'plain', not {info.auth!r}", "auth")
    events = _events_header(info.events)
    if events is not None:
        headers["Events"] = events
    return Action("Login", **headers)


def check_login(response: Response) -> Response:
    if not response.success:
        raise AuthenticationError(response.message or "Authentication failed", response)
    return response


def resolve_timeout(request: Request[Any], timeout: Timeout, default: Timeout) -> float | None:
    if timeout is DEFAULT:
        timeout = default
    if timeout is DEFAULT:
        return request.wait_timeout()
    return timeout


def make_ssl_context(tls: bool | ssl.SSLContext | None) -> ssl.SSLContext | None:
    """``True``: verify the server certificate against the system store (the default)."""
    if tls is None or tls is False:
        return None
    if tls is True:
        import ssl  # here, not at the top: a plain connection never loads it

        return ssl.create_default_context()
    return tls


def feed(protocol: AmiProtocol, data: bytes, logger: Log) -> list[list[Message] | ProtocolEvent]:
    """One read into the engine; what it says, as :meth:`AmiProtocol.runs`.  A broken
    stream ends in a :class:`Closed` after the whole messages that came before it."""
    try:
        protocol.receive_data(data)
        return protocol.runs()
    except AmiError as exc:
        logger.error("closing the connection: %s", exc)
        return [*protocol.runs(), Closed(protocol.close(), clean=False)]
