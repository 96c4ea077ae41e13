"""Who reads the socket: one thread at a time holds the *read role* (leader/follower).

A blocking client that always reads on a background thread pays a thread handoff for
every answer: the reader wakes, parses, wakes the caller, and the caller waits for the
GIL.  On a ping-sized round trip that handoff costs more than the network.  So reading
is a role, held by one thread at a time:

* a caller waiting for its answer takes the role when it is free and reads until its
  answer has arrived (resolving any other caller's answer on the way), then passes the
  role on to a caller still waiting, if any;
* once the session can receive events (a callback is registered, events are on,
  reconnect or keepalive is in use), a background reader thread asks for the role and,
  once given it, keeps it for the connection's life: callers then wait to be woken, as
  in every thread-per-connection client.

All role state lives in :class:`Connection` and changes only under the client's lock
(every method here that changes it expects that lock held).

A read with a deadline is one system call where the kernel can time it (Linux:
``SO_RCVTIMEO`` on a blocking socket), instead of ``poll`` and then ``recv``: on a
ping-sized round trip each system call counts.  TLS sockets, and platforms without it,
wait with ``poll`` (or ``select``) first.
"""

from __future__ import annotations

import select
import socket
import struct
import sys
import threading
from collections.abc import Callable

from ..errors import AmiError
from ..message import Response

__all__ = ["Waiter", "Connection", "READ_SIZE"]

READ_SIZE = 65536

#: Where the kernel can time a blocking read (``SO_RCVTIMEO`` as a ``struct timeval``),
#: a read with a deadline is one system call; elsewhere it is ``poll`` (or ``select``),
#: then the read.
_KERNEL_TIMEOUT = sys.platform.startswith("linux") and hasattr(socket, "SO_RCVTIMEO")
#: A read's timeout may end this much after its deadline before it is set again: each
#: ``setsockopt`` is a system call, and every action's deadline differs by a little.
_TIMEOUT_SLACK = 0.002


def _tls_pending(sock: socket.socket) -> Callable[[], int] | None:
    """A TLS socket's ``pending`` (decrypted bytes held), or None for a plain socket.

    ``ssl`` is not imported to ask (3-4 ms of every start): without it, no TLS socket.
    """
    ssl = sys.modules.get("ssl")
    if ssl is not None and isinstance(sock, ssl.SSLSocket):
        pending: Callable[[], int] = sock.pending
        return pending
    return None


class Waiter:
    """One thread waiting: for an answer, or for the read role.

    ``_lock`` is held while nobody has woken the waiter, and released by :meth:`wake`
    (under the client's lock, and only while :attr:`armed`), so a waiter is never woken
    twice between two waits.  A bare lock is the cheapest thing a thread can block on,
    and it is made only when the thread first has to sleep: a caller that reads its own
    answer never does.
    """

    __slots__ = ("_lock", "armed", "error", "response")

    def __init__(self) -> None:
        self._lock: threading.Lock | None = None
        self.armed = False
        self.response: Response | None = None
        self.error: AmiError | None = None

    def done(self) -> bool:
        """Answered, or failed."""
        return self.response is not None or self.error is not None

    def arm(self) -> None:
        """About to sleep (call with the client's lock held): a :meth:`wake` from now on
        ends the sleep, even one that comes before it starts."""
        if self._lock is None:
            self._lock = threading.Lock()
            self._lock.acquire()
        self.armed = True

    def wake(self) -> None:
        """Wake the thread if it sleeps (call with the client's lock held)."""
        if self.armed:
            self.armed = False
            self._lock.release()  # type: ignore[union-attr]  # armed: arm() made it

    def sleep(self, timeout: float | None) -> bool:
        """Block until woken (after :meth:`arm`); False if ``timeout`` passed first."""
        assert self._lock is not None
        return self._lock.acquire(True, -1 if timeout is None else max(timeout, 0))

    def settle(self) -> None:
        """After a sleep that timed out, with the client's lock held: either nobody woke
        us (disarm), or a wake raced the timeout (take back the released lock)."""
        if self.armed:
            self.armed = False
        else:
            self._lock.acquire()  # type: ignore[union-attr]  # slept: arm() made it


class Connection:
    """One socket, and who holds its read role."""

    __slots__ = (
        "_buffer", "_kernel_timeout", "_poll", "_timeout", "_tls_pending", "_view",
        "leader", "queue", "reader", "reader_waiting", "sock",
    )  # fmt: skip

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        #: The waiter whose thread reads now, or None.
        self.leader: Waiter | None = None
        #: Threads asleep until their answer comes or the role is theirs, oldest first.
        self.queue: list[Waiter] = []
        #: The background reader thread, once started for this connection.
        self.reader: threading.Thread | None = None
        #: The reader thread's waiter while it waits for the role (it goes first).
        self.reader_waiting: Waiter | None = None
        #: TLS may hold decrypted bytes the kernel does not know of: it waits by poll.
        self._tls_pending = _tls_pending(sock)
        self._kernel_timeout = _KERNEL_TIMEOUT and self._tls_pending is None
        #: The read timeout the kernel has now (None: none, a read blocks until data).
        self._timeout: float | None = None
        self._poll = select.poll() if hasattr(select, "poll") else None  # (not on Windows)
        if self._poll is not None:
            self._poll.register(sock, select.POLLIN)
        #: Every read lands here (only the role's holder reads), then is copied out at its
        #: size: ``recv(READ_SIZE)`` would malloc 64 KiB per read and shrink it to what
        #: came, and under load that fragments glibc's heap, which then grows for minutes
        #: while the memory in use stays flat (the soak's RSS, docs/hardening.md).
        self._buffer = bytearray(READ_SIZE)
        self._view = memoryview(self._buffer)

    def take(self, waiter: Waiter) -> bool:
        """Take the role if it is free, or say whether ``waiter`` has it already."""
        if self.leader is None:
            self.leader = waiter
        return self.leader is waiter

    def pass_on(self) -> None:
        """The leader is done: the role goes to the reader thread if it waits, else to
        the longest-sleeping thread (one woken by an answer is no longer armed)."""
        self.leader = None
        heir = self.reader_waiting
        if heir is not None:
            self.reader_waiting = None
        elif self.queue:
            heir = next((w for w in self.queue if w.armed), None)
        if heir is not None:
            self.leader = heir
            heir.wake()

    def read(self, timeout: float | None = None) -> bytes | None:
        """One read: bytes; b"" once the peer (or our own shutdown) ended the stream;
        None if ``timeout`` (seconds, > 0) passed first."""
        kernel_waits = self._kernel_timeout and self._set_timeout(timeout)
        if not kernel_waits and not self._readable(timeout):
            return None
        try:
            size = self.sock.recv_into(self._buffer)
        except BlockingIOError:  # SO_RCVTIMEO ran out (EAGAIN)
            return None
        except OSError:
            return b""
        return self._view[:size].tobytes()

    def _set_timeout(self, timeout: float | None) -> bool:
        """Give the kernel a read timeout that ends no later than ``timeout`` (plus the
        slack) and not much sooner; unchanged when the one it has will do.  False if the
        kernel refused it: this connection then waits by poll from now on."""
        now = self._timeout
        if timeout is None:
            if now is None:
                return True
        elif now is not None and timeout / 2 <= now <= timeout + _TIMEOUT_SLACK:
            return True
        seconds = 0.0 if timeout is None else max(timeout, 1e-6)  # 0 would mean "never"
        whole = int(seconds)
        packed = struct.pack("@ll", whole, int((seconds - whole) * 1e6))
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, packed)
        except OSError:
            self._kernel_timeout = False  # (or closed under us: then the read says so)
            return False
        self._timeout = timeout
        return True

    def _readable(self, timeout: float | None) -> bool:
        """Wait until a read will not block (TLS may hold decrypted bytes already)."""
        sock = self.sock
        if self._tls_pending is not None and self._tls_pending():
            return True
        try:
            if self._poll is None:
                return bool(select.select([sock], [], [], timeout)[0])
            return bool(self._poll.poll(None if timeout is None else max(timeout, 0) * 1000))
        except (OSError, ValueError):
            return True  # closed under us: the read says so
