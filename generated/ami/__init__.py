# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: package_init.py.jinja).
# Run "make generate" to rebuild.
"""Typed bindings for the Asterisk Manager Interface (AMI).

``ami.core`` holds every action class and constant of pystrix's ``ami.core`` (and more);
``ami.events`` a typed class per AMI event, registered with the runtime on import; the
clients, messages and errors come from the hand-written runtime ``ami_runtime``.
"""

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
from ami_runtime.registry import register_event_types
from ami_runtime.responses import CommandResponse, ConfigResponse, HeaderLinesResponse, PingResponse

from . import _catalogue, core, events

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

# Typed event classes for every client built without event_types=.
register_event_types(events.EVENTS)
