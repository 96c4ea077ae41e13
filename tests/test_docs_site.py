"""The documentation site (``make docs``): every page is reached, and Sphinx with
docs/conf.py fails on a broken link, a broken heading link or an unreached page.

The Sphinx runs need the ``docs`` extra (``make docs`` installs it; .ci/run builds the
site before the tests); without it they are skipped with one line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def toctree_entries(index: str) -> set[str]:
    entries: set[str] = set()
    for block in re.findall(r"```\{toctree\}\n(.*?)```", index, re.S):
        entries |= {line for line in block.splitlines() if line and not line.startswith(":")}
    return entries


def test_every_page_under_docs_is_in_the_sites_table_of_contents():
    pages = {p.stem for p in DOCS.glob("*.md")} - {"index"}
    listed = toctree_entries((DOCS / "index.md").read_text())
    assert pages <= listed, f"add to docs/index.md: {sorted(pages - listed)}"
    assert "reference/index" in listed
    assert {e for e in listed if "/" not in e} <= pages  # and nothing listed is missing


def build(tmp_path: Path, pages: dict[str, str]) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("sphinx", reason="the docs extra is not installed (make docs)")
    pytest.importorskip("myst_parser", reason="the docs extra is not installed (make docs)")
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(DOCS / "conf.py", src / "conf.py")
    for name, text in pages.items():
        (src / name).write_text(text)
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html"]
    return subprocess.run(
        [*command, str(src), str(tmp_path / "out")], capture_output=True, text=True, timeout=120
    )


INDEX = "# Home\n\n{links}\n\n```{{toctree}}\na\n```\n"
PAGE_A = "# A\n\n## A heading\n\ntext\n"


def test_the_site_builds_when_links_and_headings_exist(tmp_path):
    result = build(
        tmp_path, {"index.md": INDEX.format(links="[A](a.md#a-heading)"), "a.md": PAGE_A}
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "search.html").exists()


@pytest.mark.parametrize(
    ("links", "extra", "warning"),
    [
        ("[gone](gone.md)", {}, "cross-reference target not found: 'gone.md'"),
        ("[A](a.md#no-such-heading)", {}, "local id not found in doc 'a'"),
        ("", {"b.md": "# B\n"}, "document isn't included in any toctree"),
    ],
    ids=["missing page", "missing heading", "unreached page"],
)
def test_the_site_build_fails_on(tmp_path, links, extra, warning):
    pages = {"index.md": INDEX.format(links=links), "a.md": PAGE_A, **extra}
    result = build(tmp_path, pages)
    assert result.returncode != 0
    assert warning in result.stderr
