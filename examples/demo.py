"""A tour of the Asterisk Manager Interface with amikit's two clients.

    make demo                                     # against the embedded simulator
    python examples/demo.py                       # the same, in an environment with amikit
    AMI_SECRET=... python examples/demo.py --host pbx.example.com --username admin

With no ``--host`` (and no ``AMI_HOST``), the demo starts amikit's Asterisk 20 simulator in
this process and talks to it over TCP like to any PBX.  Against a real Asterisk, choose a
channel your dialplan can call (``--channel``, default ``Local/100@test``) and an existing
queue (``--queue``, default ``support``).  The demo cleans up after itself: the call hangs
up on its own, the AstDB keys and the queue member it adds are removed again.

Part 1 uses the blocking ``ami.Manager``, Part 2 the asyncio ``ami.AsyncManager``.  Both do
the same tour: MD5 login, an Originate whose events stream to the terminal,
CoreShowChannels, AstDB, queue operations, GetConfig, a CLI Command, and Logoff.

Exit status: 0 when every step worked, 1 when the server refused a step or an error
stopped the demo, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

try:
    from ami import AmiError, AsyncManager, AuthenticationError, Event, Manager, core
    from ami.simulator import Simulator
except ImportError as exc:  # not installed: say how to fix it rather than show a traceback
    sys.exit(f"demo: cannot import amikit ({exc}); run `make demo`, or `pip install -e .` first")

from demo_display import Display, channel_rows, describe_event, member_rows

ANSWER_TIMEOUT = 15.0  # seconds to wait for OriginateResponse
HANGUP_TIMEOUT = 10.0  # seconds to wait for the call to end on its own
SETTLE_TIMEOUT = 2.0  # seconds to wait for the answered call's dialplan to get going


@dataclass
class Options:
    host: str
    port: int
    username: str
    secret: str = field(repr=False)
    channel: str
    queue: str


# -- following one call -------------------------------------------------------------------


@dataclass
class Call:
    """The events of the call we originate, told apart from everything else on the server.

    We choose the first channel's Uniqueid ourselves (Originate's ``ChannelId``), and every
    channel of a call carries the first one's Uniqueid as its ``Linkedid``
    (main/channel.c); DialBegin and LocalBridge spell it ``DestLinkedid`` and
    ``LocalOneLinkedid``.  OriginateResponse is matched by the ActionID we send.
    """

    call_id: str
    started: float = field(default_factory=time.monotonic)
    response: Event | None = None  # the OriginateResponse
    live: set[str] = field(default_factory=set)  # channels not yet hung up
    apps: dict[str, str] = field(default_factory=dict)  # channel -> its dialplan application

    def feed(self, event: Event) -> bool:
        """Record ``event`` if it belongs to this call; say whether it did."""
        ours = event.action_id == self.call_id or any(
            key.endswith("Linkedid") and value == self.call_id for key, value in event.pairs
        )
        if ours:
            if event.name == "Newchannel":
                self.live.add(event.get("Channel", ""))
            elif event.name == "Hangup":
                self.live.discard(event.get("Channel", ""))
            elif event.name == "OriginateResponse":
                self.response = event
            elif event.name == "Newexten":
                self.apps[event.get("Channel", "")] = event.get("Application", "")
        return ours

    @property
    def answered(self) -> bool:
        return self.response is not None and self.response.get("Response") == "Success"

    @property
    def settled(self) -> bool:
        """Its dialplan is past Answer(), which waits up to 500 ms for the first media."""
        running = [app for chan, app in self.apps.items() if chan in self.live]
        return bool(running) and "Answer" not in running

    @property
    def ended(self) -> bool:
        return self.response is not None and not self.live


def new_call_id(part: str) -> str:
    return f"amikit-demo-{part}-{os.getpid()}-{int(time.time() * 1000)}"


def originate(opts: Options, call_id: str) -> core.Originate_Application:
    """Call ``opts.channel`` and run Wait(2) on it: a two-second call that ends by itself."""
    return core.Originate_Application(
        opts.channel, "Wait", data="2", timeout=10_000, channel_id=call_id
    )


def check_answered(call: Call, out: Display) -> bool:
    """OriginateResponse says Failure when the call could not be made (no such extension,
    busy, no answer...): report it with Asterisk's reason."""
    if call.answered:
        return True
    assert call.response is not None
    why = describe_event(call.response)[1]
    out.problem(f"the call failed ({why}); choose a --channel your dialplan can answer")
    return False


# -- Part 1: the blocking client ----------------------------------------------------------


def part_sync(opts: Options, out: Display) -> None:
    out.part("Part 1: the blocking client, ami.Manager")
    with Manager() as manager:  # leaving the block closes the connection (after Logoff too)
        tour_sync(manager, opts, out)


def tour_sync(manager: Manager, opts: Options, out: Display) -> None:
    out.section("Connect and log in")
    manager.connect(opts.host, opts.port, timeout=5)
    out.connected(opts.host, opts.port, manager.get_asterisk_info())
    # MD5: ask for a challenge, send md5(challenge + secret); the secret never crosses the wire.
    # We only ask for the event classes we display.
    login = manager.login(opts.username, opts.secret, auth="md5", events=["call", "dialplan"])
    out.step(f"Login (MD5) as {opts.username!r}", login)
    call_sync(manager, opts, out)
    admin_sync(manager, opts, out)


def call_sync(manager: Manager, opts: Options, out: Display) -> None:
    """Originate a short call and follow it through a callback, then list its channels."""
    out.section(f"Originate {opts.channel} -> Wait(2): its events, as they arrive")
    call = Call(new_call_id("sync"))
    arrived = threading.Condition()
    replied = threading.Event()

    def on_event(event: Event, _manager: Manager) -> None:
        # Runs on the client's dispatcher thread, for every event ('' = all names).
        replied.wait(ANSWER_TIMEOUT)  # tidy transcript: print events after the Originate reply
        with arrived:
            if call.feed(event):
                out.event(event, call.started)
                arrived.notify_all()

    manager.register_callback("", on_event)
    try:
        # Our own ActionID marks the OriginateResponse as ours (the call's channels are
        # recognised by their Linkedid, see Call).
        try:
            reply = manager.send_action(originate(opts, call.call_id), call.call_id)
            queued = out.step("Originate", reply)
        finally:
            replied.set()
        if queued and wait_for_answer(call, arrived, out):
            with arrived:  # let the dialplan get going before we look at the channels
                arrived.wait_for(lambda: call.settled, SETTLE_TIMEOUT)
            out.section("Channels while the call is up (CoreShowChannels)")
            channels = manager.send_action(core.CoreShowChannels())
            if out.step("CoreShowChannels", channels, f"{len(channels.events)} channel(s)"):
                out.table(("Channel", "State", "Application", "Duration"), channel_rows(channels))
            out.section("Waiting for the call to end on its own")
            with arrived:
                if arrived.wait_for(lambda: call.ended, HANGUP_TIMEOUT):
                    out.say("  the call is over")
                else:
                    out.problem(f"the call was still up after {HANGUP_TIMEOUT} s")
    finally:
        manager.unregister_callback("", on_event)


def wait_for_answer(call: Call, arrived: threading.Condition, out: Display) -> bool:
    with arrived:
        if not arrived.wait_for(lambda: call.response is not None, ANSWER_TIMEOUT):
            out.problem(f"no OriginateResponse within {ANSWER_TIMEOUT} s")
            return False
    return check_answered(call, out)


def admin_sync(manager: Manager, opts: Options, out: Display) -> None:
    """AstDB, queues, configuration and the CLI: plain request/response actions."""
    out.section("AstDB: put, get, delete")
    family, key, value = "amikit-demo", "greeting", "hello from ami.Manager"
    out.step(f"DBPut {family}/{key}", manager.send_action(core.DBPut(family, key, value)))
    got = manager.send_action(core.DBGet(family, key))  # an event list: the value is an item
    read = got.events[0].get("Val", "") if got.events else ""
    out.step(f"DBGet {family}/{key}", got, f"value read back: {read!r}")
    out.step(f"DBDel {family}/{key}", manager.send_action(core.DBDel(family, key)))

    out.section(f"Queue {opts.queue!r}: add a member, list members, remove it")
    member = "Local/7001@test/n"
    added = manager.send_action(core.QueueAdd(member, opts.queue, membername="Demo agent"))
    if out.step(f"QueueAdd {member}", added):
        status = manager.send_action(core.QueueStatus(opts.queue))
        if out.step("QueueStatus", status, f"{len(member_rows(status))} member(s)"):
            out.table(("Name", "Interface", "Membership", "Status", "Paused"), member_rows(status))
        out.step(f"QueueRemove {member}", manager.send_action(core.QueueRemove(member, opts.queue)))

    out.section("Configuration: GetConfig manager.conf (secrets masked here, not by Asterisk)")
    config = manager.send_action(core.GetConfig("manager.conf"))
    out.config("GetConfig manager.conf", config)

    out.section("A CLI command: core show version")
    version = manager.send_action(core.Command("core show version"))
    if out.step("Command", version):
        out.say(*(f"    {line}" for line in version.data))

    out.section("Log off")
    out.step("Logoff", manager.send_action(core.Logoff()))  # 'Goodbye' counts as success


# -- Part 2: the asyncio client -----------------------------------------------------------


async def part_async(opts: Options, out: Display) -> None:
    out.part("Part 2: the asyncio client, ami.AsyncManager")
    out.section("Connect and log in")
    # `async with` connects, waits for the banner and logs in (MD5 by default).
    async with AsyncManager(
        opts.host, opts.port, username=opts.username, secret=opts.secret, auth="md5"
    ) as manager:
        out.connected(opts.host, opts.port, manager.get_asterisk_info())
        out.say(f"  {'Login (MD5) as ' + repr(opts.username):<36} ok: logged in by `async with`")
        await call_async(manager, opts, out)
        await admin_async(manager, opts, out)


async def watch(
    manager: AsyncManager,
    call: Call,
    out: Display,
    queued: asyncio.Event,
    answered: asyncio.Event,
    settled: asyncio.Event,
) -> None:
    """Print the call's events until it is over; `async for` ends if the session closes."""
    async for event in manager.events():  # subscribed from the first step: nothing is missed
        await queued.wait()  # events wait in the iterator's queue until Originate's reply is shown
        if call.feed(event):
            out.event(event, call.started)
            if call.response is not None:
                answered.set()
            if call.settled:
                settled.set()
            if call.ended:
                return


async def call_async(manager: AsyncManager, opts: Options, out: Display) -> None:
    """Originate a short call and follow it with `async for`, then list its channels."""
    out.section(f"Originate {opts.channel} -> Wait(2): its events, as they arrive")
    call, queued, answered = Call(new_call_id("async")), asyncio.Event(), asyncio.Event()
    settled = asyncio.Event()
    watcher = asyncio.create_task(watch(manager, call, out, queued, answered, settled))
    await asyncio.sleep(0)  # let the watcher subscribe before anything can happen
    try:
        reply = await manager.send_action(originate(opts, call.call_id), call.call_id)
        if not out.step("Originate", reply):
            return
        queued.set()
        try:
            await asyncio.wait_for(answered.wait(), ANSWER_TIMEOUT)
        except asyncio.TimeoutError:
            out.problem(f"no OriginateResponse within {ANSWER_TIMEOUT} s")
            return
        if not check_answered(call, out):
            return
        # let the dialplan get going before we look at the channels
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(settled.wait(), SETTLE_TIMEOUT)

        out.section("Channels and queue, asked concurrently (asyncio.gather)")
        channels, queue = await asyncio.gather(
            manager.send_action(core.CoreShowChannels()),
            manager.send_action(core.QueueStatus(opts.queue)),
        )
        if out.step("CoreShowChannels", channels, f"{len(channels.events)} channel(s)"):
            out.table(("Channel", "State", "Application", "Duration"), channel_rows(channels))
        out.step(f"QueueStatus {opts.queue}", queue, f"{len(member_rows(queue))} member(s)")

        out.section("Waiting for the call to end on its own")
        try:
            await asyncio.wait_for(asyncio.shield(watcher), HANGUP_TIMEOUT)
            out.say("  the call is over")
        except asyncio.TimeoutError:
            out.problem(f"the call was still up after {HANGUP_TIMEOUT} s")
    finally:
        watcher.cancel()
        await asyncio.gather(watcher, return_exceptions=True)


async def admin_async(manager: AsyncManager, opts: Options, out: Display) -> None:
    """The same administration tour, showing what asyncio adds: actions in flight at once."""
    out.section("AstDB: three puts in flight at once, read back, delete the family")
    family = "amikit-demo-async"
    values = {"one": "1", "two": "2", "three": "3"}
    puts = await asyncio.gather(
        *(manager.send_action(core.DBPut(family, k, v)) for k, v in values.items())
    )
    for k, put in zip(values, puts, strict=True):
        out.step(f"DBPut {family}/{k}", put)
    gets = await asyncio.gather(*(manager.send_action(core.DBGet(family, k)) for k in values))
    for k, got in zip(values, gets, strict=True):
        read = got.events[0].get("Val", "") if got.events else ""
        out.step(f"DBGet {family}/{k}", got, f"value read back: {read!r}")
    out.step(f"DBDelTree {family}", await manager.send_action(core.DBDelTree(family)))

    out.section(f"Queue {opts.queue!r}: add a paused member, list members, remove it")
    member = "Local/7002@test/n"
    add = core.QueueAdd(member, opts.queue, membername="Async agent", paused=True)
    if out.step(f"QueueAdd {member}", await manager.send_action(add), "added, paused"):
        status = await manager.send_action(core.QueueStatus(opts.queue, member=member))
        if out.step("QueueStatus (this member)", status, f"{len(member_rows(status))} member(s)"):
            out.table(("Name", "Interface", "Membership", "Status", "Paused"), member_rows(status))
        removed = await manager.send_action(core.QueueRemove(member, opts.queue))
        out.step(f"QueueRemove {member}", removed)

    out.section(f"Configuration: GetConfig queues.conf [{opts.queue}], the queue we used")
    config = await manager.send_action(core.GetConfig("queues.conf", category=opts.queue))
    out.config(f"GetConfig queues.conf [{opts.queue}]", config)

    out.section("A CLI command: core show version")
    version = await manager.send_action(core.Command("core show version"))
    if out.step("Command", version):
        out.say(*(f"    {line}" for line in version.data))

    out.section("Log off")
    out.step("Logoff", await manager.send_action(core.Logoff()))


# -- putting it together ------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, argparse.ArgumentParser]:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        description="Tour the Asterisk Manager Interface with amikit's sync and async clients.",
        epilog="Without --host the embedded simulator is started. Prefer AMI_SECRET to --secret.",
    )
    parser.add_argument("--host", default=env("AMI_HOST"), help="Asterisk host ($AMI_HOST)")
    parser.add_argument("--port", type=int, default=int(env("AMI_PORT") or 5038), help="AMI port")
    parser.add_argument("--username", default=env("AMI_USERNAME") or "admin", help="AMI user")
    parser.add_argument("--secret", default=env("AMI_SECRET") or "adminsecret", help="AMI secret")
    parser.add_argument("--channel", default="Local/100@test", help="channel to originate")
    parser.add_argument("--queue", default="support", help="queue to add a member to")
    return parser.parse_args(argv), parser


@contextmanager
def target(args: argparse.Namespace, out: Display) -> Iterator[Options]:
    """The server to talk to: the one given, or a simulator started here and stopped after."""
    opts = dict(username=args.username, secret=args.secret, channel=args.channel, queue=args.queue)
    if args.host:
        out.say(f"amikit demo: talking to the Asterisk at {args.host}:{args.port}")
        yield Options(host=args.host, port=args.port, **opts)
        return
    with Simulator.running_in_thread() as sim:
        out.say(
            "amikit demo: no --host given, so this process runs amikit's AMI simulator",
            f"  (an Asterisk 20 stand-in) on {sim.host}:{sim.port}; users admin and limited.",
            "  Against a real Asterisk: python examples/demo.py --host HOST --username USER"
            " (secret in $AMI_SECRET)",
        )
        yield Options(host=sim.host, port=sim.port, **opts)


def main(argv: list[str] | None = None) -> int:
    args, _ = parse_args(argv)
    out = Display()
    started = time.monotonic()
    try:
        with target(args, out) as opts:
            part_sync(opts, out)
            asyncio.run(part_async(opts, out))
    except AuthenticationError as exc:
        out.say("", f"demo: login refused for {args.username!r}: {exc} (check --username/--secret)")
        return 1
    except AmiError as exc:
        out.say("", f"demo: stopped: {exc}")
        return 1
    except KeyboardInterrupt:
        out.say("", "demo: interrupted")
        return 130
    elapsed = time.monotonic() - started
    if out.failures:
        out.say("", f"demo: {len(out.failures)} step(s) failed in {elapsed:.1f} s:")
        out.say(*(f"  - {failure}" for failure in out.failures))
        return 1
    out.say("", f"demo: all steps succeeded in {elapsed:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
