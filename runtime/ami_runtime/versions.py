"""Which Asterisk versions have which actions.

The catalogue records ``SINCE`` and ``REMOVED`` per action as version strings (``"12"``,
``"20.11.0"``, ``"21"``).  The clients take the server's major version from the banner's
AMI version (:data:`AMI_VERSIONS`), the release from ``CoreSettings``' ``AsteriskVersion``
(``20.5.2``, ``GIT-20-516d2c60ac``, ``certified/18.9-cert4``) only where it decides and the
user may ask (``ami_runtime._session``), or one the user pins; and refuse early an action
that version does not have, naming the versions that do.
"""

from __future__ import annotations

import re
from typing import Any

from .action import Request
from .errors import UnsupportedAction

__all__ = [
    "AMI_VERSIONS",
    "asterisk_major",
    "availability",
    "check_supported",
    "changed_within_branch",
    "parse_version",
    "supports",
]

Version = tuple[int, ...]
_NUMBERS = re.compile(r"(\d+(?:\.\d+)*)")


def parse_version(text: str | int | float) -> Version | None:
    """``"20.5.2"`` -> ``(20, 5, 2)``; ``"GIT-20-516d2c60ac"`` -> ``(20,)``; junk -> None."""
    if isinstance(text, (int, float)):
        text = str(text)
    text = text.strip()
    for prefix in ("certified/", "GIT-"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    match = _NUMBERS.search(text)
    if match is None:
        return None
    return tuple(int(part) for part in match.group(1).split("."))


#: Asterisk major version -> the major of the AMI version its banner announces
#: (``Asterisk Call Manager/12.0.0``), ``AMI_VERSION`` in ``main/manager.c`` of each branch.
#: 20, 22 and 23 are confirmed by the real servers of the live suite (9.0.0, 11.0.0, 12.0.0).
#: Asterisk 12 and 13 both speak AMI 2, so the table starts at 14.
AMI_VERSIONS: dict[int, int] = {
    14: 3, 15: 4, 16: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 22: 11, 23: 12,
}  # fmt: skip
_AMI_TO_ASTERISK = {ami: asterisk for asterisk, ami in AMI_VERSIONS.items()}


def asterisk_major(ami_version: str) -> Version | None:
    """The Asterisk major version behind an AMI banner version: ``"12.0.0"`` -> ``(23,)``.

    None for an AMI version the table does not know (older, ambiguous or newer).
    """
    parsed = parse_version(ami_version)
    major = _AMI_TO_ASTERISK.get(parsed[0]) if parsed else None
    return (major,) if major is not None else None


def _at_least(version: Version, bound: Version) -> bool:
    """``version >= bound``, comparing only as many parts as ``version`` has.

    A server known only as major ``20`` satisfies a bound of ``20.11.0`` (we cannot tell
    otherwise, and refusing would be worse than letting Asterisk answer).
    """
    return version >= bound[: len(version)]


def _released(releases: tuple[str, ...], version: Version) -> bool:
    """Backported actions: each listed branch has it from its listed release on; a branch
    newer than all of them has it; an unlisted older or in-between branch does not."""
    firsts = [v for v in (parse_version(r) for r in releases) if v]
    same_branch = [v for v in firsts if v[0] == version[0]]
    if same_branch:
        return _at_least(version, min(same_branch))
    return bool(firsts) and version[0] > max(v[0] for v in firsts)


#: ``(request class, version) -> supports(...)``: checked before every action, so the
#: bounds are parsed once.  Bounded: a few hundred classes, one or two versions.
_SUPPORTS: dict[tuple[type[Request[Any]], Version], bool] = {}


def supports(request_cls: type[Request[Any]], version: Version) -> bool:
    key = (request_cls, version)
    found = _SUPPORTS.get(key)
    if found is None:
        found = _supports(request_cls, version)
        if len(_SUPPORTS) < 4096:
            _SUPPORTS[key] = found
    return found


def _supports(request_cls: type[Request[Any]], version: Version) -> bool:
    if request_cls.SINCE_RELEASES and not _released(request_cls.SINCE_RELEASES, version):
        return False
    since = parse_version(request_cls.SINCE) if request_cls.SINCE else None
    removed = parse_version(request_cls.REMOVED) if request_cls.REMOVED else None
    if since is not None and not _at_least(version, since):
        return False
    # Removal needs definite evidence: a server known only as "20" keeps an action removed
    # in 20.11.0, because it may be an older 20.x.
    return removed is None or version < removed


#: ``(request class, major) -> changed_within_branch(...)``: asked before every action
#: on a server known by its major only, so the bounds are parsed once.  Bounded as above.
_CHANGED: dict[tuple[type[Request[Any]], int], bool] = {}


def changed_within_branch(request_cls: type[Request[Any]], major: int) -> bool:
    """Whether ``request_cls``'s action came or went inside branch ``major`` (``20.3.0``;
    not ``20`` or ``20.0.0``): on a server known only as that major, the release decides."""
    key = (request_cls, major)
    found = _CHANGED.get(key)
    if found is None:
        found = _changed_within_branch(request_cls, major)
        if len(_CHANGED) < 4096:
            _CHANGED[key] = found
    return found


def _changed_within_branch(request_cls: type[Request[Any]], major: int) -> bool:
    bounds = (request_cls.SINCE, request_cls.REMOVED, *request_cls.SINCE_RELEASES)
    for text in bounds:
        version = parse_version(text) if text else None
        if version is not None and version[0] == major and any(version[1:]):
            return True
    return False


def availability(request_cls: type[Request[Any]]) -> str:
    """Human text: ``"Asterisk 12 to 20"``, ``"Asterisk 1.6 and later"`` ..."""
    since, removed = request_cls.SINCE, request_cls.REMOVED
    if since and removed:
        return f"Asterisk {since} up to (not including) {removed}"
    if removed:
        return f"Asterisk versions before {removed}"
    if since:
        return f"Asterisk {since} and later"
    return "every Asterisk version"


def check_supported(request: Request[Any], version: Version | None) -> None:
    """Raise :class:`UnsupportedAction` if ``version`` lacks ``request``'s action."""
    if version is None:
        return
    cls = type(request)
    if not supports(cls, version):
        shown = ".".join(str(p) for p in version)
        raise UnsupportedAction(
            f"{request.action_name} is not available on Asterisk {shown}; "
            f"it exists in {availability(cls)}"
        )
