"""The one exception tree users catch.

Every error raised by amikit is an :class:`AmiError`.  Low-level errors (``OSError``,
``ssl.SSLError``, ``TimeoutError`` ...) are translated in one place, :func:`map_errors`,
and always chained with ``from`` so the cause stays visible in tracebacks.
"""

from __future__ import annotations

import contextlib
import ssl
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
    "ConnectionLost",
    "ProtocolError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "InvalidInput",
    "UnsupportedAction",
    "map_errors",
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


class AmiTimeout(AmiError, TimeoutError):
    """No answer arrived within the action's (or the connect/login) timeout."""


class ConnectionLost(AmiError, ConnectionError):
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


class UnsupportedAction(AmiError):
    """The connected (or pinned) Asterisk version does not have this action."""


@contextlib.contextmanager
def map_errors(context: str = "") -> Iterator[None]:
    """Translate low-level socket and TLS errors into :class:`AmiError` subclasses."""
    prefix = f"{context}: " if context else ""
    try:
        yield
    except AmiError:
        raise
    except TimeoutError as exc:
        raise AmiTimeout(f"{prefix}timed out") from exc
    except ssl.SSLError as exc:
        raise ConnectionLost(f"{prefix}TLS error: {exc}") from exc
    except OSError as exc:
        raise ConnectionLost(f"{prefix}{exc.strerror or exc}") from exc
