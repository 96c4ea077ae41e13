# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: package_init.py.jinja).
# Run "make generate" to rebuild.
"""A demo package."""

from typing import TYPE_CHECKING

from ami_runtime import __compiled__ as __compiled__
from ami_runtime.lazy import LazyRegistry, lazy_dir, lazy_getattr
from ami_runtime.registry import register_event_types

from . import _catalogue, core, events

if TYPE_CHECKING:
    from ami_runtime import Request, Response

__all__ = [
    "Request",
    "Response",
    "core",
    "events",
]

CATALOGUE_SHA256 = _catalogue.SPEC_SHA256

# __compiled__: True when the runtime's compiled engine (mypyc) is in use, False for
# pure Python (the default build, or AMI_PURE_PYTHON=1); see docs/performance.md.

_REEXPORTS: LazyRegistry[object] = LazyRegistry(
    __name__,
    {
        "Request": "ami_runtime:Request",
        "Response": "ami_runtime:Response",
    },
)
"""The runtime's names re-exported here, imported on first use (a client brings asyncio)."""

if not TYPE_CHECKING:  # type checkers and IDEs read the imports above
    __getattr__ = lazy_getattr(__name__, _REEXPORTS)
    __dir__ = lazy_dir(__name__, _REEXPORTS)

# Typed event classes for every client built without event_types=.
register_event_types(events.EVENTS)
