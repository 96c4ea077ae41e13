# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_pjsip_pubsub``.

Implemented in res/res_pjsip_pubsub.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, request_class
from ami_runtime.message import Response

__all__ = [
    "PJSIPShowResourceLists",
    "PJSIPShowSubscriptionsInbound",
    "PJSIPShowSubscriptionsOutbound",
]


@request_class
class PJSIPShowResourceLists(Request[Response]):
    """Displays settings for configured resource lists.

    Sends ``Action: PJSIPShowResourceLists`` (``res/res_pjsip_pubsub.c``). Privilege:
    system. Reply: an event list of ResourceListDetail items, ended by
    ResourceListDetailComplete. Asterisk: since 13.0.0. Verified live on Asterisk 20, 22,
    23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): with no resource list
    configured the answer is an Error, 'No resource lists found', not an empty list.
    """

    ACTION: ClassVar[str] = "PJSIPShowResourceLists"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ResourceListDetail",), complete="ResourceListDetailComplete"
    )
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPShowSubscriptionsInbound(Request[Response]):
    """Lists inbound subscriptions.

    Sends ``Action: PJSIPShowSubscriptionsInbound`` (``res/res_pjsip_pubsub.c``). Privilege:
    system. Reply: an event list of InboundSubscriptionDetail items, ended by
    InboundSubscriptionDetailComplete. Asterisk: since 12.0.0. Verified live on Asterisk 20,
    22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowSubscriptionsInbound"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("InboundSubscriptionDetail",), complete="InboundSubscriptionDetailComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPShowSubscriptionsOutbound(Request[Response]):
    """Lists outbound subscriptions.

    Sends ``Action: PJSIPShowSubscriptionsOutbound`` (``res/res_pjsip_pubsub.c``).
    Privilege: system. Reply: an event list of OutboundSubscriptionDetail items, ended by
    OutboundSubscriptionDetailComplete. Asterisk: since 12.0.0. Verified live on Asterisk
    20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowSubscriptionsOutbound"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("OutboundSubscriptionDetail",), complete="OutboundSubscriptionDetailComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
