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
``ami`` registers a :class:`~ami_runtime.lazy.LazyRegistry`: it is kept as it is (a layer),
so an event class's module is imported the first time a client meets that event, not at
``import ami``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from .errors import InvalidInput
from .lazy import LazyRegistry
from .message import Event

__all__ = ["register_event_types", "default_event_types", "clear_event_types"]


class _Layers(Mapping[str, type[Event]]):
    """Registrations in order, read-only; for a name, the latest layer that has it wins."""

    __slots__ = ("layers",)

    def __init__(self, layers: tuple[Mapping[str, type[Event]], ...]) -> None:
        self.layers = layers

    def __getitem__(self, name: str) -> type[Event]:
        for layer in reversed(self.layers):
            if name in layer:
                return layer[name]
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(name in layer for layer in self.layers)

    def __iter__(self) -> Iterator[str]:
        return iter({name: None for layer in self.layers for name in layer})

    def __len__(self) -> int:
        return len({name for layer in self.layers for name in layer})

    def __repr__(self) -> str:
        return f"<default event types: {len(self)} names>"


_lock = threading.Lock()
_types: _Layers = _Layers(())


def register_event_types(mapping: Mapping[str, type[Event]]) -> None:
    """Add ``{AMI event name: Event subclass}`` entries to the default mapping.

    Later registrations win for the same name (an application may subclass a generated
    class and register it).  Names are the exact ``Event:`` values Asterisk sends; a
    class must be an :class:`Event` subclass, else :class:`InvalidInput` is raised and
    nothing is registered.  A :class:`~ami_runtime.lazy.LazyRegistry` (the generated
    ``ami.events.EVENTS``) is trusted and kept unresolved: it imports on first use.
    """
    global _types
    if isinstance(mapping, LazyRegistry):
        with _lock:
            others = tuple(layer for layer in _types.layers if layer is not mapping)
            _types = _Layers((*others, mapping))  # registered again: it wins again
        return
    checked: dict[str, type[Event]] = {}
    for name, cls in mapping.items():
        if not isinstance(name, str) or not name:
            raise InvalidInput(f"event name {name!r} is not a non-empty string", "name")
        if not (isinstance(cls, type) and issubclass(cls, Event)):
            raise InvalidInput(f"{name}: {cls!r} is not an Event subclass", name)
        checked[name] = cls
    with _lock:
        layers = _types.layers
        if layers and isinstance(layers[-1], MappingProxyType):  # merge eager neighbours
            _types = _Layers((*layers[:-1], MappingProxyType({**layers[-1], **checked})))
        else:
            _types = _Layers((*layers, MappingProxyType(checked)))


def default_event_types() -> Mapping[str, type[Event]]:
    """The current default mapping (read-only; empty until ``ami`` is imported)."""
    return _types


def clear_event_types() -> None:
    """Forget every registration (for tests that need a clean process-wide state)."""
    global _types
    with _lock:
        _types = _Layers(())
