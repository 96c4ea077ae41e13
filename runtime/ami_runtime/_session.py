"""What a client remembers about its session, shared by both clients.

* the credentials, to log in again after a reconnect (never shown in a repr);
* the session-state actions that worked (the Events mask, event filters), re-sent after a
  reconnect, and nothing else: actions such as Originate are not idempotent, so only
  their caller may retry them;
* the Asterisk version, so an action this version lacks fails early with
  :class:`~ami_runtime.errors.UnsupportedAction` instead of ``Invalid/unknown command``:
  pinned by the user, else the major version the banner's AMI version names
  (:data:`~ami_runtime.versions.AMI_VERSIONS`), which costs no request.  Only a banner
  the table does not know (Asterisk 13 and older, or newer than the table) is worth a
  question, and never one the server may refuse: a refused request is a
  ``RequestNotAllowed`` security event, which intrusion watchers count as an attack.  So
  ``ListCommands`` (allowed to every user) first, then ``CoreSettings`` only if it lists it.
  The exact release matters only to an action added or removed within the branch
  (``SendFlash``, in 20.3.0): before the first such action, the client asks the same way,
  once per login; ``detect_version="release"`` asks at login.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from ._common import SESSION_STATE_ACTIONS, LoginInfo
from .action import Action, Request
from .message import Response
from .versions import (
    Version,
    asterisk_major,
    changed_within_branch,
    check_supported,
    parse_version,
    supports,
)

__all__ = ["DetectVersion", "SessionMemory", "VERSION_PROBE"]

#: ``True``: the major from the banner (no request); ``"release"``: the exact release too,
#: where the user may ask for it; ``False``: none (only a pinned version is checked).
DetectVersion = bool | Literal["release"]

#: Write class system or reporting (``main/manager.c``, ``action_coresettings``): asked only
#: when the banner does not tell, and ``ListCommands`` (no class needed) says it is allowed.
VERSION_PROBE = "CoreSettings"
_PERMITTED = "ListCommands"

#: Action names as sent -> whether they name a session-state action: one look-up per
#: answer instead of a lowercased copy of the name and a set look-up.
_STATE_ACTIONS: Final[dict[str, bool]] = {}


class SessionMemory:
    def __init__(
        self, asterisk_version: str | None = None, detect_version: DetectVersion = True
    ) -> None:
        self.login: LoginInfo | None = None
        self._actions: list[Request[Any]] = []
        self._events_mask: Request[Any] | None = None
        self.pinned = parse_version(asterisk_version) if asterisk_version else None
        self._detected: Version | None = None
        self.detect_version: DetectVersion = detect_version if self.pinned is None else False
        self._probes: list[Action] = []
        self._release_asked = False
        #: Request classes that need nothing before they are sent (supported, and their
        #: release does not matter), for what is known now: two set look-ups per action
        #: instead of two checks against the version.  Emptied when what is known changes.
        self._cleared: set[type[Request[Any]]] = set()

    @property
    def detected(self) -> Version | None:
        """The version read from the server (the banner's major, or the release asked)."""
        return self._detected

    def _know(self, version: Version | None) -> None:
        """What the session knows now (a method, not a property setter: mypyc before 2.4
        leaked a reference per setter call, see docs/performance.md)."""
        self._detected = version
        self._cleared.clear()

    @property
    def version(self) -> Version | None:
        return self.pinned or self._detected

    def check(self, request: Request[Any]) -> None:
        """Refuse ``request`` early if the known Asterisk version does not have it."""
        cls = type(request)
        if cls in self._cleared:
            return
        version = self.pinned or self._detected
        if version is not None and not supports(cls, version):
            check_supported(request, version)  # raises, saying where the action exists
        if not self._release_would_matter(cls) and len(self._cleared) < 4096:
            self._cleared.add(cls)

    def logged_in(self, ami_version: str | None) -> None:
        """Start over for a new login: the major from the banner, or plan the questions."""
        self._know(None)
        self._probes = []
        self._release_asked = False
        if not self.detect_version:
            return
        self._know(asterisk_major(ami_version) if ami_version else None)
        if self._detected is None or self.detect_version == "release":
            self._ask()

    def _ask(self) -> None:
        self._release_asked = True
        self._probes = [Action(_PERMITTED)]

    def release_matters(self, request: Request[Any]) -> bool:
        """Whether to ask for the release (:meth:`version_probe`) before ``request``: the
        banner told only the major, and ``request`` came or went within that branch."""
        cls = type(request)
        if cls in self._cleared or not self._release_would_matter(cls):
            return False
        self._ask()
        return True

    def _release_would_matter(self, cls: type[Request[Any]]) -> bool:
        known = self._detected
        if self._release_asked or self.pinned is not None or known is None or len(known) > 1:
            return False
        return changed_within_branch(cls, known[0])

    def version_probe(self) -> Action | None:
        """The next question about the version, or None: send it, then :meth:`read_probe`."""
        return self._probes.pop(0) if self._probes else None

    def read_probe(self, probe: Action, response: Response) -> None:
        if probe.action_name == _PERMITTED:
            if response.success and VERSION_PROBE in response:
                self._probes.append(Action(VERSION_PROBE))
            return
        text = response.get("AsteriskVersion") if response.success else None
        self._know((parse_version(text) if text else None) or self._detected)

    def remember(self, request: Request[Any], response: Response) -> None:
        """Keep a session-state action that worked, once."""
        name = request.action_name
        state = _STATE_ACTIONS.get(name)
        if state is None:
            if len(_STATE_ACTIONS) >= 4096:  # (names come from callers: bounded)
                _STATE_ACTIONS.clear()
            state = _STATE_ACTIONS[name] = name.lower() in SESSION_STATE_ACTIONS
        if not state or not response.success:
            return
        name = name.lower()
        if name == "events":
            self._events_mask = request
        elif not any(known is request for known in self._actions):
            self._actions.append(request)

    def restore(self) -> list[Request[Any]]:
        """What to re-send after logging in again: the Events mask first, then filters."""
        mask = [self._events_mask] if self._events_mask is not None else []
        return mask + self._actions
