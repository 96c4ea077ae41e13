# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: package_init.py.jinja).
# Run "make generate" to rebuild.
"""Typed bindings for the Asterisk Manager Interface (AMI).

``ami.core`` holds every action class and constant of pystrix's ``ami.core`` (and more);
``ami.events`` a typed class per AMI event, registered with the runtime on import; the
clients, messages and errors come from the hand-written runtime ``ami_runtime``.
"""

from typing import TYPE_CHECKING

from ami_runtime import __compiled__ as __compiled__
from ami_runtime.lazy import LazyRegistry, lazy_dir, lazy_getattr
from ami_runtime.registry import register_event_types

from . import _catalogue, core, events

if TYPE_CHECKING:
    from ami_runtime import (
        EVENT_DISCONNECTED,
        EVENT_RECONNECTED,
        Action,
        ActionError,
        AmiConnectionError,
        AmiError,
        AmiTimeout,
        AsyncCall,
        AsyncManager,
        AuthenticationError,
        Backoff,
        Call,
        CallState,
        ConnectError,
        ConnectionLost,
        Event,
        InvalidInput,
        LocalProtocolError,
        Manager,
        Message,
        PermissionDenied,
        ProtocolError,
        RemoteProtocolError,
        Request,
        Response,
        UnknownEvent,
        UnknownEventWarning,
        UnsupportedAction,
    )
    from ami_runtime.responses import (
        CommandResponse,
        ConfigResponse,
        HeaderLinesResponse,
        PingResponse,
    )

__all__ = [
    "Action",
    "Request",
    "Response",
    "Event",
    "Message",
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
    "Manager",
    "AsyncManager",
    "Call",
    "AsyncCall",
    "CallState",
    "Backoff",
    "EVENT_DISCONNECTED",
    "EVENT_RECONNECTED",
    "CommandResponse",
    "ConfigResponse",
    "HeaderLinesResponse",
    "PingResponse",
    "core",
    "events",
]

CATALOGUE_SHA256 = _catalogue.SPEC_SHA256

# __compiled__: True when the runtime's compiled engine (mypyc) is in use, False for
# pure Python (the default build, or AMI_PURE_PYTHON=1); see docs/performance.md.

_REEXPORTS: LazyRegistry[object] = LazyRegistry(
    __name__,
    {
        "Action": "ami_runtime:Action",
        "Request": "ami_runtime:Request",
        "Response": "ami_runtime:Response",
        "Event": "ami_runtime:Event",
        "Message": "ami_runtime:Message",
        "AmiError": "ami_runtime:AmiError",
        "ActionError": "ami_runtime:ActionError",
        "AuthenticationError": "ami_runtime:AuthenticationError",
        "PermissionDenied": "ami_runtime:PermissionDenied",
        "AmiTimeout": "ami_runtime:AmiTimeout",
        "AmiConnectionError": "ami_runtime:AmiConnectionError",
        "ConnectError": "ami_runtime:ConnectError",
        "ConnectionLost": "ami_runtime:ConnectionLost",
        "ProtocolError": "ami_runtime:ProtocolError",
        "LocalProtocolError": "ami_runtime:LocalProtocolError",
        "RemoteProtocolError": "ami_runtime:RemoteProtocolError",
        "InvalidInput": "ami_runtime:InvalidInput",
        "UnknownEvent": "ami_runtime:UnknownEvent",
        "UnknownEventWarning": "ami_runtime:UnknownEventWarning",
        "UnsupportedAction": "ami_runtime:UnsupportedAction",
        "Manager": "ami_runtime:Manager",
        "AsyncManager": "ami_runtime:AsyncManager",
        "Call": "ami_runtime:Call",
        "AsyncCall": "ami_runtime:AsyncCall",
        "CallState": "ami_runtime:CallState",
        "Backoff": "ami_runtime:Backoff",
        "EVENT_DISCONNECTED": "ami_runtime:EVENT_DISCONNECTED",
        "EVENT_RECONNECTED": "ami_runtime:EVENT_RECONNECTED",
        "CommandResponse": "ami_runtime.responses:CommandResponse",
        "ConfigResponse": "ami_runtime.responses:ConfigResponse",
        "HeaderLinesResponse": "ami_runtime.responses:HeaderLinesResponse",
        "PingResponse": "ami_runtime.responses:PingResponse",
    },
)
"""The runtime's names re-exported here, imported on first use (a client brings asyncio)."""

if not TYPE_CHECKING:  # type checkers and IDEs read the imports above
    __getattr__ = lazy_getattr(__name__, _REEXPORTS)
    __dir__ = lazy_dir(__name__, _REEXPORTS)

# Typed event classes for every client built without event_types=.
register_event_types(events.EVENTS)
