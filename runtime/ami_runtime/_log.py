"""The ``ami`` logger, looked up when something is first logged.

Most sessions never log (the clients log reconnects, keepalive misses, full event queues
and failing callbacks), and importing :mod:`logging` is 4-5 ms of every start, the
CLI's included.  So the clients hold a :class:`LazyLogger`, which imports :mod:`logging`
at the first call, and whoever configures the ``ami`` logger for a while (the CLI, on
stderr) does it through :func:`when_used`, which waits for that moment.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    import logging

__all__ = ["Log", "LazyLogger", "ami_logger", "when_used"]

#: Set-ups waiting for the ``ami`` logger's first use (see :func:`when_used`).
_WAITING: list[Callable[[logging.Logger], None]] = []


class Log(Protocol):
    """What the clients call on their logger (a :class:`logging.Logger` has it all)."""

    def info(self, msg: object, *args: object) -> None: ...
    def warning(self, msg: object, *args: object) -> None: ...
    def error(self, msg: object, *args: object) -> None: ...
    def exception(self, msg: object, *args: object) -> None: ...


class LazyLogger:
    """Stands for ``logging.getLogger("ami")``: every attribute is the logger's, and the
    first one imports :mod:`logging` and runs the set-ups waiting in :func:`when_used`."""

    __slots__ = ("_logger",)

    def __init__(self) -> None:
        self._logger: logging.Logger | None = None

    def __getattr__(self, attr: str) -> Any:
        logger = self._logger
        if logger is None:
            import logging

            logger = self._logger = logging.getLogger("ami")
            while True:
                try:
                    setup = _WAITING.pop(0)
                except IndexError:  # (empty, or another thread took the last one)
                    break
                setup(logger)
        return getattr(logger, attr)

    def __repr__(self) -> str:
        return "LazyLogger('ami')"


def ami_logger() -> Log:
    """The clients' default logger: ``logging.getLogger("ami")``, once something logs.

    (A :class:`LazyLogger` hands out the logger's own methods, so a record names the
    line that logged, not this module.)"""
    return cast(Log, LazyLogger())


@contextmanager
def when_used(setup: Callable[[logging.Logger], None]) -> Iterator[None]:
    """While the block runs: ``setup(logging.getLogger("ami"))`` now if :mod:`logging` is
    loaded, else when a :class:`LazyLogger` is first used (perhaps never)."""
    if "logging" in sys.modules:
        import logging

        setup(logging.getLogger("ami"))
        yield
        return
    _WAITING.append(setup)
    try:
        yield
    finally:
        if setup in _WAITING:
            _WAITING.remove(setup)
