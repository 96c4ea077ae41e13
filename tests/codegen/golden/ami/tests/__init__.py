# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: tests_init.py.jinja).
# Run "make generate" to rebuild.
"""Tests generated from the catalogue's examples: one module per Asterisk module."""
