"""One manager connection: framing, login state, privileges and event delivery.

Follows ``main/manager.c``: the banner first (``session_do``); each message checked for
line length and count (``get_input``, ``do_message``); ``process_message``'s order of
checks (missing Action, not logged in, unknown action, missing privilege); events queued
while an action runs and written after its reply (``process_events``), each only to
sessions whose mask holds all of the event's class bits.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import TYPE_CHECKING

from ..errors import RemoteProtocolError
from ..framing import FrameReader, encode_pairs
from ..message import Message
from .actions import Ctx
from .events import SimEvent
from .privileges import CLASSES

if TYPE_CHECKING:
    from .server import Simulator
    from .users import Users

__all__ = ["Session"]

log = logging.getLogger("ami_runtime.simulator")

MAX_LINE = 1024
MAX_LINES = 128
SECURITY = CLASSES["security"]
_PRE_LOGIN = frozenset({"login", "logoff", "challenge"})


def _addr(sockname: object) -> str:
    if isinstance(sockname, tuple) and len(sockname) >= 2:
        return f"IPV4/TCP/{sockname[0]}/{sockname[1]}"
    return "IPV4/TCP/0.0.0.0/0"


class Session:
    """Serves one client until it logs off, fails to log in or disconnects."""

    def __init__(
        self, sim: Simulator, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.sim = sim
        self.reader, self.writer = reader, writer
        self.authenticated = False
        self.username = ""
        self.readperm = self.writeperm = self.mask = 0
        self.challenge: str | None = None
        self.closing = False
        self.peer = _addr(writer.get_extra_info("peername"))
        self.local = _addr(writer.get_extra_info("sockname"))
        self.session_id = hex(id(self))
        self.started = time.time()
        self._busy = False
        self._pending: list[bytes] = []
        self._arrived = asyncio.Event()
        #: Filter action / eventfilter: (regex, blacklist) in order of addition.
        self.filters: list[tuple[re.Pattern[str], bool]] = []

    @property
    def users(self) -> Users:
        """The server's user table."""
        return self.sim.users

    @property
    def auth_fail_delay(self) -> float:
        """Seconds a failed login waits before answering."""
        return self.sim.auth_fail_delay

    def write(self, data: bytes) -> None:
        """Queue bytes for the client (nothing after close)."""
        if not self.writer.is_closing():
            self.writer.write(data)

    def add_filter(self, text: str) -> bool:
        """Add an event filter (``manager_add_filter``): a regex an event's text must
        match, or with ``!`` must not; False when it does not compile."""
        blacklist = text.startswith("!")
        pattern = text[1:] if blacklist else text
        if not pattern:
            return False
        try:
            self.filters.append((re.compile(pattern), blacklist))
        except re.error:
            return False
        return True

    def _filtered_out(self, data: bytes) -> bool:
        """``match_filter``: with whitelist filters one must match; no blacklist may."""
        text = data.decode("utf-8", "replace")
        whitelist = [rx for rx, black in self.filters if not black]
        if whitelist and not any(rx.search(text) for rx in whitelist):
            return True
        return any(rx.search(text) for rx, black in self.filters if black)

    def on_event(self, event: SimEvent) -> None:
        """Deliver an event if the session's mask has all its classes (and its filters
        let it through)."""
        if not self.authenticated or (self.mask & event.category) != event.category:
            return
        data = encode_pairs(event.pairs())
        if self.filters and self._filtered_out(data):
            return
        if self._busy:
            self._pending.append(data)
            self._arrived.set()
        else:
            self.write(data)

    async def wait_event(self, timeout: float) -> list[bytes]:
        """WaitEvent: block until an event is queued for this session or ``timeout``."""
        if not self._pending:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), timeout)
            except asyncio.TimeoutError:
                pass
        taken, self._pending = self._pending, []
        return taken

    async def run(self) -> None:
        """Banner, then messages until the session ends."""
        unsubscribe = self.sim.state.subscribe(self.on_event)
        framer = FrameReader(banner=False, max_message_size=1024 * 1024)
        log.info("session %s opened", self.peer)
        try:
            self.write(f"{self.sim.state.version.banner}\r\n".encode())
            while not self.closing:
                data = await self.reader.read(65536)
                if not data:
                    break
                for raw in framer.feed(data):
                    await self._process(raw)
                    if self.closing:
                        break
                await self.writer.drain()
        except (ConnectionError, RemoteProtocolError) as exc:
            log.debug("session %s ended: %s", self.peer, exc)
        finally:
            unsubscribe()
            self.writer.close()
            who = f" ({self.username})" if self.username else ""
            log.info("session %s closed%s", self.peer, who)

    async def _process(self, raw: bytes) -> None:
        lines = raw.split(b"\n")
        request = Message.from_raw(raw)
        pairs = [(k, v.lstrip(" \t")) for k, v in request.pairs]
        message = Message(pairs)
        ctx = Ctx(message, self, self.sim.state)
        self._busy = True
        try:
            if any(len(line.rstrip(b"\r")) + 2 > MAX_LINE for line in lines):
                ctx.error("Failed to parse message: line too long")
            elif len(lines) > MAX_LINES:
                ctx.error("Too many lines in message or allocation failure")
            else:
                await self._dispatch(ctx)
        finally:
            self._busy = False
            if not message.get("SuppressEvents"):
                pending, self._pending = self._pending, []
                for data in pending:
                    self.write(data)

    def _security_event(self, ctx: Ctx, name: str, action: str) -> None:
        """RequestNotAllowed (``report_req_not_allowed``): an action the user may not run."""
        from .actions.core import security_tv

        body = (
            ("EventTV", security_tv()), ("Severity", "Error"), ("Service", "AMI"),
            ("EventVersion", "1"), ("AccountID", self.username), ("SessionID", self.session_id),
            ("LocalAddress", self.local), ("RemoteAddress", self.peer),
            ("RequestType", f"Action: {action}"), ("SessionTV", security_tv(self.started)),
        )  # fmt: skip
        self.sim.state.emit(SimEvent(name, SECURITY, body))

    def _bad_request(self, ctx: Ctx, action: str) -> None:
        """RequestBadFormat, the security event of an unknown action (``report_req_bad_format``)."""
        from .actions.core import security_tv

        body = (
            ("EventTV", security_tv()), ("Severity", "Error"), ("Service", "AMI"),
            ("EventVersion", "1"), ("SessionID", self.session_id), ("LocalAddress", self.local),
            ("RemoteAddress", self.peer), ("RequestType", f"Action: {action}"),
            ("SessionTV", security_tv(self.started)), ("AccountID", self.username),
        )  # fmt: skip
        self.sim.state.emit(SimEvent("RequestBadFormat", SECURITY, body))

    async def _dispatch(self, ctx: Ctx) -> None:
        action = next((v for v in ctx.request.get_all("Action") if v), "")
        if not action:
            ctx.error("Missing action in request")
            if self.authenticated:
                self._bad_request(ctx, "NONE")
            return
        low = action.lower()
        if not self.authenticated and low not in _PRE_LOGIN:
            ctx.error("Permission denied")
            return
        spec = self.sim.state.actions.get(low)
        if spec is None:
            self._bad_request(ctx, action)
            ctx.error(
                f"Invalid/unknown command: {action}. "
                "Use Action: ListCommands to show available commands."
            )
            return
        if spec.privilege and not (self.writeperm & spec.privilege):
            ctx.error("Permission denied")
            self._security_event(ctx, "RequestNotAllowed", spec.name)
            return
        if spec.handler is None:
            ctx.error(f"Action {spec.name} is not implemented by the amikit simulator")
            return
        result = spec.handler(ctx)
        if result is not None:
            await result
