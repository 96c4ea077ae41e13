"""Call handles against a real Asterisk: Local and PJSIP calls answered, busy and failed.

``PJSIP/<exten>@pjself`` comes back into Asterisk as endpoint pjpeer and runs ``exten`` of
``test`` (200: Echo, answered; 999: ``Hangup(17)``, busy).  Each call is short (Wait 1).
"""

from __future__ import annotations

import asyncio

from ami import AsyncManager, CallState, Manager, core

from tests.asterisk_server import AsteriskServer
from tests.live import verified


def test_sync_calls_local_answered_and_pjsip_busy_and_unknown_extension(
    asterisk: AsteriskServer,
) -> None:
    with Manager() as manager:
        manager.connect(asterisk.host, asterisk.ami_port)
        manager.login("admin", "adminsecret")
        local = manager.originate(core.Originate_Application("Local/100@test", "Wait", data="1"))
        busy = manager.originate(core.Originate_Application("PJSIP/999@pjself", "Wait"))
        nowhere = manager.originate(core.Originate_Application("Local/nope@test", "Wait"))
        local_busy = manager.originate(core.Originate_Application("Local/999@test", "Wait"))
        no_endpoint = manager.originate(core.Originate_Application("PJSIP/nobody", "Wait"))
        assert local.wait_answered(20) is True
        for call in (busy, nowhere, local_busy, no_endpoint):
            assert call.wait_answered(20) is False
        for call in (local, busy, nowhere, local_busy, no_endpoint):
            call.wait_hangup(20)
            assert call.state is CallState.HUNGUP
        assert [leg.uniqueid for leg in local.legs] == [local.uniqueid, local.other_uniqueid]
        assert local.channel is not None and local.channel.startswith("Local/100@test-")
        assert local.linkedid == local.uniqueid
        assert local.reason == core.ORIGINATE_RESULT_ANSWERED
        # Asterisk says Reason 0 for busy; the hangup cause says why.
        assert (busy.cause, busy.cause_text) == (17, "User busy")
        assert busy.reason == core.ORIGINATE_RESULT_BAD_NUMBER
        assert nowhere.reason == core.ORIGINATE_RESULT_BAD_NUMBER
        assert (local_busy.cause, local_busy.cause_text) == (17, "User busy")
        assert len(local_busy.legs) == 2 and all(leg.hungup for leg in local_busy.legs)
        assert no_endpoint.legs == [] and no_endpoint.cause is None  # no channel was made
        names = [event.name for event in local]
        assert names[0] == "Newchannel" and "OriginateResponse" in names
        assert names.count("Hangup") == 2
    verified.record("action", "Originate_Application", asterisk.version)


def test_async_pjsip_call_answered_bridged_then_hung_up_by_its_handle(
    asterisk: AsteriskServer,
) -> None:
    async def main() -> None:
        async with AsyncManager(
            asterisk.host, asterisk.ami_port, username="admin", secret="adminsecret"
        ) as manager:
            # The PJSIP leg answers (Echo on the far side), then dials a Local channel
            # that answers: the leg enters a bridge.
            request = core.Originate_Application("PJSIP/200@pjself", "Dial", data="Local/101@test")
            call = await manager.originate(request)
            assert await call.wait_answered(20) is True
            assert call.channel is not None and call.channel.startswith("PJSIP/pjself-")
            async for event in call.events(timeout=20):
                if event.name == "BridgeEnter" and event["Uniqueid"] == call.uniqueid:
                    break
            assert call.state is CallState.BRIDGED
            assert (await call.hangup()).success
            await call.wait_hangup(20)
            assert call.state is CallState.HUNGUP and call.cause is not None
            assert call.legs[0].uniqueid == call.uniqueid and len(call.legs) == 1
            assert "Hangup" in [event.name async for event in call]

    asyncio.run(main())
    verified.record("action", "Originate_Context", asterisk.version)
