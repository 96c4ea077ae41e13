"""What every action handler gets, and how replies are shaped.

Reply shape follows ``astman_send_response_full`` (``main/manager.c``): ``Response``,
``ActionID`` only when the request had a non-empty one, ``EventList: start`` for list
acknowledgements, ``Message`` when there is text, then any extra keys.  List items and
completion events are written straight to the session (``astman_append``), so they arrive
whatever the event mask.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ...framing import encode_pairs
from ...message import Message

if TYPE_CHECKING:
    from ..state import State
    from ..state.channels import Channel
    from ..users import Users

__all__ = ["ActionSpec", "Ctx", "Handler", "Pairs", "SessionLike"]

Pairs = list[tuple[str, str]]


class SessionLike(Protocol):
    """The parts of a session handlers use."""

    authenticated: bool
    username: str
    readperm: int
    writeperm: int
    mask: int
    challenge: str | None
    closing: bool
    peer: str
    local: str
    session_id: str
    started: float

    def add_filter(self, text: str) -> bool: ...

    def write(self, data: bytes) -> None: ...

    async def wait_event(self, timeout: float) -> list[bytes]: ...

    @property
    def users(self) -> Users: ...

    @property
    def auth_fail_delay(self) -> float: ...


Handler = Callable[["Ctx"], Awaitable[None] | None]


@dataclass(frozen=True)
class ActionSpec:
    """One registered action: its name as listed, synopsis, privilege mask, handler."""

    name: str
    synopsis: str
    privilege: int
    handler: Handler | None


class Ctx:
    """One request being answered."""

    def __init__(self, request: Message, session: SessionLike, state: State) -> None:
        self.request = request
        self.session = session
        self.state = state
        aid = request.get("ActionID")
        self.action_id = aid if aid else None

    def get(self, key: str) -> str:
        """A request header's value, ``""`` when absent (``astman_get_header``)."""
        return self.request.get(key) or ""

    def named_channel(self, *, with_exten: bool = False) -> Channel | None:
        """The existing channel the ``Channel`` header names, checked in the order of
        manager.c's transfer actions: "No channel specified", then (``with_exten``) "No
        extension specified", then "Channel specified does not exist".  ``None`` once
        the error is answered."""
        name = self.get("Channel")
        if not name:
            self.error("No channel specified")
            return None
        if with_exten and not self.get("Exten"):
            self.error("No extension specified")
            return None
        ch = self.state.channels.get(name)
        if ch is None:
            self.error("Channel specified does not exist")
        return ch

    def aid(self) -> Pairs:
        """``[("ActionID", id)]`` or nothing."""
        return [("ActionID", self.action_id)] if self.action_id is not None else []

    def send(self, pairs: Iterable[tuple[str, str]], trailer: str = "") -> None:
        """Write one message (plus raw ``trailer`` bytes, e.g. a stray blank line)."""
        self.session.write(encode_pairs(pairs) + trailer.encode("utf-8"))

    def respond(
        self, kind: str, message: str | None = None, extra: Pairs | None = None, *,
        listack: bool = False, trailer: str = "",
    ) -> None:  # fmt: skip
        """A response of any kind."""
        pairs: Pairs = [("Response", kind), *self.aid()]
        if listack:
            pairs.append(("EventList", "start"))
        if message is not None:
            pairs.append(("Message", message))
        pairs.extend(extra or [])
        self.send(pairs, trailer)

    def ok(self, message: str | None = None, extra: Pairs | None = None) -> None:
        """``Response: Success``."""
        self.respond("Success", message, extra)

    def error(self, message: str, trailer: str = "") -> None:
        """``Response: Error`` with Asterisk's text."""
        self.respond("Error", message, trailer=trailer)

    def list_start(self, message: str) -> None:
        """``astman_send_listack``."""
        self.respond("Success", message, listack=True)

    def item(self, name: str, body: Pairs, *, aid_last: bool = False) -> None:
        """One list item: ``Event``, then ActionID second (or last) and the body."""
        if aid_last:
            self.send([("Event", name), *body, *self.aid()])
        else:
            self.send([("Event", name), *self.aid(), *body])

    def list_complete(self, name: str, count: int, extra: Pairs | None = None) -> None:
        """``astman_send_list_complete_start``/``_end``."""
        pairs: Pairs = [("Event", name), *self.aid(), ("EventList", "Complete")]
        pairs.append(("ListItems", str(count)))
        self.send(pairs + (extra or []))
