"""The catalogue's actions for each version against the live server's ``ListCommands``.

Each Asterisk registers its actions with their write classes; ``ListCommands`` lists them
all. The catalogue must have a class for every one, available on that version (``SINCE``
and ``REMOVED``), with the same privilege; and every class of a module the server loaded
must be listed. This is how Asterisk 23 entered the catalogue (docs/extending-the-catalogue.md)
checked end to end, on 20 and 22 too.
"""

from __future__ import annotations

import re
import threading

from ami import Manager, core, events
from ami.actions import ACTIONS, ACTIONS_BY_NAME
from ami_runtime.message import Response
from ami_runtime.versions import supports

from tests.asterisk_server import AsteriskServer
from tests.live import verified

_PRIV = re.compile(r"\(Priv: ([^)]*)\)\s*$")


def _listed(reply: Response) -> dict[str, set[str]]:
    """``{lowercase action: write classes}`` from a ListCommands reply."""
    table = {}
    for key, value in reply.items():
        found = _PRIV.search(value)
        if found:
            table[key.lower()] = {
                c for c in found.group(1).split(",") if c not in ("all", "<none>")
            }
    return table


def test_listcommands_matches_the_catalogue(asterisk: AsteriskServer) -> None:
    version = (int(asterisk.version),)
    booted = threading.Event()
    with Manager() as manager:
        manager.register_callback(events.FullyBooted, lambda event, _: booted.set())
        manager.connect(asterisk.host, asterisk.ami_port)
        manager.login("admin", "adminsecret")  # Challenge, then Login (MD5)
        assert booted.wait(10), "no FullyBooted after login"
        verified.record("event", "FullyBooted", asterisk.version)
        verified.record("action", "Challenge", asterisk.version)
        verified.record("action", "Login", asterisk.version)
        settings = manager.send_action(core.CoreSettings())
        assert settings.success
        assert settings.get("AMIversion") == asterisk.ami_version
        assert manager.asterisk_version is not None
        assert manager.asterisk_version[0] == version[0]
        verified.record("action", "CoreSettings", asterisk.version)
        reply = manager.send_action(core.ListCommands())
        assert reply.success
        verified.record("action", "ListCommands", asterisk.version)

    listed = _listed(reply)
    assert len(listed) > 100
    unknown = sorted(name for name in listed if name not in ACTIONS_BY_NAME)
    assert unknown == [], f"Asterisk {asterisk.version} registers actions with no class"
    loaded = {cls.__module__ for cls in ACTIONS.values() if cls.ACTION.lower() in listed}
    wrong: list[str] = []
    for name, cls in sorted(ACTIONS.items()):
        there = cls.ACTION.lower() in listed
        if there and not supports(cls, version):
            wrong.append(f"{name}: registered, but the catalogue says not in {asterisk.version}")
        elif not there and supports(cls, version) and cls.__module__ in loaded:
            wrong.append(f"{name}: its module is loaded, but the action is not registered")
        elif there and set(cls.PRIVILEGE) != listed[cls.ACTION.lower()]:
            wrong.append(
                f"{name}: privilege {cls.PRIVILEGE}; the server says {listed[cls.ACTION.lower()]}"
            )
    assert wrong == []


def test_a_user_without_coresettings_gets_the_major_from_the_banner(
    asterisk: AsteriskServer,
) -> None:
    """The limited user (call only) may not send CoreSettings; the banner's AMI version
    (``AMI_VERSIONS``) still gives the server's major."""
    with Manager() as manager:
        manager.connect(asterisk.host, asterisk.ami_port)
        manager.login("limited", "limitedsecret", auth="plain", events=False)
        assert manager.asterisk_version == (int(asterisk.version),)
