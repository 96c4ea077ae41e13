# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``demo_dial``.

Implemented in apps/app_demo.c.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, WaitRule, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "Dial",
    "Ring",
]


@request_class
class Dial(Request[Response]):
    """Dial a channel; quotes \"\"\" and \\ backslashes in spec text stay inert.

    Sends ``Action: Dial`` (``apps/app_demo.c``). Privilege: originate. Reply: Message
    'Dialled'. Related events: DialEnd. Asterisk: since 12. Verified live on Asterisk 20,
    22, 23.

    A note shown in the docstring.
    """

    ACTION: ClassVar[str] = "Dial"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("channel", "Channel", required=True),
        Field("timeout", "Timeout", encoding="int"),
        Field("async_", "Async", encoding="bool"),
        Field("variables", "Variable", encoding="variables"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("originate",)
    EVENTS: ClassVar[tuple[str, ...]] = ("DialEnd",)
    WAIT: ClassVar[WaitRule | None] = WaitRule("timeout", 0.001, 2.0, 600.0)
    SINCE: ClassVar[str | None] = "12"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    channel: str
    """Channel to dial. Header ``Channel``."""

    async_: bool | None = True
    """Return at once. Header ``Async``. Asterisk's default: false."""

    variables: Mapping[str, str | int | float] | None = None
    """One 'Variable: name=value' line each. Header ``Variable``."""

    _: KW_ONLY

    timeout: int | None = None
    """Milliseconds to wait. Header ``Timeout``."""

    def __init__(
        self,
        channel: str,
        async_: bool | None = True,
        variables: Mapping[str, str | int | float] | None = None,
        *,
        timeout: int | None = None,
    ) -> None:
        init_fields(self, channel=channel, async_=async_, variables=variables, timeout=timeout)


@request_class
class Ring(Request[Response]):
    """Ring a thing.

    Sends ``Action: Ring``. Privilege: call. Reply: a plain response. Asterisk: since
    18.20.0, 20.5.0. Verified live on Asterisk 23.
    """

    ACTION: ClassVar[str] = "Ring"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("thing", "Thing", required=True),
        Field("times", "Times"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "18.20.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.20.0", "20.5.0")
    VERIFIED: ClassVar[tuple[str, ...]] = ("23",)

    thing: str
    """The thing. Header ``Thing``."""

    _: KW_ONLY

    times: str | int | None = None
    """How often. Header ``Times``."""

    def __init__(self, thing: str, *, times: str | int | None = None) -> None:
        init_fields(self, thing=thing, times=times)
