"""Request -> ordered header pairs: one generic serializer for every action class.

It reads only the class-level facts the generator emits (``FIELDS``, ``TRANSFORM``), so a
behaviour of one action lives in the catalogue, and a behaviour of all actions lives
here.  Every key and value passes :func:`check_pair` before it can reach the wire: AMI has
no escaping, so a CR or LF inside a value would end the header (or the whole message)
early and let a caller-supplied string inject a second ``Action:`` (header injection).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput

if TYPE_CHECKING:
    from .action import Field, Request

__all__ = [
    "to_pairs",
    "check_pair",
    "check_message",
    "escape_variable_value",
    "TRANSFORMS",
    "MAX_LINE_BYTES",
    "MAX_LINES",
]

#: ``main/manager.c``: the session's ``inbuf`` is 1025 bytes, so a line and its CRLF must
#: fit in 1024; a longer line makes Asterisk refuse the whole message.
MAX_LINE_BYTES = 1024
#: ``AST_MAX_MANHEADERS``: at most 128 lines per message, ``Action`` and ``ActionID`` included.
MAX_LINES = 128

#: C0 controls and DEL: CR/LF/NUL in particular would split or end the message.
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def check_pair(key: str, value: str, field: str | None = None) -> None:
    """Refuse a header Asterisk would misread.  ``field`` names it in the error."""
    name = field or key
    if not key or key != key.strip() or ":" in key:
        raise InvalidInput(f"invalid header name {key!r} (field {name!r})", name)
    bad = _CONTROL.search(key)
    if bad is not None:
        raise InvalidInput(
            f"control character {bad.group()!r} in header name of field {name!r}", name
        )
    bad = _CONTROL.search(value)
    if bad is not None:
        # Never echo the value: it may be a secret.
        raise InvalidInput(
            f"control character {bad.group()!r} in the value of field {name!r}; "
            "AMI has no escaping, so it would split the message",
            name,
        )
    chars = len(key) + len(value) + 4
    if chars * 4 > MAX_LINE_BYTES and len(key.encode()) + len(value.encode()) + 4 > MAX_LINE_BYTES:
        raise InvalidInput(
            f"header {key!r} is longer than Asterisk's {MAX_LINE_BYTES}-byte line limit "
            f"(field {name!r})",
            name,
        )


def check_message(pairs: list[tuple[str, str]]) -> None:
    """Refuse a message with more lines than Asterisk accepts."""
    if len(pairs) > MAX_LINES:
        raise InvalidInput(
            f"{len(pairs)} header lines; Asterisk accepts at most {MAX_LINES} per message"
        )


def escape_variable_value(value: str) -> str:
    """Quote what Asterisk's argument splitter would eat in a ``Variable: name=value`` line.

    Asterisk splits each ``Variable:`` value on commas (``main/app.c``,
    ``__ast_app_separate_args``) and strips double quotes and backslashes as quoting, so
    ``A=x,y`` would set ``A=x``.  A backslash before each of ``\\ , "`` keeps them literal.
    """
    return value.replace("\\", "\\\\").replace(",", "\\,").replace('"', '\\"')


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _items(value: object) -> Iterable[tuple[object, object]]:
    if isinstance(value, (dict, Mapping)):  # (dict first: an ABC check costs more)
        return list(value.items())
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        return [(pair[0], pair[1]) for pair in value]
    raise InvalidInput(f"expected a mapping, got {type(value).__name__}")


#: Words Asterisk reads as true or false (``main/utils.c``, ``ast_true``/``ast_false``).
TRUE_WORDS = frozenset({"yes", "true", "y", "t", "1", "on"})
FALSE_WORDS = frozenset({"no", "false", "n", "f", "0", "off"})


def _what(field: Field) -> str:
    return f"field {field.name!r} ({field.key})" if field.key else f"field {field.name!r}"


def _number(field: Field, value: object) -> str:
    """A float field: an int or a float (a numeric string too), finite; never a bool."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        try:
            number = float(value) if isinstance(value, str) else math.nan
        except ValueError:
            number = math.nan
    if not math.isfinite(number):
        raise InvalidInput(
            f"{_what(field)} needs a number (int or float), got {value!r}", field.name
        )
    return _text(value if isinstance(value, (int, float)) else number)


def _integer(field: Field, value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    try:
        if isinstance(value, str):
            return str(int(value.strip()))
    except ValueError:
        pass
    raise InvalidInput(f"{_what(field)} needs an integer, got {value!r}", field.name)


def _flag(field: Field, value: object) -> bool | str:
    """A bool field: True/False or 0/1; or, returned as the text to send, a word Asterisk
    reads as a bool (``"yes"``), a word of the field's own (``choices``: Tone's ``Both``)
    or, with ``any_text``, any string."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        # Sent as given: Asterisk reads the same words (a recorded "Reload: no" stays so).
        word = value.strip().lower()
        if word in TRUE_WORDS or word in FALSE_WORDS or field.any_text:
            return value
        if word in (c.lower() for c in field.choices):
            return value
    other = f", or one of {', '.join(field.choices)}" if field.choices else ""
    raise InvalidInput(
        f"{_what(field)} needs a bool (True or False; or yes/no, true/false, on/off, "
        f"1/0){other}, got {value!r}",
        field.name,
    )


def _choice(field: Field, value: object) -> str:
    """A field with documented values: one of them (in any case, as Asterisk compares)."""
    text = _text(value)
    if text.lower() not in (c.lower() for c in field.choices):
        raise InvalidInput(
            f"{_what(field)} must be one of {', '.join(field.choices)}; got {value!r}",
            field.name,
        )
    return text


def _encode_field(field: Field, value: object) -> list[tuple[str, str]]:
    enc = field.encoding
    key = field.key
    if enc == "str" and field.choices:
        return [(key, _choice(field, value))]
    if enc in ("str", "secret"):
        return [(key, _text(value))]
    if enc == "float":
        return [(key, _number(field, value))]
    if enc == "int":
        return [(key, _integer(field, value))]
    if enc == "bool":
        flag = _flag(field, value)
        if isinstance(flag, str):
            return [(key, flag)]
        text = field.true if flag else field.false
        return [] if text is None else [(key, text)]
    if enc in ("list", "mask"):
        if isinstance(value, bool) and enc == "mask":
            return [(key, "on" if value else "off")]
        if isinstance(value, str):
            joined = value
        else:
            joined = ",".join(_text(v) for v in value)  # type: ignore[attr-defined]
        if not joined and field.empty is not None:
            joined = field.empty
        return [(key, joined)]
    if enc == "variables":
        out = []
        for name, val in _items(value):
            name_s = _text(name)
            if not name_s or "=" in name_s:
                raise InvalidInput(
                    f"variable name {name_s!r} in field {field.name!r} is empty or has '='",
                    field.name,
                )
            # The name is split and unquoted with the value, so it is escaped the same way.
            out.append(
                (key, f"{escape_variable_value(name_s)}={escape_variable_value(_text(val))}")
            )
        return out
    if enc == "headers":
        out = []
        for name, val in _items(value):
            if isinstance(val, (list, tuple)):
                out.extend((_text(name), _text(v)) for v in val)
            elif val is not None:
                out.append((_text(name), _text(val)))
        return out
    if enc == "numbered":
        return _encode_numbered(field, value)
    return []  # "local": never sent


def _encode_numbered(field: Field, value: object) -> list[tuple[str, str]]:
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes)):
        raise InvalidInput(f"field {field.name!r} needs a sequence of tuples", field.name)
    out: list[tuple[str, str]] = []
    for index, item in enumerate(value):
        parts = tuple(item)
        if len(parts) > len(field.subkeys):
            raise InvalidInput(
                f"change {index} of field {field.name!r} has {len(parts)} parts; "
                f"at most {len(field.subkeys)} ({', '.join(field.subkeys)})",
                field.name,
            )
        for subkey, part in zip(field.subkeys, parts, strict=False):
            if part is not None:
                out.append((f"{subkey}-{index:06d}", _text(part)))
    return out


def _md5_login(request: Any, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Login with a challenge: send ``AuthType`` and ``Key`` = md5(challenge + secret).

    ``main/manager.c``, ``authenticate``: the key is compared as 32 lowercase hex digits,
    and with ``AuthType: MD5`` the ``Secret`` header is ignored, so it is not sent at all.
    """
    challenge = getattr(request, "challenge", None)
    if challenge is None:
        return [(k, v) for k, v in pairs if k.lower() != "authtype"]
    secret = str(getattr(request, "secret", ""))
    import hashlib  # here, not at the top: only a challenge login needs it

    digest = hashlib.md5((str(challenge) + secret).encode()).hexdigest()  # noqa: S324  # AMI's own scheme
    out = [(k, v) for k, v in pairs if k.lower() != "secret"]
    check_pair("Key", digest, "challenge")
    insert_at = next((i for i, (k, _) in enumerate(out) if k.lower() == "username"), 0) + 1
    out.insert(insert_at, ("Key", digest))
    return out


def _mute_direction(request: Any, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """MuteAudio: pystrix's ``input``/``output`` flags become Asterisk's ``Direction``.

    ``res/res_mutestream.c``, ``manager_mutestream``: Direction is ``in``, ``out`` or
    ``all`` (case-sensitive) and required.  A Direction given outright is kept as is;
    with neither flag nothing would be muted, so the request is refused (pystrix raised
    ValueError there).
    """
    if any(k.lower() == "direction" for k, _ in pairs):
        return pairs
    inbound, outbound = (
        bool(getattr(request, "input", False)),
        bool(getattr(request, "output", False)),
    )
    if not (inbound or outbound):
        raise InvalidInput("MuteAudio needs input=True, output=True or direction=", "direction")
    direction = "all" if inbound and outbound else "in" if inbound else "out"
    insert_at = next((i + 1 for i, (k, _) in enumerate(pairs) if k.lower() == "channel"), 0)
    return [*pairs[:insert_at], ("Direction", direction), *pairs[insert_at:]]


#: Cross-field rules a catalogue entry may name in ``transform:``.  Keep this tiny.
TRANSFORMS: dict[str, Callable[[Any, list[tuple[str, str]]], list[tuple[str, str]]]] = {
    "md5_login": _md5_login,
    "mute_direction": _mute_direction,
}


_NESTED = frozenset({"headers", "variables", "numbered"})


def _part_label(field: Field, key: str, text: str) -> str:
    """What an error names for one line of a many-line field: the header given as a
    keyword argument (``UserEvent(Foo=...)``: ``Foo``), the variable, or the change."""
    if field.encoding == "headers":
        return key
    if field.encoding == "variables":
        return f"{field.name}[{text.partition('=')[0]!r}]"
    return f"{field.name}[{key}]"


def to_pairs(request: Request[Any]) -> list[tuple[str, str]]:
    """The header pairs of ``request`` (no ``Action``/``ActionID``), checked for injection."""
    pairs: list[tuple[str, str]] = []
    for field in request.FIELDS:
        value = getattr(request, field.name, None)
        if value is None:
            if field.required:
                raise InvalidInput(
                    f"{request.action_name}: required field {field.name!r} ({field.key}) "
                    "is missing",
                    field.name,
                )
            continue
        label = field.name
        for key, text in _encode_field(field, value):
            if field.encoding in _NESTED:
                label = _part_label(field, key, text)
            check_pair(key, text, label)
            pairs.append((key, text))
    if request.TRANSFORM is not None:
        pairs = TRANSFORMS[request.TRANSFORM](request, pairs)
    check_message(pairs)
    return pairs
