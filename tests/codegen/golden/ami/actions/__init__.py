# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: actions_init.py.jinja).
# Run "make generate" to rebuild.
"""Every generated action class, and the registries that find them by name."""

from ami_runtime.action import Request
from ami_runtime.message import Response

from .demo_dial import Dial, Ring
from .demo_show import Shout, ShowThings

__all__ = [
    "ACTIONS",
    "ACTIONS_BY_NAME",
    "Dial",
    "Ring",
    "Shout",
    "ShowThings",
]

ACTIONS: dict[str, type[Request[Response]]] = {
    "Dial": Dial,
    "Ring": Ring,
    "Shout": Shout,
    "ShowThings": ShowThings,
}
"""Every action class by its Python name."""

ACTIONS_BY_NAME: dict[str, tuple[type[Request[Response]], ...]] = {
    "dial": (Dial,),
    "ring": (Ring,),
    "shout": (Shout,),
    "showthings": (ShowThings,),
}
"""Action classes by lowercase AMI action name (Asterisk compares names case-insensitively)."""
