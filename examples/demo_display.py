"""How examples/demo.py prints things: headings, step results, tables, one line per event.

Nothing here talks to Asterisk; it only turns responses and events into aligned text, so
demo.py can stay a readable tour of the API.  Printing goes through one lock because the
blocking client runs callbacks on its own thread while the main thread prints too.
"""

from __future__ import annotations

import textwrap
import threading
import time
from collections.abc import Iterable, Sequence

from ami import Event, Response, core
from ami_runtime import ConfigResponse

#: Values of these configuration names are never printed (manager.conf ``secret``,
#: sip.conf ``md5secret``/``remotesecret``, pjsip.conf ``password``...).
SENSITIVE_NAMES = ("secret", "password", "passwd", "pass", "key")
MASK = "********"

#: QueueMember ``Status``: an ast_device_state (include/asterisk/devicestate.h).
DEVICE_STATES = {
    "0": "unknown",
    "1": "not in use",
    "2": "in use",
    "3": "busy",
    "4": "invalid",
    "5": "unavailable",
    "6": "ringing",
    "7": "ringing, in use",
    "8": "on hold",
}


class Display:
    """Prints the demo's output and counts the steps the server refused."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.failures: list[str] = []

    def say(self, *lines: str) -> None:
        with self._lock:
            for line in lines:
                print(line, flush=True)

    def part(self, title: str) -> None:
        self.say("", f"=== {title} ".ljust(78, "="))

    def section(self, title: str) -> None:
        self.say("", f"--- {title}")

    def step(self, label: str, response: Response, detail: str = "") -> bool:
        """One line per action: what was asked, and the server's answer."""
        if response.success:
            answer = detail or response.message or response.kind
            self.say(f"  {label:<36} ok: {answer}")
            return True
        reason = response.message or response.kind or "error"
        self.failures.append(f"{label}: {reason}")
        self.say(f"  {label:<36} FAILED: {reason}")
        return False

    def problem(self, text: str) -> None:
        """Something went wrong without an error response (e.g. an event never came)."""
        self.failures.append(text)
        self.say(f"  ! {text}")

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        rows = [headers, *rows]
        widths = [max(len(cell) for cell in column) for column in zip(*rows, strict=True)]
        self.say(*("    " + "  ".join(map(str.ljust, row, widths)).rstrip() for row in rows))

    def connected(self, host: str, port: int, info: tuple[str, str] | None) -> None:
        """The banner names the AMI protocol version (not the Asterisk version)."""
        name, version = info or ("?", "?")
        self.say(f"  connected to {host}:{port}: banner '{name}/{version}' (AMI {version})")

    def config(self, label: str, response: ConfigResponse) -> None:
        """GetConfig's result, one line per category, secrets masked."""
        if self.step(label, response, f"{len(list(response.get_lines()))} lines"):
            self.say(*config_lines(response.categories()))
            self.say(*(f"  {line}" for line in response.lines))  # e.g. "No categories found"

    def event(self, event: Event, since: float) -> None:
        """``+0.012s  Newstate           Local/100@test-00000000;2   Up``"""
        channel, detail = describe_event(event)
        elapsed = f"+{time.monotonic() - since:.3f}s"
        self.say(f"    {elapsed:>8}  {event.name:<18} {channel:<28} {detail}".rstrip())


def describe_event(event: Event) -> tuple[str, str]:
    """The channel an event is about and a short human summary of it."""
    get = event.get
    name = event.name
    if name in ("DialBegin", "DialEnd"):
        what = f"dialing {get('DialString', '')}" if name == "DialBegin" else get("DialStatus", "")
        return get("DestChannel", ""), what
    if name == "LocalBridge":
        return get("LocalOneChannel", ""), f"paired with {get('LocalTwoChannel', '')}"
    if name == "OriginateResponse":
        reason = get("Reason", "")
        text = core.ORIGINATE_RESULT_MAP.get(int(reason), "?") if reason.isdigit() else "?"
        return get("Channel", ""), f"{get('Response', '')}, reason {reason} ({text})"
    if name == "Newexten":
        return get("Channel", ""), f"{get('Application', '')}({get('AppData', '')})"
    if name == "VarSet":
        return get("Channel", ""), f"{get('Variable', '')}={get('Value', '')}"
    if name in ("Hangup", "HangupRequest", "SoftHangupRequest"):
        cause, cause_text = get("Cause", ""), get("Cause-txt")
        return get("Channel", ""), f"cause {cause}" + (f" ({cause_text})" if cause_text else "")
    return get("Channel", ""), get("ChannelStateDesc", "")


def channel_rows(response: Response) -> list[list[str]]:
    """CoreShowChannels' list items as table rows."""
    return [
        [
            item.get("Channel", ""),
            item.get("ChannelStateDesc", ""),
            f"{item.get('Application', '')}({item.get('ApplicationData', '')})",
            item.get("Duration", ""),
        ]
        for item in response.events
        if item.name == "CoreShowChannel"
    ]


def member_rows(response: Response) -> list[list[str]]:
    """QueueStatus' QueueMember items as table rows."""
    return [
        [
            item.get("Name", ""),
            item.get("Location", ""),
            item.get("Membership", ""),
            DEVICE_STATES.get(item.get("Status", ""), item.get("Status", "")),
            "yes" if item.get("Paused") == "1" else "no",
        ]
        for item in response.events
        if item.name == "QueueMember"
    ]


def masked(line: str) -> str:
    """``secret=adminsecret`` -> ``secret=********``; other lines unchanged."""
    name, sep, _ = line.partition("=")
    if sep and any(word in name.strip().lower() for word in SENSITIVE_NAMES):
        return f"{name}={MASK}"
    return line


def config_lines(categories: dict[str, list[tuple[str, str]]], limit: int = 8) -> list[str]:
    """``[category]  name=value, ...`` wrapped to the terminal, secrets masked."""
    width = max((len(c) for c in categories), default=0) + 4
    out: list[str] = []
    for category, entries in list(categories.items())[:limit]:
        text = ", ".join(masked(f"{n}={v}") for n, v in entries) or "(empty)"
        head = f"  [{category}]".ljust(width + 2)
        out += textwrap.wrap(
            text, 98, initial_indent=head, subsequent_indent=" " * len(head), break_on_hyphens=False
        )
    if len(categories) > limit:
        out.append(f"  ... and {len(categories) - limit} more categories")
    return out
