"""The gateway's AsyncAPI document (generated/ami/schemas/gateway.asyncapi.json).

No official AsyncAPI validator runs offline here, so these tests check what a consumer
relies on: the 3.0 structure, a message for every event and action of the catalogue,
every ``$ref`` resolving (inside the document and into the JSON Schema files beside
it), operations naming only their channel's messages, and a record the gateway writes
validating against its message's payload.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ami.events import Hangup
from ami_runtime.gateway.records import event_record, gap_record
from ami_runtime.gateway.rpc import ERROR_TYPES
from referencing import Registry, Resource

SCHEMAS = Path(__file__).resolve().parents[1] / "generated" / "ami" / "schemas"


def load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text())  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return load("gateway.asyncapi.json")


def pointer(document: Any, path: str) -> Any:
    """The JSON pointer ``path`` (``/a/b``) in ``document``; KeyError if absent."""
    node = document
    for part in path.lstrip("/").split("/") if path.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in refs(value)]
    return []


def catalogue_names(document: str, skip: set[str]) -> set[str]:
    return {k for k in load(document)["$defs"] if k not in skip and not k.startswith("header.")}


def test_it_is_an_asyncapi_3_document_of_two_exchanges(doc: dict[str, Any]) -> None:
    assert doc["asyncapi"] == "3.0.0" and doc["info"]["title"] and doc["info"]["version"]
    assert set(doc) <= {
        "asyncapi", "id", "info", "servers", "defaultContentType", "channels", "operations",
        "components",
    } | {k for k in doc if k.startswith("x-")}  # fmt: skip
    events, requests = doc["channels"]["events"], doc["channels"]["requests"]
    assert events["address"] == "{pbx}.{event}" and requests["address"] == "{pbx}"
    assert events["bindings"]["amqp"]["exchange"] == {
        "name": "ami.events", "type": "topic", "durable": True, "autoDelete": False, "vhost": "/",
    }  # fmt: skip
    assert requests["bindings"]["amqp"]["exchange"]["type"] == "direct"
    for channel in doc["channels"].values():  # every {parameter} of an address is declared
        for name in re.findall(r"\{(\w+)\}", channel["address"] or ""):
            assert name in channel["parameters"]
    name = re.compile(r"^[a-zA-Z0-9.\-_]+$")  # the spec's pattern for component keys
    for section in doc["components"].values():
        assert all(name.match(key) for key in section)


def test_every_event_and_action_of_the_catalogue_has_its_message(doc: dict[str, Any]) -> None:
    events = catalogue_names("gateway-events.schema.json", {"record", "gap", "owner"})
    actions = catalogue_names("gateway-actions.schema.json", {"reply"})
    channel = doc["channels"]["events"]
    assert events | {
        "AmiDisconnected",
        "AmiReconnected",
        "AmiGatewayGap",
        "AmiGatewayOwner",
    } <= set(channel["messages"])
    assert channel["parameters"]["event"]["enum"] == list(channel["messages"])
    messages = doc["components"]["messages"]
    for event in events:
        payload = messages[event]["payload"]
        assert payload["schema"] == {"$ref": f"gateway-events.schema.json#/$defs/{event}"}
        assert payload["schemaFormat"] == "application/schema+json;version=2020-12"
    assert messages["AmiGatewayGap"]["payload"]["schema"]["$ref"].endswith("#/$defs/gap")
    requests = doc["channels"]["requests"]["messages"]
    assert set(requests) == {f"action.{name}" for name in actions}
    for key, ref in requests.items():
        assert pointer(doc, ref["$ref"][1:]) is messages[key]
        assert messages[key]["payload"]["schema"]["$ref"] == (
            f"gateway-actions.schema.json#/$defs/{key.removeprefix('action.')}"
        )
    # No message hides another (an action and an event may share a name).
    assert len(messages) == len(channel["messages"]) + len(requests) + 1


def test_every_ref_resolves(doc: dict[str, Any]) -> None:
    files: dict[str, Any] = {}
    found = refs(doc)
    assert len(found) > 800
    for ref in found:
        target, _, path = ref.partition("#")
        if target:
            assert (SCHEMAS / target).is_file(), ref
            if target not in files:
                files[target] = load(target)
            document = files[target]
        else:
            document = doc
        pointer(document, path)  # raises if it does not exist
    for name in ("gateway-events.schema.json", "gateway-actions.schema.json"):
        schema = files[name]
        for ref in refs(schema):  # and inside the schema files the messages point to
            assert ref.startswith("#/"), ref
            pointer(schema, ref[1:])


def test_operations_use_their_channels_messages(doc: dict[str, Any]) -> None:
    for op in doc["operations"].values():
        channel = pointer(doc, op["channel"]["$ref"][1:])
        prefix = op["channel"]["$ref"] + "/messages/"
        for ref in op["messages"]:
            assert (
                ref["$ref"].startswith(prefix) and ref["$ref"][len(prefix) :] in channel["messages"]
            )
    reply = doc["operations"]["answerRequests"]["reply"]
    assert reply["address"]["location"] == "$message.header#/reply_to"
    assert pointer(doc, reply["channel"]["$ref"][1:])["address"] is None  # set by reply_to


def registry() -> Registry:
    resources = [
        (name, Resource.from_contents(load(name)))
        for name in ("gateway-events.schema.json", "gateway-actions.schema.json")
    ]
    return Registry().with_resources(resources)


def validate_payload(doc: dict[str, Any], message: str, instance: object) -> None:
    """``instance`` against the payload of ``components/messages/<message>``."""
    ref = doc["components"]["messages"][message]["payload"]["schema"]["$ref"]
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": ref}
    jsonschema.Draft202012Validator(schema, registry=registry()).validate(instance)


def test_what_the_gateway_writes_fits_its_messages_payload(doc: dict[str, Any]) -> None:
    event = Hangup([("Event", "Hangup"), ("Privilege", "call,all"), ("Channel", "PJSIP/1-0"),
                   ("Uniqueid", "1.1"), ("Linkedid", "1.1"), ("Cause", "16"),
                   ("Cause-txt", "Normal Clearing")])  # fmt: skip
    record = json.loads(event_record("p1", "gw/1", 3, 1.5, event, ("eu",)))
    validate_payload(doc, "Hangup", record)
    with pytest.raises(jsonschema.ValidationError):  # the payload is Hangup's, not any event's
        validate_payload(doc, "Newchannel", record)
    validate_payload(doc, "AmiGatewayGap", json.loads(gap_record("p1", "gw/1", 4, 6, "x", 2.0)))
    ping = {"action": "Ping", "fields": {}}
    validate_payload(doc, "action.Ping", ping)
    reply = {
        "pbx": "p1",
        "action": "Ping",
        "ok": False,
        "error": {"type": "UnknownPbx", "message": "m"},
    }
    validate_payload(doc, "reply", reply)


def test_the_replys_error_types_are_the_gateways() -> None:
    reply = load("gateway-actions.schema.json")["$defs"]["reply"]
    assert reply["properties"]["error"]["properties"]["type"]["enum"] == list(ERROR_TYPES)
