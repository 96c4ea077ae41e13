# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: core.py.jinja).
# Run "make generate" to rebuild.
"""pystrix's ``ami.core`` namespace: every action class and constant, wherever defined.

``from ami import core`` then ``core.Originate_Context(...)``, ``core.Login(...)``,
``core.EVENTMASK_CALL`` work as they did with pystrix; docs/pystrix-migration.md lists
where behaviour follows Asterisk instead.
"""

from .actions import (
    Dial,
    Ring,
    Shout,
    ShowThings,
)
from .constants import (
    DEMO_MAP,
    DEMO_ONE,
    DEMO_WORD,
)

__all__ = [
    "Dial",
    "Ring",
    "Shout",
    "ShowThings",
    "DEMO_ONE",
    "DEMO_WORD",
    "DEMO_MAP",
]
