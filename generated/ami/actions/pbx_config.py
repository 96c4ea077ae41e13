# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: action_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI actions registered by the Asterisk module ``pbx_config``.

Implemented in pbx/pbx_config.c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ami_runtime.action import Field, Request, init_fields, request_class
from ami_runtime.message import Response

if TYPE_CHECKING:
    from dataclasses import KW_ONLY

__all__ = [
    "DialplanExtensionAdd",
    "DialplanExtensionRemove",
]


@request_class
class DialplanExtensionAdd(Request[Response]):
    """Add an extension to the dialplan.

    Sends ``Action: DialplanExtensionAdd`` (``pbx/pbx_config.c``). Privilege: system. Reply:
    a plain response. Asterisk: since 13.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "DialplanExtensionAdd"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("extension", "Extension", required=True),
        Field("priority", "Priority", required=True),
        Field("application", "Application", required=True),
        Field("application_data", "ApplicationData"),
        Field("replace", "Replace"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """Context where the extension will be created. The context will be created if it does not
    already exist. Header ``Context``."""

    extension: str
    """Name of the extension that will be created (may include callerid match by separating
    with '/') Header ``Extension``."""

    priority: str
    """Priority being added to this extension. Must be either hint or a numerical value. Header
    ``Priority``."""

    application: str
    """The application to use for this extension at the requested priority Header
    ``Application``."""

    _: KW_ONLY

    application_data: str | None = None
    """Arguments to the application. Header ``ApplicationData``."""

    replace: str | None = None
    """If set to 'yes', '1', 'true' or any of the other values we evaluate as true, then if an
    extension already exists at the requested context, extension, and priority it will be
    overwritten. Otherwise, the existing extension will remain and the action will fail.
    Header ``Replace``."""

    def __init__(
        self,
        context: str,
        extension: str,
        priority: str,
        application: str,
        *,
        application_data: str | None = None,
        replace: str | None = None,
    ) -> None:
        init_fields(
            self,
            context=context,
            extension=extension,
            priority=priority,
            application=application,
            application_data=application_data,
            replace=replace,
        )


@request_class
class DialplanExtensionRemove(Request[Response]):
    """Remove an extension from the dialplan.

    Sends ``Action: DialplanExtensionRemove`` (``pbx/pbx_config.c``). Privilege: system.
    Reply: a plain response. Asterisk: since 13.0.0. Verified live on Asterisk 20, 22, 23.
    """

    ACTION: ClassVar[str] = "DialplanExtensionRemove"
    FIELDS: ClassVar[tuple[Field, ...]] = (
        Field("context", "Context", required=True),
        Field("extension", "Extension", required=True),
        Field("priority", "Priority"),
    )
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("system",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    context: str
    """Context of the extension being removed Header ``Context``."""

    extension: str
    """Name of the extension being removed (may include callerid match by separating with '/')
    Header ``Extension``."""

    _: KW_ONLY

    priority: str | None = None
    """If provided, only remove this priority from the extension instead of all priorities in
    the extension. Header ``Priority``."""

    def __init__(self, context: str, extension: str, *, priority: str | None = None) -> None:
        init_fields(self, context=context, extension=extension, priority=priority)
