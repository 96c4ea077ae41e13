# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``chan_iax2``.

Implemented in channels/chan_iax2.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, request_class
from ami_runtime.message import Response

__all__ = [
    "IAXnetstats",
    "IAXpeerlist",
    "IAXpeers",
    "IAXregistry",
]


@request_class
class IAXnetstats(Request[Response]):
    """Show IAX Netstats.

    Sends ``Action: IAXnetstats`` (``channels/chan_iax2.c``). Privilege: system, reporting.
    Reply: a plain response. Asterisk: since 1.2.0.

    Asterisk writes the statistics as bare lines with no Response header
    (channels/chan_iax2.c, manager_iax2_show_netstats), so no reply resolves the request: it
    times out, and the lines arrive as an unknown message.
    """

    ACTION: ClassVar[str] = "IAXnetstats"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    SINCE: ClassVar[str | None] = "1.2.0"


@request_class
class IAXpeerlist(Request[Response]):
    """List IAX Peers.

    Sends ``Action: IAXpeerlist`` (``channels/chan_iax2.c``). Privilege: system, reporting.
    Reply: an event list of PeerEntry items, ended by PeerlistComplete. Asterisk: since
    1.6.0.
    """

    ACTION: ClassVar[str] = "IAXpeerlist"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("PeerEntry",), complete="PeerlistComplete")
    SINCE: ClassVar[str | None] = "1.6.0"


@request_class
class IAXpeers(Request[Response]):
    """List IAX peers.

    Sends ``Action: IAXpeers`` (``channels/chan_iax2.c``). Privilege: system, reporting.
    Reply: an event list of PeerEntry items, ended by PeerlistComplete. Asterisk: since
    0.3.0.
    """

    ACTION: ClassVar[str] = "IAXpeers"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("PeerEntry",), complete="PeerlistComplete")
    SINCE: ClassVar[str | None] = "0.3.0"


@request_class
class IAXregistry(Request[Response]):
    """Show IAX registrations.

    Sends ``Action: IAXregistry`` (``channels/chan_iax2.c``). Privilege: system, reporting.
    Reply: an event list of RegistryEntry items, ended by RegistrationsComplete. Asterisk:
    since 1.6.2.0.
    """

    ACTION: ClassVar[str] = "IAXregistry"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("RegistryEntry",), complete="RegistrationsComplete"
    )
    SINCE: ClassVar[str | None] = "1.6.2.0"
