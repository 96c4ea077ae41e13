"""``ami``: the command-line tool for operators, built on the catalogue.

``ami action NAME field=value ...`` sends any catalogue action (fields checked and
converted before connecting), ``ami events`` streams events, ``ami command`` runs a CLI
command, ``ami describe``/``ami list`` read the catalogue offline, and ``ami simulator``
starts the embedded simulator.  See docs/cli.md.

``ami_runtime`` never imports ``ami``; the generated shim ``ami/__main__.py`` passes the
registry in: ``main(actions=ACTIONS)``.

Exit status: 0 ok, 1 error response, 2 usage (nothing sent), 3 connection failed or
lost, 4 login refused, 5 timeout, 130 interrupted.
"""

from .app import build_parser, main
from .common import (
    EXIT_AUTH,
    EXIT_CONNECTION,
    EXIT_ERROR_RESPONSE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_TIMEOUT,
    EXIT_USAGE,
)

__all__ = [
    "EXIT_AUTH",
    "EXIT_CONNECTION",
    "EXIT_ERROR_RESPONSE",
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "EXIT_OK",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "build_parser",
    "main",
]
