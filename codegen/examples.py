"""Examples: a typical call of each action and the header lines it must produce.

The generated tests compare the bytes our class sends with lines written in the
catalogue (or, for an entry without an example, derived here from the field facts by
rules independent of the runtime's serializer), so a test can fail when either the
serializer or the generated ``FIELDS`` go wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .filters import py_literal
from .model import ActionSpec, ExampleSpec, FieldSpec, Value

__all__ = ["EMPTY", "build", "TestCases", "test_cases"]

EMPTY = ExampleSpec(args=(), kwargs=(), wire=(), synthesized=True)
_INJECTION = "\r\nAction: Logoff"
_BYTE_ESCAPES = {"\r": "\\r", "\n": "\\n", '"': '\\"', "\\": "\\\\"}


def build(
    action: ActionSpec, raw: Mapping[str, Any] | None, where: str, problems: list[str]
) -> ExampleSpec | None:
    """The action's example: the catalogue's, checked, or one synthesised from its fields."""
    if raw is None:
        return _synthesize(action, where, problems)
    before = len(problems)
    args = tuple(raw.get("args", ()))
    kwargs = dict(raw.get("kwargs", {}))
    positional = [f for f in action.named if not f.keyword_only]
    if len(args) > len(positional):
        problems.append(f"{where}.args: {len(args)} given, the class takes {len(positional)}")
    names = {f.arg for f in action.named}
    for name in kwargs:
        if name not in names and action.kwargs_field is None:
            problems.append(f"{where}.kwargs.{name}: no such argument")
    given = {f.arg for f in positional[: len(args)]} | set(kwargs)
    for f in action.named:
        if f.required and f.arg not in given and (f.key or "") not in kwargs:
            problems.append(f"{where}: required field {f.arg!r} is not given")
    wire = tuple((k, v) for k, _, v in (line.partition(": ") for line in raw["wire"]))
    if len(problems) > before:
        return None
    return ExampleSpec(args, tuple(kwargs.items()), wire, synthesized=False)


def _synthesize(action: ActionSpec, where: str, problems: list[str]) -> ExampleSpec | None:
    if action.transform or action.kwargs_field is not None:
        problems.append(f"{where}: this action needs an explicit example (transform or **kwargs)")
        return None
    args: list[Value] = []
    kwargs: list[tuple[str, Value]] = []
    values: dict[str, Value] = {}
    for f in action.named:
        if not f.required:
            continue
        sample = _sample(f)
        if sample is None:
            problems.append(f"{where}: cannot invent a value for fields[{f.index}]; add an example")
            return None
        values[f.arg] = sample
        if f.keyword_only:
            kwargs.append((f.arg, sample))
        else:
            args.append(sample)
    wire: list[tuple[str, str]] = []
    for f in action.wire:
        if f.arg in values:
            wire.extend(_encode(f, values[f.arg]))
        elif f.default is not None:
            wire.extend(_encode(f, f.default))
    return ExampleSpec(tuple(args), tuple(kwargs), tuple(wire), synthesized=True)


def _sample(f: FieldSpec) -> Value:
    if f.values:
        return f.values[0]
    samples: dict[str, Value] = {
        "str": f"{f.arg}-1",
        "secret": "s3cret",
        "int": 1,
        "float": 1.5,
        "bool": True,
        "list": ["a", "b"],
        "mask": ["call", "system"],
        "variables": {"A": "1"},
        "numbered": [["Update", "cat", "var", "value"]],
    }
    return samples.get(f.encoding)


def _encode(f: FieldSpec, value: Value) -> list[tuple[str, str]]:
    """How the catalogue says ``value`` goes on the wire (only what _sample produces)."""
    key = f.key or ""
    if isinstance(value, list) and f.encoding == "numbered":
        return [
            (f"{sub}-{i:06d}", str(part))
            for i, item in enumerate(value)
            for sub, part in zip(f.subkeys, item if isinstance(item, list) else [], strict=False)
        ]
    if isinstance(value, list):
        return [(key, ",".join(str(v) for v in value))]
    if isinstance(value, dict):
        return [(key, f"{k}={v}") for k, v in value.items()]
    if value is None:
        return []
    text = f.wire_text(value)
    return [] if text is None else [(key, text)]


@dataclass(frozen=True)
class TestCases:
    """Python source for each generated test of one action."""

    call: str
    wire: str
    """The expected message as a bytes literal."""
    missing: tuple[tuple[str, str], ...]
    """``(attribute, call with that required field None)``."""
    minimal: str
    """The call with required fields only."""
    attr_defaults: tuple[tuple[str, str, str], ...]
    """``(attribute, operator, literal)``; ``is`` for None and bools."""
    sent_defaults: tuple[tuple[str, str], ...]
    """``(key, text)`` that the minimal call must send."""
    unsent_keys: tuple[str, ...]
    """Keys the minimal call must not send (optional, no client default)."""
    check_wire: bool
    injected: str | None
    """A call with CR/LF in a string value, or None when the example has none."""
    wire_lines: tuple[str, ...] = ()
    """The expected message's lines, ``Action`` and ``ActionID: test-1`` first."""
    required_attrs: tuple[str, ...] = ()
    minimal_row: bool = False
    """The example passes optional arguments: test the required-only call apart."""
    defaults_source: str = "{}"
    """``{attr: default}`` as Python source, for the required-only call."""


def test_cases(action: ActionSpec, ref: str = "core") -> TestCases:
    ex = action.example
    positional = [f for f in action.named if not f.keyword_only]
    values: dict[str, Value] = {f.arg: v for f, v in zip(positional, ex.args, strict=False)}
    values.update(ex.kwargs)
    npos = len(ex.args)
    call = _call(action, values, ref, npos)
    lines = [("Action", action.action), ("ActionID", "test-1"), *ex.wire]
    wire = "(\n" + "".join(f"    {_bytes(f'{k}: {v}')}\n" for k, v in lines) + '    b"\\r\\n"\n)'
    missing = tuple(
        (f.attr, _call(action, _without(action, values, f), ref, npos))
        for f in action.named
        if f.required
    )
    required = {
        name: value
        for name, value in values.items()
        if any(f.required and name in (f.arg, f.key) for f in action.named)
    }
    optional = [f for f in action.fields if not f.required and not f.kwargs]
    sent_defaults = tuple(
        (f.key or "", text)
        for f in action.wire
        if not f.required and f.default is not None
        for text in [f.wire_text(f.default)]
        if text is not None
    )
    unsent = tuple(f.key for f in action.wire if not f.required and f.default is None and f.key)
    attr_defaults = {f.attr: f.default_source for f in optional}
    check_wire = action.transform is None and bool(sent_defaults or unsent)
    return TestCases(
        call=call,
        wire=wire,
        wire_lines=tuple(f"{k}: {v}" for k, v in lines),
        required_attrs=tuple(attr for attr, _ in missing),
        minimal_row=bool(optional) and not ex.synthesized,
        defaults_source="{"
        + ", ".join(f"{py_literal(k)}: {v}" for k, v in attr_defaults.items())
        + "}",
        missing=missing,
        minimal=_call(action, required, ref, len(positional)),
        attr_defaults=tuple(
            (
                f.attr,
                "is" if f.default is None or isinstance(f.default, bool) else "==",
                f.default_source,
            )
            for f in optional
        ),
        sent_defaults=sent_defaults if check_wire else (),
        unsent_keys=unsent if check_wire else (),
        check_wire=check_wire,
        injected=_injected(action, values, ref, npos),
    )


def _without(action: ActionSpec, values: Mapping[str, Value], f: FieldSpec) -> dict[str, Value]:
    out = {k: v for k, v in values.items() if k != f.key}
    out[f.arg] = None
    return out


def _injected(action: ActionSpec, values: Mapping[str, Value], ref: str, npos: int) -> str | None:
    local = {f.arg for f in action.fields if f.encoding in ("local", "numbered")}
    for name, value in values.items():
        if isinstance(value, str) and name not in local:
            return _call(action, {**values, name: value + _INJECTION}, ref, npos)
    return None


def _call(action: ActionSpec, values: Mapping[str, Value], ref: str, npos: int) -> str:
    """Source of ``ref.Class(...)``: the first ``npos`` fields by position, the rest by name."""
    parts = []
    rest = dict(values)
    for f in action.named[:npos]:
        if f.keyword_only or f.arg not in rest:
            break
        parts.append(py_literal(rest.pop(f.arg)))
    parts.extend(
        f"{name}={py_literal(value)}" for name, value in rest.items() if name.isidentifier()
    )
    extra = {k: v for k, v in rest.items() if not k.isidentifier()}
    if extra:
        parts.append(f"**{py_literal(extra)}")
    return f"{ref}.{action.class_name}({', '.join(parts)})"


def _bytes(text: str) -> str:
    """A bytes literal of ``text`` + CRLF, UTF-8 encoded, with non-printables escaped."""
    out = []
    for byte in (text + "\r\n").encode():
        ch = chr(byte)
        if ch in '\\"' or not 0x20 <= byte < 0x7F:
            out.append(_BYTE_ESCAPES.get(ch, f"\\x{byte:02x}"))
        else:
            out.append(ch)
    return 'b"' + "".join(out) + '"'
