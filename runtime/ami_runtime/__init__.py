"""amikit's hand-written runtime: protocol engine, clients, simulator.

Users import :mod:`ami`, which re-exports what they need from here.
"""

import sys
from typing import TYPE_CHECKING

from . import _build  # first: AMI_PURE_PYTHON=1 must act before a compiled module loads
from .action import Action, Field, ListSpec, Request, WaitRule
from .backoff import Backoff
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
from .lazy import LazyRegistry, lazy_dir, lazy_getattr
from .message import Event, Message, Response
from .protocol import AmiProtocol
from .responses import CommandResponse, ConfigResponse, PingResponse

if TYPE_CHECKING:
    from ._async.call import AsyncCall
    from ._async.client import AsyncManager
    from ._sync.call import Call
    from ._sync.client import Manager
    from .call import CallState, Leg

#: True when the compiled engine (mypyc: framing, message, protocol ...) is in use, False
#: for the pure-Python source (the default build, or ``AMI_PURE_PYTHON=1``).
__compiled__: bool = _build.is_compiled(sys.modules[__name__ + ".protocol"])

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

#: The clients and their call handles, imported on first use: ``AsyncManager`` brings
#: asyncio and ssl, which the engine, the CLI's parsing and ``import ami`` do not need.
_CLIENTS: LazyRegistry[object] = LazyRegistry(
    __name__,
    {
        "AsyncCall": "._async.call:AsyncCall",
        "AsyncManager": "._async.client:AsyncManager",
        "Call": "._sync.call:Call",
        "CallState": ".call:CallState",
        "Leg": ".call:Leg",
        "Manager": "._sync.client:Manager",
    },
)

if not TYPE_CHECKING:  # type checkers and IDEs read the imports above
    __getattr__ = lazy_getattr(__name__, _CLIENTS)
    __dir__ = lazy_dir(__name__, _CLIENTS)
