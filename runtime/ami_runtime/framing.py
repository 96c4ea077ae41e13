"""Bytes <-> messages.  Nothing else: no ActionIDs, no state beyond the receive buffer.

Asterisk ends each line with CRLF and each message with an empty line
(``main/manager.c``, ``astman_append``); we also accept a bare LF, as Asterisk itself does
on input (``get_input``).  A message therefore ends at ``\\r\\n\\r\\n`` or ``\\n\\n``.
``\\n\\r\\n`` is *not* an end: over 60 reply texts end in a bare LF before their CRLF
(``Message: Park successful\\n\\r\\n``), and treating that LF as a line end would cut the
message short.

Two shapes need care:

* the banner, ``Asterisk Call Manager/9.0.0\\r\\n``, one line with no blank line after it
  (``session_do``): the first line received is the banner, whatever it says;
* ``Response: Follows`` (Command before Asterisk 14), whose raw output may itself contain
  blank lines, ends at ``--END COMMAND--`` followed by the blank line.

The buffer remembers how far it has searched, so a trickle of bytes costs O(n) in total,
and an unfinished message larger than ``max_message_size`` raises
:class:`~ami_runtime.errors.RemoteProtocolError` instead of growing without bound.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import RemoteProtocolError

__all__ = ["FrameReader", "encode_pairs", "encode_message", "DEFAULT_MAX_MESSAGE_SIZE"]

#: Cap on one unfinished message.  Asterisk's own replies are unbounded in theory
#: (Command output); 16 MiB leaves room for a huge ``core show help`` while still
#: protecting the reader from a peer that never sends the blank line.
DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024 * 1024

_CRLF2 = b"\r\n\r\n"
_LF2 = b"\n\n"
_FOLLOWS = b"Response: Follows"
_END_COMMAND = b"--END COMMAND--"


class FrameReader:
    """Incremental framer: :meth:`feed` bytes, get back whole raw messages."""

    __slots__ = ("_banner_done", "_buf", "_scanned", "max_message_size")

    def __init__(self, *, max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE, banner: bool = True):
        self._buf = bytearray()
        self._scanned = 0
        self._banner_done = not banner
        self.max_message_size = max_message_size

    @property
    def buffered(self) -> int:
        """Bytes received but not yet framed."""
        return len(self._buf)

    def feed(self, data: bytes) -> list[bytes]:
        """Add ``data``; return every complete frame it finishes, in order.

        The first frame is the banner line (without its line end); each later frame is
        one message's bytes without the blank line that ended it.  Blank lines between
        messages are skipped.
        """
        buf = self._buf
        buf += data
        frames: list[bytes] = []
        if not self._banner_done:
            end = buf.find(b"\n", self._scanned)
            if end < 0:
                self._scanned = len(buf)
                self._check_size(frames)
                return frames
            frames.append(bytes(buf[:end]).rstrip(b"\r"))
            del buf[: end + 1]
            self._banner_done = True
            self._scanned = 0
        start = 0
        n = len(buf)
        while True:
            # Skip blank lines between messages (Asterisk writes some after SIPshowpeer
            # errors and QueueRule replies).
            while start < n and buf[start] in (0x0D, 0x0A):
                start += 1
            if start >= n:
                break
            end, skip = self._find_end(buf, start)
            if end < 0:
                break
            frames.append(bytes(buf[start:end]))
            start = end + skip
            self._scanned = 0
        if start:
            del buf[:start]
            self._scanned = max(0, self._scanned - start) if self._scanned > start else 0
        self._check_size(frames)
        return frames

    def _find_end(self, buf: bytearray, start: int) -> tuple[int, int]:
        """End of the message starting at ``start`` and the terminator's length, or -1."""
        scan_from = max(start, self._scanned - 3)
        if buf.startswith(_FOLLOWS, start):
            return self._find_follows_end(buf, start, scan_from)
        end = buf.find(_CRLF2, scan_from)
        limit = len(buf) if end < 0 else end
        lf = buf.find(_LF2, scan_from, limit + 2)
        if lf >= 0 and (end < 0 or lf < end + 2):
            # "\r\n\n" also ends a message; ends at the first "\n" of the pair.
            return lf, 2
        if end < 0:
            self._scanned = len(buf)
            return -1, 0
        return end, 4

    def _find_follows_end(self, buf: bytearray, start: int, scan_from: int) -> tuple[int, int]:
        while True:
            marker = buf.find(_END_COMMAND, scan_from)
            if marker < 0:
                self._scanned = max(start, len(buf) - len(_END_COMMAND))
                return -1, 0
            after = marker + len(_END_COMMAND)
            for term in (_CRLF2, _LF2, b"\r\n\n"):
                if buf.startswith(term, after):
                    return after, len(term)
            if len(buf) - after < 4:
                self._scanned = marker
                return -1, 0
            # A marker inside the output, not followed by the blank line: keep going.
            scan_from = after

    def _check_size(self, frames: list[bytes]) -> None:
        """Raise if the unfinished rest is over the cap; the error carries the frames
        completed before it (``exc.frames``), so no whole message is lost with it."""
        if len(self._buf) > self.max_message_size:
            size = len(self._buf)
            self._buf.clear()
            self._scanned = 0
            error = RemoteProtocolError(
                f"unfinished message of {size} bytes exceeds the cap of "
                f"{self.max_message_size} bytes"
            )
            error.frames = frames
            raise error


def encode_pairs(pairs: Iterable[tuple[str, str]], lines: Iterable[str] = ()) -> bytes:
    """``Key: Value`` CRLF lines, then the blank line.  No checks: see ``serialize``."""
    out = [f"{k}: {v}\r\n" for k, v in pairs]
    out.extend(f"{line}\r\n" for line in lines)
    out.append("\r\n")
    return "".join(out).encode("utf-8")


def encode_message(action: str, action_id: str | None, pairs: Iterable[tuple[str, str]]) -> bytes:
    """An action as Asterisk expects it: ``Action`` first, then ``ActionID``, then the rest."""
    head = [("Action", action)]
    if action_id is not None:
        head.append(("ActionID", action_id))
    head.extend(pairs)
    return encode_pairs(head)
