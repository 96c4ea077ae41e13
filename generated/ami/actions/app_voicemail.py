# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``app_voicemail``.

Implemented in apps/app_voicemail.c.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request
from ami_runtime.message import Response

__all__ = [
    "VoicemailUsersList",
]


@dataclass(frozen=True, slots=True, repr=False)
class VoicemailUsersList(Request[Response]):
    """List every voicemail user.

    Sends ``Action: VoicemailUsersList`` (``apps/app_voicemail.c``). Privilege: call,
    reporting. Reply: an event list of VoicemailUserEntry items, ended by
    VoicemailUserEntryComplete. Asterisk: since 1.6.

    Class call or reporting (pystrix said system).
    """

    ACTION: ClassVar[str] = "VoicemailUsersList"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("VoicemailUserEntry",), complete="VoicemailUserEntryComplete"
    )
    SINCE: ClassVar[str | None] = "1.6"
