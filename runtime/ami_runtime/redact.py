"""Keep secrets out of logs, reprs and exception messages.

``Secret`` (plaintext login) and, in a Login, ``Key`` (the MD5 digest, as good as the
password for a replay within the session) are the only credential-bearing headers AMI
has.  ``Key`` elsewhere is an AstDB key and is shown.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["redact_pairs", "MASK"]

MASK = "********"


def redact_pairs(pairs: Iterable[tuple[str, str]], action: str = "") -> list[tuple[str, str]]:
    """The pairs with credential values replaced by a mask."""
    secret_keys = ("secret", "key") if action.lower() == "login" else ("secret",)
    return [(k, MASK if k.lower() in secret_keys else v) for k, v in pairs]
