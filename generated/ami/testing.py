# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: shim.py.jinja).
# Run "make generate" to rebuild.
"""The pytest plugin (entry point ``pytest11``): fixtures ``ami_simulator``, ``ami_manager``
and ``ami_async_manager``; see docs/testing.md."""

from ami_runtime.testing import SECRET, USERNAME, ami_async_manager, ami_manager, ami_simulator

__all__ = [
    "ami_simulator",
    "ami_manager",
    "ami_async_manager",
    "USERNAME",
    "SECRET",
]
