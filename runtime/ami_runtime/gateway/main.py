"""``ami gateway --config FILE``: run one gateway process until SIGTERM or Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from ..action import Request
from ..errors import AmiError

__all__ = ["main"]


def main(argv: Sequence[str], actions: Mapping[str, type[Request[Any]]]) -> int:
    parser = argparse.ArgumentParser(prog="ami gateway", description=__doc__)
    parser.add_argument("--config", required=True, help="the gateway's INI file")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug log")
    parser.add_argument(
        "--check", action="store_true", help="read the config, print a summary, exit"
    )
    args = parser.parse_args(list(argv))
    from .config import load_config

    try:
        config = load_config(args.config)
    except AmiError as exc:
        print(f"ami gateway: {exc}", file=sys.stderr)
        return 2
    if args.check:
        print(f"gateway {config.name}: {len(config.pbxs)} PBXs, {len(config.roles)} roles")
        return 0
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("aiormq").setLevel(logging.WARNING)
    logging.getLogger("aio_pika").setLevel(logging.WARNING)
    from .service import Gateway

    gateway = Gateway(config, actions, args.config)
    # What is loaded by now (the catalogue's classes, aio-pika, the config: ~30,000
    # objects) lives as long as the process: kept out of the collector's full passes,
    # which it made last 4 to 20 ms on a small machine, with no event moving meanwhile.
    gc.collect()
    gc.freeze()
    try:
        import uvloop  # in the gateway extra (not on Windows): a faster event loop
    except ImportError:
        asyncio.run(gateway.run())
    else:
        uvloop.run(gateway.run())
    return 0
