"""A queue wallboard on asyncio: one line per queue, redrawn on every queue event.
``python examples/wallboard.py [QUEUE] [--updates N]`` (N: stop after N redraws);
AMI_HOST, AMI_PORT, AMI_USERNAME, AMI_SECRET say where (the simulator by default)."""

import asyncio
import os
import sys

from ami import AsyncManager, core

host, port = os.environ.get("AMI_HOST", "127.0.0.1"), int(os.environ.get("AMI_PORT", "5038"))
user, secret = os.environ.get("AMI_USERNAME", "admin"), os.environ.get("AMI_SECRET", "adminsecret")
args = sys.argv[1:]
updates = int(args.pop(args.index("--updates") + 1)) if "--updates" in args else None
queue = next((a for a in args if a != "--updates"), None)


async def draw(manager: AsyncManager) -> None:
    summary = await manager.send_action(core.QueueSummary(queue))
    for q in summary.events:
        waiting = f"waiting {q.callers:3}  longest {q.longest_hold_time:4}s"
        print(f"{q.queue:12} {waiting}  agents {q.available}/{q.logged_in} free", flush=True)


async def main() -> None:
    async with AsyncManager(host, port, username=user, secret=secret) as manager:
        changes = manager.events("Queue*", "Agent*")  # before the first draw: nothing missed
        await draw(manager)
        count = 0
        async for event in changes:
            print(f"-- {event.name} {event.get('Queue', '')}", flush=True)
            await draw(manager)
            count += 1
            if count == updates:
                break


asyncio.run(main())
