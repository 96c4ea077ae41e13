# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_fax``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "FAXSession",
    "FAXSessionsComplete",
    "FAXSessionsEntry",
    "FAXStats",
]


class FAXSession(Event):
    """Raised in response to FAXSession manager command.

    ``Event: FAXSession`` (``res/res_fax.c``). Class: reporting. Asterisk: documented since
    13.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FAXSession"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "13.0.0"

    session_number = IntHeader("SessionNumber")
    """The numerical identifier for this particular session Header ``SessionNumber``."""

    operation = StrHeader("Operation")
    """FAX session operation type Documented values: gateway, V.21, send, receive, none. Header
    ``Operation``."""

    state = StrHeader("State")
    """Current state of the FAX session Documented values: Uninitialized, Initialized, Open,
    Active, Complete, Reserved, Inactive, Unknown. Header ``State``."""

    error_correction_mode = StrHeader("ErrorCorrectionMode")
    """Whether error correcting mode is enabled for the FAX session. This field is not included
    when operation is 'V.21 Detect' or if operation is 'gateway' and state is
    'Uninitialized' Documented values: yes, no. Header ``ErrorCorrectionMode``."""

    data_rate = StrHeader("DataRate")
    """Bit rate of the FAX. This field is not included when operation is 'V.21 Detect' or if
    operation is 'gateway' and state is 'Uninitialized'. Header ``DataRate``."""

    image_resolution = StrHeader("ImageResolution")
    """Resolution of each page of the FAX. Will be in the format of X_RESxY_RES. This field is
    not included if the operation is anything other than Receive/Transmit. Header
    ``ImageResolution``."""

    page_number = StrHeader("PageNumber")
    """Current number of pages transferred during this FAX session. May change as the FAX
    progresses. This field is not included when operation is 'V.21 Detect' or if operation
    is 'gateway' and state is 'Uninitialized'. Header ``PageNumber``."""

    file_name = StrHeader("FileName")
    """Filename of the image being sent/received for this FAX session. This field is not
    included if Operation isn't 'send' or 'receive'. Header ``FileName``."""

    pages_transmitted = IntHeader("PagesTransmitted")
    """Total number of pages sent during this session. This field is not included if Operation
    isn't 'send' or 'receive'. Will always be 0 for 'receive'. Header ``PagesTransmitted``."""

    pages_received = IntHeader("PagesReceived")
    """Total number of pages received during this session. This field is not included if
    Operation is not 'send' or 'receive'. Will be 0 for 'send'. Header ``PagesReceived``."""

    total_bad_lines = IntHeader("TotalBadLines")
    """Total number of bad lines sent/received during this session. This field is not included
    if Operation is not 'send' or 'received'. Header ``TotalBadLines``."""


class FAXSessionsComplete(ListCompleteFields):
    """Raised when all FAXSession events are completed for a FAXSessions command.

    ``Event: FAXSessionsComplete`` (``res/res_fax.c``). Class: call. Asterisk: documented
    since 13.0.0. Headers of ListCompleteFields included. Verified live on Asterisk 20, 22,
    23.

    Observed on Asterisk 20, 22, 23: it sends EventList, ListItems (the ListCompleteFields
    headers).
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FAXSessionsComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("call",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    total = IntHeader("Total")
    """Count of FAXSession events sent in response to FAXSessions action Header ``Total``."""


class FAXSessionsEntry(Event):
    """A single list item for the FAXSessions AMI command.

    ``Event: FAXSessionsEntry`` (``res/res_fax.c``). Class: reporting. Asterisk: documented
    since 13.0.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FAXSessionsEntry"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "13.0.0"

    channel = StrHeader("Channel")
    """Name of the channel responsible for the FAX session Header ``Channel``."""

    technology = StrHeader("Technology")
    """The FAX technology that the FAX session is using Header ``Technology``."""

    session_number = IntHeader("SessionNumber")
    """The numerical identifier for this particular session Header ``SessionNumber``."""

    session_type = StrHeader("SessionType")
    """FAX session passthru/relay type Documented values: G.711, T.38. Header ``SessionType``."""

    operation = StrHeader("Operation")
    """FAX session operation type Documented values: gateway, V.21, send, receive, none. Header
    ``Operation``."""

    state = StrHeader("State")
    """Current state of the FAX session Documented values: Uninitialized, Initialized, Open,
    Active, Complete, Reserved, Inactive, Unknown. Header ``State``."""

    files = StrHeader("Files")
    """File or list of files associated with this FAX session Header ``Files``."""


class FAXStats(Event):
    """Raised in response to FAXStats manager command.

    ``Event: FAXStats`` (``res/res_fax.c``). Class: reporting. Asterisk: documented since
    13.0.0. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "FAXStats"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("reporting",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    current_sessions = IntHeader("CurrentSessions")
    """Number of active FAX sessions Header ``CurrentSessions``."""

    reserved_sessions = IntHeader("ReservedSessions")
    """Number of reserved FAX sessions Header ``ReservedSessions``."""

    transmit_attempts = IntHeader("TransmitAttempts")
    """Total FAX sessions for which Asterisk is/was the transmitter Header
    ``TransmitAttempts``."""

    receive_attempts = IntHeader("ReceiveAttempts")
    """Total FAX sessions for which Asterisk is/was the recipient Header ``ReceiveAttempts``."""

    completed_fa_xes = IntHeader("CompletedFAXes")
    """Total FAX sessions which have been completed successfully Header ``CompletedFAXes``."""

    failed_fa_xes = IntHeader("FailedFAXes")
    """Total FAX sessions which failed to complete successfully Header ``FailedFAXes``."""
