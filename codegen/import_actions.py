"""Imported actions: one catalogue entry per documented AMI action the catalogue lacks.

An action curated in ``spec/actions.yaml`` (the pystrix classes and any entry moved there
by hand) is never written here: its facts are compared with Asterisk's docs and every
difference is reported instead (``spec/imported/report.md``).  Everything else Asterisk
documents becomes an entry of ``spec/imported/actions.yaml``, rebuilt on every import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .import_hints import Hints, same_version, sorted_versions, version_key
from .naming import python_name
from .xmldocs import DocAction, DocParam, DocSet

__all__ = ["Outcome", "import_actions", "availability", "sentence", "SKIPPED_PARAMS"]

#: Documented parameters that are not fields: the ActionID every action takes.
SKIPPED_PARAMS = frozenset({"actionid"})
_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_NUMBERED = re.compile(r"-(\d{6}|X{6}|N{6})$")


@dataclass
class Outcome:
    """What an import step produced, and what it has to say about it."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    """Curated facts that differ from Asterisk's docs (kept; reported)."""
    problems: list[str] = field(default_factory=list)
    """Facts the importer cannot decide: it fails until import-hints.yaml says."""
    anomalies: list[str] = field(default_factory=list)
    """Oddities of the docs themselves, worth a look."""


def sentence(text: str) -> str:
    """``text`` ending in a full stop (Asterisk's synopses often lack one)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?:" else text + "."


def availability(
    name: str,
    present: Sequence[str],
    versions: Sequence[str],
    modules: Sequence[str],
    hints: Hints,
    out: Outcome,
) -> str | None:
    """The first version without ``name``, when a newer doc set lacks it, else None.

    A removal needs a decision in the hints (module or name, with its evidence); it must
    fall after the last version documenting it and no later than the first lacking it.
    """
    present = sorted_versions(present)
    if versions[-1] in present:
        gaps = [
            v for v in versions if v not in present and version_key(v) > version_key(present[0])
        ]
        if gaps:
            out.anomalies.append(f"{name}: absent from the {', '.join(gaps)} docs only")
        return None
    last = present[-1]
    first_absent = next(v for v in versions if version_key(v) > version_key(last))
    hinted = hints.removed_names.get(name) or next(
        (hints.removed_modules[m] for m in modules if m in hints.removed_modules), None
    )
    if hinted is None:
        out.problems.append(
            f"{name} ({', '.join(modules)}): documented in {last}, not in {first_absent}; "
            "say in import-hints.yaml (removed) which version first lacks it"
        )
        return None
    if not version_key(last) < version_key(hinted) <= version_key(first_absent):
        out.problems.append(
            f"{name}: removed {hinted} (import-hints.yaml) is not after {last} "
            f"and no later than {first_absent}"
        )
    return hinted


def _since(docs: Sequence[DocAction]) -> dict[str, Any]:
    releases = sorted_versions([v for d in docs for v in d.since])
    if not releases:
        return {}
    if len(releases) == 1:
        return {"since": releases[0]}
    return {"since": releases[0], "since_releases": releases}


def _canonical(docs: Sequence[DocAction], hints: Hints) -> DocAction:
    """Of one version's entries, the module's own (app_voicemail, not its _imap twin)."""
    for doc in docs:
        if hints.modules.get(doc.module, doc.module) == doc.module:
            return doc
    return docs[0]


def _field(action: str, param: DocParam, hints: Hints) -> dict[str, Any]:
    doc = param.doc
    entry: dict[str, Any] = {"key": param.name}
    if param.values and f"{action}.{param.name}".lower() in hints.open_enums:
        listed = ", ".join(param.values)
        doc = f"{sentence(doc)} For example: {listed}." if doc else f"For example: {listed}."
    elif param.values:
        entry["values"] = list(param.values)  # a Literal type, checked before sending
        doc = sentence(doc) if doc else doc
    if param.name == "Variable":
        entry.update(py_name="variables", type="variables")
        doc = doc or "Variables: one 'Variable: name=value' line each."
    elif param.name.lower() in hints.int_keys:
        entry["py_type"] = "str | int"
    if param.required:
        entry["required"] = True
    if param.default is not None and param.default.strip():
        entry["asterisk_default"] = param.default.strip()
    entry["doc"] = doc or f"The {param.name} header."
    return entry


def _fields(name: str, doc: DocAction, hints: Hints, out: Outcome) -> list[dict[str, Any]]:
    params = []
    for param in doc.params:
        if param.name.lower() in SKIPPED_PARAMS:
            continue
        if not _KEY.match(param.name):
            out.anomalies.append(
                f"{name}: parameter {param.name!r} is not a header name; not a field"
            )
            continue
        params.append(param)
    ordered = [p for p in params if p.required] + [p for p in params if not p.required]
    fields = [_field(name, p, hints) for p in ordered]
    seen: dict[str, str] = {}
    for entry in fields:
        py = entry.get("py_name") or python_name(entry["key"])
        if py in seen:
            entry["py_name"] = f"{py}_{entry['key'].lower()}"
            out.anomalies.append(f"{name}: {entry['key']} and {seen[py]} share the name {py}")
        seen[py] = entry["key"]
        if not entry.get("required"):
            entry["keyword_only"] = True
    return fields


def _result(name: str, doc: DocAction, hints: Hints, out: Outcome) -> dict[str, Any]:
    hint = hints.results.get(name)
    if doc.list_items or doc.responses:
        if hint is not None:
            out.anomalies.append(f"{name}: import-hints.yaml results entry unused, the XML has one")
        complete = doc.responses[0] if doc.responses else ""
        if len(doc.responses) != 1:
            out.problems.append(f"{name}: <responses> names {len(doc.responses)} completions")
        return {"kind": "list", "items": list(doc.list_items), "complete": complete}
    if hint is None:
        return {"kind": "plain"}
    result: dict[str, Any] = {"kind": hint["kind"]}
    if hint["kind"] == "list":
        result.update(items=list(hint.get("items", [])), complete=hint["complete"])
        if hint.get("announced") is False:
            result["announced"] = False
    if hint.get("doc"):
        result["doc"] = hint["doc"]
    return result


def _privilege(
    name: str, listcommands: Mapping[str, Mapping[str, tuple[str, ...]]], hints: Hints, out: Outcome
) -> tuple[list[str], str] | None:
    seen = {v: table[name.lower()] for v, table in listcommands.items() if name.lower() in table}
    if seen:
        distinct = set(seen.values())
        if len(distinct) > 1:
            shown = "; ".join(f"{v}: {', '.join(c) or 'none'}" for v, c in seen.items())
            out.anomalies.append(f"{name}: ListCommands classes differ by version ({shown})")
        newest = max(seen, key=version_key)
        versions = ", ".join(sorted_versions(list(seen)))
        if name in hints.privileges:
            out.anomalies.append(
                f"{name}: import-hints.yaml privileges entry unused, ListCommands of {versions} "
                "lists it"
            )
        return list(seen[newest]), f"ListCommands of Asterisk {versions}"
    if name in hints.privileges:
        classes, source = hints.privileges[name]
        return list(classes), source
    out.problems.append(
        f"{name}: no recorded ListCommands lists it; add its write classes to "
        "import-hints.yaml (privileges) from its ast_manager_register_xml() call"
    )
    return None


def _entry(
    name: str,
    by_version: Mapping[str, DocAction],
    versions: Sequence[str],
    listcommands: Mapping[str, Mapping[str, tuple[str, ...]]],
    hints: Hints,
    out: Outcome,
) -> dict[str, Any] | None:
    newest = by_version[max(by_version, key=version_key)]
    module = hints.modules.get(newest.module, newest.module)
    privilege = _privilege(name, listcommands, hints, out)
    if privilege is None:
        return None
    entry: dict[str, Any] = {"action": name, "module": module}
    if module in hints.sources:
        entry["source"] = hints.sources[module]
    entry["privilege"] = privilege[0]
    entry["privilege_source"] = privilege[1]
    entry.update(_since(list(by_version.values())))
    removed = availability(
        name, list(by_version), versions, sorted({newest.module, module}), hints, out
    )
    if removed:
        entry["removed"] = removed
    entry["documented"] = sorted_versions(list(by_version))
    entry["doc"] = sentence(newest.synopsis) or f"The {name} action."
    if newest.description and sentence(newest.description) != entry["doc"]:
        entry["description"] = newest.description
    if name in hints.notes:
        entry["notes"] = list(hints.notes[name])
    result = _result(name, newest, hints, out)
    entry["result"] = result
    listed = set(result.get("items", [])) | {result.get("complete")}
    events = [e for e in newest.see_also_events if e not in listed]
    events += [e for e in hints.action_events.get(name, ()) if e not in events]
    if events:
        entry["events"] = events
    fields = _fields(name, newest, hints, out)
    documented_order = [p.name for p in newest.params if p.name in {f["key"] for f in fields}]
    if [f["key"] for f in fields] != documented_order:
        entry["wire_order"] = documented_order
    entry["fields"] = fields
    return entry


def import_actions(
    docs: Sequence[DocSet],
    listcommands: Mapping[str, Mapping[str, tuple[str, ...]]],
    hints: Hints,
    curated: Sequence[Mapping[str, Any]],
) -> Outcome:
    """Entries for every documented action not curated; differences for curated ones."""
    out = Outcome()
    versions = sorted_versions([d.version for d in docs])
    by_name: dict[str, dict[str, DocAction]] = {}
    spelled: dict[str, str] = {}
    for docset in sorted(docs, key=lambda d: version_key(d.version)):
        for name, entries in docset.actions.items():
            by_name.setdefault(name.lower(), {})[docset.version] = _canonical(entries, hints)
            spelled[name.lower()] = name
    curated_by_name: dict[str, list[Mapping[str, Any]]] = {}
    for known in curated:
        curated_by_name.setdefault(str(known["action"]).lower(), []).append(known)
    for low in sorted(by_name):
        name = spelled[low]
        if low in curated_by_name:
            compare_curated(
                name, curated_by_name[low], by_name[low], versions, listcommands, hints, out
            )
            continue
        built = _entry(name, by_name[low], versions, listcommands, hints, out)
        if built is not None:
            out.entries.append(built)
    for low in sorted(set(hints.privileges) | set(hints.results)):
        if low.lower() not in by_name:
            out.anomalies.append(f"import-hints.yaml names {low}, which no doc set documents")
    return out


def compare_curated(
    name: str,
    entries: Sequence[Mapping[str, Any]],
    by_version: Mapping[str, DocAction],
    versions: Sequence[str],
    listcommands: Mapping[str, Mapping[str, tuple[str, ...]]],
    hints: Hints,
    out: Outcome,
) -> None:
    """Report where curated entries of ``name`` disagree with the docs (never changed)."""
    newest = by_version[max(by_version, key=version_key)]
    classes = ", ".join(str(e.get("class") or e["action"]) for e in entries)
    label = f"{name} (curated: {classes})"

    def differ(text: str) -> None:
        out.differences.append(f"{label}: {text}")

    keys: set[str] = set()
    required_in: list[set[str]] = []
    for entry in entries:
        mine: set[str] = set()
        for f in entry.get("fields", ()):
            keys.update(k.lower() for k in [f.get("key"), *f.get("subkeys", ())] if k)
            if f.get("required") and f.get("key"):
                mine.add(f["key"].lower())
        required_in.append(mine)
    # Required by every class of the action (Originate_Application alone needs Application).
    required = set.intersection(*required_in) if required_in else set()
    documented = {
        _NUMBERED.sub("", p.name).lower(): p
        for p in newest.params
        if p.name.lower() not in SKIPPED_PARAMS and _KEY.match(_NUMBERED.sub("", p.name))
    }
    for key, param in sorted(documented.items()):
        if key not in keys:
            differ(f"documented field {param.name} has no field here")
        elif param.required and key not in required:
            differ(f"docs say {param.name} is required; optional here")
    for key in sorted(required - set(documented)):
        differ(f"field {key} is required here but not documented")
    for key in sorted(k for k in required if k in documented and not documented[k].required):
        differ(f"{documented[key].name} is required here; the docs say optional")
    _compare_facts(entries, by_version, versions, listcommands, hints, out, differ)


def _compare_facts(
    entries: Sequence[Mapping[str, Any]],
    by_version: Mapping[str, DocAction],
    versions: Sequence[str],
    listcommands: Mapping[str, Mapping[str, tuple[str, ...]]],
    hints: Hints,
    out: Outcome,
    differ: Any,
) -> None:
    newest = by_version[max(by_version, key=version_key)]
    name = newest.name
    module = hints.modules.get(newest.module, newest.module)
    since = _since(list(by_version.values())).get("since")
    removed = availability(
        name, list(by_version), versions, sorted({newest.module, module}), hints, Outcome()
    )
    for entry in entries:
        who = str(entry.get("class") or entry["action"])
        if entry["module"] != module:
            differ(f"{who}: module {entry['module']}; the docs say {newest.module} ({module})")
        if since and not same_version(entry.get("since"), since):
            differ(f"{who}: since {entry.get('since')}; the docs say {since}")
        if not same_version(entry.get("removed"), removed) and removed is not None:
            differ(f"{who}: removed {entry.get('removed')}; the docs imply {removed}")
        for version, table in sorted(listcommands.items()):
            listed = table.get(name.lower())
            if listed is not None and set(listed) != set(entry["privilege"]):
                differ(
                    f"{who}: privilege {', '.join(entry['privilege']) or 'none'}; ListCommands "
                    f"of {version} says {', '.join(listed) or 'none'}"
                )
        result = entry["result"]
        if newest.list_items or newest.responses:
            docs_list = (list(newest.list_items), list(newest.responses[:1]))
            ours = (list(result.get("items", [])), [result.get("complete")])
            if (
                result["kind"] != "list"
                or set(docs_list[0]) - set(ours[0])
                or docs_list[1] != ours[1]
            ):
                differ(f"{who}: reply {result['kind']} {ours}; the docs list {docs_list}")
