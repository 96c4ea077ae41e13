"""``ami``: argument parsing, and the one place where errors become exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._log import when_used
from ..action import Request
from ..errors import (
    AmiError,
    AmiTimeout,
    AuthenticationError,
    InvalidInput,
    UnsupportedAction,
)
from .catalogue import Catalogue
from .commands import Filters, build_request, run_action, run_command, run_events, show_request
from .common import (
    EXIT_AUTH,
    EXIT_CONNECTION,
    EXIT_ERROR_RESPONSE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    CliError,
    UsageError,
)
from .settings import Settings, resolve_settings

if TYPE_CHECKING:
    import logging

__all__ = ["main", "build_parser"]

_EPILOG = """\
settings, highest first: flags (and the profile named by --profile); AMI_HOST AMI_PORT
AMI_USERNAME AMI_SECRET AMI_TLS AMI_AUTH AMI_TIMEOUT AMI_CAFILE; the AMI_PROFILE or [default]
profile of $AMI_CONFIG (default ~/.config/amikit/ami.ini).
exit status: 0 ok, 1 error response, 2 usage (nothing sent), 3 connection failed or lost,
4 login refused, 5 timeout, 130 interrupted.
"""

_ACTION_EPILOG = """\
fields: AMI header or Python name, any case; bool yes/no; lists a,b,c; repeat variable=K=V.
examples:
  ami action Hangup Channel=PJSIP/100-00000001 Cause=16
  ami action Originate Channel=PJSIP/100 Context=default Exten=200 Priority=1 variable=A=1
  ami action --raw MyModuleAction Foo=bar
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but its errors go through our exit codes and one-line messages."""

    def error(self, message: str) -> Any:  # argparse's signature returns NoReturn
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _connection_args(parser: argparse.ArgumentParser, top: bool) -> None:
    """Connection flags, accepted before or after the subcommand.

    The subcommand copies default to SUPPRESS so that they do not overwrite a value
    given before the subcommand (argparse copies sub-parser defaults over the namespace).
    """
    d: Any = None if top else argparse.SUPPRESS
    group = parser.add_argument_group("connection")
    group.add_argument("--host", default=d, help="AMI host (AMI_HOST; default 127.0.0.1)")
    group.add_argument("--port", type=int, default=d, help="AMI port (AMI_PORT; 5038/5039)")
    group.add_argument("-u", "--username", default=d, help="AMI user (AMI_USERNAME)")
    group.add_argument(
        "--secret",
        default=d,
        help="AMI secret; prefer AMI_SECRET, a profile or the prompt (flags show in ps)",
    )
    group.add_argument(
        "--tls", action=argparse.BooleanOptionalAction, default=d, help="TLS (AMI_TLS)"
    )
    group.add_argument("--cafile", default=d, help="CA bundle for TLS (AMI_CAFILE)")
    group.add_argument("--auth", choices=("md5", "plain"), default=d, help="login (default md5)")
    group.add_argument("--timeout", type=float, default=d, help="seconds (connect, login, action)")
    group.add_argument("--profile", default=d, help="profile in the config file (AMI_PROFILE)")
    group.add_argument("--config", default=d, help="config file (AMI_CONFIG)")
    group.add_argument("-v", "--verbose", action="store_true", default=d, help="debug log")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ami",
        description="Talk to the Asterisk Manager Interface from the terminal.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _connection_args(parser, top=True)
    subs = parser.add_subparsers(dest="cmd", metavar="COMMAND", parser_class=_Parser)
    subs.required = True

    p = subs.add_parser(
        "action",
        help="send any action: ami action NAME [field=value ...]",
        epilog=_ACTION_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("name", metavar="NAME", help="AMI action or class name (any case)")
    p.add_argument("fields", nargs="*", default=[], metavar="field=value", help="repeat as needed")
    p.add_argument("--raw", action="store_true", help="send NAME as is (not in the catalogue)")
    p.add_argument("--dry-run", action="store_true", help="print what would be sent; no connect")
    p.add_argument("--json", action="store_true", help="one JSON object per message")
    _connection_args(p, top=False)

    p = subs.add_parser("events", help="stream events until Ctrl-C")
    p.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="Header=glob",
        help="keep matching events; Header!=glob excludes; same header: any, others: all",
    )
    p.add_argument("--mask", help="event classes to ask for (e.g. call,system; default: all)")
    p.add_argument("--count", type=int, help="stop after this many shown events")
    p.add_argument("--reconnect", action="store_true", help="reconnect when the server goes")
    p.add_argument("--json", action="store_true", help="one JSON object per event")
    _connection_args(p, top=False)

    p = subs.add_parser("command", help='run a CLI command: ami command "core show channels"')
    p.add_argument("words", nargs="+", metavar="WORD", help="the CLI command (words are joined)")
    p.add_argument("--json", action="store_true", help="the response as one JSON object")
    _connection_args(p, top=False)

    p = subs.add_parser("describe", help="fields, privileges, versions, docs (offline)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = subs.add_parser("list", help="every action in the catalogue (offline)")
    p.add_argument("pattern", nargs="?", help="glob on the action or class name")
    p.add_argument("--version", help="only actions Asterisk VERSION has (e.g. 20, 22.1)")
    p.add_argument("--json", action="store_true", help="one JSON object per action")

    # Everything after "simulator" is the simulator's own (see "ami simulator --help").
    subs.add_parser("simulator", help="run the embedded AMI simulator", add_help=False)
    # The same for "gateway" (RabbitMQ; needs the amikit[gateway] extra).
    subs.add_parser(
        "gateway", help="a fleet of PBXs on RabbitMQ: ami gateway --config FILE", add_help=False
    )
    return parser


def _run(args: argparse.Namespace, catalogue: Catalogue) -> int:
    cmd = args.cmd
    if cmd == "describe":
        from .describe import run_describe  # (offline commands: imported when they run)

        return run_describe(catalogue, args.name, args.json)
    if cmd == "list":
        from .describe import run_list

        return run_list(catalogue, args.version, args.pattern, args.json)
    if cmd == "action":
        # Build (and so check) the request before reading settings or connecting.
        request = build_request(catalogue, args.name, args.fields, args.raw)
        if args.dry_run:
            return show_request(request)
        return run_action(_settings(args), request, args.json)
    if cmd == "command":
        return run_command(_settings(args), catalogue, " ".join(args.words), args.json)
    filters = Filters.parse(args.filter)
    if args.count is not None and args.count < 1:
        raise UsageError("--count must be at least 1")
    return run_events(_settings(args), filters, args.json, args.mask, args.count, args.reconnect)


def _settings(args: argparse.Namespace) -> Settings:
    return resolve_settings(vars(args), os.environ)


def _run_simulator(argv: Sequence[str]) -> int:
    try:
        from ..simulator import main as simulator_main
    except ImportError as exc:
        raise CliError(f"the simulator is not available: {exc}", EXIT_USAGE) from None
    return int(simulator_main(list(argv)) or 0)


def _run_gateway(argv: Sequence[str], actions: Mapping[str, type[Request[Any]]]) -> int:
    try:
        import aio_pika  # noqa: F401  (only to say what is missing, before anything starts)
    except ImportError:
        raise CliError(
            "ami gateway needs the gateway extra: pip install 'amikit[gateway]'", EXIT_USAGE
        ) from None
    from ..gateway import main as gateway_main

    return gateway_main(argv, actions)


def _error_code(exc: AmiError) -> int:
    if isinstance(exc, AuthenticationError):
        return EXIT_AUTH
    if isinstance(exc, AmiTimeout):
        return EXIT_TIMEOUT
    if isinstance(exc, InvalidInput):
        return EXIT_USAGE
    if isinstance(exc, UnsupportedAction):
        # Nothing was sent, but the server is there: the same answer as the server's own
        # "Invalid/unknown command" for the action (``--raw``), not "cannot connect".
        return EXIT_ERROR_RESPONSE
    return EXIT_CONNECTION  # ConnectionLost, ProtocolError, and anything else on the way


@contextlib.contextmanager
def _logging_to_stderr(verbose: bool) -> Iterator[None]:
    """The ``ami`` logger on stderr for this run, restored afterwards: ``main()`` may run
    inside another program (or a test session) whose logging it must not take over.

    Set up when the client first logs (``ami_runtime._log``): a run that logs nothing
    never imports :mod:`logging`."""
    saved: list[tuple[list[logging.Handler], bool, int]] = []

    def to_stderr(logger: logging.Logger) -> None:
        import logging

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("ami: %(levelname)s: %(message)s"))
        saved.append((logger.handlers[:], logger.propagate, logger.level))
        logger.handlers[:] = [handler]
        logger.propagate = False
        logger.setLevel(logging.DEBUG if verbose else logging.WARNING)

    try:
        with when_used(to_stderr):
            yield
    finally:
        if saved:
            import logging

            logger = logging.getLogger("ami")
            logger.handlers[:], logger.propagate = saved[0][0], saved[0][1]
            logger.setLevel(saved[0][2])


def main(
    argv: Sequence[str] | None = None,
    *,
    actions: Mapping[str, type[Request[Any]]],
    by_name: Mapping[str, tuple[type[Request[Any]], ...]] | None = None,
) -> int:
    """Run ``ami`` with ``argv`` (default ``sys.argv[1:]``); returns the exit status.

    ``actions`` is the registry of generated classes (``ami.actions.ACTIONS``), passed
    in because ``ami_runtime`` never imports ``ami``; ``by_name`` its index by lowercase
    AMI name (``ACTIONS_BY_NAME``), which lets ``ami action Ping`` import one class
    instead of all of them.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if args.cmd == "simulator":
            return _run_simulator(extra)
        if args.cmd == "gateway":
            return _run_gateway(extra, actions)
        if extra:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        with _logging_to_stderr(bool(getattr(args, "verbose", False))):
            return _run(args, Catalogue(actions, by_name))
    except CliError as exc:
        print(f"ami: {exc}", file=sys.stderr)
        return exc.code
    except AmiError as exc:
        print(f"ami: {exc}", file=sys.stderr)
        return _error_code(exc)
    except SystemExit as exc:  # --help, or a subcommand that exits: a status, not a raise
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE if exc.code else EXIT_OK
    except KeyboardInterrupt:
        print("ami: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def _silence_stdout() -> None:
    """The reader went away (``ami events | head``): stop quietly, as Python's docs advise."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
