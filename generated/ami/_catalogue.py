# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: catalogue.py.jinja).
# Run "make generate" to rebuild.
"""Which catalogue this package was generated from, checked against the runtime on import.

protobuf's generated modules check the runtime version the same way: a generated ``ami``
that a different ``ami_runtime`` cannot read fails at import, not at the first request.
"""

import ami_runtime

__all__ = ["CATALOGUE_FORMAT", "SPEC_FILES", "SPEC_SHA256"]

CATALOGUE_FORMAT = 1
"""Version of the catalogue format (spec/*.schema.json) this code was generated with."""

SPEC_FILES = (
    "spec/actions.yaml",
    "spec/constants.yaml",
    "spec/events.yaml",
    "spec/imported/actions.yaml",
    "spec/imported/events.yaml",
    "spec/observed.yaml",
    "spec/package.yaml",
    "spec/verified.yaml",
)
"""The spec files hashed into :data:`SPEC_SHA256`."""

SPEC_SHA256 = "5589630703546ff8ec56badf61f41612d0c3c2f34b0f04c04ba27ca4278c5208"
"""sha256 over the spec files (name, NUL, content, NUL each, in name order)."""

if ami_runtime.CATALOGUE_FORMAT != CATALOGUE_FORMAT:
    raise ImportError(
        f"ami was generated for catalogue format {CATALOGUE_FORMAT}, but ami_runtime reads "
        f"format {ami_runtime.CATALOGUE_FORMAT}; regenerate with 'make generate'"
    )
