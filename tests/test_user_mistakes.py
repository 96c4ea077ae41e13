"""Mistakes users make, and what the library says about them (issue 15).

Each test is one mistake a newcomer made in silence: a login skipped for want of a
secret, a refused connection reported as a lost one, a ``Permission denied`` that does
not say which class was missing.
"""

from __future__ import annotations

import asyncio
import socket

import pytest
from ami import core
from ami_runtime import (
    AmiError,
    AsyncManager,
    ConnectError,
    ConnectionLost,
    InvalidInput,
    Manager,
    PermissionDenied,
)
from ami_runtime.errors import AmiConnectionError
from ami_runtime.message import Response

from tests.replay_server import IO_TIMEOUT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- credentials --------------------------------------------------------------------


@pytest.mark.parametrize(
    "credentials", [{"username": "admin"}, {"secret": "adminsecret"}], ids=["no-secret", "no-user"]
)
def test_async_manager_with_half_the_credentials_is_refused_at_once(
    credentials: dict[str, str],
) -> None:
    # Before: the login was skipped without a word, and the next action got
    # "Permission denied".  Manager.login() takes both, so AsyncManager needs both too.
    with pytest.raises(InvalidInput) as caught:
        AsyncManager("127.0.0.1", 5038, **credentials)
    missing = "secret" if "username" in credentials else "username"
    assert caught.value.field == missing
    assert missing in str(caught.value)


# -- a refused connection -----------------------------------------------------------


def _sync_connect(port: int) -> BaseException:
    manager = Manager(detect_version=False)
    try:
        manager.connect("127.0.0.1", port, timeout=IO_TIMEOUT)
    except BaseException as exc:
        return exc
    finally:
        manager.close()
    raise AssertionError("connected to a closed port")


def _async_connect(port: int) -> BaseException:
    async def main() -> BaseException:
        manager = AsyncManager("127.0.0.1", port, connect_timeout=IO_TIMEOUT)
        try:
            await manager.connect()
        except BaseException as exc:
            return exc
        finally:
            await manager.close()
        raise AssertionError("connected to a closed port")

    return asyncio.run(main())


def test_a_refused_connection_is_a_connect_error_alike_in_both_clients() -> None:
    port = free_port()
    errors = [_sync_connect(port), _async_connect(port)]
    for exc in errors:
        # Nothing was ever connected: not ConnectionLost, but the same family.
        assert isinstance(exc, ConnectError)
        assert not isinstance(exc, ConnectionLost)
        assert isinstance(exc, AmiConnectionError) and isinstance(exc, ConnectionError)
        assert isinstance(exc, AmiError)
        assert f"127.0.0.1:{port}" in str(exc)
        assert isinstance(exc.__cause__, OSError)
    assert str(errors[0]) == str(errors[1])


# -- Permission denied --------------------------------------------------------------


def test_permission_denied_names_the_class_the_catalogue_says_the_action_needs() -> None:
    response = Response([("Response", "Error"), ("Message", "Permission denied")])
    response.request = core.Originate_Context("Local/1@test", "test", "1", 1)
    with pytest.raises(PermissionDenied) as caught:
        response.raise_for_error()
    text = str(caught.value)
    assert text.startswith("Permission denied")
    assert "Originate" in text and "originate" in text.split("Originate", 1)[1]
    # An action that needs no class: the hint says the session is not logged in.
    bare = Response([("Response", "Error"), ("Message", "Permission denied")])
    bare.request = core.Ping()
    with pytest.raises(PermissionDenied, match="logged in"):
        bare.raise_for_error()
