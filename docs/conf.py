"""Sphinx configuration of the documentation site (``make docs``; docs/site.md says why
Sphinx).  The pages are the repository's own Markdown, read by MyST; a warning (a broken
link, a page no table of contents reaches) fails the build."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime")]

project = "amikit"
author = "the amikit authors"
copyright = "the amikit authors"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_heading_anchors = 3  # [text](page.md#a-heading) links, as GitHub renders them
myst_enable_extensions = ["colon_fence"]
suppress_warnings = ["myst.header"]  # reference pages start at ## under their # title
html_theme = "furo"
html_title = "amikit"
html_show_sourcelink = False
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = False


def _reference_pages_are_reached_by_links(app: object, doctree: object) -> None:
    """The ~400 generated reference pages are reached from reference/index.md's lists,
    not from a table of contents (which would put all of them in every page's sidebar:
    slow to build, useless to read).  Every other page must be in a toctree."""
    env = app.env  # type: ignore[attr-defined]
    if env.docname.startswith(("reference/actions/", "reference/events/")):
        env.metadata[env.docname]["orphan"] = True


def setup(app: object) -> None:
    app.connect("doctree-read", _reference_pages_are_reached_by_links)  # type: ignore[attr-defined]
