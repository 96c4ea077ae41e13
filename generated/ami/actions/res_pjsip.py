# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_pjsip``."""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "PJSIPQualify",
    "PJSIPShowAors",
    "PJSIPShowAuths",
    "PJSIPShowContacts",
    "PJSIPShowEndpoint",
    "PJSIPShowEndpoints",
]


@request_class
class PJSIPQualify(Request[Response]):
    """Qualify a chan_pjsip endpoint.

    Sends ``Action: PJSIPQualify``. Privilege: reporting, system. Reply: a plain response.
    Asterisk: since 12.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPQualify"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("endpoint", "Endpoint", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting", "system")
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    endpoint: str
    """The endpoint you want to qualify. Header ``Endpoint``."""

    def __init__(self, endpoint: str) -> None:
        init_fields(self, endpoint=endpoint)


@request_class
class PJSIPShowAors(Request[Response]):
    """Lists PJSIP AORs.

    Sends ``Action: PJSIPShowAors``. Privilege: system. Reply: an event list of AorList
    items, ended by AorListComplete. Asterisk: since 16.0.0. Verified live on Asterisk 20,
    22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowAors"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("AorList",), complete="AorListComplete")
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPShowAuths(Request[Response]):
    """Lists PJSIP Auths.

    Sends ``Action: PJSIPShowAuths``. Privilege: system. Reply: an event list of AuthList
    items, ended by AuthListComplete. Asterisk: since 16.0.0. Verified live on Asterisk 20,
    22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowAuths"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("AuthList",), complete="AuthListComplete")
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPShowContacts(Request[Response]):
    """Lists PJSIP Contacts.

    Sends ``Action: PJSIPShowContacts``. Privilege: system. Reply: an event list of
    ContactList items, ended by ContactListComplete. Asterisk: since 16.0.0. Verified live
    on Asterisk 20, 22, 23.

    Seen live on Asterisk 20, 22 and 23 (tests/live/test_actions.py): with no contact the
    answer is an Error, 'No Contacts found', not an empty list.
    """

    ACTION: ClassVar[str] = "PJSIPShowContacts"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("ContactList",), complete="ContactListComplete"
    )
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


@request_class
class PJSIPShowEndpoint(Request[Response]):
    """Detail listing of an endpoint and its objects.

    Sends ``Action: PJSIPShowEndpoint``. Privilege: system. Reply: an event list of
    EndpointDetail, IdentifyDetail, ContactStatusDetail, AuthDetail, TransportDetail,
    AorDetail items, ended by EndpointDetailComplete. Asterisk: since 12.0.0. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowEndpoint"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("endpoint", "Endpoint", required=True),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=(
            "EndpointDetail",
            "IdentifyDetail",
            "ContactStatusDetail",
            "AuthDetail",
            "TransportDetail",
            "AorDetail",
        ),
        complete="EndpointDetailComplete",
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    endpoint: str
    """The endpoint to list. Header ``Endpoint``."""

    def __init__(self, endpoint: str) -> None:
        init_fields(self, endpoint=endpoint)


@request_class
class PJSIPShowEndpoints(Request[Response]):
    """Lists PJSIP endpoints.

    Sends ``Action: PJSIPShowEndpoints``. Privilege: system. Reply: an event list of
    EndpointList items, ended by EndpointListComplete. Asterisk: since 12.0.0. Verified live
    on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "PJSIPShowEndpoints"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("EndpointList",), complete="EndpointListComplete"
    )
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
