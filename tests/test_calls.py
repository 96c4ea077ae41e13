"""Call handles: ``Manager.originate()`` / ``await AsyncManager.originate()``.

The tracker is fed event sequences a real Asterisk 20 sent (recorded by hand from
``tests/live``; the orders differ between Local and PJSIP calls, which is the point),
then both clients follow calls the simulator places.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator

import pytest
from ami import AsyncManager, Manager, core
from ami_runtime import AmiTimeout, CallState, ConnectionLost, Event, InvalidInput
from ami_runtime.call import CallRouter, CallTracker, prepare_originate
from ami_runtime.simulator import Simulator

ONE, TWO = "c0ffee", "c0ffee;2"


def ev(name: str, **headers: str) -> Event:
    pairs = [("Event", name)] + [(k.replace("_", "-"), v) for k, v in headers.items()]
    return Event(pairs)


def leg(name: str, uid: str, state: str, **more: str) -> Event:
    channel = f"Local/999@test-00000001;{1 if uid == ONE else 2}"
    return ev(name, Channel=channel, ChannelState=state, Uniqueid=uid, Linkedid=ONE, **more)


def response(ok: bool, reason: str, action_id: str = f"originate-{ONE}") -> Event:
    return ev(
        "OriginateResponse",
        ActionID=action_id,
        Response="Success" if ok else "Failure",
        Channel="Local/999@test",
        Reason=reason,
        Uniqueid=ONE,
    )


def tracker() -> CallTracker:
    return CallTracker(ONE, TWO, f"originate-{ONE}")


# -- the tracker, on Asterisk 20's own sequences -----------------------------------------


def test_busy_local_call_ends_after_the_response_and_both_hangups_in_any_order():
    busy = [
        leg("Newchannel", ONE, "0"),
        leg("Newchannel", TWO, "4"),
        ev("LocalBridge", LocalOneUniqueid=ONE, LocalTwoUniqueid=TWO),
        ev("DialBegin", DestUniqueid=ONE),
        leg("Hangup", TWO, "4", Cause="17", Cause_txt="User busy"),
        response(False, "0"),  # Asterisk 20: Reason 0 for busy; the cause says why
        ev("DialEnd", DestUniqueid=ONE, DialStatus="BUSY"),
        leg("Hangup", ONE, "0", Cause="17", Cause_txt="User busy"),
    ]
    t = tracker()
    for event in busy[:-1]:
        assert t.feed(event)
        assert t.state is CallState.DIALING and not t.ended
    assert t.answered is False
    assert t.feed(busy[-1])
    assert t.ended and t.state is CallState.HUNGUP
    assert (t.cause.cause, t.cause.cause_text) == (17, "User busy")
    assert t.reason == core.ORIGINATE_RESULT_BAD_NUMBER
    assert [x.uniqueid for x in t.legs] == [ONE, TWO]
    assert t.linkedid == ONE


def test_busy_pjsip_call_whose_hangup_comes_before_the_response_ends_with_the_response():
    t = CallTracker(ONE, TWO, "a1")
    t.feed(ev("Newchannel", Channel="PJSIP/pjself-1", ChannelState="0", Uniqueid=ONE, Linkedid=ONE))
    t.feed(ev("Hangup", Uniqueid=ONE, Linkedid=ONE, Cause="17", Cause_txt="User busy"))
    assert not t.ended  # the outcome has not come yet
    t.feed(response(False, "0", action_id="a1"))
    assert t.ended and t.answered is False and t.cause is not None and t.cause.cause == 17
    assert not t.settling


def test_originate_that_made_no_channel_ends_once_settled():
    t = tracker()
    assert t.feed(response(False, "0"))
    assert t.answered is False and t.settling and not t.ended
    t.settle()
    assert t.ended and t.legs == [] and t.cause is None and not t.settling


def test_a_failed_calls_channels_may_come_after_its_response_and_still_tell_the_cause():
    # Seen on Asterisk 23 under load: OriginateResponse is written to the session at
    # once, the channel events come later through Stasis.
    t = tracker()
    t.feed(response(False, "0"))
    assert t.settling
    t.feed(leg("Newchannel", ONE, "0"))
    assert not t.settling and not t.ended
    t.feed(leg("Newchannel", TWO, "4"))
    t.feed(leg("Hangup", TWO, "4", Cause="17", Cause_txt="User busy"))
    assert not t.ended
    t.feed(leg("Hangup", ONE, "0", Cause="17", Cause_txt="User busy"))
    assert t.ended and t.cause is not None and t.cause.cause == 17


def test_answered_call_goes_up_then_bridged_then_up_then_hung_up():
    t = tracker()
    t.feed(leg("Newchannel", ONE, "0"))
    t.feed(leg("Newstate", ONE, "5"))
    assert t.state is CallState.RINGING
    t.feed(leg("Newstate", ONE, "6"))
    assert t.state is CallState.UP and t.answered is True
    t.feed(response(True, "4"))
    t.feed(leg("BridgeEnter", ONE, "6", BridgeUniqueid="b1"))
    assert t.state is CallState.BRIDGED
    t.feed(leg("BridgeLeave", ONE, "6", BridgeUniqueid="b1"))
    assert t.state is CallState.UP
    t.feed(leg("Hangup", ONE, "6", Cause="16", Cause_txt="Normal Clearing"))
    assert t.state is CallState.HUNGUP and t.reason == core.ORIGINATE_RESULT_ANSWERED


def test_events_of_other_calls_are_not_this_calls():
    t = tracker()
    other = ev("Newchannel", Channel="PJSIP/x-1", Uniqueid="other", Linkedid="other")
    assert not t.feed(other)
    theirs = ev("OriginateResponse", ActionID="x", Response="Failure", Reason="0", Uniqueid="u")
    assert not t.feed(theirs)
    assert t.answered is None and t.legs == []


def test_channels_the_call_dialled_share_its_linkedid_and_are_its_events():
    t = tracker()
    t.feed(leg("Newchannel", ONE, "0"))
    dialled = ev("Newchannel", Channel="PJSIP/bob-2", Uniqueid="bob", Linkedid=ONE)
    assert t.feed(dialled)
    assert [x.uniqueid for x in t.legs] == [ONE]  # but not a leg of its own


def test_prepare_originate_gives_ids_and_async_and_keeps_the_callers_ids():
    request = core.Originate_Application("Local/100@test", "Wait", data="1", async_=False)
    sent, t = prepare_originate(request)
    headers = dict(sent.headers())
    assert headers["Async"] == "true"
    assert headers["ChannelId"] == t.channel_id and len(t.channel_id) == 36
    assert headers["OtherChannelId"] == f"{t.channel_id};2"
    mine = dataclasses.replace(request, channel_id="mine-1")
    assert prepare_originate(mine)[1].other_channel_id == "mine-1;2"


def test_originate_refuses_another_action():
    with pytest.raises(InvalidInput, match="Originate request"):
        prepare_originate(core.Ping())  # type: ignore[arg-type]


def test_router_finds_the_calls_of_an_event_by_id_and_action_id():
    router: CallRouter[str] = CallRouter()
    one, two = tracker(), CallTracker("b0b", "b0b;2", "originate-b0b")
    router.follow("one", one)
    router.follow("two", two)
    assert router.route(leg("Newchannel", ONE, "0")) == ["one"]
    assert router.route(ev("Hangup", Uniqueid="b0b;2", Linkedid="b0b")) == ["two"]
    assert router.route(ev("BridgeEnter", Uniqueid="x", Linkedid="y")) == []
    assert router.route(response(True, "4", action_id="originate-b0b")) == ["two", "one"]
    router.forget("one")
    assert router.route(leg("Newchannel", ONE, "0")) == [] and len(router) == 1


# -- both clients against the simulator -------------------------------------------------


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator.running_in_thread() as simulator:
        yield simulator


@pytest.fixture
def manager(sim: Simulator) -> Iterator[Manager]:
    with Manager() as m:
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        yield m


def test_sync_answered_call_follows_both_local_legs_to_hangup(manager, sim):
    call = manager.originate(core.Originate_Application("Local/100@test", "Wait", data="1"))
    assert call.wait_answered(10) is True
    assert call.state in (CallState.UP, CallState.BRIDGED)
    assert sim.call(lambda s: s.channels.get(call.uniqueid) is not None)  # our ChannelId
    call.wait_hangup(10)
    # the application ended: Asterisk hangs the channel up with cause 0
    assert call.state is CallState.HUNGUP and call.cause == 0
    assert call.reason == core.ORIGINATE_RESULT_ANSWERED
    assert [x.uniqueid for x in call.legs] == [call.uniqueid, call.other_uniqueid]
    assert call.channel is not None and call.channel.endswith(";1")
    assert call.linkedid == call.uniqueid
    names = [e.name for e in call]
    assert names[0] == "Newchannel" and "OriginateResponse" in names and names[-1] == "Hangup"


def test_sync_busy_call_is_not_answered_and_says_why(manager):
    call = manager.originate(core.Originate_Application("Local/999@test", "Wait", data="1"))
    assert call.wait_answered(10) is False
    call.wait_hangup(10)
    assert (call.cause, call.cause_text) == (17, "User busy")


def test_sync_hangup_ends_a_long_call_and_waits_time_out_before(manager):
    call = manager.originate(core.Originate_Application("Local/101@test", "Wait", data="300"))
    assert call.wait_answered(10)
    with pytest.raises(AmiTimeout):
        call.wait_hangup(0.05)
    assert call.hangup().success
    call.wait_hangup(10)
    assert call.ended and call.cause is not None


def test_sync_originate_refused_by_asterisk_raises_and_stops_following(manager):
    from ami import ActionError

    with pytest.raises(ActionError):
        manager.originate(core.Originate_Application("nochannel", "Wait"))
    assert len(manager._calls._router) == 0  # no longer followed


def test_sync_a_dropped_connection_fails_the_waits(sim):
    with Manager() as m:
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        call = m.originate(core.Originate_Application("Local/101@test", "Wait", data="300"))
        assert call.wait_answered(10)
        m._drop(m._conn)  # as if the server went away
        with pytest.raises(ConnectionLost):
            call.wait_hangup(10)
        with pytest.raises(ConnectionLost):
            list(call)
    with Manager() as m:  # leave the simulator as found
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        m.send_action(core.Hangup(call.uniqueid))


def test_async_calls_answered_busy_and_hung_up(sim):
    async def main() -> None:
        async with AsyncManager(sim.host, sim.port, username="admin", secret="adminsecret") as m:
            ok = await m.originate(core.Originate_Application("Local/100@test", "Wait", data="1"))
            busy = await m.originate(core.Originate_Application("Local/999@test", "Wait"))
            long = await m.originate(
                core.Originate_Application("Local/101@test", "Wait", data="300")
            )
            assert await ok.wait_answered(10) is True
            assert await busy.wait_answered(10) is False
            assert await long.wait_answered(10) is True
            with pytest.raises(AmiTimeout):
                await long.wait_hangup(0.05)
            assert (await long.hangup()).success
            names = [e.name async for e in ok]
            assert names[0] == "Newchannel" and names[-1] == "Hangup"
            for call in (ok, busy, long):
                await call.wait_hangup(10)
                assert call.state is CallState.HUNGUP
            assert (busy.cause, busy.cause_text, ok.cause) == (17, "User busy", 0)
            assert ok.reason == core.ORIGINATE_RESULT_ANSWERED
            assert [x.uniqueid for x in ok.legs] == [ok.uniqueid, ok.other_uniqueid]

    asyncio.run(main())


def test_async_a_dropped_connection_fails_the_waits(sim):
    async def main() -> None:
        async with AsyncManager(sim.host, sim.port, username="admin", secret="adminsecret") as m:
            call = await m.originate(
                core.Originate_Application("Local/101@test", "Wait", data="300")
            )
            assert await call.wait_answered(10)
            assert m._conn is not None and m._conn.transport is not None
            m._conn.transport.abort()
            with pytest.raises(ConnectionLost):
                await call.wait_hangup(10)
            return call.uniqueid

    uid = asyncio.run(main())
    with Manager() as m:
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        m.send_action(core.Hangup(uid))


def test_sync_concurrent_calls_each_see_only_their_own_events(manager):
    calls = [
        manager.originate(core.Originate_Application("Local/100@test", "Wait", data="1"))
        for _ in range(5)
    ]
    for call in calls:
        call.wait_hangup(20)
        own = {call.uniqueid, call.other_uniqueid}
        for event in call:
            ids = {v for k, v in event.items() if k.lower().endswith(("uniqueid", "linkedid"))}
            assert ids & own or event.get("ActionID") == call.action_id, event
        assert [e.name for e in call].count("Hangup") == 2
    assert len({call.channel for call in calls}) == 5
    assert len(manager._calls._router) == 0  # each was forgotten once over


def test_sync_closing_the_manager_ends_the_waits_of_its_calls(sim):
    import threading

    with Manager() as m:
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        call = m.originate(core.Originate_Application("Local/101@test", "Wait", data="300"))
        assert call.wait_answered(10)
        errors: list[BaseException] = []

        def wait() -> None:
            try:
                call.wait_hangup(30)
            except BaseException as exc:
                errors.append(exc)

        waiter = threading.Thread(target=wait)
        waiter.start()
        m.close()
        waiter.join(10)
        assert not waiter.is_alive()
        assert isinstance(errors[0], ConnectionLost) and "disconnected" in str(errors[0])
    with Manager() as m:
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        m.send_action(core.Hangup(call.uniqueid))


def test_async_closing_the_manager_ends_the_waits_of_its_calls(sim):
    async def main() -> str:
        m = AsyncManager(sim.host, sim.port, username="admin", secret="adminsecret")
        async with m:
            call = await m.originate(
                core.Originate_Application("Local/101@test", "Wait", data="300")
            )
            assert await call.wait_answered(10)
            waiting = asyncio.ensure_future(call.wait_hangup(30))
            await asyncio.sleep(0)
        with pytest.raises(ConnectionLost):
            await asyncio.wait_for(waiting, 10)
        return call.uniqueid

    uid = asyncio.run(main())
    with Manager() as m:
        m.connect(sim.host, sim.port)
        m.login("admin", "adminsecret")
        m.send_action(core.Hangup(uid))


def test_sync_a_call_that_made_no_channel_ends_after_the_grace(manager):
    # an unknown technology makes no channel (a Local/ to a missing extension would:
    # Asterisk allocates the pair, which hangs up at once)
    call = manager.originate(core.Originate_Application("Bogus/nosuch", "Wait"))
    assert call.wait_answered(10) is False
    assert not call.ended  # a late channel could still come
    call.wait_hangup(10)
    assert call.ended and call.legs == [] and call.reason == core.ORIGINATE_RESULT_BAD_NUMBER
    assert len(manager._calls._router) == 0


def test_async_a_call_that_made_no_channel_ends_after_the_grace(sim):
    async def main() -> None:
        async with AsyncManager(sim.host, sim.port, username="admin", secret="adminsecret") as m:
            call = await m.originate(core.Originate_Application("Bogus/nosuch", "Wait"))
            assert await call.wait_answered(10) is False
            await call.wait_hangup(10)
            assert call.state is CallState.HUNGUP and call.legs == []
            assert [e.name async for e in call] == ["OriginateResponse"]
            assert len(m._calls._router) == 0

    asyncio.run(main())
