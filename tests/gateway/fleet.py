"""Helpers for the gateway tests and bench: simulated PBXs, gateway processes, a consumer."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from ssl import SSLContext
from typing import Any

import aio_pika
from ami_runtime.simulator import Simulator
from ami_runtime.simulator.events import SimEvent
from ami_runtime.simulator.privileges import CLASSES

ROOT = Path(__file__).resolve().parents[2]
USER = CLASSES["user"]


def wait_until(cond: Callable[[], bool], timeout: float, what: str, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(step)


class SimFleet:
    """``n`` simulators on one event loop thread (``with SimFleet(200) as fleet``)."""

    def __init__(self, n: int, ssl: SSLContext | None = None) -> None:
        self.n, self.ssl = n, ssl
        self.loop = asyncio.new_event_loop()
        self.sims: list[Simulator] = []
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> SimFleet:
        self.thread.start()
        self.run(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        self.run(self._stop(), timeout=60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    async def _start(self) -> None:
        for _ in range(self.n):
            sim = Simulator(auth_fail_delay=0.05, ssl=self.ssl)
            await sim.start()
            self.sims.append(sim)

    async def _stop(self) -> None:
        for sim in self.sims:
            await sim.stop()

    def run(self, coro: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def flood(
        self, count: int, tag: str = "flood", which: Iterable[int] | None = None,
        interval: float = 0.0, start: int = 1,
    ) -> None:  # fmt: skip
        """UserEvents ``start``..``start+count-1`` (header ``N``) from each chosen PBX, in
        order; with ``interval``, one round every ``interval`` seconds."""
        chosen = list(range(self.n) if which is None else which)

        async def go() -> None:
            for i in range(start, start + count):
                for k in chosen:
                    self.sims[k].state.emit(
                        SimEvent("UserEvent", USER, (("UserEvent", tag), ("N", str(i))))
                    )
                if interval:
                    await asyncio.sleep(interval)
                elif i % 50 == 0:
                    await asyncio.sleep(0)  # let the sessions write

        self.run(go(), timeout=300)

    def flood_paced(self, rate: float, seconds: float, tag: str = "paced") -> int:
        """About ``rate`` events/s in total over the fleet for ``seconds``; the count sent."""

        async def go() -> int:
            sent, start = 0, time.monotonic()
            while (elapsed := time.monotonic() - start) < seconds:
                due = int(elapsed * rate)
                while sent < due:
                    sim = self.sims[sent % self.n]
                    sim.state.emit(
                        SimEvent("UserEvent", USER, (("UserEvent", tag), ("T", repr(time.time()))))
                    )
                    sent += 1
                await asyncio.sleep(0.002)
            return sent

        return int(self.run(go(), timeout=seconds + 60))

    def config(
        self, broker_url: str, name: str, extra: str = "", pbxs: Iterable[int] | None = None,
        pbx_extra: str = "",
    ) -> str:  # fmt: skip
        lines = [
            "[gateway]",
            f"name = {name}",
            f"broker = {broker_url}",
            "rpc_timeout = 3",
            extra,
        ]
        for k in range(self.n) if pbxs is None else pbxs:
            sim = self.sims[k]
            lines += [
                f"[pbx:pbx{k:03d}]",
                f"host = {sim.host}",
                f"port = {sim.port}",
                "username = admin",
                "secret = adminsecret",
                "tags = test",
                pbx_extra,
            ]
        return "\n".join(lines) + "\n"


class GatewayProcess:
    """``ami gateway --config FILE`` as a child process."""

    def __init__(self, config_text: str, workdir: Path, name: str) -> None:
        self.path = workdir / f"{name}.ini"
        self.path.write_text(config_text)
        self.log = workdir / f"{name}.log"
        self.name = name
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> GatewayProcess:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT / "generated"), str(ROOT / "runtime"), env.get("PYTHONPATH", "")]
        )
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "ami", "gateway", "--config", str(self.path)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        return self

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def kill9(self) -> None:
        self.signal(signal.SIGKILL)
        assert self.proc is not None
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class Consumer:
    """Every record on the events exchange, collected per PBX, on a thread of its own."""

    def __init__(self, url: str, binding: str = "#") -> None:
        self.url, self.binding = url, binding
        self.records: dict[str, list[dict[str, Any]]] = {}
        self.count = 0
        self.latencies: list[float] = []
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._conn: Any = None
        self.lock = threading.Lock()

    def __enter__(self) -> Consumer:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(30)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._conn.close(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    async def _start(self) -> None:
        self._conn = await aio_pika.connect_robust(self.url)
        channel = await self._conn.channel()
        await channel.set_qos(prefetch_count=5000)
        exchange = await channel.declare_exchange(
            "ami.events", aio_pika.ExchangeType.TOPIC, durable=True
        )
        # Durable, so that a broker restart keeps what it held (persistent records).
        queue = await channel.declare_queue(f"test-consumer-{id(self)}", durable=True)
        await queue.bind(exchange, self.binding)
        await queue.consume(self._on_message)

    async def _on_message(self, message: aio_pika.abc.AbstractIncomingMessage) -> None:
        record = json.loads(message.body)
        now = time.time()
        with self.lock:
            self.records.setdefault(record["pbx"], []).append(record)
            self.count += 1
            if record.get("event") == "UserEvent" and "T" in record.get("headers", {}):
                self.latencies.append(now - float(record["headers"]["T"]))
        await message.ack()

    def events(self, pbx: str, tag: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [
                r
                for r in self.records.get(pbx, [])
                if r["type"] == "event" and (tag is None or r["headers"].get("UserEvent") == tag)
            ]

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for rs in self.records.values() for r in rs if r["type"] == kind]


class RpcClient:
    """Synchronous AMQP RPC for the tests: ``call(pbx, action, fields)`` -> reply dict."""

    def __init__(self, url: str, exchange: str = "ami.rpc", alternate: bool = True) -> None:
        self.url, self.exchange_name, self.alternate = url, exchange, alternate
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> RpcClient:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(30)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.conn.close(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    async def _start(self) -> None:
        self.conn = await aio_pika.connect_robust(self.url)
        self.channel = await self.conn.channel()
        # Declared as the gateway declares it (an exchange's arguments must match).
        arguments = {"alternate-exchange": f"{self.exchange_name}.unrouted"}
        self.exchange = await self.channel.declare_exchange(
            self.exchange_name, aio_pika.ExchangeType.DIRECT, durable=True,
            arguments=arguments if self.alternate else None,
        )  # fmt: skip
        self.replies = await self.channel.declare_queue("", exclusive=True)
        self.waiting: dict[str, asyncio.Future[dict[str, Any]]] = {}
        await self.replies.consume(self._on_reply, no_ack=True)

    async def _on_reply(self, message: aio_pika.abc.AbstractIncomingMessage) -> None:
        future = self.waiting.pop(message.correlation_id or "", None)
        if future is not None and not future.done():
            future.set_result(json.loads(message.body))

    async def _call(
        self, pbx: str, body: bytes, timeout: float, user: str | None
    ) -> dict[str, Any]:
        cid = os.urandom(8).hex()
        future = self.loop.create_future()
        self.waiting[cid] = future
        await self.exchange.publish(
            aio_pika.Message(body, reply_to=self.replies.name, correlation_id=cid, user_id=user),
            routing_key=pbx,
        )
        return await asyncio.wait_for(future, timeout)

    def call(
        self, pbx: str, action: str, fields: dict[str, Any] | None = None, *, timeout: float = 20,
        user: str | None = None, raw: bytes | None = None, rpc_timeout: float | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        request: dict[str, Any] = {"action": action, "fields": fields or {}}
        if rpc_timeout is not None:
            request["timeout"] = rpc_timeout
        body = raw if raw is not None else json.dumps(request).encode()
        coro = self._call(pbx, body, timeout, user)
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout + 5)  # type: ignore[no-any-return]
