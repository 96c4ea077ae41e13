# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: shim.py.jinja).
# Run "make generate" to rebuild.
"""The demo command line."""

from collections.abc import Sequence

from ami_runtime.cli import main as _main

from .actions import ACTIONS, ACTIONS_BY_NAME

__all__ = [
    "main",
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run it with this package's action registry (``ami_runtime`` never imports ``ami``)."""
    return _main(argv, actions=ACTIONS, by_name=ACTIONS_BY_NAME)


if __name__ == "__main__":
    raise SystemExit(main())
