"""Passwords and MD5 keys never appear in logs, reprs or exception messages.

One whole session per client, logged at DEBUG on every logger (root, ``ami``,
``ami_runtime``, ``asyncio``): a failed MD5 login, a failed plain login, a refused secret
(a control character in it), good logins both ways, a timeout, a dropped connection and
the reconnect's re-login.  Everything that could show a secret is then collected (every
log record, every exception's message, repr and formatted traceback with its causes,
the reprs of requests, responses, ``LoginInfo`` and the managers) and searched for the
secrets and for the MD5 keys derived from them.
"""

from __future__ import annotations

import hashlib
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from ami import core
from ami_runtime import (
    EVENT_RECONNECTED,
    Action,
    AmiError,
    AmiTimeout,
    AuthenticationError,
    Backoff,
    InvalidInput,
    Manager,
    Message,
)
from ami_runtime._common import LoginInfo
from ami_runtime.simulator import Simulator

from tests.replay_server import IO_TIMEOUT, Client, FakeAmi, Recorder, wait_until

SECRET = "Sup3r-s3cret-PW"
WRONG = "Wr0ng-guess-PW"
CHALLENGE = "123456789"  # FakeAmi's
KEYS = [hashlib.md5((CHALLENGE + s).encode()).hexdigest() for s in (SECRET, WRONG)]
NEEDLES = [SECRET, WRONG, *KEYS]


class Capture(logging.Handler):
    """Every record, formatted with its exception, at DEBUG on the loggers that matter."""

    NAMES = ("", "ami", "ami_runtime", "ami_runtime.simulator", "asyncio")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self._saved: list[tuple[logging.Logger, int]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def __enter__(self) -> Capture:
        for name in self.NAMES:
            logger = logging.getLogger(name)
            self._saved.append((logger, logger.level))
            logger.setLevel(logging.DEBUG)
            logger.addHandler(self)  # directly: some code turns propagation off
        return self

    def __exit__(self, *exc: object) -> None:
        for logger, level in self._saved:
            logger.removeHandler(self)
            logger.setLevel(level)


@pytest.fixture
def capture() -> Iterator[Capture]:
    with Capture() as c:
        yield c


def shown(exc: BaseException) -> str:
    """All a user could see of an exception: message, repr, traceback, causes."""
    return "\n".join([str(exc), repr(exc), *traceback.format_exception(exc)])


def expect(error: type[AmiError], fn: Callable[[], Any], seen: list[str]) -> None:
    with pytest.raises(error) as info:
        fn()
    seen.append(shown(info.value))


def assert_clean(texts: list[str]) -> None:
    blob = "\n".join(texts)
    assert blob  # something was collected
    for needle in NEEDLES:
        assert needle not in blob, f"{needle!r} leaked"


def test_no_secret_in_a_whole_session(make_client: Callable[..., Client], capture: Capture) -> None:
    seen: list[str] = []
    with FakeAmi(secret=SECRET, handlers={"hold": None}) as server:
        for auth in ("md5", "plain"):  # wrong password: the server answers, then closes
            bad = make_client(server.port)
            bad.connect()
            expect(AuthenticationError, lambda a=auth: bad.login(secret=WRONG, auth=a), seen)
            bad.close()
        client = make_client(server.port, reconnect=True, backoff=Backoff(base=0.01, cap=0.1))
        client.connect()
        expect(InvalidInput, lambda: client.login(secret=SECRET + "\n"), seen)
        expect(InvalidInput, lambda: client.login(secret=SECRET + "\x00", auth="plain"), seen)
        seen.append(repr(client.login(secret=SECRET)))
        seen.append(repr(client.login(secret=SECRET, auth="plain")))  # Already authenticated
        expect(AmiTimeout, lambda: client.send(Action("Hold"), timeout=0.1), seen)
        recorder = Recorder().attach(client)
        server.connection().close()  # the client logs in again by itself
        assert wait_until(lambda: EVENT_RECONNECTED in recorder.names())
        assert client.send(core.Ping()).success
        manager = client.manager
        seen += [repr(manager), str(manager), repr(manager._session.login)]
        seen += [repr(e) for e in recorder.events]
        # The requests as the server read them, as Messages (what a proxy would log).
        for conn in server.connections:
            seen += [repr(Message.from_raw(r.raw)) for r in conn.received]
        sent = [r.raw for conn in server.connections for r in conn.received]
        assert any(SECRET.encode() in raw for raw in sent)  # plain login did send it
        assert any(KEYS[0].encode() in raw for raw in sent)  # and MD5 its key
        client.close()
    assert capture.lines, "nothing was logged at all"
    assert_clean(seen + capture.lines)


def test_no_secret_in_reprs_of_requests_and_credentials() -> None:
    texts = [
        repr(core.Login("admin", SECRET)),
        repr(core.Login("admin", SECRET, authtype="MD5", challenge=CHALLENGE)),
        repr(Action("Login", Username="admin", Secret=SECRET)),
        repr(Action("Login", Username="admin", Key=KEYS[0])),
        repr(LoginInfo("admin", SECRET, "md5", True)),
        repr(Message([("Action", "Login"), ("Username", "admin"), ("Key", KEYS[0])])),
        repr(Message([("Action", "login"), ("Secret", SECRET)])),
    ]
    assert_clean(texts)
    # An AstDB Key is data, not a credential: shown.
    assert "family/key" in repr(Action("DBGet", Family="f", Key="family/key"))


@pytest.mark.parametrize("bad", ["\r", "\n", "\x00", "\x1b", "\x7f"])
def test_a_refused_secret_is_not_echoed(bad: str) -> None:
    for make in (
        lambda: LoginInfo("admin", SECRET + bad, "plain", True),
        lambda: core.Login("admin", SECRET + bad).headers(),
        lambda: Action("Login", Username="admin", Secret=SECRET + bad).headers(),
    ):
        with pytest.raises(InvalidInput) as info:
            make()
        assert info.value.field in ("secret", "Secret")
        assert_clean([shown(info.value)])
    long = "x" * 2000
    with pytest.raises(InvalidInput) as info:
        LoginInfo("admin", long, "plain", True)
    assert long not in str(info.value)


def test_no_secret_in_the_simulator_logs_or_a_failed_login(capture: Capture) -> None:
    seen: list[str] = []
    with Simulator.running_in_thread(auth_fail_delay=0.01) as sim:
        for secret, auth in ((WRONG, "md5"), (WRONG, "plain"), ("adminsecret", "md5")):
            manager = Manager(detect_version=False)
            try:
                manager.connect(sim.host, sim.port, timeout=IO_TIMEOUT)
                if secret == WRONG:
                    expect(AuthenticationError, lambda: manager.login("admin", secret, auth), seen)
                else:
                    seen.append(repr(manager.login("admin", secret, auth)))
            finally:
                manager.close()
    assert_clean(seen + capture.lines + ["(simulator ran)"])
    assert "adminsecret" not in "\n".join(capture.lines)
