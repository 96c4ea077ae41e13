"""Response classes with helpers for particular reply shapes.

The catalogue names one of these per action (``response: ConfigResponse``); everything
else answers with the plain :class:`~ami_runtime.message.Response`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .message import Response

__all__ = [
    "Response",
    "ConfigResponse",
    "PingResponse",
    "CommandResponse",
    "HeaderLinesResponse",
    "RESPONSE_CLASSES",
]

_LINE_KEY = re.compile(r"^Line-(\d{6})-(\d{6})$", re.IGNORECASE)
_CATEGORY_KEY = re.compile(r"^Category-(\d{6})$", re.IGNORECASE)


class ConfigResponse(Response):
    """GetConfig's reply: ``Category-NNNNNN`` and ``Line-NNNNNN-NNNNNN: name=value`` keys."""

    __slots__ = ()

    def get_lines(self) -> Iterator[tuple[str, str]]:
        """Yield ``(category, "name=value")`` for every configuration line, in order.

        pystrix yielded bare ``name=value`` strings and lost the category; the category
        is kept here (see docs/pystrix-migration.md).
        """
        categories: dict[str, str] = {}
        for key, value in self.pairs:
            cat = _CATEGORY_KEY.match(key)
            if cat:
                categories[cat.group(1)] = value
                continue
            line = _LINE_KEY.match(key)
            if line:
                yield categories.get(line.group(1), ""), value

    def categories(self) -> dict[str, list[tuple[str, str]]]:
        """``{category: [(name, value), ...]}`` in file order."""
        out: dict[str, list[tuple[str, str]]] = {}
        for key, value in self.pairs:
            if _CATEGORY_KEY.match(key):
                out.setdefault(value, [])
        for category, line in self.get_lines():
            name, _, value = line.partition("=")
            out.setdefault(category, []).append((name, value))
        return out


class PingResponse(Response):
    """Ping's reply (``Ping: Pong``, ``Timestamp``); :attr:`rtt` is the round trip in seconds."""

    __slots__ = ()

    @property
    def rtt(self) -> float:
        return self.time


class CommandResponse(Response):
    """Command's reply; :attr:`data` holds the CLI output lines in both formats."""

    __slots__ = ()

    @property
    def output(self) -> str:
        """The output as one string, lines joined with newlines."""
        return "\n".join(self.data)


_REPLY_KEYS = frozenset({"response", "actionid", "message", "eventlist"})


class HeaderLinesResponse(Response):
    """A reply whose content is its headers (ListCommands, ListCategories).

    pystrix documented these replies as lines in ``data``; Asterisk sends one header per
    item (``main/manager.c``, ``action_listcommands``: ``<Action>: <synopsis> (Priv: ...)``),
    so :attr:`data` lists them as ``Key: Value`` lines, the usual reply keys left out.
    """

    __slots__ = ()

    @property
    def data(self) -> list[str]:
        items = [f"{k}: {v}" for k, v in self.pairs if k.lower() not in _REPLY_KEYS]
        return items + list(self.lines)


#: Names the catalogue may use for ``response:``.
RESPONSE_CLASSES: dict[str, type[Response]] = {
    "Response": Response,
    "ConfigResponse": ConfigResponse,
    "PingResponse": PingResponse,
    "CommandResponse": CommandResponse,
    "HeaderLinesResponse": HeaderLinesResponse,
}
