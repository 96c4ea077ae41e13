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

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from .errors import RemoteProtocolError

__all__ = ["FrameReader", "encode_pairs", "encode_message", "DEFAULT_MAX_MESSAGE_SIZE"]

#: Cap on one unfinished message.  Asterisk's own replies are unbounded in theory
#: (Command output); 16 MiB leaves room for a huge ``core show help`` while still
#: protecting the reader from a peer that never sends the blank line.
DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024 * 1024

_CRLF2: Final = b"\r\n\r\n"
_LF2: Final = b"\n\n"
#: ``_has_lf2(buf) is None``: no bare-LF blank line in ``buf``.  The regular expression
#: engine finds a two-byte needle made of one frequent byte in about half the time
#: ``bytes.find`` takes (0.4 against 0.9 ns per byte of AMI text on the bench machine):
#: it looks for the first byte, then the second, where ``bytes`` shifts its window by at
#: most three bytes at a time.
_has_lf2: Final[Callable[[bytes], re.Match[bytes] | None]] = re.compile(_LF2).search
_FOLLOWS: Final = b"Response: Follows"
#: The largest read :meth:`FrameReader.feed` frames by its one-message shortcut.  A reply
#: to a lone action is far smaller; a longer read (an event flood's) is left to the split,
#: where the shortcut's ``partition`` would copy all of it to learn that it holds more.
_SMALL_READ: Final = 4096
_END_COMMAND: Final = b"--END COMMAND--"
_END_FOLLOWS: Final = _END_COMMAND + _CRLF2
_LINE_END_CODES: Final = frozenset(b"\r\n")
# Searches here are ``find``, not ``needle in data``: CPython's ``bytes.__contains__``
# first tries the needle as an integer (``b"\n" in data`` may mean ``10 in data``) and
# raises and clears a TypeError for a bytes needle, 100-300 ns more per test than
# ``find`` on this machine, whatever the length: a read of one small reply pays it.
#: ``buf[:1] in _LINE_END``: ``buf`` starts with CR or LF.
_LINE_END: Final = b"\r\n"


class FrameReader:
    """Incremental framer: :meth:`feed` bytes, get back whole raw messages.

    Speed matters here (an event flood is tens of thousands of messages a second), so the
    buffer is split whole with ``bytes.split`` rather than scanned message by message, and
    a feed that cannot complete a message (no ``\n\n`` or ``\r\n\r\n`` since the last
    search) costs only an append: a trickle of bytes stays O(n).  :attr:`examined` counts
    the bytes searched, so tests can check that without a clock.
    """

    __slots__ = ("_banner_done", "_pending", "_searched", "examined", "max_message_size")

    def __init__(self, *, max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE, banner: bool = True):
        self._pending = bytearray()
        self._searched = 0
        self._banner_done = not banner
        self.max_message_size = max_message_size
        #: Bytes searched or split so far (a linear-time witness for tests).
        self.examined = 0

    @property
    def buffered(self) -> int:
        """Bytes received but not yet framed."""
        return len(self._pending)

    def feed(self, data: bytes) -> list[bytes]:
        """Add ``data``; return every complete frame it finishes, in order.

        The first frame is the banner line (without its line end); each later frame is
        one message's bytes without the blank line that ended it.  Blank lines between
        messages are skipped.
        """
        pending = self._pending
        if (
            not pending
            and self._banner_done
            and len(data) <= _SMALL_READ
            and data.endswith(_CRLF2)
            and data[0] > 13
            and (len(data) <= 10 or data[10] != 70 or not data.startswith(_FOLLOWS))
        ):
            # The usual reply to a lone action: a small read that is one whole message,
            # nothing buffered before it.  It is its own frame when its first blank line
            # is its last four bytes (no CRLF one before, no bare-LF one anywhere) and it
            # is neither raw Command output (byte 10, 70, is the F of ``Response:
            # Follows``) nor led by a stray line end (a byte up to 13, CR).  ``partition``
            # gives the frame and the test at once; compiled, the tests above are native
            # and ``partition`` is the cheapest call a search has (one argument: ``find``
            # parses an argument tuple): 2.5k instructions for an 80-byte reply, against
            # 3.0k with ``find`` and the regular expression (docs/performance.md).
            frame, _, rest = data.partition(_CRLF2)
            if not rest and not frame.partition(_LF2)[1] and len(frame) <= self.max_message_size:
                self.examined += len(data)
                return [frame]
        frames: list[bytes] = []
        if not self._banner_done:
            pending += data
            if not self._take_banner(frames):
                if len(pending) > self.max_message_size:
                    self._check_size(frames)
                return frames
            data = bytes(pending)
            pending.clear()
        if not pending:
            head = b""  # split at once: as cheap as a search, and a reply is one read
        elif self._completes(data):
            head = bytes(pending)  # the start of a message that ``data`` goes on with
        else:
            pending += data  # nothing can end here: keep it, search only new bytes later
            if len(pending) > self.max_message_size:
                self._check_size(frames)
            return frames
        size = len(head) + len(data)
        self.examined += size
        rest = _split_frames(data, frames, head)
        pending.clear()
        pending += rest
        if size > self.max_message_size:
            self._check_frames(frames)
            self._check_size(frames)
        return frames

    def _check_frames(self, frames: list[bytes]) -> None:
        """A whole message over the cap is refused too, however it arrived (one read or
        a trickle), so the cap means the same thing for every peer."""
        for index, frame in enumerate(frames):
            if len(frame) > self.max_message_size:
                self._pending.clear()
                self._searched = 0
                error = RemoteProtocolError(
                    f"message of {len(frame)} bytes exceeds the cap of "
                    f"{self.max_message_size} bytes"
                )
                error.frames = frames[:index]
                raise error

    def _take_banner(self, frames: list[bytes]) -> bool:
        pending = self._pending
        start = self._searched
        end = pending.find(b"\n", start)
        self.examined += (len(pending) if end < 0 else end) - start
        if end < 0:
            self._searched = len(pending)
            return False
        frames.append(bytes(pending[:end]).rstrip(b"\r"))
        del pending[: end + 1]
        self._banner_done = True
        self._searched = 0
        return True

    def _completes(self, data: bytes) -> bool:
        """Can ``data`` end a message?  Only the new bytes are searched, and the seam
        with the 3 bytes before them (a terminator split across feeds), so a trickle of
        bytes costs O(n) in all."""
        self.examined += 2 * len(data)
        if data.find(_CRLF2) >= 0 or _has_lf2(data) is not None:
            return True
        pending = self._pending
        if not pending:
            return False
        seam = bytes(pending[-3:]) + data[:3]
        return seam.find(_CRLF2) >= 0 or seam.find(_LF2) >= 0

    def _check_size(self, frames: list[bytes]) -> None:
        """Raise if the unfinished rest is over the cap (call only when it is longer than
        the cap); the error carries the frames completed before it (``exc.frames``), so
        no whole message is lost with it."""
        pending = self._pending
        # Up to 3 bytes of a terminator still on its way do not count against the cap.
        if len(pending) - 3 > self.max_message_size or (
            len(pending) > self.max_message_size
            and len(pending.rstrip(b"\r\n")) > self.max_message_size
        ):
            size = len(pending)
            self._pending.clear()
            self._searched = 0
            error = RemoteProtocolError(
                f"unfinished message of {size} bytes exceeds the cap of "
                f"{self.max_message_size} bytes"
            )
            error.frames = frames
            raise error


#: True in the compiled build (its classes have their own allocator: see message._new).
_COMPILED: Final = FrameReader.__new__ is not object.__new__


def _split_frames(buf: bytes, frames: list[bytes], head: bytes = b"") -> bytes:
    """Append every whole message in ``head + buf`` to ``frames``; return the unfinished
    rest.  ``head`` is what earlier reads left unfinished: the start of one message,
    glued to the first part of ``buf`` alone rather than copied in front of the whole
    read (a 64 KiB copy a read, 7 ns a message)."""
    if head and not _plain_seam(head, buf):
        return _split_frames(head + buf, frames)  # (rare: a copy, then as usual)
    if _has_lf2(buf) is None and (_COMPILED or buf.find(_FOLLOWS) < 0):
        # The usual stream: CRLF framing, no raw Command output.  Every part is one whole
        # message, unless a stray line end came between two messages (Asterisk 20's
        # SIPshowpeer error is followed by one): then a part is empty or starts with CR
        # or LF, and so sorts first (a message starts with a letter).  ``min`` finds that
        # in C, much faster than another search through the bytes.
        # Raw Command output can only start a message, that is a part (its own blank
        # lines split it, but its first part starts with ``Response: Follows``).  Pure
        # Python searches the whole buffer for it, in C (about 30 ns a message); the
        # compiled build looks at each part's start instead, a native loop of a few ns a
        # part (parser 7 % faster), which interpreted would cost more than the search.
        parts = buf.split(_CRLF2)
        if head:
            parts[0] = head + parts[0]
            # (pure Python searched ``buf`` only: Command output may start in ``head``)
            if not _COMPILED and parts[0].lstrip(b"\r\n")[:17] == _FOLLOWS:
                return _scan_frames(head + buf, frames)
        rest = parts.pop()
        if _COMPILED:
            stray = False
            for part in parts:  # (the test ``min`` makes below, native: 3 % of the parse)
                if not part or part[0] <= 13:  # (CR)
                    stray = True
                    break
        else:
            stray = bool(parts) and min(parts)[:1] <= b"\r"
        if stray:
            parts = [part for p in parts if (part := p.lstrip(b"\r\n"))]
        if _COMPILED:
            for part in parts:  # (byte 10 first: a one-byte slice allocates nothing)
                if part[10:11] == b"F" and part[:17] == _FOLLOWS:
                    return _scan_frames(head + buf, frames)
        frames.extend(parts)
        return rest
    return _scan_frames(head + buf, frames)


def _plain_seam(head: bytes, buf: bytes) -> bool:
    """Can ``head`` be glued to the first part of ``buf``: no blank line across the seam
    and no raw Command output in ``head`` (whose own blank lines may be in it)?"""
    seam = head[-3:] + buf[:3]
    return seam.find(_CRLF2) < 0 and seam.find(_LF2) < 0 and head.lstrip(b"\r\n")[:17] != _FOLLOWS


def _scan_frames(buf: bytes, frames: list[bytes]) -> bytes:
    """The slow path, message by message: each ends at the first blank line (CRLF or bare
    LF framing, which Asterisk accepts too), except raw Command output
    (``Response: Follows``), which runs to ``--END COMMAND--`` and the blank line.  One
    scan in order, so where a feed boundary falls never changes the frames.

    Each terminator's position is searched for again only once the scan has passed it
    (-1, none left, stays true): searching the rest of a 64 KiB read for a bare-LF blank
    line that is not there, once a message, cost a read of 400 messages 13 MB of search."""
    pos, size = 0, len(buf)
    crlf = lf = -2  # not searched yet
    while True:
        while pos < size and buf[pos] in _LINE_END_CODES:  # stray line ends between messages
            pos += 1
        if pos == size:
            return b""
        if buf.startswith(_FOLLOWS, pos):
            end = buf.find(_END_FOLLOWS, pos)
            if end < 0:
                return buf[pos:]
            frames.append(buf[pos : end + len(_END_COMMAND)])
            pos = end + len(_END_FOLLOWS)
            continue
        if crlf < pos and crlf != -1:
            crlf = buf.find(_CRLF2, pos)
        if lf < pos and lf != -1:
            lf = buf.find(_LF2, pos)
        if lf < 0 or 0 <= crlf < lf:
            if crlf < 0:
                return buf[pos:]
            frames.append(buf[pos:crlf])
            pos = crlf + len(_CRLF2)
        else:
            # "A: b\r\n\n": a CRLF line, then a bare blank line.
            frames.append(buf[pos : lf - 1] if buf[lf - 1 : lf] == b"\r" else buf[pos:lf])
            pos = lf + len(_LF2)


def encode_pairs(pairs: Iterable[tuple[str, str]], lines: Iterable[str] = ()) -> bytes:
    """``Key: Value`` CRLF lines, then the blank line.  No checks: see ``serialize``."""
    out = [f"{k}: {v}\r\n" for k, v in pairs]
    out.extend(f"{line}\r\n" for line in lines)
    out.append("\r\n")
    return "".join(out).encode("utf-8")


def encode_message(action: str, action_id: str | None, pairs: Sequence[tuple[str, str]]) -> bytes:
    """An action as Asterisk expects it: ``Action`` first, then ``ActionID``, then the rest."""
    # (No pairs, as for a Ping: no iterator, list and join to make an empty string.)
    body = "".join([f"{k}: {v}\r\n" for k, v in pairs]) if pairs else ""
    # One string built per action (compiled, each f-string is a call to a generic builder).
    if action_id is None:
        return f"Action: {action}\r\n{body}\r\n".encode()
    return f"Action: {action}\r\nActionID: {action_id}\r\n{body}\r\n".encode()
