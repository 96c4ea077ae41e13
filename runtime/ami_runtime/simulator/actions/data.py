"""AstDB, variables and configuration actions.

Texts from ``main/manager.c`` (``action_getvar``, ``action_setvar``, ``action_getconfig``,
``action_getconfigjson``, ``action_listcategories``, ``action_createconfig``,
``action_updateconfig``/``handle_updates``) and ``main/db.c`` (``manager_dbput``,
``manager_dbget``, ``manager_dbgettree``, ``manager_dbdel``, ``manager_dbdeltree``).
"""

from __future__ import annotations

import re

from ...framing import encode_pairs
from ..confparse import Category
from ..state.configs import UpdateError
from ..state.functions import read_variable
from ..state.reload import reload_module
from .base import Ctx, Handler

__all__ = ["HANDLERS"]


def dbput(ctx: Ctx) -> None:
    """Set a key."""
    family, key = ctx.get("Family"), ctx.get("Key")
    if not family:
        ctx.error("No family specified")
    elif not key:
        ctx.error("No key specified")
    else:
        ctx.state.db.put(family, key, ctx.get("Val"))
        ctx.ok("Updated database successfully")


def dbget(ctx: Ctx) -> None:
    """One key as a one-item list."""
    family, key = ctx.get("Family"), ctx.get("Key")
    if not family:
        ctx.error("No family specified.")
        return
    if not key:
        ctx.error("No key specified.")
        return
    value = ctx.state.db.get(family, key)
    if value is None:
        ctx.error("Database entry not found")
        return
    ctx.list_start("Result will follow")
    ctx.item("DBGetResponse", [("Family", family), ("Key", key), ("Val", value)], aid_last=True)
    ctx.list_complete("DBGetComplete", 1)


def dbgettree(ctx: Ctx) -> None:
    """Every key under a family (or all), sorted by path."""
    family, key = ctx.get("Family"), ctx.get("Key")
    if key and not family:
        ctx.error("No family specified.")
        return
    rows = ctx.state.db.tree(family, key)
    ctx.list_start("Result will follow")
    for path, value in rows:
        ctx.item("DBGetTreeResponse", [("Key", path), ("Val", value)], aid_last=True)
    ctx.list_complete("DBGetTreeComplete", len(rows))


def dbdel(ctx: Ctx) -> None:
    """Delete one key."""
    family, key = ctx.get("Family"), ctx.get("Key")
    if not family:
        ctx.error("No family specified.")
    elif not key:
        ctx.error("No key specified.")
    elif ctx.state.db.delete(family, key):
        ctx.ok("Key deleted successfully")
    else:
        ctx.error("Database entry could not be deleted")


def dbdeltree(ctx: Ctx) -> None:
    """Delete a family (or a key's subtree)."""
    family = ctx.get("Family")
    if not family:
        ctx.error("No family specified.")
    elif ctx.state.db.delete_tree(family, ctx.get("Key")) > 0:
        ctx.ok("Key tree deleted successfully")
    else:
        ctx.error("Database entry not found")


def getvar(ctx: Ctx) -> None:
    """A channel or global variable, or a function's value."""
    name, channel = ctx.get("Variable"), ctx.get("Channel")
    if not name:
        ctx.error("No variable specified")
        return
    chan = ctx.state.channels.get(channel) if channel else None
    if channel and chan is None:
        ctx.error("No such channel")
        return
    value = read_variable(ctx.state, chan, name)
    ctx.respond("Success", extra=[("Variable", name), ("Value", value)])


def setvar(ctx: Ctx) -> None:
    """Set a channel or global variable (or ``DEVICE_STATE(Custom:...)``)."""
    name, channel = ctx.get("Variable"), ctx.get("Channel")
    if not name:
        ctx.error("No variable specified")
        return
    chan = ctx.state.channels.get(channel) if channel else None
    if channel and chan is None:
        ctx.error("No such channel")
        return
    ctx.state.set_variable(chan, name, ctx.get("Value"))
    ctx.ok("Variable Set")


def _restricted(name: str) -> bool:
    """Outside the (flat, in-memory) configuration directory."""
    return "/" in name or ".." in name


def _filter_ok(cat: Category, category: str, flt: str) -> bool:
    if category and cat.name != category:
        return False
    for clause in filter(None, flt.split(",")):
        key, _, pattern = clause.partition("=")
        if not any(re.search(key, k) and re.search(pattern, v) for k, v in cat.variables):
            return False
    return True


def getconfig(ctx: Ctx) -> None:
    """``Category-NNNNNN`` and ``Line-NNNNNN-NNNNNN: name=value`` headers."""
    name = ctx.get("Filename")
    if not name:
        ctx.error("Filename not specified")
        return
    if _restricted(name):
        ctx.error("File requires escalated privileges")
        return
    conf = ctx.state.configs.get(name)
    if conf is None:
        ctx.error("Config file not found")
        return
    category, flt = ctx.get("Category"), ctx.get("Filter")
    extra: list[tuple[str, str]] = []
    count = 0
    for cat in conf.categories:
        if not _filter_ok(cat, category, flt):
            continue
        extra.append((f"Category-{count:06d}", cat.name))
        if cat.is_template:
            extra.append((f"IsTemplate-{count:06d}", "1"))
        if cat.templates:
            extra.append((f"Templates-{count:06d}", ",".join(cat.templates)))
        extra += [
            (f"Line-{count:06d}-{i:06d}", f"{k}={v}") for i, (k, v) in enumerate(cat.variables)
        ]
        count += 1
    if category and count == 0:
        # main/manager.c, action_getconfig: a Category that matched nothing adds the
        # colon-less line "No categories found" to a Success reply.
        reply = encode_pairs([("Response", "Success"), *ctx.aid()], ["No categories found"])
        ctx.session.write(reply)
        return
    ctx.respond("Success", extra=extra)


def _json(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def getconfigjson(ctx: Ctx) -> None:
    """The file as one ``JSON:`` header."""
    name = ctx.get("Filename")
    if not name:
        ctx.error("Filename not specified")
        return
    conf = None if _restricted(name) else ctx.state.configs.get(name)
    if conf is None:
        ctx.error("Config file not found")
        return
    cats = []
    for cat in conf.categories:
        items = ['"istemplate":1'] if cat.is_template else []
        if cat.templates:
            items.append(f'"templates":"{_json(",".join(cat.templates))}"')
        items += [f'"{_json(k)}":"{_json(v)}"' for k, v in cat.variables]
        cats.append(f'"{_json(cat.name)}":{{{",".join(items)}}}')
    ctx.respond("Success", extra=[("JSON", "{" + ",".join(cats) + "}")])


def listcategories(ctx: Ctx) -> None:
    """``Category-NNNNNN`` per category."""
    name = ctx.get("Filename")
    if not name:
        ctx.error("Filename not specified")
        return
    conf = None if _restricted(name) else ctx.state.configs.get(name)
    if conf is None:
        ctx.error("Config file not found")
        return
    names = conf.names()
    extra = [(f"Category-{i:06d}", n) for i, n in enumerate(names)]
    ctx.respond("Success", extra=extra or [("Error", "no categories found")])


def createconfig(ctx: Ctx) -> None:
    """An empty file."""
    name = ctx.get("Filename")
    if not name or _restricted(name):
        ctx.error("File requires escalated privileges")
    elif ctx.state.configs.create(name):
        ctx.ok("New configuration file created successfully")
    else:
        ctx.error("File exists")


def _changes(ctx: Ctx) -> list[dict[str, str]]:
    changes = []
    for n in range(100000):
        action = ctx.request.get(f"Action-{n:06d}")
        if action is None:
            break
        change = {"action": action}
        for key in ("Cat", "Var", "Value", "Match", "Line", "Options"):
            value = ctx.request.get(f"{key}-{n:06d}")
            if value is not None:
                change[key.lower()] = value
        changes.append(change)
    return changes


def updateconfig(ctx: Ctx) -> None:
    """Apply numbered changes from SrcFilename and store them as DstFilename."""
    src, dst = ctx.get("SrcFilename"), ctx.get("DstFilename")
    if not src or not dst:
        ctx.error("Filename not specified")
        return
    conf = ctx.state.configs.get(src)
    if conf is None or _restricted(src) or _restricted(dst):
        ctx.error("File requires escalated privileges")
        return
    try:
        ctx.state.configs.files[dst] = ctx.state.configs.apply_updates(conf, _changes(ctx))
    except UpdateError as exc:
        ctx.error(str(exc))
        return
    ctx.ok()
    rld = ctx.get("Reload")
    if rld:
        reload_module(
            ctx.state, None if rld.lower() in ("yes", "true", "y", "t", "1", "on") else rld
        )


HANDLERS: dict[str, Handler] = {
    "dbput": dbput,
    "dbget": dbget,
    "dbgettree": dbgettree,
    "dbdel": dbdel,
    "dbdeltree": dbdeltree,
    "getvar": getvar,
    "setvar": setvar,
    "getconfig": getconfig,
    "getconfigjson": getconfigjson,
    "listcategories": listcategories,
    "createconfig": createconfig,
    "updateconfig": updateconfig,
}
