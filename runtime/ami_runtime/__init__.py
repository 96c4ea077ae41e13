"""amikit's hand-written runtime: protocol engine, clients, simulator.

Users import :mod:`ami`, which re-exports what they need from here.
"""

from .action import Action, Field, ListSpec, Request, WaitRule
from .errors import (
    ActionError,
    AmiError,
    AmiTimeout,
    AuthenticationError,
    ConnectionLost,
    InvalidInput,
    LocalProtocolError,
    PermissionDenied,
    ProtocolError,
    RemoteProtocolError,
    UnsupportedAction,
)
from .message import Event, Message, Response
from .protocol import AmiProtocol

#: The catalogue format this runtime understands; generated ``ami/_catalogue.py`` checks it.
CATALOGUE_FORMAT = 1

__all__ = [
    "CATALOGUE_FORMAT",
    "Action",
    "ActionError",
    "AmiError",
    "AmiProtocol",
    "AmiTimeout",
    "AuthenticationError",
    "ConnectionLost",
    "Event",
    "Field",
    "InvalidInput",
    "ListSpec",
    "LocalProtocolError",
    "Message",
    "PermissionDenied",
    "ProtocolError",
    "RemoteProtocolError",
    "Request",
    "Response",
    "UnsupportedAction",
    "WaitRule",
]
