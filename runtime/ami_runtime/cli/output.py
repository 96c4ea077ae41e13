"""How messages look on stdout: aligned blocks, one-line events, or JSON Lines.

JSON output is one object per message so that ``jq`` can read a stream.  AMI repeats
keys (``Output:``, ``Variable:``, ``ChanVariable:``), so a repeated key becomes a list,
in wire order; colon-less lines (``Response: Follows`` output before Asterisk 14,
``main/manager.c``, ``action_command``) go under ``"_lines"``.  Credentials are masked
the way logs mask them (:func:`ami_runtime.redact.redact_pairs`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from ..message import Event, Message, Response
from ..redact import redact_pairs

__all__ = ["message_json", "message_block", "event_line", "table", "write_response"]

#: Keys left out of the text view: noise for a person, kept in ``--json``.
_TEXT_SKIP = frozenset({"actionid"})
_LINE_SKIP = frozenset({"event", "privilege", "actionid"})


def message_dict(message: Message, action: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in redact_pairs(message.pairs, action):
        if key not in out:
            out[key] = value
            continue
        previous = out[key]
        if isinstance(previous, list):
            previous.append(value)
        else:
            out[key] = [previous, value]
    if message.lines:
        out["_lines"] = list(message.lines)
    return out


def message_json(message: Message, action: str = "") -> str:
    import json  # here, not at the top: only --json needs it (so for _quote below)

    return json.dumps(message_dict(message, action), ensure_ascii=False)


def message_block(message: Message, action: str = "") -> list[str]:
    """``Key:   value`` lines with the values aligned, then any colon-less lines."""
    pairs = [(k, v) for k, v in redact_pairs(message.pairs, action) if k.lower() not in _TEXT_SKIP]
    width = max((len(k) for k, _ in pairs), default=0) + 1
    lines = [f"{k + ':':<{width}} {v}".rstrip() for k, v in pairs]
    return lines + list(message.lines)


def _quote(value: str) -> str:
    if not value or any(ch.isspace() or ch in "\"'=" for ch in value):
        import json

        return json.dumps(value, ensure_ascii=False)
    return value


def event_line(event: Event, stamp: float | None = None) -> str:
    """``12:00:01.234 Hangup Channel=PJSIP/100-0001 Cause=16 ...`` (grep-friendly)."""
    now = time.time() if stamp is None else stamp
    clock = time.strftime("%H:%M:%S", time.localtime(now)) + f".{int(now % 1 * 1000):03d}"
    body = " ".join(
        f"{k}={_quote(v)}" for k, v in redact_pairs(event.pairs) if k.lower() not in _LINE_SKIP
    )
    return f"{clock} {event.name} {body}".rstrip()


def table(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> list[str]:
    """Columns padded to their widest cell; the last column is never padded."""
    rows = [header, *rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header) - 1)]
    out = []
    for row in rows:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)] + [row[-1]]
        out.append("  ".join(cells).rstrip())
    return out


def response_messages(response: Response) -> list[Message]:
    """The response, its list items, and its completion event, in arrival order."""
    messages: list[Message] = [response, *response.events]
    if response.complete is not None:
        messages.append(response.complete)
    return messages


def write_response(response: Response, action: str, as_json: bool) -> list[str]:
    """The lines to print for an action's answer."""
    messages = response_messages(response)
    if as_json:
        return [message_json(m, action) for m in messages]
    lines: list[str] = []
    for message in messages:
        if lines:
            lines.append("")
        lines.extend(message_block(message, action))
    return lines
