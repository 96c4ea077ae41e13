"""Configuration files in memory: GetConfig, GetConfigJSON, ListCategories, CreateConfig
and UpdateConfig operate on these (``main/manager.c``, ``action_getconfig``,
``handle_updates``).

The simulator starts with its version's default fixture (package data) or a user's
configuration directory; CreateConfig adds empty ones.  UpdateConfig's change kinds and
error texts follow ``handle_updates``: NewCat, RenameCat, DelCat, EmptyCat, Update, Delete,
Append, Insert.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import InvalidInput
from ..confparse import Category, ConfigFile, parse_config
from ..constants import AsteriskVersion, asterisk_version

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["ConfigStore", "UpdateError", "default_config_texts", "load_data_text"]


def _data() -> Traversable:
    return resources.files("ami_runtime.simulator") / "data"


def load_data_text(name: str) -> str:
    """Text of a packaged data file (``etc20/manager.conf``, ``actions22.json``...)."""
    return (_data() / name).read_text("utf-8")


def default_config_texts(version: AsteriskVersion | str | None = None) -> dict[str, str]:
    """The default fixture of a version: every ``.conf`` of ``data/etc20`` or ``data/etc22``
    (the real servers' ``shared/asterisk/etcNN`` with the default ports filled in)."""
    folder = _data() / asterisk_version(version).etc
    return {
        item.name: item.read_text("utf-8")
        for item in sorted(folder.iterdir(), key=lambda t: t.name)
        if item.name.endswith(".conf")
    }


def read_config_dir(directory: str | Path) -> dict[str, str]:
    """Every ``*.conf`` file of a user's configuration directory, by file name."""
    path = Path(directory)
    if not path.is_dir():
        raise InvalidInput(f"config directory {directory} does not exist", "config_dir")
    texts: dict[str, str] = {}
    for file in sorted(path.glob("*.conf")):
        try:
            texts[file.name] = file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"cannot read {file}: {exc}", "config_dir") from exc
    return texts


UNKNOWN_CATEGORY = "Given category does not exist"
UNSPECIFIED = "Problem with category, value, or line (if required)"


class UpdateError(Exception):
    """An UpdateConfig change failed; ``str(exc)`` is Asterisk's message."""


class ConfigStore:
    """Filename -> parsed file."""

    def __init__(
        self, files: dict[str, str] | None = None, *,
        version: AsteriskVersion | str | None = None, directory: str | Path | None = None,
    ) -> None:  # fmt: skip
        """``files`` (name -> text), else the files of ``directory``, else the default
        fixture of ``version``.  ``directory`` is remembered for the ignored-lines report."""
        if files is not None:
            texts = files
        elif directory is not None:
            texts = read_config_dir(directory)
        else:
            texts = default_config_texts(version)
        self.directory = Path(directory) if directory is not None else None
        self.files: dict[str, ConfigFile] = {}
        for name, text in texts.items():
            try:
                self.files[name] = parse_config(text)
            except InvalidInput as exc:
                where = self.directory / name if self.directory else name
                raise InvalidInput(f"{where}: {exc}", "config") from exc

    def get(self, filename: str) -> ConfigFile | None:
        """A file by name (no directory part: the simulator's config dir is flat)."""
        return self.files.get(filename)

    def create(self, filename: str) -> bool:
        """CreateConfig: False if it already exists."""
        if filename in self.files:
            return False
        self.files[filename] = ConfigFile()
        return True

    def apply_updates(self, src: ConfigFile, changes: list[dict[str, str]]) -> ConfigFile:
        """Apply UpdateConfig changes to a copy of ``src``; raise :class:`UpdateError`."""
        conf = ConfigFile(
            [
                Category(c.name, list(c.variables), c.is_template, list(c.templates))
                for c in src.categories
            ]
        )
        for change in changes:
            _apply_one(conf, change)
        return conf


def _need_cat(conf: ConfigFile, name: str) -> Category:
    cat = conf.find(name)
    if cat is None:
        raise UpdateError(UNKNOWN_CATEGORY)
    return cat


def _apply_one(conf: ConfigFile, ch: dict[str, str]) -> None:
    action = ch.get("action", "").lower()
    catname, var, value = ch.get("cat", ""), ch.get("var", ""), ch.get("value", "")
    match = ch.get("match")
    if not catname:
        raise UpdateError("Category not specified")
    if action == "newcat":
        if conf.find(catname) is not None:
            raise UpdateError("Create category did not complete successfully")
        conf.categories.append(Category(catname))
    elif action == "renamecat":
        if not value:
            raise UpdateError(UNSPECIFIED)
        _need_cat(conf, catname).name = value
    elif action == "delcat":
        conf.categories.remove(_need_cat(conf, catname))
    elif action == "emptycat":
        _need_cat(conf, catname).variables.clear()
    elif action == "update":
        _update(_need_cat(conf, catname), var, value, match)
    elif action == "delete":
        _delete(_need_cat(conf, catname), var, match)
    elif action == "append":
        if not var:
            raise UpdateError(UNSPECIFIED)
        _need_cat(conf, catname).variables.append((var, value))
    elif action == "insert":
        _insert(_need_cat(conf, catname), var, value, ch.get("line", ""))
    else:
        raise UpdateError("Unknown action command")


def _update(cat: Category, var: str, value: str, match: str | None) -> None:
    if not var:
        raise UpdateError(UNSPECIFIED)
    for i, (k, v) in enumerate(cat.variables):
        if k == var and (match is None or v == match):
            cat.variables[i] = (k, value)
            return
    raise UpdateError("Update did not complete successfully")


def _delete(cat: Category, var: str, match: str | None) -> None:
    if not var:
        raise UpdateError(UNSPECIFIED)
    keep = [(k, v) for k, v in cat.variables if not (k == var and (match is None or v == match))]
    if len(keep) == len(cat.variables):
        raise UpdateError("Delete did not complete successfully")
    cat.variables[:] = keep


def _insert(cat: Category, var: str, value: str, line: str) -> None:
    if not var:
        raise UpdateError(UNSPECIFIED)
    pos = int(line) if line.isdigit() else len(cat.variables)
    cat.variables.insert(min(pos, len(cat.variables)), (var, value))
