# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: package_init.py.jinja).
# Run "make generate" to rebuild.
"""A demo package."""

from ami_runtime import Request, Response
from ami_runtime.registry import register_event_types

from . import _catalogue, core, events

__all__ = [
    "Request",
    "Response",
    "core",
    "events",
]

CATALOGUE_SHA256 = _catalogue.SPEC_SHA256

# Typed event classes for every client built without event_types=.
register_event_types(events.EVENTS)
