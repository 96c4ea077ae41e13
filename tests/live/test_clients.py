"""Both clients against a real Asterisk: logins, refusals, Originate, lists, Command, TLS,
and a server restart in the middle of a session.

Every wait is bounded and waits on a condition (an answer, an event, a reconnect notice).
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import trustme
from ami import AsyncManager, Manager, core, events
from ami_runtime import (
    EVENT_RECONNECTED,
    AuthenticationError,
    Backoff,
    ConnectError,
    ConnectionLost,
    Event,
    PermissionDenied,
)
from ami_runtime._async.stream import EventStream
from ami_runtime._common import AuthMode

from tests.asterisk_server import AsteriskServer
from tests.replay_server import wait_until

WAIT = 15.0


def manager_for(server: AsteriskServer, **kwargs: Any) -> Manager:
    manager = Manager(**kwargs)
    manager.connect(server.host, server.ami_port)
    return manager


def async_manager(server: AsteriskServer, **kwargs: Any) -> AsyncManager:
    kwargs.setdefault("username", "admin")
    kwargs.setdefault("secret", "adminsecret")
    return AsyncManager(server.host, server.ami_port, **kwargs)


async def first(stream: EventStream, wanted: Callable[[Event], bool]) -> Event:
    """The first event of ``stream`` that is ``wanted``, within ``WAIT`` seconds."""

    async def scan() -> Event:
        async for event in stream:
            if wanted(event):
                return event
        raise AssertionError("the event stream ended")

    return await asyncio.wait_for(scan(), WAIT)


# -- login -------------------------------------------------------------------------------


@pytest.mark.parametrize("auth", ["md5", "plain"])
def test_sync_login_md5_and_plain(asterisk: AsteriskServer, auth: AuthMode) -> None:
    with manager_for(asterisk) as manager:
        reply = manager.login("admin", "adminsecret", auth=auth, events=False)
        assert reply.message == "Authentication accepted"
        assert manager.asterisk_version is not None
        assert manager.asterisk_version[0] == int(asterisk.version)
        assert manager.send_action(core.Ping()).success


@pytest.mark.parametrize("auth", ["md5", "plain"])
def test_async_login_md5_and_plain(asterisk: AsteriskServer, auth: AuthMode) -> None:
    async def main() -> None:
        async with async_manager(asterisk, auth=auth, events=False) as manager:
            assert manager.asterisk_version is not None
            assert manager.asterisk_version[0] == int(asterisk.version)
            assert (await manager.send_action(core.Ping())).success

    asyncio.run(main())


def test_failed_login_raises_then_the_server_closes(asterisk: AsteriskServer) -> None:
    """Asterisk answers a wrong secret after a delay, then hangs up: the sync client
    raises AuthenticationError and the next action fails with ConnectionLost."""
    with manager_for(asterisk) as manager:
        with pytest.raises(AuthenticationError, match="Authentication failed"):
            manager.login("admin", "wrong-secret", events=False)
        with pytest.raises(ConnectionLost):
            manager.send_action(core.Ping(), timeout=WAIT)


def test_failed_login_async_raises_and_leaves_nothing_open(asterisk: AsteriskServer) -> None:
    async def main() -> None:
        manager = async_manager(asterisk, secret="wrong-secret")
        with pytest.raises(AuthenticationError):
            async with manager:
                pass
        assert not manager.is_connected()

    asyncio.run(main())


def test_a_login_raises_no_security_event_of_a_refused_request(asterisk: AsteriskServer) -> None:
    """Security watchers read RequestNotAllowed as an attack: neither client's login may send
    what the user may not (the limited user has no class for CoreSettings)."""
    seen: list[Event] = []
    with manager_for(asterisk) as watcher:
        watcher.register_callback("", lambda event, _: seen.append(event))
        watcher.login("admin", "adminsecret", events=["security", "user"])

        def logged_in(account: str) -> bool:
            return any(e.name == "SuccessfulAuth" and e.get("AccountID") == account for e in seen)

        def marker(n: int) -> Event:  # after every event that the logins before it raised
            assert watcher.send_action(core.UserEvent("AmikitNoRefusal", Marker=str(n))).success
            assert wait_until(lambda: any(e.get("Marker") == str(n) for e in seen), WAIT)
            return next(e for e in seen if e.get("Marker") == str(n))

        with manager_for(asterisk) as limited:
            limited.login("limited", "limitedsecret", events=False)
            assert limited.asterisk_version == (int(asterisk.version),)  # from the banner

        async def login_async() -> None:
            async with async_manager(
                asterisk, username="limited", secret="limitedsecret", events=False
            ) as manager:
                assert manager.asterisk_version == (int(asterisk.version),)

        asyncio.run(login_async())
        end = marker(1)
        assert logged_in("limited")  # the watcher does see the class
        before = seen[: seen.index(end)]
        assert [e for e in before if e.name == "RequestNotAllowed"] == []
        # and the refusal of what limited may not send still shows (the same watcher sees it)
        with manager_for(asterisk) as limited:
            limited.login("limited", "limitedsecret", events=False)
            with pytest.raises(PermissionDenied):
                limited.send_action(core.CoreSettings()).raise_for_error()
        marker(2)
        refused = [(e.get("AccountID"), e.get("RequestType")) for e in seen
                   if e.name == "RequestNotAllowed"]  # fmt: skip
        assert refused == [("limited", "Action: CoreSettings")]


# -- permissions -------------------------------------------------------------------------


def test_limited_user_is_refused_what_its_class_lacks(asterisk: AsteriskServer) -> None:
    """``limited`` has read/write ``call``: Command (command) and GetConfig (config) are
    refused, Status (call) is answered."""
    with manager_for(asterisk) as manager:
        manager.login("limited", "limitedsecret", events=False)
        for request in (core.Command("core show version"), core.GetConfig("manager.conf")):
            reply = manager.send_action(request)
            assert not reply.success
            with pytest.raises(PermissionDenied):
                reply.raise_for_error()
        assert manager.send_action(core.Status()).success


def test_limited_user_refused_async(asterisk: AsteriskServer) -> None:
    async def main() -> None:
        async with async_manager(
            asterisk, username="limited", secret="limitedsecret", events=False
        ) as manager:
            reply = await manager.send_action(core.DBPut("amikit-live", "x", "y"))
            with pytest.raises(PermissionDenied):
                reply.raise_for_error()

    asyncio.run(main())


# -- Originate ---------------------------------------------------------------------------


def test_originate_sync_answers_once_the_call_is_up(asterisk: AsteriskServer) -> None:
    uid = f"amikit-sync-{uuid.uuid4().hex[:8]}"
    with manager_for(asterisk) as manager:
        manager.login("admin", "adminsecret", events=False)
        reply = manager.send_action(
            core.Originate_Context("Local/101@test", "test", "101", 1, async_=False, channel_id=uid)
        )
        assert reply.success, reply.message
        status = manager.send_action(core.Status())
        names = [e.get("Channel", "") for e in status.events if e.get("Uniqueid") == uid]
        assert len(names) == 1
        assert manager.send_action(core.Hangup(names[0])).success


def test_originate_async_on_the_sync_client_then_its_originate_response(
    asterisk: AsteriskServer,
) -> None:
    responses: list[Event] = []
    with manager_for(asterisk) as manager:
        manager.login("admin", "adminsecret", events=["call"])
        manager.register_callback("OriginateResponse", lambda event, _: responses.append(event))
        reply = manager.send_action(
            core.Originate_Application("Local/101@test", "Wait", data=["30"], async_=True)
        )
        assert reply.success and reply.message == "Originate successfully queued"

        def ours() -> list[Event]:
            return [e for e in responses if e.action_id == reply.action_id]

        assert wait_until(ours, WAIT), "no OriginateResponse"
        (event,) = ours()
        assert event.get("Response") == "Success"
        assert manager.send_action(core.Hangup(event.get("Channel", ""))).success


def test_originate_async_then_its_originate_response(asterisk: AsteriskServer) -> None:
    async def main() -> None:
        async with async_manager(asterisk, events=["call"]) as manager:
            stream = manager.events("OriginateResponse")
            request = core.Originate_Application("Local/101@test", "Wait", data=["30"], async_=True)
            reply = await manager.send_action(request)
            assert reply.success and reply.message == "Originate successfully queued"
            event = await first(stream, lambda e: e.action_id == reply.action_id)
            assert event.get("Response") == "Success"
            assert isinstance(event, events.OriginateResponse)
            assert event.reason == core.ORIGINATE_RESULT_ANSWERED  # an int, as the constants
            channel = event.get("Channel")
            assert channel and channel.startswith("Local/101@test-")
            assert (await manager.send_action(core.Hangup(channel))).success
            failed = await manager.send_action(
                core.Originate_Context("Nope/1", "test", "100", 1, async_=False)
            )
            assert not failed.success

    asyncio.run(main())


# -- lists and Command -------------------------------------------------------------------


def test_event_lists_keep_their_items_and_plain_answers_end_them(
    asterisk: AsteriskServer,
) -> None:
    family = f"amikit-{uuid.uuid4().hex[:8]}"
    with manager_for(asterisk) as manager:
        manager.login("admin", "adminsecret", events=False)
        for key in ("a", "b", "c"):
            manager.send_action(core.DBPut(family, key, key.upper())).raise_for_error()
        tree = manager.send_action(core.DBGetTree(family=family))
        assert sorted(e.get("Val", "") for e in tree.events) == ["A", "B", "C"]
        assert tree.complete is not None and tree.complete.get("ListItems") == "3"
        queue = manager.send_action(core.QueueStatus(queue="support"))
        assert [e.name for e in queue.events][:1] == ["QueueParams"]
        # Unknown mailbox: a plain Success, no list; answered at once, not at the timeout.
        unknown = manager.send_action(core.VoicemailUserStatus("default", "9999"), timeout=3)
        assert unknown.success and unknown.events == [] and unknown.complete is None
        manager.send_action(core.DBDelTree(family)).raise_for_error()


def test_command_output_both_clients(asterisk: AsteriskServer) -> None:
    with manager_for(asterisk) as manager:
        manager.login("admin", "adminsecret", events=False)
        sync_lines = manager.send_action(core.Command("core show version")).data

    async def main() -> list[str]:
        async with async_manager(asterisk, events=False) as manager:
            return (await manager.send_action(core.Command("core show version"))).data

    async_lines = asyncio.run(main())
    for lines in (sync_lines, async_lines):
        assert any(line.startswith(f"Asterisk GIT-{asterisk.version}-") for line in lines)


# -- TLS ---------------------------------------------------------------------------------


def test_tls_verifies_the_server_certificate(asterisk: AsteriskServer) -> None:
    context = ssl.create_default_context(cafile=str(asterisk.cafile))
    with Manager() as manager:
        manager.connect(asterisk.host, asterisk.tls_port, tls=context)
        manager.login("admin", "adminsecret", events=False)
        assert manager.send_action(core.Ping()).success

    async def main() -> None:
        async with AsyncManager(
            asterisk.host,
            asterisk.tls_port,
            username="admin",
            secret="adminsecret",
            events=False,
            tls=context,
        ) as manager:
            assert (await manager.send_action(core.Ping())).success

    asyncio.run(main())


def test_tls_refuses_a_certificate_from_another_ca(asterisk: AsteriskServer) -> None:
    other = ssl.create_default_context()
    trustme.CA().configure_trust(other)
    with Manager() as manager, pytest.raises(ConnectError) as caught:
        manager.connect(asterisk.host, asterisk.tls_port, tls=other)
    assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)

    async def main() -> None:
        manager = AsyncManager(
            asterisk.host, asterisk.tls_port, username="admin", secret="x", tls=other
        )
        with pytest.raises(ConnectError):  # nothing was connected
            async with manager:
                pass

    asyncio.run(main())


# -- restart mid-session -----------------------------------------------------------------


def _check_answers(replies: list[Any], values: dict[str, str]) -> None:
    """Each DBGet answered once, with its own key's value: nothing lost or misrouted."""
    assert len(replies) == len(values)
    for reply in replies:
        assert reply.success, reply.message
        (item,) = reply.events
        assert values[item.get("Key")] == item.get("Val")
    assert {r.action_id for r in replies} == {r.action_id for r in replies if r.action_id}
    assert len({r.action_id for r in replies}) == len(replies)


def test_restart_mid_session_both_clients_reconnect(fresh_asterisk: AsteriskServer) -> None:
    """``asterisk.sh stop`` then ``start`` under a sync and an async session: the action
    in flight fails with ConnectionLost, both clients log in again by themselves, and
    concurrent actions afterwards each get their own answer, once."""
    server = fresh_asterisk
    family = f"amikit-{uuid.uuid4().hex[:8]}"
    values = {f"k{i}": f"v{i}-{uuid.uuid4().hex[:4]}" for i in range(20)}
    quick = Backoff(base=0.1, cap=0.5)
    sync_back = threading.Event()
    with Manager(reconnect=True, backoff=quick) as sync:
        sync.connect(server.host, server.ami_port)
        sync.login("admin", "adminsecret", events=False)
        sync.register_callback(EVENT_RECONNECTED, lambda *_: sync_back.set())

        def sync_gets() -> list[Any]:
            replies: list[Any] = [None] * len(values)

            def get(index: int, key: str) -> None:
                replies[index] = sync.send_action(core.DBGet(family, key), timeout=WAIT)

            threads = [threading.Thread(target=get, args=(i, k)) for i, k in enumerate(values)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(WAIT)
            return replies

        async def main() -> None:
            async with async_manager(
                server, events=False, reconnect=True, backoff=quick
            ) as manager:
                async_back = asyncio.Event()
                manager.register_callback(EVENT_RECONNECTED, lambda *_: async_back.set())
                await asyncio.gather(
                    *(manager.send_action(core.DBPut(family, k, v)) for k, v in values.items())
                )
                # In flight while the server stops: WaitEvent holds the session till then.
                in_flight = asyncio.ensure_future(manager.send_action(core.WaitEvent(30)))
                await asyncio.sleep(0)
                await asyncio.to_thread(server.restart)
                with pytest.raises(ConnectionLost):
                    await asyncio.wait_for(in_flight, WAIT)
                await asyncio.wait_for(async_back.wait(), WAIT)
                replies = await asyncio.gather(
                    *(manager.send_action(core.DBGet(family, k)) for k in values)
                )
                _check_answers(list(replies), values)
                assert await asyncio.to_thread(sync_back.wait, WAIT), "sync: no reconnect"
                _check_answers(await asyncio.to_thread(sync_gets), values)
                assert manager.dropped_late == 0 and sync.dropped_late == 0

        asyncio.run(main())


def test_events_arrive_typed(asterisk: AsteriskServer) -> None:
    """A UserEvent the session sends comes back to it, through its typed class."""

    async def main() -> Event:
        async with async_manager(asterisk, events=["user"]) as manager:
            stream = manager.events("UserEvent")
            await manager.send_action(core.UserEvent(UserEvent="AmikitClient", Marker="m1"))
            return await first(stream, lambda e: e.get("Marker") == "m1")

    event = asyncio.run(main())
    assert type(event).__name__ == "UserEvent"
