"""The subcommands that talk to a server: ``action``, ``command`` and ``events``.

Each opens one :class:`~ami_runtime.Manager` session (connect, login, work, Logoff) and
returns an exit code; failures surface as :class:`~ami_runtime.cli.common.CliError` or
as ``AmiError`` subclasses, which :mod:`ami_runtime.cli.app` maps to codes in one place.
"""

from __future__ import annotations

import contextlib
import fnmatch
import queue
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

from .._common import EventsArg
from .._sync.client import Manager
from ..action import Action, Request
from ..dispatch import EVENT_DISCONNECTED, EVENT_RECONNECTED
from ..errors import AuthenticationError, ConnectionLost
from ..message import Event, Response
from ..redact import MASK, redact_pairs
from ..serialize import to_pairs
from .catalogue import Catalogue, split_assignments
from .common import (
    EXIT_AUTH,
    EXIT_ERROR_RESPONSE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    CliError,
    UsageError,
)
from .output import event_line, message_json, write_response
from .settings import Settings

__all__ = [
    "Filters",
    "build_request",
    "run_action",
    "run_command",
    "run_events",
    "session",
    "show_request",
]

_POLL = 0.25


def _emit(lines: Sequence[str]) -> None:
    for line in lines:
        print(line, flush=True)


@contextlib.contextmanager
def session(
    settings: Settings,
    events: EventsArg = False,
    on_event: Callable[[Event], None] | None = None,
    reconnect: bool = False,
) -> Iterator[Manager]:
    """A logged-in manager; Logoff and close on the way out, whatever happened."""
    if not settings.username:
        raise UsageError("no username: use --username, AMI_USERNAME or a profile")
    secret = settings.require_secret()
    manager = Manager(reconnect=reconnect)
    if on_event is not None:
        manager.register_callback("", lambda event, _manager: on_event(event))
    try:
        manager.connect(settings.host, settings.port, settings.timeout, tls=settings.ssl_context())
        try:
            manager.login(
                settings.username, secret, settings.auth, events, timeout=settings.timeout
            )
        except AuthenticationError as exc:
            raise CliError(
                f"login as {settings.username!r} at {settings.address} refused: {exc}", EXIT_AUTH
            ) from None
        yield manager
    finally:
        if manager.is_connected():
            with contextlib.suppress(Exception):
                manager.send_action(Action("Logoff"), timeout=1.0)
        manager.close()


def build_request(catalogue: Catalogue, name: str, words: Sequence[str], raw: bool) -> Request[Any]:
    """The request from ``NAME field=value ...``; raises :class:`UsageError` before connecting."""
    assignments = split_assignments(words)
    if not raw:
        return catalogue.build(name, assignments)
    headers: dict[str, list[str]] = {}
    for key, value in assignments:
        # "timeout" would be Action's own keyword; Asterisk reads keys in any case.
        headers.setdefault("Timeout" if key == "timeout" else key, []).append(value)
    flat: dict[str, Any] = {k: v[0] if len(v) == 1 else v for k, v in headers.items()}
    request = Action(name, **flat)
    try:
        to_pairs(request)
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}") from None
    return request


def _wait(settings: Settings) -> dict[str, Any]:
    """``--timeout`` bounds the action too; otherwise the catalogue's own wait applies."""
    return {"timeout": settings.timeout} if settings.timeout_given else {}


def _send(settings: Settings, request: Request[Any]) -> Response:
    """One request in its own session; a lost connection names what was in flight."""
    with session(settings) as manager:
        try:
            response: Response = manager.send_action(request, **_wait(settings))
        except ConnectionLost as exc:
            raise ConnectionLost(
                f"{request.action_name}: {exc} ({settings.address}); the action may or may "
                "not have run"
            ) from exc
    return response


def show_request(request: Request[Any]) -> int:
    """``--dry-run``: the headers that would be sent (credentials masked), no connection."""
    name = request.action_name
    hidden = {f.key.lower() for f in request.FIELDS if f.encoding == "secret"}
    pairs = redact_pairs([("Action", name), *to_pairs(request)], name)
    _emit([f"{k}: {MASK if k.lower() in hidden else v}" for k, v in pairs])
    return EXIT_OK


def run_action(settings: Settings, request: Request[Any], as_json: bool) -> int:
    name = request.action_name
    response = _send(settings, request)
    _emit(write_response(response, name, as_json))
    if not response.success:
        if not as_json:
            print(f"ami: {name} failed: {_reason(response)}", file=sys.stderr)
        return EXIT_ERROR_RESPONSE
    return EXIT_OK


def run_command(settings: Settings, catalogue: Catalogue, text: str, as_json: bool) -> int:
    """``Command`` through the catalogue class when there is one, else generically."""
    try:
        request = catalogue.build("Command", [("Command", text)])
    except UsageError:
        request = Action("Command", Command=text)
    response = _send(settings, request)
    if as_json:
        _emit([message_json(response, "Command")])
    else:
        data = response.data
        _emit([] if data == [""] else data)
    if not response.success:
        # Asterisk 14+ says "Command output follows" even for a failed command.
        message = response.message or ""
        detail = "" if "output follows" in message.lower() else f": {_reason(response)}"
        print(f"ami: command failed{detail}", file=sys.stderr)
        return EXIT_ERROR_RESPONSE
    return EXIT_OK


def _reason(response: Response) -> str:
    """The server's words, and for ``Permission denied`` the class the action needs."""
    text = response.message or response.kind
    hint = response.permission_hint() if text == "Permission denied" else None
    return f"{text} ({hint})" if hint else text


class Filters(NamedTuple):
    """``Key=glob`` / ``Key!=glob``: one header's filters are OR-ed, different headers AND-ed.

    Header names and values compare case-insensitively, as Asterisk compares keys
    (``main/manager.c``, ``__astman_get_header``); a pattern without ``*?[`` is exact.
    """

    include: dict[str, list[str]]
    exclude: dict[str, list[str]]

    @classmethod
    def parse(cls, words: Sequence[str]) -> Filters:
        include: dict[str, list[str]] = {}
        exclude: dict[str, list[str]] = {}
        for word in words:
            key, eq, pattern = word.partition("=")
            target = include
            if key.endswith("!"):
                key, target = key[:-1], exclude
            if not eq or not key.strip():
                raise UsageError(f"--filter: expected Header=pattern or Header!=pattern: {word!r}")
            target.setdefault(key.strip().lower(), []).append(pattern.lower())
        return cls(include, exclude)

    def match(self, event: Event) -> bool:
        for key, patterns in self.include.items():
            value = event.get(key)
            if value is None or not _any_match(value, patterns):
                return False
        for key, patterns in self.exclude.items():
            value = event.get(key)
            if value is not None and _any_match(value, patterns):
                return False
        return True


def _any_match(value: str, patterns: list[str]) -> bool:
    low = value.lower()
    return any(fnmatch.fnmatchcase(low, p) for p in patterns)


class _Inbox:
    """Events handed from the client's dispatcher thread to the printing loop.

    Bounded and never blocking: a blocked dispatcher would stall the client's shutdown,
    so when the output cannot keep up, events are dropped and counted in the summary.
    """

    def __init__(self, size: int = 10_000) -> None:
        self.queue: queue.Queue[Event] = queue.Queue(size)
        self.dropped = 0

    def put(self, event: Event) -> None:
        try:
            self.queue.put_nowait(event)
        except queue.Full:
            self.dropped += 1


class _Stop(Exception):
    """SIGTERM before the stream started: stop and print the summary, as Ctrl-C does."""


class _StopSignals:
    """SIGINT and SIGTERM for ``ami events``, installed while it runs (main thread only).

    Until the stream starts (connecting, logging in) a signal stops at once, by an
    exception, and so does a second one.  Once events stream, the first only sets
    :attr:`signum`, which the printing loop reads between two waits of at most
    ``_POLL``: an exception raised wherever the main thread happens to be may land inside
    the inbox queue's lock and leave it held, and the client's dispatcher, putting the
    next event, would then block on it for ever and the shutdown (Logoff, close) with it.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.signum: int | None = None
        self.streaming = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> _StopSignals:
        if threading.current_thread() is threading.main_thread():
            # An ignored signal stays ignored, as Python leaves it: a job a shell starts
            # in the background with "&" ignores SIGINT, so a terminal's Ctrl-C is not its.
            self._previous = {
                s: signal.signal(s, self._on_signal)
                for s in self.SIGNALS
                if signal.getsignal(s) is not signal.SIG_IGN
            }
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]

    def _on_signal(self, signum: int, frame: types.FrameType | None) -> None:
        if self.streaming and self.signum is None:
            self.signum = signum
        elif signum == signal.SIGINT:  # (a second one while stopping forces the way out)
            raise KeyboardInterrupt
        else:
            raise _Stop


def run_events(
    settings: Settings,
    filters: Filters,
    as_json: bool,
    mask: str | None = None,
    count: int | None = None,
    reconnect: bool = False,
) -> int:
    """Stream events until ``count`` matches (exit 0), Ctrl-C (130), SIGTERM (143), or the
    server goes (3)."""
    inbox = _Inbox()
    seen = shown = 0
    started = time.monotonic()
    lost: str | None = None
    stopped_by: int | None = None
    try:
        # Logged in with events off, then turned on: the FullyBooted (and SuccessfulAuth)
        # Asterisk writes right after a login with events on are about our own login,
        # and would be shown and counted by --count (main/manager.c, action_login).
        with _StopSignals() as signals, session(settings, False, inbox.put, reconnect) as manager:
            manager.send_action(Action("Events", EventMask=mask or "on")).raise_for_error()
            signals.streaming = True
            print(f"ami: streaming events from {settings.address}; Ctrl-C stops", file=sys.stderr)
            while count is None or shown < count:
                if signals.signum is not None:
                    interrupted = signals.signum == signal.SIGINT
                    stopped_by = EXIT_INTERRUPTED if interrupted else EXIT_TERMINATED
                    break
                try:
                    event = inbox.queue.get(timeout=_POLL)
                except queue.Empty:
                    continue
                if event.name in (EVENT_DISCONNECTED, EVENT_RECONNECTED):
                    lost = _connection_note(event, reconnect)
                    if lost is not None:
                        break
                    continue
                seen += 1
                if filters.match(event):
                    shown += 1
                    print(message_json(event) if as_json else event_line(event), flush=True)
    except KeyboardInterrupt:
        stopped_by = EXIT_INTERRUPTED
    except _Stop:
        stopped_by = EXIT_TERMINATED
    elapsed = time.monotonic() - started
    dropped = f", {inbox.dropped} dropped (output too slow)" if inbox.dropped else ""
    print(
        f"ami: {seen} event(s) received, {shown} shown{dropped}, in {elapsed:.1f} s",
        file=sys.stderr,
    )
    if lost is not None:
        raise ConnectionLost(f"connection to {settings.address} lost: {lost}")
    # Stopped by a signal: 128 + its number, as a shell reports a process it killed,
    # so "ami events --count 5 || ..." can tell a full count from an interruption.
    return EXIT_OK if stopped_by is None else stopped_by


def _connection_note(event: Event, reconnect: bool) -> str | None:
    """The reason to stop, or ``None`` after telling the user about a (re)connection."""
    if event.name == EVENT_DISCONNECTED:
        reason = event.get("Reason", "connection closed")
        if not reconnect:
            return reason
        print(f"ami: disconnected ({reason}); reconnecting...", file=sys.stderr, flush=True)
    else:
        print("ami: reconnected", file=sys.stderr, flush=True)
    return None
