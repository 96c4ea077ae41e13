"""Every event page describes the right headers: checked against the XML docs and the server.

Issue 15 found QueueParams' page wrong (``max`` "The name of the queue", ``calls`` "the
member's channel technology", ``abandoned`` a string).  The cause: the importer took each
header's text from Asterisk's XML docs as written, and those docs are wrong for this event
(they omit Queue and shift its text to Max); nothing compared them with what the server
sends.  Now, over every page:

each imported header's doc must be the XML docs' text for the parameter of the same name,
or a correction listed in ``spec/import-hints.yaml`` (``event_headers``) with its evidence.
Headers the server sends that the docs omit (QueueParams' Queue, ServiceLevel, Weight) are
``spec/observed.yaml``'s, checked by the live suite.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from codegen.xmldocs import read_docs
from tests.transcripts import shared_dir

ROOT = Path(__file__).resolve().parent.parent
SHARED = shared_dir()
needs_shared = pytest.mark.skipif(SHARED is None, reason="shared/ (XML docs) absent")


def _corrections() -> dict[str, dict[str, str]]:
    """``{event: {lowercase header: corrected text}}`` from the import hints."""
    doc = yaml.safe_load((ROOT / "spec" / "import-hints.yaml").read_text(encoding="utf-8"))
    return {
        event: {k.lower(): v for k, v in fix.get("docs", {}).items()}
        for event, fix in doc.get("event_headers", {}).items()
    }


@needs_shared
def test_every_imported_header_doc_is_the_xml_text_or_a_listed_correction() -> None:
    assert SHARED is not None
    texts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for version in ("20", "22", "23"):
        path = SHARED / "asterisk-docs" / version / "core-en_US.xml"
        if not path.is_file():
            continue
        for name, event in read_docs(path, version).events.items():
            for inst in event.instances:
                for param in inst.params:
                    texts[(name, param.name.lower())].add(param.doc or f"The {param.name} header.")
    imported = yaml.safe_load((ROOT / "spec" / "imported" / "events.yaml").read_text("utf-8"))
    corrections = _corrections()
    corrected = checked = 0
    for entry in imported["events"]:
        fixed = corrections.get(entry["event"], {})
        for field in entry.get("fields", ()):
            key = str(field["key"]).lower()
            where = f"{entry['event']}.{field['key']}"
            if key in fixed:
                assert field["doc"] == fixed[key], where
                assert field["doc"] not in texts[(entry["event"], key)], f"{where}: not a fix"
                corrected += 1
            else:
                assert field["doc"] in texts[(entry["event"], key)], where
                checked += 1
    assert corrected == sum(len(f) for f in corrections.values()) >= 4
    assert checked > 1000


def test_queue_params_headers_say_what_they_are() -> None:
    from ami import events

    params = events.QueueParams(
        [("Event", "QueueParams"), ("Queue", "support"), ("Max", "0"), ("Calls", "2"),
         ("Completed", "7"), ("Abandoned", "1")]
    )  # fmt: skip
    assert (params.max, params.calls, params.completed, params.abandoned) == (0, 2, 7, 1)
    page = (ROOT / "docs" / "reference" / "events" / "QueueParams.md").read_text("utf-8")
    rows = {
        line.split("|")[1].strip(): line for line in page.splitlines() if line.startswith("| `")
    }
    assert "name of the queue" not in rows["`max`"] and "maximum number" in rows["`max`"]
    assert "callers waiting" in rows["`calls`"] and "`int \\| None`" in rows["`abandoned`"]
