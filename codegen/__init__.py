"""amikit's code generator: ``spec/*.yaml`` -> Jinja2 templates -> ``generated/ami/``.

Entry points: ``python -m codegen`` (code and reference pages, :mod:`codegen.__main__`),
``python -m codegen.docs`` (reference pages only) and ``python -m codegen.import_docs``
(Asterisk's XML docs -> ``spec/imported/``).  docs/extending-the-catalogue.md walks
through both.
"""
