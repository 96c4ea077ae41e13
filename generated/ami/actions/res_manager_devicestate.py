# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``res_manager_devicestate``.

Implemented in res/res_manager_devicestate.c.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.action import Field, ListSpec, Request, request_class
from ami_runtime.message import Response

__all__ = [
    "DeviceStateList",
]


@request_class
class DeviceStateList(Request[Response]):
    """List the current known device states.

    Sends ``Action: DeviceStateList`` (``res/res_manager_devicestate.c``). Privilege: call,
    reporting. Reply: an event list of DeviceStateChange items, ended by
    DeviceStateListComplete. Asterisk: since 13.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "DeviceStateList"
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call", "reporting")
    LIST: ClassVar[ListSpec | None] = ListSpec(
        items=("DeviceStateChange",), complete="DeviceStateListComplete"
    )
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")
