# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``demo_show``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from ami_runtime.action import Field, HeaderValue, ListSpec, Request, init_fields, request_class
from ami_runtime.message import Response

__all__ = [
    "Shout",
    "ShowThings",
]


@request_class
class Shout(Request[Response]):
    """Send an event with any headers.

    Sends ``Action: Shout``. Privilege: user. Reply: a plain response. Asterisk: since 1.4,
    removed in 21.
    """

    ACTION: ClassVar[str] = "Shout"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("name", "Name", required=True),
        Field("headers_", "", encoding="headers"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("user",)
    SINCE: ClassVar[str | None] = "1.4"
    REMOVED: ClassVar[str | None] = "21"

    name: str | None
    """Event name. Header ``Name``."""

    headers_: Mapping[str, HeaderValue]
    """Further headers."""

    def __init__(self, name: str | None = None, **headers: HeaderValue) -> None:
        extra = dict(headers)
        if name is None and "Name" in extra:
            name = str(extra.pop("Name"))
        init_fields(self, name=name, headers_=extra)


@request_class
class ShowThings(Request[Response]):
    """List the things.

    Sends ``Action: ShowThings``. Privilege: system, reporting. Reply: an event list of
    ThingEntry items, ended by ThingListComplete. Asterisk: in every version.
    """

    ACTION: ClassVar[str] = "ShowThings"
    FIELDS: ClassVar[tuple[Field, ...]] = (Field("filter", "Filter", choices=("all", "some")),)
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(items=("ThingEntry",), complete="ThingListComplete")
    SINCE: ClassVar[str | None] = None

    filter: Literal["all", "some"] | None = None
    """Which things. One of: all, some (checked before sending). Header ``Filter``."""

    def __init__(self, filter: Literal["all", "some"] | None = None) -> None:
        init_fields(self, filter=filter)
