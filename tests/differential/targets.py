"""The two sides of the comparison: a real Asterisk, and the simulator.

The real server runs the whole corpus in one process (a fresh run directory per run);
before each scenario :func:`reset_real` brings it back to the state a fresh simulator has:
no channels, no dynamic queue members, static members unpaused at penalty 0, queue
statistics reset, custom device and presence states unset.
The simulator side starts a fresh simulator per scenario.
"""

from __future__ import annotations

import inspect
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ami_runtime.framing import FrameReader
from ami_runtime.message import Message
from ami_runtime.simulator import Simulator

from tests.asterisk_server import AsteriskServer
from tests.differential.corpus import Scenario
from tests.differential.runner import Record, run_scenario

__all__ = ["RealTarget", "reset_real", "run_on_simulator", "simulator_versions"]

QUEUES = ("support", "sales")


class _Admin:
    """A bare admin connection, events off, for setting up and resetting the real server."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.reader = FrameReader()
        self.frames: list[Message] = []
        self.n = 0
        self.ask(
            [
                ("Action", "Login"),
                ("Username", "admin"),
                ("Secret", "adminsecret"),
                ("Events", "off"),
            ]
        )

    def ask(self, headers: list[tuple[str, str]], timeout: float = 10.0) -> list[Message]:
        """Send an action; its response and, for a list, its items up to the completion."""
        self.n += 1
        aid = f"reset-{self.n}"
        data = b"".join(f"{k}: {v}\r\n".encode() for k, v in [*headers, ("ActionID", aid)])
        self.sock.sendall(data + b"\r\n")
        got: list[Message] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for msg in self.frames:
                if msg.get("ActionID") != aid:
                    continue
                got.append(msg)
                listing = (got[0].get("EventList") or "").lower() == "start"
                if not listing or (msg.get("EventList") or "").lower() == "complete":
                    self.frames.clear()
                    return got
            self.frames.clear()
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                break
            if not data:
                break
            self.frames.extend(
                Message.from_raw(raw)
                for raw in self.reader.feed(data)
                if not raw.startswith(b"Asterisk Call Manager")
            )
        return got

    def close(self) -> None:
        self.sock.close()


def reset_real(admin: _Admin) -> None:
    """Bring the real server back to a fresh simulator's state (see the module doc)."""
    admin.ask([("Action", "Ping")])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        chans = [
            m["Channel"]
            for m in admin.ask([("Action", "CoreShowChannels")])
            if m.get("Event") == "CoreShowChannel"
        ]
        parked = [
            m["ParkeeChannel"]
            for m in admin.ask([("Action", "ParkedCalls")])
            if m.get("Event") == "ParkedCall"
        ]
        if not chans and not parked:
            break
        for chan in {*chans, *parked}:
            admin.ask([("Action", "Hangup"), ("Channel", chan)])
        _wait_a_little(admin)
    for queue in QUEUES:
        for m in admin.ask([("Action", "QueueStatus"), ("Queue", queue)]):
            if m.get("Event") != "QueueMember":
                continue
            iface = m.get("Location", "")
            if m.get("Membership") == "dynamic":
                admin.ask([("Action", "QueueRemove"), ("Queue", queue), ("Interface", iface)])
                continue
            if m.get("Paused") == "1":
                admin.ask(
                    [
                        ("Action", "QueuePause"),
                        ("Queue", queue),
                        ("Interface", iface),
                        ("Paused", "false"),
                    ]
                )
            if m.get("Penalty") not in ("0", None):
                admin.ask(
                    [
                        ("Action", "QueuePenalty"),
                        ("Queue", queue),
                        ("Interface", iface),
                        ("Penalty", "0"),
                    ]
                )
        admin.ask([("Action", "QueueReset"), ("Queue", queue)])
    _reset_states(admin)


def _reset_states(admin: _Admin) -> None:
    """Custom device and presence states back to "not set".

    The parking lot's holding bridge stays once made (destroying it breaks parking), so
    BridgeList differs before and after the first parked call: the corpus runs in order.
    """
    for m in admin.ask([("Action", "DeviceStateList")]):
        device = m.get("Device") or ""
        if m.get("Event") == "DeviceStateChange" and device.startswith("Custom:"):
            admin.ask([("Action", "Setvar"), ("Variable", f"DEVICE_STATE({device})"),
                       ("Value", "UNKNOWN")])  # fmt: skip
            admin.ask([("Action", "DBDel"), ("Family", "CustomDevstate"),
                       ("Key", device.removeprefix("Custom:"))])  # fmt: skip
    for m in admin.ask([("Action", "PresenceStateList")]):
        provider = m.get("Presentity") or ""
        if (
            m.get("Event") == "PresenceStateChange"
            and provider.startswith("CustomPresence:")
            and m.get("Status") != "not_set"
        ):
            admin.ask([("Action", "Setvar"), ("Variable", f"PRESENCE_STATE({provider})"),
                       ("Value", "not_set")])  # fmt: skip
            admin.ask([("Action", "DBDel"), ("Family", "CustomPresence"),
                       ("Key", provider.removeprefix("CustomPresence:"))])  # fmt: skip


def _wait_a_little(admin: _Admin) -> None:
    # A round trip (Ping) gives the hangups time to run without a fixed sleep.
    admin.ask([("Action", "Ping")])


def wait_registered(port: int, timeout: float = 30.0) -> bool:
    """Wait until the PJSIP outbound registration ``pjreg`` says Registered."""
    admin = _Admin(port)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            regs = admin.ask([("Action", "PJSIPShowRegistrationsOutbound")])
            if any(m.get("Status") == "Registered" for m in regs):
                return True
            admin.ask([("Action", "PJSIPRegister"), ("Registration", "pjreg")])
            admin.ask([("Action", "Ping")])
        return False
    finally:
        admin.close()


class RealTarget:
    """A real Asterisk of one version, started for a whole run of the corpus."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.server = AsteriskServer(version)

    def __enter__(self) -> RealTarget:
        self.server.start()
        wait_registered(self.server.ami_port)
        # one connection for every reset: a login per scenario would send a SuccessfulAuth
        # event that may reach the next scenario's sessions
        self.admin = _Admin(self.server.ami_port)
        return self

    def __exit__(self, *exc: object) -> None:
        self.admin.close()
        self.server.cleanup()

    def run(self, scenario: Scenario) -> Record:
        reset_real(self.admin)
        return run_scenario(self.server.ami_port, scenario)


def simulator_versions() -> bool:
    """Whether this simulator takes an Asterisk version (else it is Asterisk 20)."""
    return "asterisk_version" in inspect.signature(Simulator.__init__).parameters


@contextmanager
def _simulator(version: str) -> Iterator[Simulator]:
    kwargs: dict[str, Any] = {}
    if simulator_versions():
        kwargs["asterisk_version"] = version
    with Simulator.running_in_thread(**kwargs) as sim:
        yield sim


def run_on_simulator(
    scenario: Scenario, version: str, budget: Callable[[int], float] | None = None
) -> Record:
    """``scenario`` on a fresh simulator posing as Asterisk ``version``."""
    with _simulator(version) as sim:
        return run_scenario(sim.port, scenario, budget)
