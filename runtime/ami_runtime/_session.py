"""What a client remembers about its session, shared by both clients.

* the credentials, to log in again after a reconnect (never shown in a repr);
* the session-state actions that worked (the Events mask, event filters), re-sent after a
  reconnect, and nothing else: actions such as Originate are not idempotent, so only
  their caller may retry them;
* the Asterisk version: pinned by the user, or read once logged in from ``CoreSettings``
  (``AsteriskVersion``), so an action this version lacks fails early with
  :class:`~ami_runtime.errors.UnsupportedAction` instead of ``Invalid/unknown command``;
  when ``CoreSettings`` is refused, the major version the banner's AMI version implies.
"""

from __future__ import annotations

from typing import Any

from ._common import SESSION_STATE_ACTIONS, LoginInfo
from .action import Action, Request
from .message import Response
from .versions import Version, asterisk_major, check_supported, parse_version

__all__ = ["SessionMemory", "VERSION_PROBE"]

#: Write class system or reporting (``main/manager.c``, ``action_coresettings``); for a user
#: without either, the banner tells the major version.
VERSION_PROBE = "CoreSettings"


class SessionMemory:
    def __init__(self, asterisk_version: str | None = None, detect_version: bool = True) -> None:
        self.login: LoginInfo | None = None
        self._actions: list[Request[Any]] = []
        self._events_mask: Request[Any] | None = None
        self.pinned = parse_version(asterisk_version) if asterisk_version else None
        self.detected: Version | None = None
        self.detect_version = detect_version and self.pinned is None

    @property
    def version(self) -> Version | None:
        return self.pinned or self.detected

    def check(self, request: Request[Any]) -> None:
        """Refuse ``request`` early if the known Asterisk version does not have it."""
        if self.pinned is not None or self.detected is not None:
            check_supported(request, self.version)

    def version_probe(self) -> Action | None:
        return Action(VERSION_PROBE) if self.detect_version else None

    def read_version(self, response: Response, ami_version: str | None = None) -> None:
        """From the probe's answer, else from the banner's AMI version (major only)."""
        text = response.get("AsteriskVersion") if response.success else None
        self.detected = parse_version(text) if text else None
        if self.detected is None and ami_version:
            self.detected = asterisk_major(ami_version)

    def remember(self, request: Request[Any], response: Response) -> None:
        """Keep a session-state action that worked, once."""
        name = request.action_name.lower()
        if name not in SESSION_STATE_ACTIONS or not response.success:
            return
        if name == "events":
            self._events_mask = request
        elif not any(known is request for known in self._actions):
            self._actions.append(request)

    def restore(self) -> list[Request[Any]]:
        """What to re-send after logging in again: the Events mask first, then filters."""
        mask = [self._events_mask] if self._events_mask is not None else []
        return mask + self._actions
