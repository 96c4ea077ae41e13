"""Which build of the engine is in use: compiled (mypyc) or the pure-Python source.

The compiled wheel (``make compiled``; docs/performance.md) carries, next to each
compiled module's ``.py``, an extension module of the same name, which Python's import
system prefers.  ``AMI_PURE_PYTHON=1`` in the environment makes ``ami_runtime`` load its
modules from their ``.py`` files all the same (to compare, or to rule the compiled build
out when hunting a bug); ``ami.__compiled__`` says which one a process got.  This module
itself is never compiled: it must run before any compiled module is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib.machinery import (
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    ModuleSpec,
    SourceFileLoader,
)
from types import ModuleType

__all__ = [
    "PACKAGE_DIR",
    "PURE_PYTHON_ENV",
    "pure_python_requested",
    "force_pure_python",
    "is_compiled",
]

PURE_PYTHON_ENV = "AMI_PURE_PYTHON"

#: ``ami_runtime``'s directory, with a trailing separator (compiled modules have no
#: ``__file__`` while they initialise, so they ask this one).
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def pure_python_requested() -> bool:
    """True when ``AMI_PURE_PYTHON`` is set to anything but empty or ``0``."""
    return os.environ.get(PURE_PYTHON_ENV, "") not in ("", "0")


class _SourceOnly:
    """Finds ``ami_runtime``'s submodules in their ``.py`` files, never in an extension.

    (A meta path finder is any object with ``find_spec``; ``importlib.abc``'s base class
    would cost every ``import ami`` 6 ms of ``importlib.resources`` on Python 3.11.)
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if not fullname.startswith("ami_runtime.") or path is None:
            return None
        for entry in path:
            spec = FileFinder(entry, (SourceFileLoader, SOURCE_SUFFIXES)).find_spec(fullname)
            if spec is not None:
                return spec
        return None


def force_pure_python() -> None:
    """Load ``ami_runtime``'s modules from source from now on (idempotent)."""
    if not any(isinstance(finder, _SourceOnly) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceOnly())


def is_compiled(module: ModuleType) -> bool:
    """True when ``module`` was loaded from a compiled extension, not from its source."""
    return str(getattr(module, "__file__", "")).endswith(tuple(EXTENSION_SUFFIXES))


if pure_python_requested():  # before ami_runtime/__init__.py imports anything compiled
    force_pure_python()
