"""The gateway process: PBX links, the broker connection, ownership, RPC, metrics.

Ownership lives in RabbitMQ.  Each PBX has a durable queue ``ami.gateway.own.<pbx>``
declared with ``x-single-active-consumer``; every gateway consumes from every PBX's
queue, and the broker delivers to one consumer at a time.  The queue holds a token
message: the gateway it is delivered to holds the PBX and never acknowledges it.  When
that gateway's connection ends (exit, crash, kill -9, a heartbeat missed), the broker
puts the token back and gives it to the next consumer: the PBX moves, with no lease to
renew and no clock to trust.  A gateway holding more than its share (PBXs / live
gateways, learnt from a presence heartbeat) hands PBXs on: it cancels its consumer,
returns the token and consumes again at the back of the line.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import signal
import ssl
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import aio_pika
import aiormq
from aio_pika.abc import (
    AbstractChannel,
    AbstractIncomingMessage,
    AbstractQueue,
    AbstractRobustConnection,
)
from pamqp import commands as spec

from .._async.client import AsyncManager
from ..action import Request
from ..backoff import Backoff
from ..cli.catalogue import Catalogue
from ..errors import AmiError, ConnectionLost
from ..message import Event, Response
from .amqp import RecordChannel
from .config import GatewayConfig, PbxConfig, load_config
from .outbox import Outbox
from .records import OWNER, event_record, owner_record
from .rpc import RpcError, answer, check_request, reply_json

__all__ = ["Gateway"]

log = logging.getLogger("ami.gateway")

OWN_QUEUE = "ami.gateway.own.{}"
RPC_QUEUE = "ami.rpc.{}"
UNROUTED = "{}.unrouted"  # the RPC exchange's alternate exchange
UNROUTED_QUEUE = "ami.gateway.unrouted.{}"  # bound to it (no PBX's queue name can clash)
UNROUTED_TTL = 60.0  # seconds; fixed: every gateway declares this queue, whatever its config
PRESENCE = "ami.gateway.presence"
PRESENCE_EVERY = 1.0
PRESENCE_TIMEOUT = 3.5
BATCH = 1000  # records per write, at most
WINDOW = 5000  # records written and awaiting their confirms, at most
LINGER = 0.002  # s: while records keep coming, one write per LINGER, at most
TOKEN_DELIVERY_LIMIT = 2**31 - 1  # quorum queues: the token is never dropped for returns


class PbxLink:
    """One held PBX: an AsyncManager with reconnect, numbering its events."""

    #: The AMI client's own event queue (between its reader and the callback that
    #: numbers events).  That callback never awaits, so the queue holds at most what
    #: one turn of the event loop reads; the bound is a last resort, and what it drops
    #: is reported as a gap all the same.
    client_queue = 1_000_000

    def __init__(self, gateway: Gateway, cfg: PbxConfig, reason: str) -> None:
        self.gateway, self.cfg = gateway, cfg
        self.epoch = f"{gateway.name}/{time.time_ns() // 1000}"
        self.seq = 0
        self._dropped = 0
        self.manager: AsyncManager | None = None
        self.logged_in = asyncio.Event()
        gateway.outbox.put_control(
            f"{cfg.name}.{OWNER}",
            owner_record(cfg.name, self.epoch, gateway.name, time.time(), reason),
        )
        self.task = asyncio.get_running_loop().create_task(self._run())

    def _client_drops(self, manager: AsyncManager) -> None:
        """Events the client's own queue dropped since we last looked: they take
        sequence numbers all the same, reported as a gap like any other loss."""
        dropped = manager.dropped_events
        if dropped != self._dropped:
            first, self.seq = self.seq + 1, self.seq + dropped - self._dropped
            self._dropped = dropped
            self.gateway.outbox.report_gap(
                self.cfg.name, self.epoch, first, self.seq, "client queue overflow"
            )

    def _on_event(self, event: Event, manager: AsyncManager) -> None:
        cfg = self.cfg
        if manager.dropped_events != self._dropped:
            self._client_drops(manager)
        self.seq += 1
        name = event.name.replace(".", "_") or "Unknown"
        body = event_record(cfg.name, self.epoch, self.seq, time.time(), event, cfg.tags)
        self.gateway.outbox.put(cfg.name, self.epoch, self.seq, f"{cfg.name}.{name}", body)
        if name == "AmiDisconnected":
            self.logged_in.clear()
        elif name == "AmiReconnected":
            self.logged_in.set()

    def _tls(self) -> ssl.SSLContext | None:
        if not self.cfg.tls:
            return None
        return ssl.create_default_context(cafile=self.cfg.cafile)

    async def _run(self) -> None:
        cfg, failures = self.cfg, 0
        backoff = Backoff(base=0.5, cap=10.0)
        while True:
            try:
                tls = self._tls()
            except (OSError, ssl.SSLError) as exc:  # the cafile changed since it was read
                failures += 1
                log.warning("%s: TLS: cannot load cafile (%s); attempt %d", cfg.name, exc, failures)
                await asyncio.sleep(backoff.compute(failures))
                continue
            manager = AsyncManager(
                cfg.host,
                cfg.port,
                tls=tls,
                reconnect=True,
                backoff=backoff,
                max_queued_events=self.client_queue,
                keepalive=self.gateway.config.keepalive,
                logger=logging.getLogger(f"ami.gateway.pbx.{cfg.name}"),
            )
            manager.register_callback("", self._on_event)  # "": every event
            self._dropped = 0
            try:
                await manager.connect()
                await manager.login(cfg.username, cfg.secret, events=cfg.events)
            except asyncio.CancelledError:
                await manager.close()
                raise
            except AmiError as exc:
                await manager.close()
                failures += 1
                log.warning("%s: cannot log in (%s); attempt %d", cfg.name, exc, failures)
                await asyncio.sleep(backoff.compute(failures))
                continue
            self.manager = manager
            self.logged_in.set()
            log.info("%s: logged in to %s:%s", cfg.name, cfg.host, cfg.port)
            await asyncio.Future()  # until stopped; the manager reconnects by itself

    async def stop(self) -> None:
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass
        except Exception:  # a bug in the link must not stop the gateway's shutdown
            log.exception("%s: the link had failed", self.cfg.name)
        if self.manager is not None:
            await self.manager.close()
            self._client_drops(self.manager)  # dropped after the last event we numbered
        self.gateway.outbox.close_gap(self.cfg.name)

    @property
    def connected(self) -> bool:
        return self.logged_in.is_set()

    async def send(self, request: Request[Any], timeout: float) -> Response:
        """For RPC: wait (within ``timeout``) for a login, then send."""
        deadline = time.monotonic() + timeout
        try:
            await asyncio.wait_for(self.logged_in.wait(), timeout)
        except asyncio.TimeoutError:
            raise RpcError(
                "Timeout", f"PBX {self.cfg.name} not connected within {timeout:g} s"
            ) from None
        manager = self.manager
        if manager is None:
            raise ConnectionLost("not connected")
        return await manager.send_action(request, timeout=max(0.01, deadline - time.monotonic()))


class Gateway:
    """``await Gateway(config, actions).run()`` until :meth:`stop`."""

    def __init__(
        self, config: GatewayConfig, actions: Mapping[str, type[Request[Any]]],
        config_path: str | Path | None = None,
    ) -> None:  # fmt: skip
        self.config = config
        self.name = config.name
        self.config_path = config_path
        self.catalogue = Catalogue(actions)
        self.outbox = Outbox(config.buffer)
        self.links: dict[str, PbxLink] = {}
        self.tokens: dict[str, list[AbstractIncomingMessage]] = {}
        self.members: dict[str, float] = {}
        self._conn: AbstractRobustConnection | None = None
        self._pub: aiormq.Channel | None = None  # presence, RPC replies
        self._records: RecordChannel | None = None  # event, gap and owner records only
        self._own: AbstractChannel | None = None
        self._rpc: AbstractChannel | None = None
        self._own_queues: dict[str, AbstractQueue] = {}
        self._own_tags: dict[str, str] = {}
        self._rpc_queues: dict[str, AbstractQueue] = {}
        self._rpc_tags: dict[str, str] = {}
        self._broker_up = asyncio.Event()
        self._stopping = asyncio.Event()
        self._lock = asyncio.Lock()  # ownership changes, one at a time
        self._tasks: set[asyncio.Task[Any]] = set()
        self._acquired = 0.0  # when a PBX last came here (balancing waits a while after)
        self.rpc_answered = 0
        self.rpc_refused = 0
        self.takeovers = 0
        self.broker_failures = 0

    # -- lifecycle ------------------------------------------------------------------

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signal.SIGHUP, lambda: self._spawn(self.reload()))
            loop.add_signal_handler(signal.SIGTERM, self._stopping.set)
            loop.add_signal_handler(signal.SIGINT, self._stopping.set)
        metrics = None
        if self.config.metrics is not None:
            host, port = self.config.metrics
            metrics = await asyncio.start_server(self._serve_metrics, host, port)
        self._spawn(self._publish_loop())
        self._spawn(self._balance_loop())
        broker = self._spawn(self._broker_loop())
        log.info("gateway %s: %d PBXs configured", self.name, len(self.config.pbxs))
        await self._stopping.wait()
        await self._shutdown(broker)
        if metrics is not None:
            metrics.close()

    def stop(self) -> None:
        self._stopping.set()

    async def _shutdown(self, broker: asyncio.Task[Any]) -> None:
        """Hand every PBX on, publish what is buffered (for a few seconds), close."""
        async with self._lock:
            for pbx in list(self.links):
                await self._release(pbx, requeue=True)
        deadline = time.monotonic() + 5.0
        while len(self.outbox) and self._broker_up.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if len(self.outbox):  # lost with the process, as a killed gateway's buffer is
            log.warning("exiting with %d records unpublished", len(self.outbox))
        broker.cancel()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close()

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # -- broker ---------------------------------------------------------------------

    async def _broker_loop(self) -> None:
        failures = 0
        backoff = Backoff(base=0.5, cap=5.0)
        while not self._stopping.is_set():
            closed = asyncio.Event()
            try:
                conn = await aio_pika.connect(
                    self.config.broker.url, timeout=5, heartbeat=self.config.broker.heartbeat,
                    client_properties={"connection_name": f"ami-gateway {self.name}"},
                )  # fmt: skip
            except Exception as exc:  # aio-pika raises several kinds; all mean "not now"
                failures += 1
                log.warning("broker: cannot connect (%s); attempt %d", type(exc).__name__, failures)
                await asyncio.sleep(backoff.compute(failures))
                continue
            conn.close_callbacks.add(lambda *_, done=closed: done.set())
            try:
                await self._setup(conn)
            except Exception as exc:
                log.warning("broker: setup failed: %s", exc)
                with contextlib.suppress(Exception):
                    await conn.close()
                await asyncio.sleep(backoff.compute(failures))
                continue
            failures = 0
            log.info("broker: connected")
            await closed.wait()
            self.broker_failures += 1
            log.warning("broker: connection lost; buffering (%d waiting)", len(self.outbox))
            self._broker_up.clear()
            self._pub = self._own = self._rpc = self._records = None
            self._own_tags.clear()
            self._rpc_tags.clear()
            self.tokens.clear()  # the broker took them back with the connection
            self._spawn(self._orphan_watch())
            await asyncio.sleep(backoff.compute(1))

    async def _setup(self, conn: Any) -> None:
        cfg = self.config.broker
        self._conn = conn
        pub = await conn.channel(publisher_confirms=True)
        await pub.declare_exchange(cfg.exchange, aio_pika.ExchangeType.TOPIC, durable=True)
        rpc_ex = await self._declare_rpc_exchange(conn)
        presence = await pub.declare_exchange(PRESENCE, aio_pika.ExchangeType.FANOUT)
        mine = await pub.declare_queue("", exclusive=True, auto_delete=True)
        await mine.bind(presence)
        await mine.consume(self._on_presence, no_ack=True)
        self._pub = pub.channel  # aiormq's channel: publishing without aio-pika's wrapping
        records = await conn.channel(publisher_confirms=True)
        props = spec.Basic.Properties(
            delivery_mode=2 if cfg.persistent else 1, content_type="application/json"
        )
        self._records = RecordChannel(records.channel, cfg.exchange, props, self.outbox.changed.set)
        self._own = own = await conn.channel()
        await own.set_qos(prefetch_count=1)  # per consumer: one token at a time
        self._rpc = rpc = await conn.channel()
        await rpc.set_qos(prefetch_count=64)
        for pbx in self.config.pbxs:
            await self._declare(pbx, rpc_ex)
        unrouted = await rpc.declare_queue(
            UNROUTED_QUEUE.format(cfg.rpc_exchange),
            durable=True,
            arguments=self._rpc_queue_args(UNROUTED_TTL),
        )
        await unrouted.bind(UNROUTED.format(cfg.rpc_exchange))

        async def on_unrouted(message: AbstractIncomingMessage) -> None:
            self._spawn(self._on_unrouted(message))

        await unrouted.consume(on_unrouted)
        self._broker_up.set()
        # PBXs we hold already: claim them back first, the others a moment later, so a
        # broker restart does not hand the whole fleet to whoever reconnects first.
        for pbx in list(self.config.pbxs):
            if pbx in self.links:
                await self._consume_token(pbx)
        self._spawn(self._consume_rest_later())

    async def _declare_rpc_exchange(self, conn: Any) -> str:
        """The direct RPC exchange, with an alternate exchange that catches requests for
        a PBX no gateway has a queue for: every gateway consumes them and answers
        ``UnknownPbx``.  An exchange declared earlier without it is used as it is (an
        exchange's arguments are fixed), with a warning: then only ``mandatory``
        reports such requests, unless a policy sets the alternate exchange."""
        cfg = self.config.broker
        unrouted = UNROUTED.format(cfg.rpc_exchange)
        channel = await conn.channel()
        try:
            await channel.declare_exchange(unrouted, aio_pika.ExchangeType.FANOUT, durable=True)
            await channel.declare_exchange(
                cfg.rpc_exchange, aio_pika.ExchangeType.DIRECT, durable=True,
                arguments={"alternate-exchange": unrouted},
            )  # fmt: skip
        except aiormq.exceptions.ChannelPreconditionFailed:
            log.warning(
                "broker: exchange %s exists without alternate-exchange %s: requests for "
                "unknown PBXs get no reply (see docs/gateway.md to add it)",
                cfg.rpc_exchange, unrouted,
            )  # fmt: skip
            channel = await conn.channel()
            await channel.declare_exchange(cfg.rpc_exchange, passive=True)
        with contextlib.suppress(Exception):
            await channel.close()
        return cfg.rpc_exchange

    async def _consume_rest_later(self) -> None:
        await asyncio.sleep(1.0 if self.links else 0.0)
        for pbx in list(self.config.pbxs):
            if pbx not in self._own_tags and self._broker_up.is_set():
                await self._consume_token(pbx)

    async def _declare(self, pbx: str, rpc_ex: Any) -> None:
        assert self._own is not None and self._rpc is not None
        args: dict[str, Any] = {
            "x-single-active-consumer": True,
            "x-max-length": 1,
            "x-overflow": "drop-head",
            "x-queue-type": self.config.broker.queue_type,
        }
        if self.config.broker.queue_type == "quorum":
            # The token goes back to the queue at every handover and failover; RabbitMQ
            # 4 drops a quorum queue's message after 20 returns unless told otherwise.
            args["x-delivery-limit"] = TOKEN_DELIVERY_LIMIT
        queue = await self._own.declare_queue(OWN_QUEUE.format(pbx), durable=True, arguments=args)
        self._own_queues[pbx] = queue
        result = queue.declaration_result
        if result.message_count == 0 and result.consumer_count == 0:
            await self._own.default_exchange.publish(
                aio_pika.Message(b"token", delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                routing_key=OWN_QUEUE.format(pbx),
            )
        rq = await self._rpc.declare_queue(
            RPC_QUEUE.format(pbx), durable=True, arguments=self._rpc_queue_args()
        )
        await rq.bind(rpc_ex, routing_key=pbx)
        self._rpc_queues[pbx] = rq

    def _rpc_queue_args(self, ttl: float | None = None) -> dict[str, Any]:
        """Requests expire after ``ttl`` seconds (three RPC timeouts by default); with
        ``queue_type = quorum`` the queues are replicated too (a classic queue is left
        without the argument, as gateways before this option declared it)."""
        ms = int(self.config.rpc_timeout * 1000) * 3 if ttl is None else int(ttl * 1000)
        args: dict[str, Any] = {"x-message-ttl": ms}
        if self.config.broker.queue_type == "quorum":
            args["x-queue-type"] = "quorum"
        return args

    async def _consume_token(self, pbx: str) -> None:
        queue = self._own_queues.get(pbx)
        if queue is None or pbx in self._own_tags:
            return

        async def on_token(message: AbstractIncomingMessage) -> None:
            await self._on_token(pbx, message)

        try:
            self._own_tags[pbx] = await queue.consume(on_token)
        except Exception as exc:
            log.warning("%s: cannot consume its ownership queue: %s", pbx, exc)

    async def _orphan_watch(self) -> None:
        """After a broker outage, PBXs we still run whose token went elsewhere are let go."""
        await self._broker_up.wait()
        await asyncio.sleep(3.0)
        async with self._lock:
            for pbx in list(self.links):
                if not self.tokens.get(pbx) and self._broker_up.is_set():
                    log.info("%s: held by another gateway after the broker came back", pbx)
                    await self._release(pbx, requeue=False)

    # -- ownership ------------------------------------------------------------------

    async def _on_token(self, pbx: str, message: AbstractIncomingMessage) -> None:
        async with self._lock:
            self.tokens.setdefault(pbx, []).append(message)
            cfg = self.config.pbxs.get(pbx)
            if cfg is None or pbx in self.links:
                return
            reason = "takeover" if message.redelivered else "start"
            self._acquired = time.monotonic()
            self.takeovers += int(bool(message.redelivered))
            log.info("%s: now held here (%s)", pbx, reason)
            self.links[pbx] = PbxLink(self, cfg, reason)
            await self._consume_rpc(pbx)

    async def _consume_rpc(self, pbx: str) -> None:
        queue = self._rpc_queues.get(pbx)
        if queue is None or pbx in self._rpc_tags:
            return

        async def on_request(message: AbstractIncomingMessage) -> None:
            self._spawn(self._on_request(pbx, message))

        self._rpc_tags[pbx] = await queue.consume(on_request)

    async def _release(self, pbx: str, requeue: bool) -> None:
        """Stop holding ``pbx``; with ``requeue`` hand its token to the next gateway and
        queue again as a standby.  Called with the lock held."""
        link = self.links.pop(pbx, None)
        log.info("%s: released (%s)", pbx, "handed on" if requeue else "let go")
        with contextlib.suppress(Exception):
            if pbx in self._rpc_tags and pbx in self._rpc_queues:
                await self._rpc_queues[pbx].cancel(self._rpc_tags.pop(pbx))
        if link is not None:
            await link.stop()
        if not requeue or not self._broker_up.is_set():
            return
        with contextlib.suppress(Exception):
            if pbx in self._own_tags:
                await self._own_queues[pbx].cancel(self._own_tags.pop(pbx))
            for token in self.tokens.pop(pbx, []):
                await token.nack(requeue=True)
            if pbx in self.config.pbxs and not self._stopping.is_set():
                await self._consume_token(pbx)

    def _on_presence(self, message: AbstractIncomingMessage) -> None:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            self.members[str(json.loads(message.body)["gateway"])] = time.monotonic()

    def live_gateways(self) -> int:
        now = time.monotonic()
        alive = {g for g, seen in self.members.items() if now - seen < PRESENCE_TIMEOUT}
        return len(alive | {self.name})

    async def _balance_loop(self) -> None:
        stable_since, last = time.monotonic(), 0
        while True:
            await asyncio.sleep(PRESENCE_EVERY)
            if not self._broker_up.is_set() or self._pub is None:
                continue
            with contextlib.suppress(Exception):
                body = json.dumps({"gateway": self.name, "held": len(self.links)}).encode()
                await self._pub.basic_publish(body, exchange=PRESENCE, routing_key="")
            live = self.live_gateways()
            if live != last:
                stable_since, last = time.monotonic(), live
            fair = math.ceil(len(self.config.pbxs) / live)
            # A takeover means a gateway died, and its presence lingers for PRESENCE_TIMEOUT:
            # until it has gone, the share would count it and hand PBXs on for nothing.
            settled = time.monotonic() - max(stable_since, self._acquired)
            if len(self.links) > fair and settled > PRESENCE_TIMEOUT + PRESENCE_EVERY:
                async with self._lock:
                    extra = sorted(self.links)[fair:]
                    log.info(
                        "holding %d, fair share %d: handing %d on",
                        len(self.links),
                        fair,
                        len(extra),
                    )
                    await asyncio.gather(*(self._release(p, requeue=True) for p in extra))

    # -- publishing -----------------------------------------------------------------

    async def _publish_loop(self) -> None:
        """Publish the outbox on the records channel while the broker is up; after a
        failure, everything not confirmed is written again from the oldest (duplicates,
        never a hole)."""
        while True:
            await self._broker_up.wait()
            channel = self._records
            if channel is None or channel.closed:
                self.outbox.rewind()
                if channel is not None and self._broker_up.is_set():
                    # The channel closed under a live connection: start the connection
                    # again (its close callback reconnects), instead of spinning on it.
                    await self._restart_broker("the publishing channel closed")
                else:
                    await asyncio.sleep(0.05)
                continue
            await self._publish_on(channel)

    async def _publish_on(self, channel: RecordChannel) -> None:
        """Write what waits, up to WINDOW records unconfirmed: a record after a quiet
        spell goes at once, a steady stream goes in one write per LINGER at most (a
        batch grows with the load, up to BATCH), and writing never waits for a confirm.
        A record leaves the outbox when the broker has confirmed it."""
        outbox, loop = self.outbox, asyncio.get_running_loop()
        last = 0.0  # when the last write went
        while not channel.closed:
            confirmed = channel.take_confirmed()
            if confirmed:
                outbox.done(confirmed)
            if channel.refused:  # a nack: write again everything after the last ack
                log.warning("broker: a record was refused (nack); publishing again")
                outbox.rewind()
                channel.restart()
                await asyncio.sleep(0.05)
                continue
            room = WINDOW - outbox.in_flight
            if room > 0 and outbox.waiting:
                linger = last + LINGER - loop.time()
                if linger > 0 and outbox.waiting < BATCH:
                    # Records keep coming: gather LINGER's worth into one write.  However
                    # they trickle in, the writes (and the broker's reads and acks) stay
                    # under 1/LINGER per second, for at most LINGER of delay.
                    await asyncio.sleep(linger)
                    continue
                last = loop.time()
                await channel.write(outbox.take(min(room, BATCH)))
                continue
            outbox.changed.clear()
            await outbox.idle()
        outbox.rewind()

    async def _restart_broker(self, why: str) -> None:
        log.warning("broker: %s; reconnecting", why)
        self._broker_up.clear()
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()
        await asyncio.sleep(0.1)

    # -- RPC ------------------------------------------------------------------------

    async def _on_request(self, pbx: str, message: AbstractIncomingMessage) -> None:
        role = self.config.role_of(message.user_id)
        action = "?"
        try:
            checked = check_request(message.body, role, self.catalogue, self.config.rpc_timeout)
        except RpcError as exc:
            self.rpc_refused += 1
            log.info("rpc %s from %s refused: %s", pbx, message.user_id or "-", exc.type)
            body = reply_json(pbx, action, error=exc)
        else:
            action = checked.action
            link = self.links.get(pbx)
            if link is None:
                err = RpcError("PbxUnavailable", f"PBX {pbx} is not held by this gateway")
                body = reply_json(pbx, action, error=err)
            else:
                body = await answer(pbx, checked, link.send)
            self.rpc_answered += 1
        await self._reply(message, body)

    async def _on_unrouted(self, message: AbstractIncomingMessage) -> None:
        """A request no PBX queue took: the PBX is configured in no gateway."""
        pbx = message.routing_key or ""
        action = "?"
        with contextlib.suppress(ValueError, UnicodeDecodeError, AttributeError, TypeError):
            action = str(json.loads(message.body).get("action", "?"))
        self.rpc_refused += 1
        log.info("rpc for unknown PBX %r from %s", pbx, message.user_id or "-")
        error = RpcError("UnknownPbx", f"no gateway serves PBX {pbx!r}")
        await self._reply(message, reply_json(pbx, action, error=error))

    async def _reply(self, message: AbstractIncomingMessage, body: bytes) -> None:
        if message.reply_to and self._pub is not None:
            with contextlib.suppress(Exception):
                await self._pub.basic_publish(
                    body,
                    exchange="",
                    routing_key=message.reply_to,
                    properties=spec.Basic.Properties(
                        correlation_id=message.correlation_id, content_type="application/json"
                    ),
                )
        with contextlib.suppress(Exception):
            await message.ack()

    # -- reload and metrics ---------------------------------------------------------

    async def reload(self) -> None:
        """Read the config file again; PBXs whose settings did not change are untouched."""
        if self.config_path is None:
            return
        try:
            new = load_config(self.config_path)
        except AmiError as exc:
            log.error("reload: %s; keeping the old configuration", exc)
            return
        async with self._lock:
            old = self.config
            self.config = new
            for pbx, cfg in old.pbxs.items():
                if new.pbxs.get(pbx) != cfg:
                    await self._release(pbx, requeue=pbx in new.pbxs)
                    if pbx not in new.pbxs:
                        with contextlib.suppress(Exception):
                            if pbx in self._own_tags:
                                await self._own_queues[pbx].cancel(self._own_tags.pop(pbx))
                            for token in self.tokens.pop(pbx, []):
                                await token.nack(requeue=True)
            if self._broker_up.is_set() and self._pub is not None and self._rpc is not None:
                rpc_ex = new.broker.rpc_exchange
                for pbx in new.pbxs:
                    if pbx not in old.pbxs:
                        await self._declare(pbx, rpc_ex)
                        await self._consume_token(pbx)
        log.info("reload: %d PBXs configured, %d held here", len(new.pbxs), len(self.links))

    def metrics_text(self) -> str:
        o = self.outbox
        rows = [
            ("ami_gateway_pbxs_configured", "gauge", len(self.config.pbxs)),
            ("ami_gateway_pbxs_held", "gauge", len(self.links)),
            (
                "ami_gateway_pbxs_connected",
                "gauge",
                sum(link.connected for link in self.links.values()),
            ),
            ("ami_gateway_broker_connected", "gauge", int(self._broker_up.is_set())),
            ("ami_gateway_events_in_total", "counter", o.accepted + o.dropped),
            ("ami_gateway_records_out_total", "counter", o.published),
            ("ami_gateway_buffer_depth", "gauge", len(o)),
            ("ami_gateway_records_in_flight", "gauge", o.in_flight),
            ("ami_gateway_buffer_capacity", "gauge", o.capacity),
            ("ami_gateway_events_dropped_total", "counter", o.dropped),
            ("ami_gateway_gaps_total", "counter", o.gaps),
            ("ami_gateway_takeovers_total", "counter", self.takeovers),
            ("ami_gateway_broker_disconnects_total", "counter", self.broker_failures),
            ("ami_gateway_rpc_answered_total", "counter", self.rpc_answered),
            ("ami_gateway_rpc_refused_total", "counter", self.rpc_refused),
        ]
        lines = []
        for name, kind, value in rows:
            lines += [f"# TYPE {name} {kind}", f'{name}{{gateway="{self.name}"}} {value}']
        return "\n".join(lines) + "\n"

    async def _serve_metrics(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            body = self.metrics_text().encode()
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode() + body)
            await writer.drain()
        except (
            asyncio.TimeoutError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            ConnectionError,
        ):
            pass
        finally:
            writer.close()
