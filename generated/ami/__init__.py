# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: package_init.py.jinja).
# Run "make generate" to rebuild.
"""Typed bindings for the Asterisk Manager Interface (AMI).

``ami.core`` holds every action class and constant of pystrix's ``ami.core`` (and more); the
clients, messages and errors come from the hand-written runtime ``ami_runtime``.
"""

from ami_runtime import (
    Action,
    ActionError,
    AmiError,
    AmiTimeout,
    AsyncManager,
    AuthenticationError,
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
    UnsupportedAction,
)

from . import _catalogue, core

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
    "ConnectionLost",
    "ProtocolError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "InvalidInput",
    "UnsupportedAction",
    "Manager",
    "AsyncManager",
    "core",
]

CATALOGUE_SHA256 = _catalogue.SPEC_SHA256
