"""Version awareness: the catalogue's SINCE/REMOVED/SINCE_RELEASES against a server version."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any, ClassVar, TypeVar

import pytest
from ami import AsyncManager, Manager, UnsupportedAction, core
from ami_runtime._session import SessionMemory
from ami_runtime.action import Action, Request
from ami_runtime.message import Response
from ami_runtime.simulator import Simulator
from ami_runtime.simulator.constants import VERSIONS
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


R = TypeVar("R", bound=Response)


class SpyManager(Manager):
    """A :class:`Manager` that records the name of each action it is asked to send
    (a subclass, not a replaced method: the compiled build's instances take no new
    attributes)."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.sent: list[str] = []

    def send_action(self, request: Request[R], *args: Any, **kw: Any) -> R:
        self.sent.append(request.action_name)
        return super().send_action(request, *args, **kw)


def _login_sends(
    sim: Simulator, username: str, detect: bool | str = True
) -> tuple[list[str], tuple[int, ...] | None, tuple[int, ...] | None]:
    """The actions each client sends to log in, and the version each then knows."""
    manager = SpyManager(detect_version=detect)
    manager.connect(sim.host, sim.port)
    manager.login(username, f"{username}secret")
    at_login = list(manager.sent)
    assert manager.send_action(core.Ping()).success
    manager.close()

    async def run() -> tuple[int, ...] | None:
        am = AsyncManager(sim.host, sim.port, username=username, secret=f"{username}secret",
                          detect_version=detect)  # type: ignore[arg-type]  # fmt: skip
        sent_async: list[str] = []
        send_async = am.send_action

        def spy(request: Request, **kw: object) -> object:  # type: ignore[type-arg]
            sent_async.append(request.action_name)
            return send_async(request, **kw)  # type: ignore[arg-type]

        am.send_action = spy  # type: ignore[method-assign,assignment]
        async with am:
            assert sent_async == at_login
            return am.asterisk_version

    return at_login, manager.asterisk_version, asyncio.run(run())


def test_a_login_sends_no_request_the_user_may_be_refused() -> None:
    """A refused request is a RequestNotAllowed security event: the banner's AMI version
    names the major, so neither user's login asks anything (limited may not CoreSettings)."""
    with Simulator.running_in_thread(auth_fail_delay=0.0) as sim:
        for user in ("admin", "limited"):
            sent, version, async_version = _login_sends(sim, user)
            assert sent == ["Challenge", "Login"]
            assert version == async_version == (20,)  # AMI 9.0.0 is Asterisk 20


#: A simulated release with a version number: the fixture's own builds report a git
#: describe (``GIT-20-516d2c60ac``), from which no release can be read.
RELEASE_20_0_0 = replace(VERSIONS["20"], asterisk="20.0.0")
#: Asterisk 13's AMI 2.10: a banner the table does not know.
UNKNOWN_BANNER = replace(RELEASE_20_0_0, ami="2.10.0")


def test_the_exact_release_is_asked_only_of_a_user_who_may() -> None:
    with Simulator.running_in_thread(auth_fail_delay=0.0, asterisk_version=RELEASE_20_0_0) as sim:
        sent, version, _ = _login_sends(sim, "admin", detect="release")
        assert sent == ["Challenge", "Login", "ListCommands", "CoreSettings"]
        assert version == (20, 0, 0)
        sent, version, _ = _login_sends(sim, "limited", detect="release")
        assert sent == ["Challenge", "Login", "ListCommands"]  # not listed: not asked
        assert version == (20,)

    # A banner the table does not know: ask, where allowed.
    with Simulator.running_in_thread(auth_fail_delay=0.0, asterisk_version=UNKNOWN_BANNER) as sim:
        sent, version, async_version = _login_sends(sim, "admin")
        assert sent == ["Challenge", "Login", "ListCommands", "CoreSettings"]
        assert version == async_version == (20, 0, 0)
        sent, version, async_version = _login_sends(sim, "limited")
        assert sent == ["Challenge", "Login", "ListCommands"]
        assert version is async_version is None  # unknown: Asterisk decides
        assert _login_sends(sim, "admin", detect=False)[:2] == (["Challenge", "Login"], None)


@pytest.mark.parametrize(
    ("ami", "asterisk"),
    [("9.0.0", (20,)), ("11.0.0", (22,)), ("12.0.0", (23,)), ("2.10.0", None), ("99.0", None)],
)
def test_the_banner_names_the_asterisk_major(ami: str, asterisk: tuple[int, ...] | None) -> None:
    assert asterisk_major(ami) == asterisk
    assert asterisk_major("banana") is None


def test_an_action_of_a_later_release_asks_the_release_first_once() -> None:
    """SendFlash came to branch 20 in 20.3.0: the banner's "20" cannot tell, so before it
    the client asks (ListCommands, then CoreSettings where allowed), once per login."""
    flash = core.SendFlash("PJSIP/a-00000001")
    with Simulator.running_in_thread(auth_fail_delay=0.0, asterisk_version=RELEASE_20_0_0) as sim:
        manager = SpyManager()
        sent = manager.sent
        manager.connect(sim.host, sim.port)
        manager.login("admin", "adminsecret")
        assert manager.send_action(core.SIPpeers()).success  # in every 20: nothing to ask
        for _ in range(2):
            with pytest.raises(UnsupportedAction, match=r"not available on Asterisk 20\.0\.0"):
                manager.send_action(flash)
        assert sent == ["Challenge", "Login", "SIPpeers", "SendFlash", "ListCommands",
                        "CoreSettings", "SendFlash"]  # fmt: skip
        manager.close()

        limited = SpyManager()
        sent = limited.sent
        limited.connect(sim.host, sim.port)
        limited.login("limited", "limitedsecret")  # may not CoreSettings: Asterisk decides
        assert not limited.send_action(flash).success  # the simulator lacks it
        assert sent == ["Challenge", "Login", "SendFlash", "ListCommands"]  # (calls, not wire)
        assert limited.asterisk_version == (20,)
        limited.close()

        async def run() -> tuple[int, ...] | None:
            async with AsyncManager(
                sim.host, sim.port, username="admin", secret="adminsecret"
            ) as am:
                with pytest.raises(UnsupportedAction, match=r"Asterisk 20\.0\.0"):
                    await am.send_action(flash)
                return am.asterisk_version

        assert asyncio.run(run()) == (20, 0, 0)


def test_what_the_session_let_through_is_checked_again_when_the_version_changes() -> None:
    """The session remembers which request classes need nothing before they are sent;
    a new login (another banner) or the release read from the server starts that over."""
    session = SessionMemory()
    session.logged_in("9.0.0")  # Asterisk 20
    session.check(core.SIPpeers())  # chan_sip is still in 20
    session.check(core.SIPpeers())  # (let through from memory)
    session.logged_in("11.0.0")  # Asterisk 22: removed in 21
    with pytest.raises(UnsupportedAction):
        session.check(core.SIPpeers())

    flash = core.SendFlash("PJSIP/a-00000001")  # came to branch 20 in 20.3.0
    session.logged_in("9.0.0")
    assert session.release_matters(flash)  # "20" cannot tell: ask first
    session.check(flash)  # a later 20 may have it
    assert not session.release_matters(flash)  # asked once per login
    probe = session.version_probe()
    assert probe is not None and probe.action_name == "ListCommands"
    session.read_probe(Action("CoreSettings"), _answer(("AsteriskVersion", "20.0.0")))
    assert session.version == (20, 0, 0)
    with pytest.raises(UnsupportedAction, match=r"20\.0\.0"):
        session.check(flash)


def _answer(*pairs: tuple[str, str]) -> Response:
    return Response([("Response", "Success"), *pairs])
