# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: core.py.jinja).
# Run "make generate" to rebuild.
"""pystrix's ``ami.core`` namespace: every action class and constant, wherever defined.

``from ami import core`` then ``core.Originate_Context(...)``, ``core.Login(...)``,
``core.EVENTMASK_CALL`` work as they did with pystrix; docs/pystrix-migration.md lists
where behaviour follows Asterisk instead.  An action class is imported on first use,
through ``ami.actions.ACTIONS``.
"""

from typing import TYPE_CHECKING

from ami_runtime.lazy import lazy_dir, lazy_getattr

from .actions import ACTIONS as _ACTIONS
from .constants import (
    DEMO_MAP,
    DEMO_ONE,
    DEMO_WORD,
)

if TYPE_CHECKING:
    from .actions import (
        Dial,
        Ring,
        Shout,
        ShowThings,
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

if not TYPE_CHECKING:  # type checkers and IDEs read the imports above
    __getattr__ = lazy_getattr(__name__, _ACTIONS)
    __dir__ = lazy_dir(__name__, _ACTIONS)
