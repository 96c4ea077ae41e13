"""Exit codes and the one error type the command-line tool turns into a message.

Scripts branch on the exit status, so every failure has its own code, and the code
says *where* it failed: before connecting (2), on the way in (3, 4, 5) or in the
server's answer (1).
"""

from __future__ import annotations

__all__ = [
    "EXIT_OK",
    "EXIT_ERROR_RESPONSE",
    "EXIT_USAGE",
    "EXIT_CONNECTION",
    "EXIT_AUTH",
    "EXIT_TIMEOUT",
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "CliError",
    "UsageError",
]

#: Everything worked (for ``events``: ``--count`` events shown).
EXIT_OK = 0
#: The server answered ``Response: Error`` (``Command``: the CLI command failed).
EXIT_ERROR_RESPONSE = 1
#: Bad command line: unknown action or field, missing required field, bad value,
#: unreadable configuration.  Nothing was sent; usually no connection was opened.
EXIT_USAGE = 2
#: Could not connect, TLS failed, or the connection was lost (server gone).
EXIT_CONNECTION = 3
#: The server refused the login (wrong username or secret).
EXIT_AUTH = 4
#: No answer within the timeout (connect, login or the action itself).
EXIT_TIMEOUT = 5
#: Ctrl-C (128 + SIGINT, as shells report it); ``events`` prints its summary first.
EXIT_INTERRUPTED = 130
#: SIGTERM (128 + 15), for ``events``, after its summary.
EXIT_TERMINATED = 143


class CliError(Exception):
    """A failure reported as one line on stderr, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class UsageError(CliError):
    """The command line cannot be turned into a request; nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)
