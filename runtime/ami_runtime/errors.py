"""The one exception tree users catch.

Every error raised by amikit is an :class:`AmiError`.  Low-level errors (``OSError``,
``ssl.SSLError``, ``TimeoutError`` ...) are translated in one place, :func:`map_errors`,
and always chained with ``from`` so the cause stays visible in tracebacks.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .message import Response

__all__ = [
    "AmiError",
    "ActionError",
    "AuthenticationError",
    "PermissionDenied",
    "AmiTimeout",
    "AmiConnectionError",
    "ConnectError",
    "ConnectionLost",
    "ProtocolError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "InvalidInput",
    "UnknownEvent",
    "UnknownEventWarning",
    "UnsupportedAction",
    "map_errors",
    "permission_hint",
]


class AmiError(Exception):
    """Base class of every error amikit raises."""


class ActionError(AmiError):
    """The server answered an action with ``Response: Error``.

    Raised only when the caller asks for it (``response.raise_for_error()`` or
    ``check=True``); by default an error response is returned with ``success`` false,
    as pystrix does.
    """

    def __init__(self, message: str, response: Response | None = None) -> None:
        super().__init__(message)
        self.response = response


class AuthenticationError(ActionError):
    """Login was refused; the message is the server's own text."""


class PermissionDenied(ActionError):
    """The server answered ``Permission denied`` (not logged in, or a missing class)."""


def permission_hint(action: str, privilege: tuple[str, ...] | list[str]) -> str:
    """What ``Permission denied`` means for ``action``, from the catalogue's privilege.

    ``main/manager.c``, ``process_message``: the answer for a session not logged in, and
    for a user whose ``write=`` lacks every class the action accepts.
    """
    if not privilege:
        return f"{action} needs no class: the session is not logged in"
    if len(privilege) == 1:
        return f"{action} needs the write class {privilege[0]!r} (manager.conf write=)"
    classes = ", ".join(repr(p) for p in privilege)
    return f"{action} needs one of the write classes {classes} (manager.conf write=)"


class AmiTimeout(AmiError, TimeoutError):
    """No answer arrived within the action's (or the connect/login) timeout."""


class AmiConnectionError(AmiError, ConnectionError):
    """Base of the connection errors: catch it for "the server is not reachable"."""


class ConnectError(AmiConnectionError):
    """The connection could not be opened (refused, unreachable, TLS handshake failed).

    Nothing was ever connected, so nothing was sent: unlike :class:`ConnectionLost`, no
    action may have run.
    """


class ConnectionLost(AmiConnectionError):
    """The connection closed or failed; actions in flight fail with this."""


class ProtocolError(AmiError):
    """Base for protocol violations."""


class LocalProtocolError(ProtocolError):
    """We misused the protocol (e.g. a duplicate ActionID in flight, sending after close)."""


class RemoteProtocolError(ProtocolError):
    """The server broke the protocol (e.g. an unfinished message over the size cap)."""

    #: Whole frames received before the violation (set by the framer).
    frames: list[bytes]

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.frames = []


class InvalidInput(AmiError, ValueError):
    """A request value cannot be sent: a control character, a missing required field, ...

    ``field`` names the offending field (Python name or AMI key) when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnknownEvent(InvalidInput):
    """A subscription names an event no catalogue class has (with ``strict_events=True``;
    otherwise an :class:`UnknownEventWarning` is issued)."""


class UnknownEventWarning(UserWarning):
    """A subscription names an event no catalogue class has: most likely a typo.

    Silence it for a module's own events with ``warnings.filterwarnings("ignore",
    category=UnknownEventWarning)``.
    """


class UnsupportedAction(AmiError):
    """The connected (or pinned) Asterisk version does not have this action."""


@contextlib.contextmanager
def map_errors(context: str = "", *, connecting: bool = False) -> Iterator[None]:
    """Translate low-level socket and TLS errors into :class:`AmiError` subclasses.

    ``connecting``: the connection is being opened, so a failure is a
    :class:`ConnectError` (nothing was connected), not a :class:`ConnectionLost`.
    """
    prefix = f"{context}: " if context else ""
    failed = ConnectError if connecting else ConnectionLost
    try:
        yield
    except AmiError:
        raise
    except TimeoutError as exc:
        raise AmiTimeout(f"{prefix}timed out") from exc
    except OSError as exc:
        if _is_tls_error(exc):
            raise failed(f"{prefix}TLS error: {exc}") from exc
        raise failed(f"{prefix}{_reason(exc)}") from exc


def _is_tls_error(exc: OSError) -> bool:
    """An ``ssl.SSLError``.  ``ssl`` is not imported for the question (3-4 ms of every
    start): without it imported, no TLS connection can have raised one."""
    ssl = sys.modules.get("ssl")
    return ssl is not None and isinstance(exc, ssl.SSLError)


def _reason(exc: OSError) -> str:
    """The same words for the same failure in both clients: asyncio says "Connect call
    failed ('127.0.0.1', 1)" where a socket says "Connection refused"."""
    if exc.errno:
        return os.strerror(exc.errno)
    return str(exc.strerror or exc)
