# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: shim.py.jinja).
# Run "make generate" to rebuild.
"""The pytest plugin (entry point ``pytest11``): fixtures ``ami_simulator``, ``ami_manager``,
``ami_async_manager`` (connected in the test's loop, with pytest-asyncio or anyio) and
``ami_async_manager_unconnected``; see docs/testing.md."""

from ami_runtime.testing import (
    SECRET,
    USERNAME,
    ami_async_manager,
    ami_async_manager_unconnected,
    ami_manager,
    ami_simulator,
    pytest_fixture_setup,
)

__all__ = [
    "ami_simulator",
    "ami_manager",
    "ami_async_manager",
    "ami_async_manager_unconnected",
    "pytest_fixture_setup",
    "USERNAME",
    "SECRET",
]
