# DO NOT EDIT. Generated from spec/constants.yaml by codegen/ (template: constants.py.jinja).
# Run "make generate" to rebuild.
"""Named values for AMI requests and replies (re-exported by :mod:`ami.core`)."""

from collections.abc import Mapping
from typing import Final

__all__ = [
    "DEMO_ONE",
    "DEMO_WORD",
    "DEMO_MAP",
]

# -- Demo
# A constant and a map of it.

DEMO_ONE: Final = 1
"""One."""

DEMO_WORD: Final = "on"
"""A word."""

DEMO_MAP: Final[Mapping[int, str]] = {
    DEMO_ONE: "ONE",
}
"""Names."""
