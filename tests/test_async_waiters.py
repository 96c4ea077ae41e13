"""``AsyncManager``'s actions in flight: each waits in one record (its future, its
deadline, its request) that the answer, the timeout, a cancellation or a dropped
connection removes, on the standard loop and on uvloop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from ami_runtime import Action, AmiTimeout, AsyncManager, ConnectionLost

from tests.replay_server import IO_TIMEOUT, FakeAmi, response_bytes

LOOPS = ["asyncio", "uvloop"]


def runner(loop_name: str) -> Callable[[Any], Any]:
    if loop_name == "uvloop":
        return pytest.importorskip("uvloop").run  # type: ignore[no-any-return]
    return asyncio.run


async def _until(predicate: Callable[[], bool]) -> bool:
    """Polls ``predicate`` on the loop for at most ``IO_TIMEOUT`` seconds."""
    for _ in range(int(IO_TIMEOUT / 0.01)):
        if predicate():
            return True
        await asyncio.sleep(0.01)
    return predicate()


@pytest.mark.parametrize("loop_name", LOOPS)
def test_cancelled_action_is_forgotten_and_its_late_answer_dropped(loop_name: str) -> None:
    async def main(server: FakeAmi) -> tuple[int, str | None]:
        async with AsyncManager(
            "127.0.0.1", server.port, username="admin", secret="adminsecret", events=False
        ) as m:
            task = asyncio.ensure_future(m.send_action(Action("Hold")))
            request = await asyncio.to_thread(server.wait_request, "Hold")
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            server.connection().reply(request)  # too late: nobody waits for it
            assert await _until(lambda: m.dropped_late == 1)
            pong = await asyncio.wait_for(m.send_action(Action("Ping")), IO_TIMEOUT)
            return m.dropped_late, pong.get("Ping")

    with FakeAmi(handlers={"hold": None}) as server:
        assert runner(loop_name)(main(server)) == (1, "Pong")


@pytest.mark.parametrize("loop_name", LOOPS)
def test_answer_read_after_a_cancel_but_before_the_task_runs_is_ignored(loop_name: str) -> None:
    # task.cancel() cancels the future at once, and the task forgets the action only
    # when it next runs: an answer read in between finds a done future, and must be
    # dropped there without an error out of the read callback.
    async def main(server: FakeAmi) -> tuple[bool, str | None]:
        async with AsyncManager(
            "127.0.0.1", server.port, username="admin", secret="adminsecret", events=False
        ) as m:
            task = asyncio.ensure_future(m.send_action(Action("Hold")))
            request = await asyncio.to_thread(server.wait_request, "Hold")
            task.cancel()
            conn = m._conn
            assert conn is not None and request.action_id is not None
            answer = [("Response", "Success"), ("ActionID", request.action_id)]
            conn.data_received(response_bytes(answer))  # as the loop would, same turn
            with pytest.raises(asyncio.CancelledError):
                await task
            pong = await asyncio.wait_for(m.send_action(Action("Ping")), IO_TIMEOUT)
            return m.is_connected(), pong.get("Ping")

    with FakeAmi(handlers={"hold": None}) as server:
        assert runner(loop_name)(main(server)) == (True, "Pong")


@pytest.mark.parametrize("loop_name", LOOPS)
def test_dropped_connection_fails_every_action_in_flight_at_once(loop_name: str) -> None:
    async def main(server: FakeAmi) -> list[str]:
        async with AsyncManager(
            "127.0.0.1", server.port, username="admin", secret="adminsecret", events=False
        ) as m:
            # Long timeouts, and one action without any: only the drop can end them.
            waits: list[float | None] = [60.0, None, 30.0]
            tasks = [
                asyncio.ensure_future(m.send_action(Action("Hold", N=str(i)), timeout=t))
                for i, t in enumerate(waits)
            ]
            await asyncio.to_thread(server.wait_request, "Hold", count=len(tasks))
            server.connection().close()
            done = await asyncio.wait_for(
                asyncio.gather(*tasks, return_exceptions=True), IO_TIMEOUT
            )
            return [type(result).__name__ for result in done]

    with FakeAmi(handlers={"hold": None}) as server:
        assert runner(loop_name)(main(server)) == [ConnectionLost.__name__] * 3


@pytest.mark.parametrize("loop_name", LOOPS)
def test_deadlines_still_expire_when_a_client_is_used_on_a_new_loop(loop_name: str) -> None:
    # The deadline timer belongs to a loop.  A client left connected on a first loop,
    # with the timer armed there, then connected again on a second: the old timer never
    # fires, and the second loop's actions (whose deadlines all come later) must get a
    # timer of their own.
    run = runner(loop_name)
    manager = AsyncManager()

    async def first(server: FakeAmi) -> asyncio.Future[Any]:
        manager.port = server.port
        await manager.connect()
        await manager.login("admin", "adminsecret", auth="plain", events=False)
        hold = asyncio.ensure_future(manager.send_action(Action("Hold"), timeout=0.4))
        await asyncio.to_thread(server.wait_request, "Hold")  # its deadline armed the timer
        return hold  # asyncio.run() cancels it and ends the loop, the manager left open

    async def second() -> str:
        await manager.connect()
        try:
            await manager.login("admin", "adminsecret", auth="plain", events=False)
            await asyncio.wait_for(manager.send_action(Action("Hold"), timeout=0.5), IO_TIMEOUT)
        except AmiTimeout as exc:
            return str(exc)
        finally:
            await manager.close()
        return "answered"

    with FakeAmi(handlers={"hold": None}) as server:
        run(first(server))
        assert "no answer within 0.5 s" in run(second())
