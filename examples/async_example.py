"""The asyncio client in a few lines: run `python -m ami.simulator` first, or set AMI_HOST."""

import asyncio
import os

from ami import AsyncManager, ConnectionLost, Event, core

host, port = os.environ.get("AMI_HOST", "127.0.0.1"), int(os.environ.get("AMI_PORT", "5038"))
user, secret = os.environ.get("AMI_USERNAME", "admin"), os.environ.get("AMI_SECRET", "adminsecret")


async def main() -> None:
    # `async with` connects and logs in (Challenge/MD5); leaving it closes the connection.
    async with AsyncManager(host, port, username=user, secret=secret) as manager:
        await manager.send_action(core.DBPut("example", "answer", "42"))
        reply = await manager.send_action(core.DBGet("example", "answer"))
        print("DBGet example/answer:", reply.events[0]["Val"])  # DBGet answers with a list

        async def first_hangup() -> Event:
            async for event in manager.events("Hangup"):
                return event
            raise ConnectionLost("the session ended before any Hangup")

        hangup = asyncio.create_task(first_hangup())
        await asyncio.sleep(0)  # let the task subscribe before the call starts
        call = core.Originate_Application("Local/100@test", "Wait", data="1")
        print("Originate:", (await manager.send_action(call)).message)
        event = await asyncio.wait_for(hangup, timeout=5)
        print("hung up:", event["Channel"], event["Cause-txt"])
        print("Logoff:", (await manager.send_action(core.Logoff())).message)


asyncio.run(main())
