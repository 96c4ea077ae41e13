"""amikit's code generator: ``spec/*.yaml`` -> Jinja2 templates -> ``generated/ami/``.

Entry point: ``python -m codegen`` (see :mod:`codegen.__main__`).  docs/extending-the-
catalogue.md walks through adding an action.
"""
