# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: shim.py.jinja).
# Run "make generate" to rebuild.
"""The embedded AMI simulator (``python -m ami.simulator``)."""

from ami_runtime.simulator import Simulator, main

__all__ = [
    "Simulator",
    "main",
]


if __name__ == "__main__":
    raise SystemExit(main())
