"""``make bench-gateway``: ``ami gateway`` end to end, PBX -> gateway -> RabbitMQ -> consumer.

Starts its own RabbitMQ node on loopback (``tests/gateway/broker.py``), 30 simulated
PBXs on one event-loop thread of this process (real AMI over TCP), gateway processes
(``ami gateway``) and a lean consumer process (:class:`FastConsumer`), and measures:

* throughput: PBXs flood as fast as they can; records confirmed by the broker per
  second (the gateways' ``records_out`` metric) and records reaching the consumer, the
  most records a gateway held, and CPU per event of every party;
* latency at a steady rate (default 5,000 events/s): event emitted -> consumer, p50/p99,
  split at the gateway's ``received``; again beside ``--busy`` spinning processes;
* CPU of the gateway process per 1,000 events/s during the steady run;
* RPC: sequential Ping round trips (p50/p99) and concurrent Pings per second;
* the throughput curve for 1, 2 and 3 gateway processes.

Everything shares this machine's cores with the gateways: the per-party CPU figures
say what each costs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import socket
import struct
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "runtime"), str(ROOT)]

from tests.gateway.broker import Broker, free_port  # noqa: E402
from tests.gateway.fleet import (  # noqa: E402
    GatewayProcess,
    RpcClient,
    SimFleet,
    wait_until,
)


class FastConsumer:
    """The consumer, in a process of its own: a minimal AMQP 0-9-1 client on a plain
    socket (:func:`_consume`), one exclusive queue bound with ``#``, no acks.  It counts
    deliveries and, for the steady run's events, the latency from emission (header
    ``T``) to arrival, and costs a few µs per record, so that on a small machine the
    measure is the gateway and the broker rather than the consumer."""

    def __init__(self, url: str) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._count = ctx.Value("q", 0, lock=False)
        self._ready, self._stop = ctx.Event(), ctx.Event()
        self._path = Path(tempfile.mkstemp(prefix="amikit-lat-")[1])
        self._proc = ctx.Process(
            target=_consume, args=(url, self._count, self._ready, self._stop, str(self._path))
        )

    def __enter__(self) -> FastConsumer:
        self._proc.start()
        if not self._ready.wait(60):
            raise RuntimeError("the consumer did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._proc.join(30)

    @property
    def pid(self) -> int:
        return int(self._proc.pid or 0)

    @property
    def count(self) -> int:
        return int(self._count.value)

    def latencies(self) -> list[tuple[float, float]]:
        """Of every steady-run event so far, seconds from emission to the gateway's
        ``received`` and from there to the consumer (read from the process's file)."""
        self._stop.set()
        self._proc.join(30)
        rows = (line.split() for line in self._path.read_text().splitlines())
        return [(float(a), float(b)) for a, b in rows]


_DELIVER = struct.pack(">HH", 60, 60)  # basic.deliver
_FRAME_HEAD = struct.Struct(">BHI")


def _consume(url: str, count: Any, ready: Any, stop: Any, path: str) -> None:
    """Log in (pamqp writes and reads the handshake), declare, bind and consume with
    ``no_ack``; then read frames with ``struct`` only: a ``basic.deliver`` method frame
    counts one record, a body frame holding ``"T":"`` gives one latency."""
    from urllib.parse import unquote, urlsplit

    from pamqp import commands as spec
    from pamqp import frame

    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5672))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    pending = b""

    def send(*frames: Any, channel: int = 1) -> None:
        sock.sendall(b"".join(frame.marshal(f, channel) for f in frames))

    def expect(kind: type) -> Any:
        nonlocal pending
        while True:
            if pending:
                try:
                    used, _, value = frame.unmarshal(pending)
                except Exception:  # pamqp: not enough data yet
                    used = 0
                if used:
                    pending = pending[used:]
                    if isinstance(value, kind):
                        return value
                    continue
            data = sock.recv(65536)
            if not data:
                raise ConnectionError("the broker closed the connection")
            pending += data

    sock.sendall(b"AMQP\x00\x00\x09\x01")
    expect(spec.Connection.Start)
    login = f"\0{unquote(parts.username or 'guest')}\0{unquote(parts.password or 'guest')}"
    send(spec.Connection.StartOk(response=login), channel=0)
    tune = expect(spec.Connection.Tune)
    send(
        spec.Connection.TuneOk(tune.channel_max, tune.frame_max, 0),
        spec.Connection.Open(virtual_host=unquote(parts.path[1:]) or "/"),
        channel=0,
    )
    expect(spec.Connection.OpenOk)
    send(spec.Channel.Open())
    expect(spec.Channel.OpenOk)
    send(spec.Exchange.Declare(exchange="ami.events", exchange_type="topic", durable=True))
    expect(spec.Exchange.DeclareOk)
    send(spec.Queue.Declare(exclusive=True))
    queue = expect(spec.Queue.DeclareOk).queue
    send(spec.Queue.Bind(queue=queue, exchange="ami.events", routing_key="#"))
    expect(spec.Queue.BindOk)
    send(spec.Basic.Consume(queue=queue, no_ack=True))
    expect(spec.Basic.ConsumeOk)
    ready.set()

    buf, lat = bytearray(pending), []
    head, deliver, marker = _FRAME_HEAD.unpack_from, _DELIVER, b'"T":"'
    sock.settimeout(0.05)
    while not stop.is_set():
        try:
            data = sock.recv(1 << 20)
        except TimeoutError:
            continue
        if not data:
            break
        now = time.time()
        buf += data
        pos, end, n = 0, len(buf), 0
        while end - pos >= 8:
            kind, _, size = head(buf, pos)
            stop_at = pos + 8 + size
            if stop_at > end:
                break
            if kind == 1:
                n += buf[pos + 7 : pos + 11] == deliver
            elif kind == 3 and buf.find(marker, pos + 7, stop_at - 1) >= 0:
                record = json.loads(buf[pos + 7 : stop_at - 1])
                received = record["received"]
                lat.append((received - float(record["headers"]["T"]), now - received))
            pos = stop_at
        del buf[:pos]
        count.value += n
    Path(path).write_text("".join(f"{a!r} {b!r}\n" for a, b in lat))
    sock.close()


def metric(port: int, name: str) -> float:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
    for line in text.splitlines():
        if line.startswith(name + "{"):
            return float(line.rsplit(" ", 1)[1])
    raise KeyError(name)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def start_gateways(fleet: SimFleet, broker: Broker, n: int, workdir: Path, persistent: bool):
    gws, ports = [], []
    per = fleet.n // n
    for i in range(n):
        port = free_port()
        pbxs = range(i * per, (i + 1) * per if i < n - 1 else fleet.n)
        extra = f"metrics = 127.0.0.1:{port}\npersistent = {'yes' if persistent else 'no'}"
        # Each gateway is configured with its own slice: the curve measures throughput,
        # not ownership churn (the fault tests cover that).
        text = fleet.config(broker.url, f"bench-{n}-{i}", extra=extra, pbxs=pbxs)
        gws.append(GatewayProcess(text, workdir, f"bench-{n}-{i}").start())
        ports.append(port)
    return gws, ports


def held(ports: list[int]) -> float:
    total = 0.0
    for p in ports:
        try:
            total += metric(p, "ami_gateway_pbxs_connected")
        except OSError:
            pass
    return total


class Parties:
    """CPU seconds of everyone on the machine's cores during a run: the gateway
    processes, the broker (its Erlang VM), the consumer and this process (the simulated
    PBXs, on one event loop thread)."""

    def __init__(self, broker: Broker, gws: list[GatewayProcess], consumer: FastConsumer) -> None:
        assert broker.proc is not None
        group = broker.proc.pid  # rabbitmq-server runs in a session (and group) of its own
        self.pids: dict[str, list[int]] = {
            "gateway": [gw.proc.pid for gw in gws if gw.proc is not None],
            "broker": [p for p in _pids() if _pgrp(p) == group],
            "consumer": [consumer.pid],
        }

    def sample(self) -> dict[str, float]:
        out = {name: sum(_cpu_or_zero(p) for p in pids) for name, pids in self.pids.items()}
        out["pbxs"] = time.process_time()
        return out

    @staticmethod
    def per_event(before: dict[str, float], after: dict[str, float], events: int) -> dict:
        """µs of CPU per event, per party."""
        return {k: round((after[k] - before[k]) / events * 1e6, 1) for k in before}


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _pgrp(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[2])
    except (OSError, IndexError, ValueError):
        return -1


def _cpu_or_zero(pid: int) -> float:
    try:
        return cpu_seconds(pid)
    except OSError:
        return 0.0


def throughput(
    fleet: SimFleet, ports: list[int], consumer: FastConsumer, per_pbx: int, parties: Parties
) -> dict:
    out0 = sum(metric(p, "ami_gateway_records_out_total") for p in ports)
    seen0 = consumer.count
    total = per_pbx * fleet.n
    cpu0 = parties.sample()
    t0 = time.monotonic()
    fleet.flood(per_pbx, tag="bench")
    emitted = time.monotonic() - t0
    depth = 0.0  # the most records waiting in a gateway (or awaiting their confirm)

    def all_confirmed() -> bool:
        nonlocal depth
        depth = max([depth] + [metric(p, "ami_gateway_buffer_depth") for p in ports])
        return sum(metric(p, "ami_gateway_records_out_total") for p in ports) - out0 >= total

    wait_until(all_confirmed, 300, "every record confirmed", step=0.01)
    confirmed = time.monotonic() - t0
    wait_until(lambda: consumer.count - seen0 >= total, 300, "every record consumed", step=0.01)
    consumed = time.monotonic() - t0
    return {
        "events": total,
        "emit_s": round(emitted, 2),
        "confirmed_per_s": round(total / confirmed),
        "consumed_per_s": round(total / consumed),
        "max_buffer_depth": int(depth),
        "cpu_us_per_event": Parties.per_event(cpu0, parties.sample(), total),
    }


def run(args: argparse.Namespace) -> dict:
    results: dict = {
        "pbxs": args.pbxs,
        "persistent": args.persistent,
        "source": SOURCE.format(pbxs=args.pbxs),
    }
    print(results["source"], flush=True)
    broker = Broker()
    workdir = Path(tempfile.mkdtemp(prefix="amikit-bench-gw-"))
    broker.start()
    try:
        with SimFleet(args.pbxs) as fleet:
            curve = []
            for n in args.gateways:
                with FastConsumer(broker.url) as consumer:
                    gws, ports = start_gateways(fleet, broker, n, workdir, args.persistent)
                    try:
                        wait_until(lambda p=ports: held(p) == fleet.n, 60, "every PBX connected")
                        parties = Parties(broker, gws, consumer)
                        throughput(fleet, ports, consumer, 200, parties)  # warm-up
                        row = throughput(fleet, ports, consumer, args.events // fleet.n, parties)
                        row["gateways"] = n
                        curve.append(row)
                        print(f"{n} gateway(s): {row}", flush=True)
                        if n == 1:
                            for hogs in sorted({0, args.busy}):
                                key = "steady" if hogs == 0 else "steady_busy"
                                results[key] = steady(fleet, broker, gws[0], ports[0], args, hogs)
                                print(f"{key}: {results[key]}", flush=True)
                            results["rpc"] = rpc(broker, args.rpc)
                            print(f"rpc: {results['rpc']}", flush=True)
                    finally:
                        for gw in gws:
                            gw.stop()
            results["curve"] = curve
    finally:
        broker.cleanup()
    return results


SOURCE = (
    "event source: {pbxs} simulated PBXs (ami_runtime.simulator: real AMI over TCP on "
    "loopback, each UserEvent encoded by the simulator's session as for any client), on "
    "one event loop thread of this process"
)


def _spin(stop: Any) -> None:
    """A busy process: the other work of a shared machine."""
    n = 0
    while not stop.is_set():
        for _ in range(100_000):
            n += 1


class DepthWatch(threading.Thread):
    """The most records the gateway held (waiting, or awaiting their confirm), sampled
    every 50 ms: whether a late record waited in the gateway or after it."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.port, self.done = port, threading.Event()
        self.most = self.most_in_flight = 0

    def run(self) -> None:
        while not self.done.wait(0.05):
            with contextlib.suppress(OSError, KeyError):
                depth = int(metric(self.port, "ami_gateway_buffer_depth"))
                in_flight = int(metric(self.port, "ami_gateway_records_in_flight"))
                self.most = max(self.most, depth)
                self.most_in_flight = max(self.most_in_flight, in_flight)


def steady(
    fleet: SimFleet, broker: Broker, gw: GatewayProcess, port: int, args: argparse.Namespace,
    hogs: int,
) -> dict:  # fmt: skip
    """``args.rate`` events/s for ``args.seconds``; with ``hogs`` busy processes beside."""
    assert gw.proc is not None
    depth = DepthWatch(port)
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    spinners = [ctx.Process(target=_spin, args=(stop,), daemon=True) for _ in range(hogs)]
    with FastConsumer(broker.url) as consumer:
        for p in spinners:
            p.start()
        try:
            parties = Parties(broker, [gw], consumer)
            cpu0, t0 = parties.sample(), time.monotonic()
            depth.start()
            sent = fleet.flood_paced(args.rate, args.seconds)
            elapsed = time.monotonic() - t0
            cpu1 = parties.sample()
        finally:
            depth.done.set()
            stop.set()
            for p in spinners:
                p.join(10)
        wait_until(lambda: consumer.count >= sent, 60, "the steady run consumed")
        stages = consumer.latencies()
        lat = [(a + b) * 1000 for a, b in stages]
        to_gateway = [a * 1000 for a, _ in stages]
        onwards = [b * 1000 for _, b in stages]
    rate = sent / elapsed
    cpu = cpu1["gateway"] - cpu0["gateway"]
    return {
        "busy_processes": hogs,
        "rate_per_s": round(rate),
        "p50_ms": round(pct(lat, 50), 2),
        "p99_ms": round(pct(lat, 99), 2),
        "max_ms": round(max(lat), 2),
        # where the time goes: PBX -> gateway (until the gateway's ``received``), then
        # gateway -> broker -> consumer
        "p99_to_gateway_ms": round(pct(to_gateway, 99), 2),
        "p99_gateway_to_consumer_ms": round(pct(onwards, 99), 2),
        "max_buffer_depth": depth.most,
        "max_in_flight": depth.most_in_flight,
        "gateway_cpu_s_per_s": round(cpu / elapsed, 3),
        "cpu_per_1000_eps": round(cpu / elapsed / (rate / 1000), 3),
        "cpu_us_per_event": Parties.per_event(cpu0, cpu1, sent),
    }


def rpc(broker: Broker, count: int) -> dict:
    with RpcClient(broker.url) as client:
        for _ in range(5):  # the first call of a client takes ~80 ms (setting up): not counted
            client.call("pbx000", "Ping")
        rtts = []
        for _ in range(count):
            t = time.monotonic()
            reply = client.call("pbx000", "Ping")
            assert reply["ok"], reply
            rtts.append((time.monotonic() - t) * 1000)
        t = time.monotonic()
        with ThreadPoolExecutor(16) as pool:
            replies = list(
                pool.map(lambda i: client.call(f"pbx{i % 10:03d}", "Ping"), range(count))
            )
        concurrent = count / (time.monotonic() - t)
        assert all(r["ok"] for r in replies)
    return {
        "sequential_p50_ms": round(pct(rtts, 50), 2),
        "sequential_p99_ms": round(pct(rtts, 99), 2),
        "concurrent_per_s": round(concurrent),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pbxs", type=int, default=30)
    parser.add_argument("--events", type=int, default=60_000, help="per throughput run")
    parser.add_argument("--rate", type=float, default=5000.0, help="steady events/s")
    parser.add_argument("--seconds", type=float, default=10.0, help="steady run length")
    parser.add_argument("--rpc", type=int, default=300, help="RPC round trips")
    parser.add_argument(
        "--gateways", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2, 3]
    )
    parser.add_argument(
        "--busy", type=int, default=2, help="busy processes beside a second steady run (0: none)"
    )
    parser.add_argument("--persistent", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--json", type=Path, help="write the results here too")
    args = parser.parse_args()
    results = run(args)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    threading.excepthook = lambda a: None
    raise SystemExit(main())
