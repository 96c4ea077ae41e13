"""``python -m ami_runtime.simulator`` (and ``python -m ami.simulator``)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import ssl
import sys

from ..errors import AmiError
from .constants import DEFAULT_VERSION, VERSIONS
from .server import Simulator

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ami.simulator",
        description="An Asterisk manager interface (AMI) simulator for development and tests.",
    )
    parser.add_argument(
        "--asterisk-version",
        choices=sorted(VERSIONS),
        default=DEFAULT_VERSION,
        help="the Asterisk release to be: banner, versions, actions, default configuration "
        "(default 20)",
    )
    parser.add_argument(
        "--config-dir",
        metavar="DIR",
        help="read extensions.conf, queues.conf, pjsip.conf, voicemail.conf, manager.conf... "
        "from DIR instead of the default configuration; the lines it ignores are listed",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, help="TCP port (default 5038, or 5039 with TLS; 0 = any)"
    )
    parser.add_argument(
        "--users",
        metavar="FILE",
        help="users file in manager.conf syntax (or JSON); default: admin/adminsecret, "
        "limited/limitedsecret",
    )
    parser.add_argument(
        "--auth-fail-delay",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="pause before answering a failed login (default 1.0, as Asterisk)",
    )
    parser.add_argument(
        "--tls-cert", metavar="PEM", help="serve TLS with this certificate (chain) file"
    )
    parser.add_argument(
        "--tls-key", metavar="PEM", help="the certificate's private key (default: in --tls-cert)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log sessions to stderr")
    return parser


def _tls_context(cert: str | None, key: str | None) -> ssl.SSLContext | None:
    """A server context from ``--tls-cert``/``--tls-key`` (None without them)."""
    if cert is None:
        if key is not None:
            raise AmiError("--tls-key needs --tls-cert")
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


async def _serve(sim: Simulator) -> None:
    await sim.start()
    tls = " (TLS)" if sim.ssl is not None else ""
    print(f"AMI simulator listening on {sim.host}:{sim.port}{tls}", file=sys.stderr, flush=True)
    try:
        await sim.serve_forever()
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> int:
    """Run the simulator until interrupted; 0 on a clean stop, 1 on a startup error."""
    args = _parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(name)s %(message)s")
    try:
        context = _tls_context(args.tls_cert, args.tls_key)
        port = args.port if args.port is not None else 5039 if context else 5038
        sim = Simulator(
            args.host, port, users=args.users, auth_fail_delay=args.auth_fail_delay,
            ssl=context, asterisk_version=args.asterisk_version, config_dir=args.config_dir,
        )  # fmt: skip
        if args.config_dir is not None:
            for ignored in sim.ignored_lines():
                print(f"ignored: {ignored}", file=sys.stderr)
        asyncio.run(_serve(sim))
    except KeyboardInterrupt:
        return 0
    except (AmiError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
