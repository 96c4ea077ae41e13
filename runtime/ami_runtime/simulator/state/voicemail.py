"""Voicemail boxes from voicemail.conf (``apps/app_voicemail.c``, ``apply_options``).

``mailbox => password,full name,email,pager,options`` per context; an email field
left out prints as ``(null)`` in VoicemailUserEntry (the C string is NULL), one given
empty prints empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..confparse import ConfigFile

__all__ = ["Mailbox", "VoicemailConfig", "load_voicemail"]

_NOT_CONTEXTS = frozenset({"general", "zonemessages"})


@dataclass
class Mailbox:
    """One voicemail user."""

    context: str
    mailbox: str
    password: str
    fullname: str = ""
    email: str | None = None
    pager: str = ""
    options: dict[str, str] = field(default_factory=dict)
    new: int = 0
    old: int = 0
    urgent: int = 0


@dataclass
class VoicemailConfig:
    """General settings plus every mailbox in file order."""

    general: dict[str, str] = field(default_factory=dict)
    boxes: list[Mailbox] = field(default_factory=list)

    def find(self, mailbox: str, context: str = "default") -> Mailbox | None:
        """A mailbox by number and context."""
        for box in self.boxes:
            if box.mailbox == mailbox and box.context == context:
                return box
        return None


def _mailbox(context: str, number: str, text: str) -> Mailbox:
    parts = text.split(",")
    box = Mailbox(context, number, parts[0].strip())
    if len(parts) > 1:
        box.fullname = parts[1].strip()
    if len(parts) > 2:
        box.email = parts[2].strip()
    if len(parts) > 3:
        box.pager = parts[3].strip()
    if len(parts) > 4:
        for opt in parts[4].split("|"):
            key, _, value = opt.partition("=")
            if key.strip():
                box.options[key.strip()] = value.strip()
    return box


def load_voicemail(conf: ConfigFile) -> VoicemailConfig:
    """Parse voicemail.conf's contexts into mailboxes."""
    vm = VoicemailConfig()
    general = conf.find("general")
    if general is not None:
        vm.general = dict(general.variables)
    for cat in conf.categories:
        if cat.name in _NOT_CONTEXTS:
            continue
        vm.boxes.extend(_mailbox(cat.name, k, v) for k, v in cat.variables)
    return vm
