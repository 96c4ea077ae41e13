"""Names: AMI CamelCase keys to Python snake_case, keyword escaping, collisions.

botocore's lesson (``botocore/__init__.py``, ``_xform_cache``): a regex gets some names
wrong, and the fix must live in the data, not in a hidden exception table.  So this module
has one mechanical rule, and the catalogue's ``py_name`` overrides it where it fails.
"""

from __future__ import annotations

import keyword
import re

__all__ = [
    "RESERVED_ATTRIBUTES",
    "snake_case",
    "python_name",
    "attribute_name",
    "is_identifier",
    "event_class_name",
]

_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")

#: Public names of ``ami_runtime.action.Request``.  A field attribute with one of these
#: names would shadow the method every client calls (``headers()``), so such a field keeps
#: its name as a constructor argument but is stored under ``<name>_``.  tests/test_codegen.py
#: checks this set against the runtime class.
RESERVED_ATTRIBUTES = frozenset({"action_name", "headers", "is_list", "wait_timeout"})


def snake_case(name: str) -> str:
    """AMI key to snake_case: ``CallerID`` -> ``caller_id``, ``Call-ID`` -> ``call_id``.

    Acronyms stay together (``DBGet`` -> ``db_get``); digits stay attached (``Channel1``).
    """
    text = _ACRONYM.sub(r"\1_\2", name)
    text = _CAMEL.sub(r"\1_\2", text)
    text = _NON_WORD.sub("_", text).strip("_")
    return text.lower()


def python_name(key: str) -> str:
    """The argument name for an AMI key: snake_case, with ``_`` after a Python keyword."""
    name = snake_case(key)
    if keyword.iskeyword(name):
        name += "_"
    return name


def attribute_name(name: str) -> str:
    """The dataclass attribute for argument ``name`` (differs only for reserved names)."""
    return f"{name}_" if name in RESERVED_ATTRIBUTES else name


def is_identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


def event_class_name(event: str) -> str:
    """``AOC-S`` -> ``AOC_S``: the Python class for an AMI event name."""
    return _NON_WORD.sub("_", event)
