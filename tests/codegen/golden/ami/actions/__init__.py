# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: actions_init.py.jinja).
# Run "make generate" to rebuild.
"""Every generated action class, and the registries that find them by name.

A class's module is imported the first time the class is asked for
(``ami.actions.QueueAdd``, ``ACTIONS["QueueAdd"]``), so ``import ami`` builds none of
them; iterating a registry imports them all (``ami_runtime.lazy``).
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ami_runtime.action import Request
from ami_runtime.lazy import LazyRegistry, lazy_dir, lazy_getattr
from ami_runtime.message import Response

if TYPE_CHECKING:
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

ACTIONS: Mapping[str, type[Request[Response]]] = LazyRegistry(
    __name__,
    {
        "Dial": ".demo_dial",
        "Ring": ".demo_dial",
        "Shout": ".demo_show",
        "ShowThings": ".demo_show",
    },
)
"""Every action class by its Python name."""

ACTIONS_BY_NAME: Mapping[str, tuple[type[Request[Response]], ...]] = LazyRegistry(
    __name__,
    {
        "dial": (".demo_dial:Dial",),
        "ring": (".demo_dial:Ring",),
        "shout": (".demo_show:Shout",),
        "showthings": (".demo_show:ShowThings",),
    },
)
"""Action classes by lowercase AMI action name (Asterisk compares names case-insensitively)."""

if not TYPE_CHECKING:  # type checkers and IDEs read the imports above
    __getattr__ = lazy_getattr(__name__, ACTIONS)
    __dir__ = lazy_dir(__name__, ACTIONS)
