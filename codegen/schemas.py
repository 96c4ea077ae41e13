"""JSON Schemas of what ``ami gateway`` publishes and accepts, rendered from the catalogue.

Two documents under ``ami/schemas/``, each a JSON Schema (draft 2020-12) whose ``$defs``
hold one schema per event (``gateway-events.schema.json``: the record of each event,
plus the gap and owner records) and one per action (``gateway-actions.schema.json``:
the RPC request of each action, plus the reply).  Consumers in any language validate a
record against ``#/$defs/<EventName>`` or generate types from them.  Headers are
strings on the wire, so every header is a string; the schema says which ones are
numbers (``pattern``) and which take a fixed set of values (``enum``).
"""

from __future__ import annotations

import json
from typing import Any

from ami_runtime.gateway.rpc import ERROR_TYPES  # what a reply's error.type may be

from .event_model import EventSpec, HeaderSpec
from .model import ActionSpec, Catalogue, FieldSpec

__all__ = ["render_schemas"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: JSON has no comments: the generated files' warning is the schema's ``$comment``.
WARNING = (
    "DO NOT EDIT. Generated from spec/ by codegen/ (codegen/schemas.py). "
    'Run "make generate" to rebuild.'
)
_INT = r"^-?[0-9]+$"
_STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
_HEADERS: dict[str, Any] = {
    "type": "object",
    "description": "Every header, in order; a header sent more than once is a list.",
    "additionalProperties": {"anyOf": [{"type": "string"}, _STRINGS]},
}


def _header(spec: HeaderSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "string"}
    if spec.doc:
        out["description"] = spec.doc
    if spec.values:
        out["enum"] = list(spec.values)
    elif spec.kind == "int":
        out["pattern"] = _INT
    return out


def _event_headers(event: EventSpec) -> dict[str, Any]:
    props: dict[str, Any] = {}
    # Snapshot headers (channel, bridge...) are shared: one definition each, referenced.
    for group in event.mixins:
        for h in group.fields:
            props.setdefault(h.key, {"$ref": f"#/$defs/{_shared(group.name, h)}"})
    for accessor in event.accessors:
        for h in accessor.group.fields:
            ref = {"$ref": f"#/$defs/{_shared(accessor.group.name, h)}"}
            props.setdefault(f"{accessor.prefix}{h.key}", ref)
    for h in event.fields:
        props.setdefault(h.key, _header(h))
    return props


def _shared(group: str, spec: HeaderSpec) -> str:
    return f"header.{group}.{spec.key}"


def _shared_headers(catalogue: Catalogue) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for event in catalogue.events:
        groups = [*event.mixins, *(a.group for a in event.accessors)]
        for group in groups:
            for h in group.fields:
                out.setdefault(_shared(group.name, h), _header(h))
    return dict(sorted(out.items()))


def _event(event: EventSpec) -> dict[str, Any]:
    return {
        "description": event.doc,
        "allOf": [{"$ref": "#/$defs/record"}],
        "properties": {
            "event": {"const": event.name},
            "class": {"const": event.class_name},
            "headers": {**_HEADERS, "properties": _event_headers(event)},
        },
    }


def _records() -> dict[str, Any]:
    base = {
        "pbx": {"type": "string", "description": "The PBX's name in the gateway's config."},
        "epoch": {
            "type": "string",
            "description": "One holding of the PBX by one gateway process; seq counts within it.",
        },
        "seq": {"type": "integer", "minimum": 0},
        "received": {"type": "number", "description": "Unix time the gateway read it."},
        "event": {"type": "string"},
    }
    return {
        "record": {
            "description": "An event from a PBX (routing key <pbx>.<event>).",
            "type": "object",
            "required": ["type", "pbx", "epoch", "seq", "received", "event", "class", "headers"],
            "properties": {
                "type": {"const": "event"},
                **base,
                "class": {"type": "string", "description": "The typed class (ami.events)."},
                "headers": _HEADERS,
                "tags": {**_STRINGS, "description": "The PBX's tags from the config."},
            },
        },
        "gap": {
            "description": "Events first_seq..last_seq of this epoch were dropped (routing key "
            "<pbx>.AmiGatewayGap); its seq is last_seq.",
            "type": "object",
            "required": ["type", "pbx", "epoch", "seq", "first_seq", "last_seq", "count", "reason"],
            "properties": {
                "type": {"const": "gap"},
                **base,
                "event": {"const": "AmiGatewayGap"},
                "first_seq": {"type": "integer", "minimum": 1},
                "last_seq": {"type": "integer", "minimum": 1},
                "count": {"type": "integer", "minimum": 1},
                "reason": {"type": "string"},
            },
        },
        "owner": {
            "description": "The first record (seq 0) of an epoch: which gateway holds the PBX "
            "from now on. Events between the previous epoch and this one were seen by no "
            "gateway (routing key <pbx>.AmiGatewayOwner).",
            "type": "object",
            "required": ["type", "pbx", "epoch", "seq", "gateway", "reason"],
            "properties": {
                "type": {"const": "owner"},
                **base,
                "seq": {"const": 0},
                "event": {"const": "AmiGatewayOwner"},
                "gateway": {"type": "string"},
                "reason": {"enum": ["start", "takeover"]},
            },
        },
    }


def _field(spec: FieldSpec) -> dict[str, Any]:
    enc = spec.encoding
    scalar: dict[str, Any]
    if enc == "bool":
        scalar = {"type": ["boolean", "string"]}
    elif enc in ("int", "float"):
        scalar = {"type": ["number", "string"]}
    else:
        scalar = {"type": "string"}
    if spec.values:
        scalar["enum"] = list(spec.values)
    out: dict[str, Any] = scalar
    if enc in ("variables", "list", "numbered", "headers"):
        out = {"anyOf": [scalar, {"type": "array", "items": scalar}]}
    if spec.doc:
        out["description"] = spec.doc
    return out


def _action(action: ActionSpec) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required: list[str] = []
    open_ended = False
    for f in action.fields:
        if f.encoding == "headers":
            open_ended = True
            continue
        name = f.key or f.arg
        props[name] = _field(f)
        if f.required:
            required.append(name)
    fields: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        fields["required"] = required
    if not open_ended:
        fields["additionalProperties"] = False
    return {
        "description": action.doc,
        "type": "object",
        "required": ["action"],
        "properties": {
            "action": {"enum": sorted({action.action, action.class_name})},
            "fields": fields,
            "timeout": {"type": "number", "exclusiveMinimum": 0, "maximum": 300},
        },
    }


def _reply() -> dict[str, Any]:
    message = {"type": "object", "additionalProperties": {"anyOf": [{"type": "string"}, _STRINGS]}}
    return {
        "description": "The answer to an RPC request (correlation_id as in the request).",
        "type": "object",
        "required": ["pbx", "action", "ok"],
        "properties": {
            "pbx": {"type": "string"},
            "action": {"type": "string"},
            "ok": {"type": "boolean"},
            "response": message,
            "lines": _STRINGS,
            "items": {"type": "array", "items": message},
            "complete": {"anyOf": [message, {"type": "null"}]},
            "error": {
                "type": "object",
                "required": ["type", "message"],
                "properties": {"type": {"enum": list(ERROR_TYPES)}, "message": {"type": "string"}},
            },
        },
    }


def _dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def render_schemas(catalogue: Catalogue) -> dict[str, str]:
    """``{file name: JSON text}`` for ``ami/schemas/``."""
    events = {e.name: _event(e) for e in catalogue.sorted_events}
    events_doc = {
        "$schema": DRAFT,
        "$comment": WARNING,
        "$id": "https://amikit.invalid/schemas/gateway-events.schema.json",
        "title": "ami gateway: records on the events exchange",
        "description": "A record is an event (#/$defs/<EventName>, or #/$defs/record for an "
        "event the catalogue lacks), a gap or an owner record.",
        "oneOf": [{"$ref": "#/$defs/record"}, {"$ref": "#/$defs/gap"}, {"$ref": "#/$defs/owner"}],
        "$defs": {**_records(), **_shared_headers(catalogue), **dict(sorted(events.items()))},
    }
    actions = {a.class_name: _action(a) for a in catalogue.sorted_actions}
    actions_doc = {
        "$schema": DRAFT,
        "$comment": WARNING,
        "$id": "https://amikit.invalid/schemas/gateway-actions.schema.json",
        "title": "ami gateway: RPC requests and replies",
        "description": "A request is #/$defs/<ActionClass>; the reply is #/$defs/reply.",
        "anyOf": [{"$ref": f"#/$defs/{name}"} for name in sorted(actions)],
        "$defs": {"reply": _reply(), **dict(sorted(actions.items()))},
    }
    return {
        "gateway-events.schema.json": _dump(events_doc),
        "gateway-actions.schema.json": _dump(actions_doc),
    }
