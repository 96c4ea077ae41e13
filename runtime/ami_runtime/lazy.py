"""Registries and module attributes that import what they name on first use.

The generated package has hundreds of action and event classes; building all of them
took most of ``import ami`` (a quarter of a second, paid by every ``ami`` command).  The
generated ``__init__`` modules instead hold an index, ``{name: "module:Class"}``, and
import a class's module the first time the class is asked for:

* :class:`LazyRegistry`: a read-only mapping over such an index (``ACTIONS``,
  ``ACTIONS_BY_NAME``, ``EVENTS``).  Looking one name up imports one module; iterating
  the values, or ``len`` and ``in``, are answered from the index or import everything,
  so the registry is always complete when asked.
* :func:`lazy_getattr`: a module ``__getattr__`` (PEP 562) that answers
  ``ami.core.Originate_Context`` or ``from ami.events import Hangup`` from a registry
  and keeps the answer in the module, so the next access is a plain attribute.

Type checkers and IDEs never run this: the generated modules import every name under
``if TYPE_CHECKING:``, so ``mypy --strict`` sees the same names as before.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar, Union

__all__ = ["LazyRegistry", "Ref", "lazy_getattr", "lazy_dir", "resolve"]

V = TypeVar("V")

#: Where a value lives: ``"module:attribute"``, or just ``"module"`` when the attribute
#: is the registry's key (the module is relative to the registry's package when it starts
#: with ``.``); a tuple of those for a tuple of values.
Ref = Union[str, tuple[str, ...]]


def resolve(ref: str, package: str, key: str) -> object:
    """The object ``ref`` (``".app_queue:QueueAdd"``, or ``".app_queue"`` for ``key``)
    names, importing its module."""
    module, _, attribute = ref.partition(":")
    return getattr(importlib.import_module(module, package), attribute or key)


class LazyRegistry(Mapping[str, V]):
    """A read-only ``{name: value}`` that imports each value's module on first use.

    ``package`` anchors relative refs (the generated ``__init__``'s ``__name__``).  Values
    are kept once imported; two threads asking at once import the module once (Python's
    import lock) and store the same object.
    """

    __slots__ = ("_loaded", "_package", "_refs")

    def __init__(self, package: str, refs: Mapping[str, Ref]) -> None:
        self._package = package
        self._refs = dict(refs)
        self._loaded: dict[str, V] = {}

    def __getitem__(self, name: str) -> V:
        try:
            return self._loaded[name]
        except KeyError:
            pass
        ref = self._refs[name]  # KeyError for an unknown name, as a dict does
        if isinstance(ref, str):
            value = resolve(ref, self._package, name)
        else:
            value = tuple(resolve(one, self._package, name) for one in ref)
        self._loaded[name] = value  # type: ignore[assignment]  # the index names V's
        return value  # type: ignore[return-value]  # (the generated annotation says which)

    def __contains__(self, name: object) -> bool:
        return name in self._refs

    def __iter__(self) -> Iterator[str]:
        return iter(self._refs)

    def __len__(self) -> int:
        return len(self._refs)

    def __repr__(self) -> str:
        loaded = len(self._loaded)
        return f"<LazyRegistry {self._package}: {len(self._refs)} names, {loaded} loaded>"


def lazy_getattr(module: str, registry: Mapping[str, object]) -> Callable[[str], object]:
    """A PEP 562 module ``__getattr__`` answering from ``registry`` and caching there."""

    def __getattr__(name: str) -> object:
        try:
            value = registry[name]
        except KeyError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
        setattr(sys.modules[module], name, value)  # next time: a plain module attribute
        return value

    return __getattr__


def lazy_dir(module: str, registry: Mapping[str, object]) -> Callable[[], list[str]]:
    """A module ``__dir__`` listing the lazy names too (``dir(ami.core)``, completion)."""

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[module])) | set(registry))

    return __dir__
