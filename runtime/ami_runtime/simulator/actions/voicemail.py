"""Voicemail actions (``apps/app_voicemail.c``: ``manager_list_voicemail_users``,
``manager_get_mailbox_summary``, ``manager_voicemail_refresh``, ``manager_status_voicemail_user``)
and MailboxStatus/MailboxCount (``main/manager.c``).

No messages exist in the simulator, so every count is 0.
"""

from __future__ import annotations

from ..state.voicemail import Mailbox
from .base import Ctx, Handler, Pairs

__all__ = ["HANDLERS"]


def _user_fields(ctx: Ctx, box: Mailbox) -> Pairs:
    general = ctx.state.voicemail.general
    attach = box.options.get("attach", general.get("attach", "no"))
    return [
        ("VMContext", box.context), ("VoiceMailbox", box.mailbox), ("Fullname", box.fullname),
        ("Email", "(null)" if box.email is None else box.email), ("Pager", box.pager),
        ("ServerEmail", general.get("serveremail", "")), ("FromString", ""),
        ("MailCommand", "/usr/sbin/sendmail -t"), ("Language", ""),
        ("TimeZone", box.options.get("tz", "")), ("Callback", ""), ("Dialout", ""),
        ("UniqueID", ""), ("ExitContext", ""), ("SayDurationMinimum", "2"),
        ("SayEnvelope", "Yes"), ("SayCID", "No"),
        ("AttachMessage", "Yes" if attach.lower() in ("yes", "true", "1") else "No"),
        ("AttachmentFormat", ""), ("DeleteMessage", "No"), ("VolumeGain", "0.00"),
        ("CanReview", "No"), ("CanMarkUrgent", "Yes"), ("CallOperator", "No"),
        ("MaxMessageCount", general.get("maxmsg", "100")),
        ("MaxMessageLength", general.get("maxsecs", "0")),
        ("NewMessageCount", str(box.new)), ("OldMessageCount", str(box.old)),
    ]  # fmt: skip


def voicemailuserslist(ctx: Ctx) -> None:
    """Every mailbox."""
    boxes = ctx.state.voicemail.boxes
    ctx.list_start("Voicemail user list will follow")
    for box in boxes:
        ctx.item("VoicemailUserEntry", _user_fields(ctx, box))
    ctx.list_complete("VoicemailUserEntryComplete", len(boxes))


def _box(ctx: Ctx) -> Mailbox | None | str:
    context, mailbox = ctx.get("Context"), ctx.get("Mailbox")
    if not context:
        return "No context specified."
    if not mailbox:
        return "No mailbox specified."
    return ctx.state.voicemail.find(mailbox, context)


def voicemailuserstatus(ctx: Ctx) -> None:
    """One mailbox's details; an unknown one is (oddly) a Success."""
    box = _box(ctx)
    if isinstance(box, str):
        ctx.error(box)
    elif box is None:
        ctx.ok("There is no voicemail user of the given info.")
    else:
        ctx.list_start("Voicemail user detail will follow")
        ctx.item("VoicemailUserDetail", _user_fields(ctx, box))
        ctx.list_complete("VoicemailUserDetailComplete", 1)


def voicemailboxsummary(ctx: Ctx) -> None:
    """Per-message details; there are none."""
    box = _box(ctx)
    if isinstance(box, str):
        ctx.error(box)
    elif box is None:
        ctx.error("Unable to find mailbox")
    else:
        ctx.list_start("Voicemail box detail will follow")
        ctx.list_complete("VoicemailBoxDetailComplete", 0)


def voicemailrefresh(ctx: Ctx) -> None:
    """Nothing to poll in memory."""
    ctx.ok("Refresh sent")


def _parse(ctx: Ctx) -> Mailbox | None:
    number, _, context = ctx.get("Mailbox").partition("@")
    return ctx.state.voicemail.find(number, context or "default")


def mailboxstatus(ctx: Ctx) -> None:
    """Whether messages wait."""
    if not ctx.get("Mailbox"):
        ctx.error("Mailbox not specified")
        return
    box = _parse(ctx)
    waiting = "1" if box is not None and box.new else "0"
    ctx.ok("Mailbox Status", [("Mailbox", ctx.get("Mailbox")), ("Waiting", waiting)])


def mailboxcount(ctx: Ctx) -> None:
    """Urgent, new and old counts."""
    if not ctx.get("Mailbox"):
        ctx.error("Mailbox not specified")
        return
    box = _parse(ctx)
    urgent, new, old = (box.urgent, box.new, box.old) if box is not None else (0, 0, 0)
    ctx.ok("Mailbox Message Count", [
        ("Mailbox", ctx.get("Mailbox")), ("UrgMessages", str(urgent)),
        ("NewMessages", str(new)), ("OldMessages", str(old)),
    ])  # fmt: skip


HANDLERS: dict[str, Handler] = {
    "voicemailuserslist": voicemailuserslist,
    "voicemailuserstatus": voicemailuserstatus,
    "voicemailboxsummary": voicemailboxsummary,
    "voicemailrefresh": voicemailrefresh,
    "mailboxstatus": mailboxstatus,
    "mailboxcount": mailboxcount,
}
