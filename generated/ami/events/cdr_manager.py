# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``cdr_manager``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

__all__ = [
    "Cdr",
]


class Cdr(Event):
    """Raised when a CDR is generated.

    ``Event: Cdr`` (``cdr/cdr_manager.c``). Class: cdr. Asterisk: documented since 13.2.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "Cdr"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("cdr",)
    SINCE: ClassVar[str | None] = "13.2.0"

    account_code = StrHeader("AccountCode")
    """The account code of the Party A channel. Header ``AccountCode``."""

    source = StrHeader("Source")
    """The Caller ID number associated with the Party A in the CDR. Header ``Source``."""

    destination = StrHeader("Destination")
    """The dialplan extension the Party A was executing. Header ``Destination``."""

    destination_context = StrHeader("DestinationContext")
    """The dialplan context the Party A was executing. Header ``DestinationContext``."""

    caller_id = StrHeader("CallerID")
    """The Caller ID name associated with the Party A in the CDR. Header ``CallerID``."""

    channel = StrHeader("Channel")
    """The channel name of the Party A. Header ``Channel``."""

    destination_channel = StrHeader("DestinationChannel")
    """The channel name of the Party B. Header ``DestinationChannel``."""

    last_application = StrHeader("LastApplication")
    """The last dialplan application the Party A executed. Header ``LastApplication``."""

    last_data = StrHeader("LastData")
    """The parameters passed to the last dialplan application the Party A executed. Header
    ``LastData``."""

    start_time = StrHeader("StartTime")
    """The time the CDR was created. Header ``StartTime``."""

    answer_time = StrHeader("AnswerTime")
    """The earliest of either the time when Party A answered, or the start time of this CDR.
    Header ``AnswerTime``."""

    end_time = StrHeader("EndTime")
    """The time when the CDR was finished. This occurs when the Party A hangs up or when the
    bridge between Party A and Party B is broken. Header ``EndTime``."""

    duration = StrHeader("Duration")
    """The time, in seconds, of EndTime - StartTime. Header ``Duration``."""

    billable_seconds = IntHeader("BillableSeconds")
    """The time, in seconds, of AnswerTime - StartTime. Header ``BillableSeconds``."""

    disposition = StrHeader("Disposition")
    """The final known disposition of the CDR. Documented values: NO ANSWER, FAILED, BUSY,
    ANSWERED, CONGESTION. Header ``Disposition``."""

    ama_flags = StrHeader("AMAFlags")
    """A flag that informs a billing system how to treat the CDR. Documented values: OMIT,
    BILLING, DOCUMENTATION. Header ``AMAFlags``."""

    unique_id = StrHeader("UniqueID")
    """A unique identifier for the Party A channel. Header ``UniqueID``."""

    user_field = StrHeader("UserField")
    """A user defined field set on the channels. If set on both the Party A and Party B
    channel, the userfields of both are concatenated and separated by a ;. Header
    ``UserField``."""
