"""Privilege classes, event masks and the text Asterisk prints for them.

Values and labels come from ``include/asterisk/manager.h`` (``EVENT_FLAG_*``) and the
``perms`` table in ``main/manager.c``; the parsing rules are ``strings_to_mask`` and
``get_perm`` there.  ``authority_to_str`` appends ``all`` for any non-zero mask, which is
why events say ``Privilege: call,all``.
"""

from __future__ import annotations

__all__ = [
    "ALL",
    "CLASSES",
    "authority_to_str",
    "classes_to_mask",
    "events_to_mask",
    "perm_to_mask",
]

#: Label -> bit, in the order of the ``perms`` table (which is the order printed).
CLASSES: dict[str, int] = {
    "system": 1 << 0,
    "call": 1 << 1,
    "log": 1 << 2,
    "verbose": 1 << 3,
    "command": 1 << 4,
    "agent": 1 << 5,
    "user": 1 << 6,
    "config": 1 << 7,
    "dtmf": 1 << 8,
    "reporting": 1 << 9,
    "cdr": 1 << 10,
    "dialplan": 1 << 11,
    "originate": 1 << 12,
    "agi": 1 << 13,
    "cc": 1 << 15,
    "aoc": 1 << 16,
    "test": 1 << 17,
    "security": 1 << 18,
    "message": 1 << 30,
}

#: ``all`` is INT_MAX: every class, including bits without a label.
ALL = 2**31 - 1

_TRUE = frozenset({"on", "yes", "true", "y", "t", "1"})
_FALSE = frozenset({"off", "no", "false", "n", "f", "0"})


def classes_to_mask(classes: tuple[str, ...] | list[str]) -> int:
    """OR of the named classes (unknown names are ignored, as ``get_perm`` does)."""
    mask = 0
    for name in classes:
        mask |= CLASSES.get(name, 0)
    return mask


def authority_to_str(mask: int) -> str:
    """``call,all`` for a call event; ``<none>`` for 0 (``authority_to_str``)."""
    if mask == 0:
        return "<none>"
    labels = [label for label, bit in CLASSES.items() if mask & bit]
    labels.append("all")
    return ",".join(labels)


def perm_to_mask(text: str) -> int:
    """A manager.conf ``read=``/``write=`` value (``get_perm``): comma list, ``all``, ``none``."""
    mask = 0
    for word in (w.strip() for w in text.split(",")):
        if word == "all":
            mask |= ALL
        elif word in CLASSES:
            mask |= CLASSES[word]
    return mask


def events_to_mask(text: str) -> int | None:
    """The ``Events``/``EventMask`` value as a mask (``strings_to_mask``); None if empty.

    All digits is a numeric mask; a true word is every class; a false word is 0;
    anything else is a comma list of labels matched case-sensitively (``ast_instring``).
    """
    if not text:
        return None
    if text.isdigit():
        return int(text) & ALL
    if text.lower() in _TRUE:
        return ALL
    if text.lower() in _FALSE:
        return 0
    mask = 0
    for word in text.split(","):
        if word in CLASSES:
            mask |= CLASSES[word]
        elif word == "all":
            mask |= ALL
    return mask
