"""Every event page describes the right headers: checked against the XML docs and the server.

Issue 15 found QueueParams' page wrong (``max`` "The name of the queue", ``calls`` "the
member's channel technology", ``abandoned`` a string).  The cause: the importer took each
header's text from Asterisk's XML docs as written, and those docs are wrong for this event
(they omit Queue and shift its text to Max); nothing compared them with what the server
sends.  Two checks over every page now:

* each imported header's doc is the XML docs' text for the parameter of the same name, or
  a correction listed in ``spec/import-hints.yaml`` (``event_headers``) with its evidence;
* each header a recorded server sent (``shared/transcripts*``) is a property of its class.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from ami.events import EVENTS
from ami_runtime.framing import FrameReader
from ami_runtime.headers import Header, Snapshot
from ami_runtime.message import Message

from codegen.xmldocs import read_docs
from tests.transcripts import shared_dir

ROOT = Path(__file__).resolve().parent.parent
SHARED = shared_dir()
needs_shared = pytest.mark.skipif(SHARED is None, reason="shared/ (XML docs, recordings) absent")

#: Headers every event has, or that belong to the message rather than the event.
_GENERIC = {"event", "privilege", "actionid", "eventlist", "listitems", "timestamp"}
_GENERIC |= {"systemname", "sequencenumber", "file", "line", "func"}


def _hints() -> dict[str, dict[str, object]]:
    doc = yaml.safe_load((ROOT / "spec" / "import-hints.yaml").read_text(encoding="utf-8"))
    return dict(doc.get("event_headers", {}))


def _properties(cls: type) -> set[str]:
    """Lowercase header keys a class reads (its own, its groups', its prefixed views')."""
    keys: set[str] = set()
    for klass in cls.__mro__:
        for attr in vars(klass).values():
            if isinstance(attr, Header):
                keys.add(attr.key.lower())
            elif isinstance(attr, Snapshot):
                for view in attr.view.__mro__:
                    keys |= {
                        (attr.prefix + h.key).lower()
                        for h in vars(view).values()
                        if isinstance(h, Header)
                    }
    return keys


@needs_shared
def test_every_imported_header_doc_is_the_xml_text_or_a_listed_correction() -> None:
    assert SHARED is not None
    texts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for version in ("20", "22"):
        docs = read_docs(SHARED / "asterisk-docs" / version / "core-en_US.xml", version)
        for name, event in docs.events.items():
            for inst in event.instances:
                for param in inst.params:
                    texts[(name, param.name.lower())].add(param.doc or f"The {param.name} header.")
    imported = yaml.safe_load((ROOT / "spec" / "imported" / "events.yaml").read_text("utf-8"))
    hints = _hints()
    corrected = added = 0
    for entry in imported["events"]:
        fix = hints.get(entry["event"], {})
        fixed_docs = {k.lower(): v for k, v in dict(fix.get("docs", {})).items()}  # type: ignore[call-overload]
        extra = {str(a["key"]).lower() for a in fix.get("add", ())}  # type: ignore[attr-defined]
        for field in entry.get("fields", ()):
            key = str(field["key"]).lower()
            where = f"{entry['event']}.{field['key']}"
            if key in fixed_docs:
                assert field["doc"] == fixed_docs[key], where
                corrected += 1
            elif key in extra:
                assert "not in its XML docs" in field["doc"], where
                added += 1
            else:
                assert field["doc"] in texts[(entry["event"], key)], where
    assert corrected >= 4 and added >= 3


@needs_shared
def test_every_header_a_recorded_server_sent_is_a_property_of_its_class() -> None:
    assert SHARED is not None
    recorded: dict[str, set[str]] = defaultdict(set)
    for path in sorted(SHARED.glob("transcripts*/*.jsonl")):
        reader = FrameReader(banner=False)
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("dir") != "s2c" or not isinstance(item.get("data"), str):
                continue
            for raw in reader.feed(item["data"].encode("utf-8", "surrogateescape")):
                message = Message.from_raw(raw)
                name = message.get("Event")
                if name and name in EVENTS and name != "UserEvent":  # (its headers are free)
                    recorded[name] |= {k.lower() for k, _ in message.pairs}
    assert "QueueParams" in recorded and len(recorded) > 30
    missing = {
        name: sorted(keys - _properties(EVENTS[name]) - _GENERIC) for name, keys in recorded.items()
    }
    assert {n: m for n, m in missing.items() if m} == {}
