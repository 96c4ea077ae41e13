# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_xmpp``.

Implemented in res/res_xmpp.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "JabberSend",
]


@request_class
class JabberSend(Request[Response]):
    """Sends a message to a Jabber Client.

    Sends ``Action: JabberSend`` (``res/res_xmpp.c``). Privilege: system. Reply: a plain
    response. Asterisk: since 1.4.0.
    """

    ACTION: ClassVar[str] = "JabberSend"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("jabber", "Jabber", required=True),
        Field("jid", "JID", required=True),
        Field("message", "Message", required=True),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "1.4.0"

    jabber: str
    """Client or transport Asterisk uses to connect to JABBER. Header ``Jabber``."""

    jid: str
    """XMPP/Jabber JID (Name) of recipient. Header ``JID``."""

    message: str
    """Message to be sent to the buddy. Header ``Message``."""

    def __init__(self, jabber: str, jid: str, message: str) -> None:
        init_fields(self, jabber=jabber, jid=jid, message=message)
