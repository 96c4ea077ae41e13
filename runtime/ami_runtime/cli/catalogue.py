"""Read the action registry the ``ami`` package passes in; turn ``field=value`` into requests.

``ami_runtime`` never imports ``ami`` (imports point one way), so the registry of
generated classes arrives as an argument.  Everything this module knows about an
action comes from the class's ``FIELDS``, its other ``ClassVar`` facts and its dataclass
fields: a fact about one action written here would be a bug.

Several classes may stand for one AMI action (``Originate_Application`` and
``Originate_Context`` both send ``Action: Originate``); :meth:`Catalogue.build` picks the
one whose required fields were given, or the class named outright.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Union

from ..action import Field, Request
from ..errors import InvalidInput
from ..serialize import to_pairs
from .common import UsageError

if TYPE_CHECKING:
    import dataclasses

# `dataclasses` and `inspect` are imported where ``describe`` and ``**headers`` need them:
# they are 7 ms of every start, and ``ami action Ping`` needs neither.

__all__ = ["ActionClass", "Catalogue", "FieldInfo", "split_assignments"]

ActionClass = type[Request[Any]]
Assignment = tuple[str, str]

#: Encodings whose field may be given more than once on the command line.
_REPEATABLE = frozenset({"variables", "list", "headers", "numbered"})
_BOOL_WORDS = {"yes": True, "true": True, "on": True, "1": True}
_BOOL_WORDS |= {"no": False, "false": False, "off": False, "0": False}


def split_assignments(words: Sequence[str]) -> list[Assignment]:
    """``["Channel=PJSIP/100", "variable=A=1"]`` -> ``[("Channel", "PJSIP/100"), ...]``."""
    out = []
    for word in words:
        key, eq, value = word.partition("=")
        if not eq or not key.strip():
            raise UsageError(f"expected field=value, got {word!r}")
        out.append((key.strip(), value))
    return out


class FieldInfo(NamedTuple):
    """What ``describe`` shows about one field."""

    field: Field
    type: str
    default: str | None
    choices: tuple[str, ...]
    accepts_str: bool
    """A ``bool`` field that also takes text (``Reload: yes`` or a module name)."""
    doc: str


def _order(cls: ActionClass) -> tuple[str, str]:
    return cls.ACTION.lower(), cls.__name__


class Catalogue:
    """The registry, indexed by lower-cased class name and AMI action name.

    With ``by_name`` (lowercase AMI name -> classes) a look-up imports only the classes it
    finds (the registries are lazy: ``ami_runtime.lazy``); :attr:`classes` imports all.
    """

    def __init__(
        self,
        actions: Mapping[str, ActionClass],
        by_name: Mapping[str, tuple[ActionClass, ...]] | None = None,
    ) -> None:
        self._actions = actions
        self._by_name = by_name
        self._class_names = {name.lower(): name for name in actions}  # the keys: no import

    @functools.cached_property
    def classes(self) -> list[ActionClass]:
        """Every class, sorted by AMI name then class name."""
        return sorted(set(self._actions.values()), key=_order)

    @functools.cached_property
    def _index(self) -> dict[str, list[ActionClass]]:
        index: dict[str, list[ActionClass]] = {}
        for cls in self.classes:
            for key in {cls.__name__.lower(), cls.ACTION.lower()}:
                index.setdefault(key, []).append(cls)
        return index

    def _lookup(self, key: str) -> list[ActionClass]:
        if self._by_name is None:
            return self._index.get(key, [])
        found = set(self._by_name.get(key, ()))
        class_name = self._class_names.get(key)
        if class_name is not None:
            found.add(self._actions[class_name])
        return sorted(found, key=_order)

    def find(self, name: str) -> list[ActionClass]:
        """Every class whose class name or AMI action name is ``name`` (any case)."""
        found = self._lookup(name.lower())
        if found:
            return found
        names = sorted({c.ACTION for c in self.classes} | {c.__name__ for c in self.classes})
        import difflib  # here, not at the top: only a typo needs it (so for the rest below)

        close = difflib.get_close_matches(name, names, n=4, cutoff=0.6)
        close += [n for n in names if n.lower().startswith(name.lower()) and n not in close]
        hint = f"; did you mean {', '.join(close[:4])}?" if close else ""
        raise UsageError(
            f"unknown action {name!r}{hint} (see 'ami list'; 'ami action --raw NAME ...' "
            "sends an action the catalogue lacks)"
        )

    def build(self, name: str, assignments: Sequence[Assignment]) -> Request[Any]:
        """The request for ``name`` with ``assignments``, checked before any connection."""
        candidates = self.find(name)
        cls = _choose(candidates, assignments)
        kwargs = _spread_headers(cls, _convert(cls, assignments))
        try:
            request = cls(**kwargs)
            to_pairs(request)  # the serializer's own checks: injection, line limits
        except InvalidInput as exc:
            raise UsageError(f"{cls.__name__}: {exc}") from None
        except (TypeError, ValueError) as exc:
            raise UsageError(f"{cls.__name__}: {exc}") from None
        return request


def norm(name: str) -> str:
    """How a field is looked up: any case, underscores ignored, so ``member_name``,
    ``membername`` and ``MemberName`` name one field (the class's aliases included)."""
    return name.lower().replace("_", "")


def field_index(cls: ActionClass) -> dict[str, Field]:
    """Normalised AMI key and Python name -> field (keys win over another's name)."""
    index: dict[str, Field] = {}
    for field in cls.FIELDS:
        index.setdefault(norm(field.name), field)
    for field in cls.FIELDS:
        if field.key:
            index[norm(field.key)] = field
    return index


def _headers_field(cls: ActionClass) -> Field | None:
    return next((f for f in cls.FIELDS if f.encoding == "headers"), None)


def _mismatch(cls: ActionClass, assignments: Sequence[Assignment]) -> tuple[list[str], list[str]]:
    """(unknown names given, required AMI keys missing) for ``cls``."""
    index = field_index(cls)
    catch_all = _headers_field(cls) is not None
    given = {index[norm(k)].name for k, _ in assignments if norm(k) in index}
    unknown = [] if catch_all else [k for k, _ in assignments if norm(k) not in index]
    missing = [f.key or f.name for f in cls.FIELDS if f.required and f.name not in given]
    return unknown, missing


def _choose(candidates: list[ActionClass], assignments: Sequence[Assignment]) -> ActionClass:
    if len(candidates) == 1:
        cls = candidates[0]
        unknown, missing = _mismatch(cls, assignments)
        if unknown or missing:
            raise UsageError(_mismatch_text(cls, unknown, missing))
        return cls
    fits = [c for c in candidates if _mismatch(c, assignments) == ([], [])]
    if len(fits) == 1 or (fits and all(_wire(c) == _wire(fits[0]) for c in fits)):
        return fits[0]  # one fit, or aliases (pystrix's SIPping and SIPqualify) that send alike
    names = ", ".join(c.__name__ for c in candidates)
    if fits:
        raise UsageError(
            f"{candidates[0].ACTION}: the fields given fit {', '.join(c.__name__ for c in fits)}; "
            "name the class instead of the action"
        )
    lines = [f"{candidates[0].ACTION} has {len(candidates)} forms ({names}); none fits:"]
    lines += [f"  {_mismatch_text(c, *_mismatch(c, assignments))}" for c in candidates]
    raise UsageError("\n".join(lines))


def _wire(cls: ActionClass) -> tuple[str, tuple[Field, ...], str | None]:
    return (cls.ACTION.lower(), cls.FIELDS, cls.TRANSFORM)


def _mismatch_text(cls: ActionClass, unknown: list[str], missing: list[str]) -> str:
    parts = []
    if unknown:
        parts.append(f"unknown field(s) {', '.join(unknown)}")
    if missing:
        parts.append(f"missing required field(s) {', '.join(missing)}")
    required = [f.key or f.name for f in cls.FIELDS if f.required]
    optional = [f.key or f.name for f in cls.FIELDS if not f.required]
    return (
        f"{cls.__name__}: {'; '.join(parts)}. "
        f"Required: {', '.join(required) or '(none)'}; optional: {', '.join(optional) or '(none)'}"
    )


def _convert(cls: ActionClass, assignments: Sequence[Assignment]) -> dict[str, object]:
    """Turn the text values into what each field's encoding expects."""
    index = field_index(cls)
    # Types and choices come from the class's annotations, read only when a value needs
    # them (``typing.get_type_hints`` and ``dataclasses``: milliseconds of a start).
    infos = {i.field.name: i for i in field_infos(cls)} if assignments else {}
    catch_all = _headers_field(cls)
    values: dict[str, Any] = {}
    for key, text in assignments:
        field = index.get(norm(key))
        if field is None:
            assert catch_all is not None  # _choose refused unknown names otherwise
            _add_header(values, catch_all, key, text)
            continue
        if field.encoding not in _REPEATABLE and field.name in values:
            raise UsageError(f"{cls.__name__}: field {field.key or field.name} given twice")
        _add(values, field, infos[field.name], text)
    return values


def _spread_headers(cls: ActionClass, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Free headers become keyword arguments when the class takes ``**headers``.

    A generated class with a ``headers`` field either takes the mapping under the field's
    name or, like UserEvent (``UserEvent('Name', Header='v')``), as ``**headers``.
    """
    field = _headers_field(cls)
    if field is None or field.name not in kwargs:
        return kwargs
    import inspect

    try:
        params = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):
        return kwargs
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        return kwargs
    rest = dict(kwargs)
    headers: dict[str, list[str]] = rest.pop(field.name)
    for name, values in headers.items():
        if name in rest:
            raise UsageError(f"{cls.__name__}: header {name!r} clashes with a field name")
        rest[name] = values[0] if len(values) == 1 else values
    return rest


def _add_header(values: dict[str, Any], field: Field, name: str, text: str) -> None:
    headers: dict[str, list[str]] = values.setdefault(field.name, {})
    headers.setdefault(name, []).append(text)


def _add(values: dict[str, Any], field: Field, info: FieldInfo, text: str) -> None:
    enc, label = field.encoding, field.key or field.name
    if enc == "variables" or enc == "headers":
        name, eq, value = text.partition("=")
        if not eq or not name:
            raise UsageError(f"{label}: expected {label.lower()}=name=value, got {text!r}")
        if enc == "variables":
            values.setdefault(field.name, {})[name] = value
        else:
            _add_header(values, field, name, value)
    elif enc == "list":
        values.setdefault(field.name, []).extend(p.strip() for p in text.split(",") if p.strip())
    elif enc == "numbered":
        parts = tuple(p if p else None for p in text.split(","))
        values.setdefault(field.name, []).append(parts)
    else:
        values[field.name] = _scalar(field, info, text)


def _scalar(field: Field, info: FieldInfo, text: str) -> object:
    label = field.key or field.name
    if field.encoding == "int":
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"{label}: expected a whole number, got {text!r}") from None
    if field.encoding == "float":
        try:
            return float(text)
        except ValueError:
            raise UsageError(f"{label}: expected a number, got {text!r}") from None
    if field.encoding == "bool":
        low = text.strip().lower()
        if low in _BOOL_WORDS:
            return _BOOL_WORDS[low]
        if text in info.choices or (info.accepts_str and not info.choices):
            return text
        extra = f" or one of {', '.join(info.choices)}" if info.choices else ""
        raise UsageError(f"{label}: expected yes/no, true/false, on/off, 1/0{extra}; got {text!r}")
    if info.choices and text not in info.choices:
        raise UsageError(f"{label}: expected one of {', '.join(info.choices)}, got {text!r}")
    return text


# -- introspection for describe ------------------------------------------------------


def field_infos(cls: ActionClass, with_docs: bool = False) -> list[FieldInfo]:
    """Type, default, choices (and with ``with_docs``, the doc) of each field, in wire order."""
    import dataclasses

    docs = attribute_docs(cls) if with_docs else {}
    dc_fields: dict[str, dataclasses.Field[Any]] = {}
    if dataclasses.is_dataclass(cls):
        dc_fields = {f.name: f for f in dataclasses.fields(cls)}
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # unresolvable annotation (a name only the generator knew): show text
        hints = {}
    infos = []
    for field in cls.FIELDS:
        dc = dc_fields.get(field.name)
        hint = hints.get(field.name)
        annotation = hint if hint is not None else (dc.type if dc else "")
        infos.append(
            FieldInfo(
                field=field,
                type=_type_text(annotation),
                default=_default_text(dc),
                choices=_literal_choices(hint),
                accepts_str=_accepts_str(annotation),
                doc=docs.get(field.name) or (str(dc.metadata.get("doc", "")) if dc else ""),
            )
        )
    return infos


def attribute_docs(cls: type) -> dict[str, str]:
    """The string literal under each annotated attribute (the generator's field docs).

    Python keeps no attribute docstrings at run time, so they are read from the source;
    without source (a zip, a frozen app) ``describe`` just shows no field docs.
    """
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    node = tree.body[0] if tree.body else None
    if not isinstance(node, ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    for prev, item in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(prev, ast.AnnAssign)
            and isinstance(prev.target, ast.Name)
            and isinstance(item, ast.Expr)
            and isinstance(item.value, ast.Constant)
            and isinstance(item.value.value, str)
        ):
            docs[prev.target.id] = " ".join(item.value.value.split())
    return docs


def _type_text(hint: object) -> str:
    if isinstance(hint, str):
        return hint
    if isinstance(hint, type):
        return hint.__name__
    return str(hint).replace("typing.", "").replace("collections.abc.", "")


def _default_text(dc: dataclasses.Field[Any] | None) -> str | None:
    import dataclasses

    if dc is None:
        return None
    if dc.default is not dataclasses.MISSING:
        return None if dc.default is None else repr(dc.default)
    if dc.default_factory is not dataclasses.MISSING:
        return repr(dc.default_factory())
    return None


def _accepts_str(hint: object) -> bool:
    if hint is str:
        return True
    if typing.get_origin(hint) is Literal:
        return False
    if isinstance(hint, str):
        return "str" in hint.replace("Literal", "")
    return any(_accepts_str(arg) for arg in typing.get_args(hint) if arg is not hint)


def _literal_choices(hint: object) -> tuple[str, ...]:
    """String values of any ``Literal[...]`` in ``hint`` (through ``Optional``/unions)."""
    origin = typing.get_origin(hint)
    if origin is Literal:
        return tuple(str(a) for a in typing.get_args(hint) if isinstance(a, str))
    if origin is Union or type(hint).__name__ == "UnionType":
        out: list[str] = []
        for arg in typing.get_args(hint):
            out.extend(_literal_choices(arg))
        return tuple(out)
    return ()
