"""The AsyncAPI 3.0 document of ``ami gateway``, rendered from the catalogue.

``ami/schemas/gateway.asyncapi.json`` describes the gateway as an application: it sends
records on the topic exchange ``ami.events`` (one message per catalogue event, plus the
connection, gap and owner records) and receives RPC requests on the direct exchange
``ami.rpc`` (one message per action), answering each on the request's ``reply_to``.
Payloads are not repeated here: every message points into the two JSON Schema documents
beside it (``schemas.py``), so AsyncAPI tools and plain JSON Schema validators read the
same definitions.
"""

from __future__ import annotations

import json
from typing import Any

from .event_model import EventSpec
from .model import ActionSpec, Catalogue
from .schemas import WARNING

__all__ = ["render_asyncapi"]

#: The version of the gateway's formats (AsyncAPI ``info.version``): bump it when a
#: record or reply changes shape, not when the catalogue grows.
FORMAT_VERSION = "1.0.0"
SCHEMA_FORMAT = "application/schema+json;version=2020-12"
EVENTS = "gateway-events.schema.json"
ACTIONS = "gateway-actions.schema.json"
AMQP = "0.3.0"  # the AMQP bindings' version

#: Records that are not catalogue events: name -> (definition, summary).
_RECORDS = {
    "AmiDisconnected": ("record", "The AMI connection of a held PBX dropped."),
    "AmiReconnected": ("record", "The AMI connection came back (events in between are lost)."),
    "AmiGatewayGap": ("gap", "Sequence numbers first_seq..last_seq were dropped, and why."),
    "AmiGatewayOwner": ("owner", "The first record of an epoch: which gateway holds the PBX."),
    "Event": ("record", "An event the catalogue does not know (its class is Event)."),
}

_DESCRIPTION = """\
Events of a fleet of Asterisk PBXs, published by `ami gateway` as JSON on a RabbitMQ
topic exchange, and AMI actions taken as AMQP RPC. Every record names its PBX, an
epoch (one holding of the PBX by one gateway process) and a sequence number counting
from 1 within the epoch (0: the owner record that opens it). Delivery is at-least-once
and in order per PBX: deduplicate on (pbx, epoch, seq, type); within an epoch every seq
is delivered or inside a gap record. See docs/gateway.md."""


def _summary(doc: str) -> str:
    return doc.strip().split("\n", 1)[0].strip()


def _payload(document: str, definition: str) -> dict[str, Any]:
    return {"schemaFormat": SCHEMA_FORMAT, "schema": {"$ref": f"{document}#/$defs/{definition}"}}


def _event_message(name: str, definition: str, summary: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "title": name}
    if summary:
        out["summary"] = summary
    out["payload"] = _payload(EVENTS, definition)
    out["traits"] = [{"$ref": "#/components/messageTraits/record"}]
    return out


def _event_messages(events: list[EventSpec]) -> dict[str, Any]:
    messages = {e.name: _event_message(e.name, e.name, _summary(e.doc)) for e in events}
    for name, (definition, summary) in _RECORDS.items():
        messages.setdefault(name, _event_message(name, definition, summary))
    return dict(sorted(messages.items()))


def _action_message(action: ActionSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"name": action.class_name, "title": action.action}
    if summary := _summary(action.doc):
        out["summary"] = summary
    out["payload"] = _payload(ACTIONS, action.class_name)
    out["traits"] = [{"$ref": "#/components/messageTraits/request"}]
    return out


def _traits() -> dict[str, Any]:
    return {
        "record": {
            "contentType": "application/json",
            "bindings": {"amqp": {"bindingVersion": AMQP}},
        },
        "request": {
            "contentType": "application/json",
            "headers": {
                "description": "AMQP basic properties of the request.",
                "type": "object",
                "required": ["reply_to", "correlation_id"],
                "properties": {
                    "reply_to": {"type": "string", "description": "The queue for the reply."},
                    "correlation_id": {"type": "string", "description": "Copied to the reply."},
                    "user_id": {
                        "type": "string",
                        "description": "The sender's broker login (RabbitMQ checks it); its "
                        "role decides which actions it may send.",
                    },
                },
            },
            "correlationId": {"location": "$message.header#/correlation_id"},
            "bindings": {"amqp": {"bindingVersion": AMQP}},
        },
    }


def _exchange(name: str, kind: str) -> dict[str, Any]:
    return {
        "amqp": {
            "is": "routingKey",
            "exchange": {
                "name": name,
                "type": kind,
                "durable": True,
                "autoDelete": False,
                "vhost": "/",
            },
            "bindingVersion": AMQP,
        }
    }


def _refs(channel: str, names: list[str]) -> list[dict[str, str]]:
    return [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in names]


def render_asyncapi(catalogue: Catalogue) -> dict[str, str]:
    """``{file name: JSON text}`` for ``ami/schemas/``."""
    events = _event_messages(list(catalogue.sorted_events))
    # Keyed action.<Class>: an action and an event may share a name (UserEvent), and
    # <Class>Request is taken too (the HangupRequest event).
    actions = {f"action.{a.class_name}": _action_message(a) for a in catalogue.sorted_actions}
    pbx = {"description": "The PBX's name in the gateway's config (letters, digits, - and _)."}
    channels = {
        "events": {
            "address": "{pbx}.{event}",
            "title": "Records on the events exchange",
            "description": "Bind a queue with a pattern: `london-1.#`, `*.Hangup`, `#`.",
            "parameters": {
                "pbx": pbx,
                "event": {
                    "description": "The event's name (the record's event field).",
                    "enum": list(events),
                },
            },
            "messages": {name: {"$ref": f"#/components/messages/{name}"} for name in events},
            "bindings": _exchange("ami.events", "topic"),
        },
        "requests": {
            "address": "{pbx}",
            "title": "RPC requests",
            "description": "Publish with reply_to and correlation_id. A PBX no gateway has "
            "configured is answered UnknownPbx (the exchange's alternate exchange "
            "ami.rpc.unrouted).",
            "parameters": {"pbx": pbx},
            "messages": {
                name: {"$ref": f"#/components/messages/{name}"} for name in sorted(actions)
            },
            "bindings": _exchange("ami.rpc", "direct"),
        },
        "replies": {
            "address": None,
            "title": "RPC replies",
            "description": "The requester's reply_to queue, through the default exchange.",
            "messages": {"reply": {"$ref": "#/components/messages/reply"}},
        },
    }
    operations = {
        "publishRecords": {
            "action": "send",
            "channel": {"$ref": "#/channels/events"},
            "summary": "Each event of a held PBX, and the gateway's own records.",
            "messages": _refs("events", list(events)),
        },
        "answerRequests": {
            "action": "receive",
            "channel": {"$ref": "#/channels/requests"},
            "summary": "Check a request (role, catalogue, serializer), send it, reply.",
            "messages": _refs("requests", sorted(actions)),
            "reply": {
                "address": {"location": "$message.header#/reply_to"},
                "channel": {"$ref": "#/channels/replies"},
                "messages": _refs("replies", ["reply"]),
            },
        },
    }
    reply = {
        "name": "reply",
        "title": "RPC reply",
        "summary": "The full response (list items included) or a typed error.",
        "contentType": "application/json",
        "correlationId": {"location": "$message.header#/correlation_id"},
        "payload": _payload(ACTIONS, "reply"),
    }
    document = {
        "asyncapi": "3.0.0",
        "info": {"title": "ami gateway", "version": FORMAT_VERSION, "description": _DESCRIPTION},
        "defaultContentType": "application/json",
        "channels": channels,
        "operations": operations,
        "components": {
            "messages": {**events, **dict(sorted(actions.items())), "reply": reply},
            "messageTraits": _traits(),
        },
        "x-generated": WARNING,  # JSON has no comments; AsyncAPI allows x- fields
    }
    return {"gateway.asyncapi.json": json.dumps(document, indent=1, ensure_ascii=False) + "\n"}
