"""Version awareness: the catalogue's SINCE/REMOVED/SINCE_RELEASES against a server version."""

from __future__ import annotations

import asyncio
from typing import ClassVar

import pytest
from ami import AsyncManager, Manager, UnsupportedAction, core
from ami_runtime.action import Request
from ami_runtime.simulator import Simulator
from ami_runtime.versions import asterisk_major, check_supported, parse_version, supports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20.5.2", (20, 5, 2)),
        ("GIT-20-516d2c60ac", (20,)),
        ("certified/18.9-cert4", (18, 9)),
        ("22", (22,)),
        (21, (21,)),
        ("20.0.0-amikit-simulator", (20, 0, 0)),
        ("banana", None),
    ],
)
def test_server_version_strings_parse(text: str | int, expected: tuple[int, ...] | None) -> None:
    assert parse_version(text) == expected


class _Gone(Request):  # type: ignore[type-arg]
    ACTION = "Gone"
    SINCE = "12"
    REMOVED = "21"


class _Backported(Request):  # type: ignore[type-arg]
    ACTION = "Backported"
    SINCE = "18.26.0"
    SINCE_RELEASES: ClassVar[tuple[str, ...]] = ("18.26.0", "20.11.0", "21.6.0", "22.1.0")


@pytest.mark.parametrize(
    ("cls", "version", "ok"),
    [
        (_Gone, (11,), False),
        (_Gone, (12,), True),
        (_Gone, (20, 16, 0), True),
        (_Gone, (21,), False),
        (_Gone, (22, 1, 0), False),
        (_Backported, (18, 25, 0), False),
        (_Backported, (18, 26, 0), True),
        (_Backported, (19,), False),  # a branch that never got the backport
        (_Backported, (20, 10, 0), False),
        (_Backported, (20, 11, 0), True),
        (_Backported, (20,), True),  # known only as "20": let Asterisk decide
        (_Backported, (22, 0, 0), False),
        (_Backported, (23,), True),
    ],
)
def test_availability_follows_the_catalogue(
    cls: type[Request],
    version: tuple[int, ...],
    ok: bool,  # type: ignore[type-arg]
) -> None:
    assert supports(cls, version) is ok


def test_the_error_names_the_versions_that_have_the_action() -> None:
    with pytest.raises(UnsupportedAction, match=r"Monitor is not available on Asterisk 22.*21"):
        check_supported(core.Monitor("SIP/x", "f"), (22,))
    check_supported(core.Monitor("SIP/x", "f"), None)  # unknown version: Asterisk decides


def test_a_pinned_version_refuses_early_and_sends_nothing() -> None:
    with Simulator.running_in_thread() as sim:
        manager = Manager(asterisk_version="22")
        manager.connect(sim.host, sim.port)
        manager.login("admin", "adminsecret")
        assert manager.asterisk_version == (22,)
        with pytest.raises(UnsupportedAction):
            manager.send_action(core.SIPpeers())
        assert manager.send_action(core.Ping()).success  # the session is fine
        manager.close()


def test_the_version_is_read_at_login() -> None:
    with Simulator.running_in_thread() as sim:
        manager = Manager()
        manager.connect(sim.host, sim.port)
        manager.login("admin", "adminsecret")
        assert manager.asterisk_version is not None and manager.asterisk_version[0] == 20
        assert manager.send_action(core.SIPpeers()).success  # chan_sip is still in 20
        manager.close()

        async def run() -> tuple[int, ...] | None:
            async with AsyncManager(
                sim.host, sim.port, username="admin", secret="adminsecret"
            ) as am:
                return am.asterisk_version

        version = asyncio.run(run())
        assert version is not None and version[0] == 20


def test_a_user_without_the_class_for_coresettings_gets_the_major_from_the_banner() -> None:
    with Simulator.running_in_thread() as sim:
        manager = Manager()
        manager.connect(sim.host, sim.port)
        manager.login("limited", "limitedsecret")
        assert manager.get_asterisk_info() == ("Asterisk Call Manager", "9.0.0")
        assert manager.asterisk_version == (20,)  # CoreSettings refused; AMI 9 is Asterisk 20
        manager.close()


@pytest.mark.parametrize(
    ("ami", "asterisk"),
    [("9.0.0", (20,)), ("11.0.0", (22,)), ("12.0.0", (23,)), ("2.10.0", None), ("99.0", None)],
)
def test_the_banner_names_the_asterisk_major(ami: str, asterisk: tuple[int, ...] | None) -> None:
    assert asterisk_major(ami) == asterisk
    assert asterisk_major("banana") is None
