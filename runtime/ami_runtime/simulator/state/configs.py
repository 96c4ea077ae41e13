"""Configuration files in memory: GetConfig, GetConfigJSON, ListCategories, CreateConfig
and UpdateConfig operate on these (``main/manager.c``, ``action_getconfig``,
``handle_updates``).

The simulator starts with the recorded server's files (package data); CreateConfig adds
empty ones.  UpdateConfig's change kinds and error texts follow ``handle_updates``:
NewCat, RenameCat, DelCat, EmptyCat, Update, Delete, Append, Insert.
"""

from __future__ import annotations

from importlib import resources

from ..confparse import Category, ConfigFile, parse_config

__all__ = ["DATA_FILES", "ConfigStore", "UpdateError", "load_data_text"]

#: Files shipped in ``simulator/data`` that form the initial configuration directory.
DATA_FILES = (
    "extensions.conf",
    "features.conf",
    "manager.conf",
    "musiconhold.conf",
    "queues.conf",
    "res_parking.conf",
    "sip.conf",
    "sip_notify.conf",
    "voicemail.conf",
)


def load_data_text(name: str) -> str:
    """Text of a packaged data file."""
    return (resources.files("ami_runtime.simulator") / "data" / name).read_text("utf-8")


UNKNOWN_CATEGORY = "Given category does not exist"
UNSPECIFIED = "Problem with category, value, or line (if required)"


class UpdateError(Exception):
    """An UpdateConfig change failed; ``str(exc)`` is Asterisk's message."""


class ConfigStore:
    """Filename -> parsed file."""

    def __init__(self, files: dict[str, str] | None = None) -> None:
        texts = files if files is not None else {n: load_data_text(n) for n in DATA_FILES}
        self.files: dict[str, ConfigFile] = {n: parse_config(t) for n, t in texts.items()}

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
