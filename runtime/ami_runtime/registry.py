"""The process-wide default ``{event name: typed event class}`` mapping.

``ami_runtime`` never imports the generated package ``ami`` (imports point one way), so
the typed event classes reach the runtime by registration: importing ``ami`` calls
:func:`register_event_types` with its ``ami.events.EVENTS`` registry, and a client built
without ``event_types=`` asks :func:`default_event_types` for the mapping its
:class:`~ami_runtime.protocol.AmiProtocol` uses.  An event whose name is not registered
stays a plain :class:`~ami_runtime.message.Event`, so a newer Asterisk's new events
arrive all the same.

The mapping is replaced, never mutated (copy on write), so a reader holding the result of
:func:`default_event_types` sees one consistent table while another thread registers.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from types import MappingProxyType

from .errors import InvalidInput
from .message import Event

__all__ = ["register_event_types", "default_event_types", "clear_event_types"]

_lock = threading.Lock()
_types: Mapping[str, type[Event]] = MappingProxyType({})


def register_event_types(mapping: Mapping[str, type[Event]]) -> None:
    """Add ``{AMI event name: Event subclass}`` entries to the default mapping.

    Later registrations win for the same name (an application may subclass a generated
    class and register it).  Names are the exact ``Event:`` values Asterisk sends; a
    class must be an :class:`Event` subclass, else :class:`InvalidInput` is raised and
    nothing is registered.
    """
    global _types
    checked: dict[str, type[Event]] = {}
    for name, cls in mapping.items():
        if not isinstance(name, str) or not name:
            raise InvalidInput(f"event name {name!r} is not a non-empty string", "name")
        if not (isinstance(cls, type) and issubclass(cls, Event)):
            raise InvalidInput(f"{name}: {cls!r} is not an Event subclass", name)
        checked[name] = cls
    with _lock:
        _types = MappingProxyType({**_types, **checked})


def default_event_types() -> Mapping[str, type[Event]]:
    """The current default mapping (read-only; empty until ``ami`` is imported)."""
    return _types


def clear_event_types() -> None:
    """Forget every registration (for tests that need a clean process-wide state)."""
    global _types
    with _lock:
        _types = MappingProxyType({})
