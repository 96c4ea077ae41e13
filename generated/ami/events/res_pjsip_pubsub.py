# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_pjsip_pubsub``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "InboundSubscriptionDetail",
    "InboundSubscriptionDetailComplete",
    "OutboundSubscriptionDetail",
    "OutboundSubscriptionDetailComplete",
    "ResourceListDetail",
    "ResourceListDetailComplete",
]


class InboundSubscriptionDetail(Event):
    """Provides details about an inbound subscription - one in which Asterisk handles SUBSCRIBE
    requests and periodically sends NOTIFYs to its subscribers.

    ``Event: InboundSubscriptionDetail`` (``res/res_pjsip_pubsub.c``). Class: command.
    Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InboundSubscriptionDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"

    role = StrHeader("Role")
    """Asterisk's role for this subscription. This will always be Notifier. Header ``Role``."""

    endpoint = StrHeader("Endpoint")
    """The name of the endpoint associated with this subscription. Header ``Endpoint``."""

    callid = StrHeader("Callid")
    """The CallID of the dialog associated with this subscription. Header ``Callid``."""

    state = StrHeader("State")
    """The current state of the subscription. Header ``State``."""

    callerid = StrHeader("Callerid")
    """The Caller ID of the endpoint associated with this subscription. Header ``Callerid``."""

    subscription_type = StrHeader("SubscriptionType")
    """Asterisk currently supports the following subscription types, but this could also be
    extended by third-party modules so this list may not be exhaustive: Documented values:
    mwi, extension_state. Header ``SubscriptionType``."""

    extension = StrHeader("Extension")
    """If the SubscriptionType is extension_state this will be the monitored extension. Header
    ``Extension``."""

    extension_states = StrHeader("ExtensionStates")
    """If the SubscriptionType is extension_state this will be the monitored extension's state.
    Documented values: Idle, InUse, Busy, Unavailable, Ringing, InUse&Ringing, Hold,
    InUse&Hold, Unknown. Header ``ExtensionStates``."""

    mailboxes = StrHeader("Mailboxes")
    """If the SubscriptionType is mwi this will be a comma-separated list of mailboxes. Header
    ``Mailboxes``."""


class InboundSubscriptionDetailComplete(ListCompleteFields):
    """Ends the PJSIPShowSubscriptionsInbound reply.

    ``Event: InboundSubscriptionDetailComplete`` (``res/res_pjsip_pubsub.c``). Class: none
    (sent to one session). Headers of ListCompleteFields included. Not in Asterisk's XML
    docs: curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "InboundSubscriptionDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class OutboundSubscriptionDetail(Event):
    """Provides details about an outbound subscription - one in which Asterisk sends SUBSCRIBE
    requests and periodically receives NOTIFYs.

    ``Event: OutboundSubscriptionDetail`` (``res/res_pjsip_pubsub.c``). Class: command.
    Asterisk: documented since 12.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "OutboundSubscriptionDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"

    role = StrHeader("Role")
    """Asterisk's role for this subscription. This will always be Subscriber. Header ``Role``."""

    endpoint = StrHeader("Endpoint")
    """The name of the endpoint associated with this subscription. Header ``Endpoint``."""

    callid = StrHeader("Callid")
    """The CallID of the dialog associated with this subscription. Header ``Callid``."""

    state = StrHeader("State")
    """The current state of the subscription. Header ``State``."""

    callerid = StrHeader("Callerid")
    """The Caller ID of the endpoint associated with this subscription. Header ``Callerid``."""

    subscription_type = StrHeader("SubscriptionType")
    """Asterisk currently supports the following subscription types, but this could also be
    extended by third-party modules so this list may not be exhaustive: Documented values:
    mwi, extension_state. Header ``SubscriptionType``."""

    extension = StrHeader("Extension")
    """If the SubscriptionType is extension_state this will be the monitored extension. Header
    ``Extension``."""

    extension_states = StrHeader("ExtensionStates")
    """If the SubscriptionType is extension_state this will be the monitored extension's state.
    Documented values: Idle, InUse, Busy, Unavailable, Ringing, InUse&Ringing, Hold,
    InUse&Hold, Unknown. Header ``ExtensionStates``."""

    mailboxes = StrHeader("Mailboxes")
    """If the SubscriptionType is mwi this will be a comma-separated list of mailboxes. Header
    ``Mailboxes``."""


class OutboundSubscriptionDetailComplete(ListCompleteFields):
    """Ends the PJSIPShowSubscriptionsOutbound reply.

    ``Event: OutboundSubscriptionDetailComplete`` (``res/res_pjsip_pubsub.c``). Class: none
    (sent to one session). Headers of ListCompleteFields included. Not in Asterisk's XML
    docs: curated from recordings and source. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "OutboundSubscriptionDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class ResourceListDetail(Event):
    """Provides details about a resource list.

    ``Event: ResourceListDetail`` (``res/res_pjsip_pubsub.c``). Class: command. Asterisk:
    documented since 13.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ResourceListDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.0.0"

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'resource_list'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    full_state = StrHeader("FullState")
    """The FullState header. Header ``FullState``."""

    list_item = StrHeader("ListItem")
    """A comma-separated list of resources that belong to this resource list. Header
    ``ListItem``."""

    notification_batch_interval = StrHeader("NotificationBatchInterval")
    """The NotificationBatchInterval header. Header ``NotificationBatchInterval``."""

    resource_display_name = StrHeader("ResourceDisplayName")
    """The ResourceDisplayName header. Header ``ResourceDisplayName``."""


class ResourceListDetailComplete(ListCompleteFields):
    """Ends the PJSIPShowResourceLists reply.

    ``Event: ResourceListDetailComplete`` (``res/res_pjsip_pubsub.c``). Class: none (sent to
    one session). Headers of ListCompleteFields included. Not in Asterisk's XML docs:
    curated from recordings and source.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ResourceListDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ()
