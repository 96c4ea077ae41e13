# DO NOT EDIT. Generated from spec/package.yaml by codegen/ (template: package_init.py.jinja).
# Run "make generate" to rebuild.
"""A demo package."""

from ami_runtime import Request, Response

from . import _catalogue, core

__all__ = [
    "Request",
    "Response",
    "core",
]

CATALOGUE_SHA256 = _catalogue.SPEC_SHA256
