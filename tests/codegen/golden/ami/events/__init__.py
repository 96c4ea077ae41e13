# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: events_init.py.jinja).
# Run "make generate" to rebuild.
"""Every typed event class, and the registry that finds them by AMI event name.

``import ami`` registers :data:`EVENTS` with ``ami_runtime.registry``, so the clients
return these classes for known events (a plain ``Event`` for any other) and
``manager.register_callback(events.Hangup, fn)`` subscribes by class.  A class's module
is imported the first time the class is asked for (``events.Hangup``, or a client
meeting its first ``Hangup``); iterating :data:`EVENTS` imports them all.
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ami_runtime.lazy import LazyRegistry, lazy_dir, lazy_getattr
from ami_runtime.message import Event

if TYPE_CHECKING:
    from ._groups import ThingFields, ThingView
    from .demo_dial import DialEnd
    from .demo_show import ThingEntry, ThingListComplete

__all__ = [
    "EVENTS",
    "ThingFields",
    "ThingView",
    "DialEnd",
    "ThingEntry",
    "ThingListComplete",
]

EVENTS: Mapping[str, type[Event]] = LazyRegistry(
    __name__,
    {
        "DialEnd": ".demo_dial",
        "ThingEntry": ".demo_show",
        "ThingListComplete": ".demo_show",
    },
)
"""Every typed event class by its AMI name: the ``Event:`` value as Asterisk sends it, and
the docs' spelling where that differs (``Newexten``, ``NewExten``). The clients also find
the class of a name the server spells in another case."""

_CLASSES: LazyRegistry[object] = LazyRegistry(
    __name__,
    {
        "ThingFields": "._groups",
        "ThingView": "._groups",
        "DialEnd": ".demo_dial",
        "ThingEntry": ".demo_show",
        "ThingListComplete": ".demo_show",
    },
)
"""Every class of ``__all__`` by its Python name (the module's attributes, on first use)."""

if not TYPE_CHECKING:  # type checkers and IDEs read the imports above
    __getattr__ = lazy_getattr(__name__, _CLASSES)
    __dir__ = lazy_dir(__name__, _CLASSES)
