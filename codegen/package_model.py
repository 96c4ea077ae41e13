"""The package-level parts of the catalogue: constants, re-exports, shim modules.

Split from :mod:`codegen.model` (which re-exports them) to keep each module small.
"""

from __future__ import annotations

from dataclasses import dataclass

from .filters import py_literal

__all__ = ["ConstantSpec", "MapSpec", "ConstantGroup", "Reexport", "ShimSpec"]


@dataclass(frozen=True)
class ConstantSpec:
    name: str
    value: str | int
    doc: str
    pystrix: bool

    @property
    def source(self) -> str:
        return py_literal(self.value)


@dataclass(frozen=True)
class MapSpec:
    name: str
    key_type: str
    value_type: str
    entries: tuple[tuple[str, str | int], ...]
    """``(constant name, value)``."""
    doc: str
    pystrix: bool

    @property
    def annotation(self) -> str:
        return f"Mapping[{self.key_type}, {self.value_type}]"

    @property
    def entry_sources(self) -> tuple[tuple[str, str], ...]:
        return tuple((key, py_literal(value)) for key, value in self.entries)


@dataclass(frozen=True)
class ConstantGroup:
    group: str
    doc: str
    constants: tuple[ConstantSpec, ...]
    maps: tuple[MapSpec, ...]


@dataclass(frozen=True)
class Reexport:
    module: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class ShimSpec:
    module: str
    source: str
    names: tuple[str, ...]
    main: str | None
    doc: str
    registry: bool = False

    @property
    def imported(self) -> tuple[str, ...]:
        """Names imported from the source (``main`` renamed ``_main`` when wrapped)."""
        if not self.registry:
            return self.names
        return tuple(f"{n} as _{n}" if n == self.main else n for n in self.names)
