# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: events_init.py.jinja).
# Run "make generate" to rebuild.
"""Every typed event class, and the registry that finds them by AMI event name.

``import ami`` registers :data:`EVENTS` with ``ami_runtime.registry``, so the clients
return these classes for known events (a plain ``Event`` for any other) and
``manager.register_callback(events.Hangup, fn)`` subscribes by class.
"""

from ami_runtime.message import Event

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

EVENTS: dict[str, type[Event]] = {
    "DialEnd": DialEnd,
    "ThingEntry": ThingEntry,
    "ThingListComplete": ThingListComplete,
}
"""Every typed event class by its AMI name: the ``Event:`` value as Asterisk sends it, and
the docs' spelling where that differs (``Newexten``, ``NewExten``). The clients also find
the class of a name the server spells in another case."""
