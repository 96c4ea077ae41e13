"""The loaded modules, as ``module show`` lists them on the real server of each version
(``data/modules20.txt``, ``data/modules22.txt``): ModuleCheck, ModuleLoad and the
``module show`` CLI command read this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..constants import AsteriskVersion
from .configs import load_data_text

__all__ = ["Module", "ModuleTable"]


@dataclass
class Module:
    """One row of ``module show``."""

    name: str
    description: str
    use_count: int
    running: bool
    support: str

    def row(self) -> str:
        """The row as ``handle_modlist`` prints it (``MODLIST_FORMAT``)."""
        status = "Running" if self.running else "Not Running"
        return (
            f"{self.name:<30} {self.description:<40.40} {self.use_count:<10d} "
            f"{status:<11s} {self.support:>13s}"
        )


HEADER = (
    "Module                         Description                              Use Count  "
    "Status      Support Level"
)


class ModuleTable:
    """Modules by name (without ``.so``)."""

    def __init__(self, version: AsteriskVersion) -> None:
        self.modules: list[Module] = []
        text = load_data_text(f"modules{version.major if version.major == '20' else '22'}.txt")
        for line in text.splitlines()[1:-1]:
            name = line.split(" ", 1)[0]
            start = max(31, len(name) + 1)
            description, tail = line[start : start + 40], line[start + 41 :].split()
            running = tail[1] == "Running"
            self.modules.append(Module(name, description.rstrip(), int(tail[0]), running, tail[-1]))
        self._by_key = {m.name.removesuffix(".so"): m for m in self.modules}

    def known(self, name: str) -> bool:
        """Whether such a module exists (loaded or not)."""
        return name.removesuffix(".so") in self._by_key

    def running(self, name: str) -> bool:
        """Whether the module is loaded and running."""
        found = self._by_key.get(name.removesuffix(".so"))
        return found is not None and found.running

    def set_running(self, name: str, running: bool) -> None:
        """ModuleLoad load/unload."""
        found = self._by_key.get(name.removesuffix(".so"))
        if found is not None:
            found.running = running

    def show(self, like: str = "") -> str:
        """``module show [like X]``."""
        rows = [m for m in self.modules if like.lower() in m.name.lower()]
        lines = [HEADER, *(m.row() for m in rows), f"{len(rows)} modules loaded"]
        return "".join(line + "\n" for line in lines)
