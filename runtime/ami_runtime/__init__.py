"""amikit's hand-written runtime: protocol engine, clients, simulator.

Users import :mod:`ami`, which re-exports what they need from here.
"""

from ._async.call import AsyncCall
from ._async.client import AsyncManager
from ._sync.call import Call
from ._sync.client import Manager
from .action import Action, Field, ListSpec, Request, WaitRule
from .backoff import Backoff
from .call import CallState, Leg
from .dispatch import EVENT_DISCONNECTED, EVENT_RECONNECTED
from .errors import (
    ActionError,
    AmiConnectionError,
    AmiError,
    AmiTimeout,
    AuthenticationError,
    ConnectError,
    ConnectionLost,
    InvalidInput,
    LocalProtocolError,
    PermissionDenied,
    ProtocolError,
    RemoteProtocolError,
    UnknownEvent,
    UnknownEventWarning,
    UnsupportedAction,
)
from .message import Event, Message, Response
from .protocol import AmiProtocol
from .responses import CommandResponse, ConfigResponse, PingResponse

#: The catalogue format this runtime understands; generated ``ami/_catalogue.py`` checks it.
CATALOGUE_FORMAT = 1

__all__ = [
    "CATALOGUE_FORMAT",
    "EVENT_DISCONNECTED",
    "EVENT_RECONNECTED",
    "Action",
    "ActionError",
    "AmiConnectionError",
    "AmiError",
    "AmiProtocol",
    "AmiTimeout",
    "AsyncCall",
    "AsyncManager",
    "AuthenticationError",
    "Backoff",
    "Call",
    "CallState",
    "CommandResponse",
    "ConfigResponse",
    "ConnectError",
    "ConnectionLost",
    "Event",
    "Field",
    "InvalidInput",
    "Leg",
    "ListSpec",
    "LocalProtocolError",
    "Manager",
    "Message",
    "PermissionDenied",
    "PingResponse",
    "ProtocolError",
    "RemoteProtocolError",
    "Request",
    "Response",
    "UnknownEvent",
    "UnknownEventWarning",
    "UnsupportedAction",
    "WaitRule",
]
