"""AstDB in memory: ``/family/key`` paths as in ``main/db.c``.

Asterisk stores the tree in SQLite keyed by the full path; ``DBGetTree`` and
``database show`` come out sorted by path (``ORDER BY key``), and a family prefix matches
the family itself and everything under ``family/``.
"""

from __future__ import annotations

__all__ = ["AstDB"]


class AstDB:
    """The key/value tree behind DBPut, DBGet, DBDel, DBDelTree and DBGetTree."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    @staticmethod
    def path(family: str, key: str = "") -> str:
        """``/family/key`` (or ``/family`` without key)."""
        return f"/{family}/{key}" if key else f"/{family}"

    def put(self, family: str, key: str, value: str) -> None:
        """Set one key."""
        self._data[self.path(family, key)] = value

    def get(self, family: str, key: str) -> str | None:
        """One key's value, or None."""
        return self._data.get(self.path(family, key))

    def delete(self, family: str, key: str) -> bool:
        """Remove one key; False if it was not there."""
        return self._data.pop(self.path(family, key), None) is not None

    def _matches(self, prefix: str, path: str) -> bool:
        return path == prefix or path.startswith(prefix + "/")

    def tree(self, family: str = "", key: str = "") -> list[tuple[str, str]]:
        """Every ``(path, value)`` under ``/family[/key]`` (all if no family), sorted."""
        if not family:
            return sorted(self._data.items())
        prefix = self.path(family, key)
        return sorted((p, v) for p, v in self._data.items() if self._matches(prefix, p))

    def delete_tree(self, family: str, key: str = "") -> int:
        """Remove a subtree; the number of keys removed."""
        doomed = [p for p, _ in self.tree(family, key)]
        for p in doomed:
            del self._data[p]
        return len(doomed)
