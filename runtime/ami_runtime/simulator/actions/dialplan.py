"""ExtensionState, ExtensionStateList and ShowDialPlan (``main/manager.c``,
``action_extensionstate``; ``main/pbx.c``, ``action_extensionstatelist``,
``manager_show_dialplan``/``manager_show_dialplan_helper``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..events import CALL, SimEvent
from ..state.dialplan import EXTENSION_STATES, Context
from .base import Ctx, Handler

__all__ = ["HANDLERS"]


def extensionstate(ctx: Ctx) -> None:
    """The hint and state of one extension; ``Status: -1`` when it has no hint."""
    exten = ctx.get("Exten")
    if not exten:
        ctx.error("Extension not specified")
        return
    context = ctx.get("Context") or "default"
    ext = ctx.state.dialplan.find(context, exten)
    hint = ext.hint if ext is not None and ext.hint is not None else ""
    status = ctx.state.hint_state(hint) if hint else -1
    ctx.respond("Success", "Extension Status", [
        ("Exten", exten), ("Context", context), ("Hint", hint), ("Status", str(status)),
        ("StatusText", EXTENSION_STATES.get(status, "Unknown")),
    ])  # fmt: skip


def extensionstatelist(ctx: Ctx) -> None:
    """Every hint with its state."""
    hints = ctx.state.dialplan.hints()
    ctx.list_start("Extension Statuses will follow")
    for exten, context, hint in hints:
        status = ctx.state.hint_state(hint)
        ctx.item("ExtensionStatus", [
            ("Exten", exten), ("Context", context), ("Hint", hint), ("Status", str(status)),
            ("StatusText", EXTENSION_STATES.get(status, "Unknown")),
        ])  # fmt: skip
    ctx.list_complete("ExtensionStateListComplete", len(hints))


@dataclass
class _Counts:
    items: int = 0
    extens: int = 0
    prios: int = 0
    contexts: int = 0


def _show_context(ctx: Ctx, context: Context, exten: str, counts: _Counts, seen: set[str]) -> None:
    seen.add(context.name)
    counts.contexts += 1
    for ext in sorted(context.extensions.values(), key=lambda e: e.name):  # ext_cmp order
        if exten and ext.name != exten:
            continue
        counts.extens += 1
        rows: list[list[tuple[str, str]]] = []
        if ext.hint is not None:
            rows.append([("Priority", "hint"), ("Application", ext.hint)])
        for prio, (app, data) in sorted(ext.priorities.items()):
            rows.append([("Priority", str(prio)), ("Application", app), ("AppData", data)])
        for row in rows:
            body = [("Context", context.name), ("Extension", ext.name), *row]
            ctx.item("ListDialplan", [*body, ("Registrar", ext.registrar)])
            counts.items += 1
            counts.prios += 1
    for inc in context.includes:
        if not exten:
            body = [("Context", context.name), ("IncludeContext", inc)]
            ctx.item("ListDialplan", [*body, ("Registrar", context.registrar)])
            counts.items += 1
        included = ctx.state.dialplan.contexts.get(inc)
        # show_dialplan_helper descends into includes only when looking for an extension
        if exten and included is not None and inc not in seen:
            _show_context(ctx, included, exten, counts, seen)


def showdialplan(ctx: Ctx) -> None:
    """ListDialplan items for a context (and what it includes) or the whole dialplan."""
    plan = ctx.state.dialplan
    context, exten = ctx.get("Context"), ctx.get("Extension")
    if context and context not in plan.contexts:
        ctx.error(f"Did not find context {context}")
        return
    if context and exten and plan.find(context, exten) is None:
        ctx.error(f"Did not find extension {exten}@{context}")
        return
    ctx.list_start("DialPlan list will follow")
    counts, seen = _Counts(), set[str]()
    for ctx_obj in [plan.contexts[context]] if context else list(plan.contexts.values()):
        if ctx_obj.name not in seen:
            _show_context(ctx, ctx_obj, exten, counts, seen)
    ctx.list_complete("ShowDialPlanComplete", counts.items, [
        ("ListExtensions", str(counts.extens)), ("ListPriorities", str(counts.prios)),
        ("ListContexts", str(counts.contexts)),
    ])  # fmt: skip


def dialplanextensionadd(ctx: Ctx) -> None:
    """Add one priority (``manager_dialplan_extension_add``, ``pbx_config.c``); the context
    is created when missing, an existing priority is kept unless ``Replace`` is true."""
    context, exten = ctx.get("Context"), ctx.get("Extension")
    prio_text, app = ctx.get("Priority"), ctx.get("Application")
    if not (context and exten and prio_text and app):
        ctx.error(
            "Context, Extension, Priority, and Application must be defined for "
            "DialplanExtensionAdd."
        )
        return
    if prio_text == "hint":
        priority = -1
    elif prio_text.isdigit() and int(prio_text) > 0:
        priority = int(prio_text)
    else:
        ctx.error("The priority specified was invalid.")
        return
    replace = ctx.get("Replace").lower() in ("yes", "true", "y", "t", "1", "on")
    added = ctx.state.dialplan.add_priority(
        context, exten, priority, app, ctx.get("ApplicationData"), replace=replace
    )
    if added:
        if priority == -1:  # a new hint announces its state at once (ast_add_hint)
            status = ctx.state.hint_state(app)
            body = (("Exten", exten), ("Context", context), ("Hint", app), ("Status", str(status)),
                    ("StatusText", EXTENSION_STATES[status]))  # fmt: skip
            ctx.state.emit(SimEvent("ExtensionStatus", CALL, body))
        ctx.ok("Added requested extension")
    else:
        ctx.error("That extension and priority already exist at that context")


def dialplanextensionremove(ctx: Ctx) -> None:
    """Remove one priority, or the whole extension without ``Priority``."""
    context, exten, prio_text = ctx.get("Context"), ctx.get("Extension"), ctx.get("Priority")
    if not context or not exten:
        ctx.error("Context and Extension must be provided for DialplanExtensionRemove")
        return
    if prio_text and prio_text != "hint" and not (prio_text.isdigit() and int(prio_text) > 0):
        ctx.error("The priority specified was invalid.")
        return
    priority = (-1 if prio_text == "hint" else int(prio_text)) if prio_text else None
    found = ctx.state.dialplan.contexts.get(context)
    ext = found.extensions.get(exten) if found is not None else None
    had_hint = ext is not None and ext.hint is not None and priority in (None, -1)
    if not ctx.state.dialplan.remove(context, exten, priority):
        ctx.error("Failed to remove requested extension")
        return
    if had_hint:  # watchers hear the hint go (AST_EXTENSION_REMOVED)
        body = (("Exten", exten), ("Context", context), ("Hint", ""), ("Status", "-2"),
                ("StatusText", "Unknown"))  # fmt: skip
        ctx.state.emit(SimEvent("ExtensionStatus", CALL, body))
    if priority is None:
        ctx.ok("Removed the requested extension")
    else:
        ctx.ok("Removed the requested priority from the extension")


HANDLERS: dict[str, Handler] = {
    "dialplanextensionadd": dialplanextensionadd,
    "dialplanextensionremove": dialplanextensionremove,
    "extensionstate": extensionstate,
    "extensionstatelist": extensionstatelist,
    "showdialplan": showdialplan,
}
