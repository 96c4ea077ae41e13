"""What the optional compiled build (mypyc) needs from the source, and nothing at run time.

``mypyc_attr(allow_interpreted_subclasses=True)`` marks a class that plain Python code
subclasses (``Event``, subclassed by every generated event class).  mypyc reads the
decorator while compiling; the pure-Python package never imports ``mypy_extensions``
(a runtime dependency it does not have), so here it is a no-op.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["mypyc_attr"]

T = TypeVar("T")

if TYPE_CHECKING:
    from mypy_extensions import mypyc_attr
else:

    def mypyc_attr(*attrs: str, **kwattrs: object) -> Any:
        def keep(cls: T) -> T:
            return cls

        return keep
