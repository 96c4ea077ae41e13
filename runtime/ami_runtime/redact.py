"""Keep secrets out of logs, reprs and exception messages.

``Secret`` (plaintext login) and ``Key`` (the MD5 digest, as good as the password for a
replay within the session) are the only credential-bearing headers AMI has.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["SECRET_KEYS", "redact_pairs", "MASK"]

SECRET_KEYS = frozenset({"secret", "key"})
MASK = "********"


def redact_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs with credential values replaced by a mask."""
    return [(k, MASK if k.lower() in SECRET_KEYS else v) for k, v in pairs]
