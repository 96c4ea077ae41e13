"""The dialplan applications the recorded server's dialplan uses, run on asyncio tasks.

Each application returns whether the dialplan goes on.  Time is real: ``Wait(30)`` waits
30 s.  ``AGI(agi:async)`` follows ``res/res_agi.c``'s async mode: AsyncAGIStart with the
URL-encoded AGI environment, then for each queued AGI action AGIExecStart, AGIExecEnd and
AsyncAGIExec, and AsyncAGIEnd when the channel leaves AGI.  ``Queue`` puts the caller in
the queue (QueueCallerJoin) and waits for the timeout; members are never rung.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..events import CALL, SimEvent, channel_event, channel_fields
from ..privileges import CLASSES
from . import pbx
from .channels import Channel
from .confbridge import confbridge_app
from .functions import read_variable, substitute
from .queue_app import queue_app

if TYPE_CHECKING:
    from . import State

__all__ = ["run_app", "run_dialplan"]

AGI = CLASSES["agi"]
AGENT = CLASSES["agent"]
USER = CLASSES["user"]
DIALPLAN = CLASSES["dialplan"]

#: How long a channel in async AGI takes to pick up a queued command (its poll period).
AGI_POLL = 0.1

App = Callable[["State", Channel, str], Coroutine[Any, Any, bool]]


def _agi_quote(text: str) -> str:
    """``ast_uri_encode`` with ``ast_uri_http``: keep unreserved characters."""
    return quote(text, safe="-_.!~*'()")


async def _run_priorities(state: State, ch: Channel) -> None:
    while ch.alive and not ch.hangup_requested:
        ext = state.dialplan.find(ch.context, ch.exten)
        if ext is None or ch.priority not in ext.priorities:
            break
        app, data = ext.priorities[ch.priority]
        if not await run_app(state, ch, app, substitute(state, ch, data), newexten=True):
            break
        if ch.exten == "h" or ch.priority + 1 in ext.priorities:
            ch.priority += 1
        else:
            break  # off the end: the priority stays on the last one run


async def run_dialplan(state: State, ch: Channel) -> None:
    """Execute priorities until the dialplan ends or the channel is asked to hang up;
    then, as ``__ast_pbx_run`` does, a SoftHangupRequest, the ``h`` extension of the
    channel's context when it has one, and the hangup."""
    ch.in_pbx, ch.hangup_requested = True, False
    try:
        await _run_priorities(state, ch)
        if not ch.alive:
            return
        state.emit(channel_event("SoftHangupRequest", ch, [("Cause", "16")]))
        if state.dialplan.exists(ch.context, "h"):
            ch.exten, ch.priority = "h", 1
            ch.hangup_requested = False
            await _run_priorities(state, ch)
        ch.in_pbx = False
        pbx.hangup(state, ch, ch.hangup_cause)
    except asyncio.CancelledError:
        return
    finally:
        if ch.task is asyncio.current_task():
            ch.in_pbx = False


async def run_app(
    state: State, ch: Channel, app: str, data: str, *, newexten: bool = False
) -> bool:
    """Run one application (``pbx_exec``); unknown ones end the call as Asterisk does.
    Only the dialplan runner announces it (Newexten, from ``pbx_extension_helper``): an
    application run by Originate or AGI ``EXEC`` is not announced."""
    ch.application, ch.data = app, data
    if newexten:
        extra = [("Extension", ch.exten), ("Application", app), ("AppData", data)]
        state.emit(channel_event("Newexten", ch, extra, category=DIALPLAN))
    handler = APPS.get(app.lower())
    if handler is None:
        return False
    task: asyncio.Task[bool] = asyncio.get_running_loop().create_task(handler(state, ch, data))
    ch.app_task = task
    try:
        await asyncio.wait({task})
    finally:
        if not task.done():
            task.cancel()
        if ch.app_task is task:
            ch.app_task = None
    return False if task.cancelled() else task.result()


ANSWER_MEDIA_WAIT = 0.5
"""How long Answer() of a ringing channel waits for the first media frame (``__ast_answer``
waits up to 500 ms; no media ever flows in the simulator, so it always waits that long)."""


async def _answer(state: State, ch: Channel, data: str) -> bool:
    ringing = ch.state in (4, 5)
    pbx.set_state(state, ch, 6)
    if ringing:
        await asyncio.sleep(ANSWER_MEDIA_WAIT)
    return True


async def _wait(state: State, ch: Channel, data: str) -> bool:
    try:
        seconds = float(data or 0)
    except ValueError:
        seconds = 0.0
    await asyncio.sleep(max(0.0, seconds))
    return True


async def _forever(state: State, ch: Channel, data: str) -> bool:
    await asyncio.Event().wait()
    return False


async def _noop(state: State, ch: Channel, data: str) -> bool:
    return True


def _indicate(kind: str, cause: int) -> App:
    async def app(state: State, ch: Channel, data: str) -> bool:
        ch.hangup_cause = cause
        pbx.set_state(state, ch, 7)  # both indications leave the channel Busy
        ch.indicated = kind
        await asyncio.Event().wait()
        return False

    app.__doc__ = f"{kind.capitalize()}(): indicate {kind} and wait to be hung up (cause {cause})."
    return app


async def _hangup(state: State, ch: Channel, data: str) -> bool:
    ch.hangup_cause = int(data) if data.isdigit() else 16
    return False


async def _set(state: State, ch: Channel, data: str) -> bool:
    name, _, value = data.partition("=")
    state.set_variable(ch, name.strip(), value)
    return True


async def _userevent(state: State, ch: Channel, data: str) -> bool:
    name, *headers = data.split(",")
    extra = [("UserEvent", name)]
    for header in headers:
        key, _, value = header.partition(":")
        extra.append((key.strip(), value.strip()))
    state.emit(SimEvent("UserEvent", USER, (*channel_fields(ch), *extra)))
    return True


_DIAL_VARIABLES = ("DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME",
                   "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS",
                   "PROGRESSTIME", "PROGRESSTIME_MS")  # fmt: skip


async def _dial(state: State, ch: Channel, data: str) -> bool:
    """``Dial(Tech/resource[&...][,timeout])`` to something outside the simulator: a
    chan_sip peer gets an outgoing channel that is never answered (NOANSWER after the
    timeout); any other destination is unavailable at once (CHANUNAVAIL)."""
    args = data.split(",")
    for name in _DIAL_VARIABLES:
        state.set_variable(ch, name, "")
    timeout = float(args[1]) if len(args) > 1 and args[1].strip().isdigit() else 0.0
    tech, _, resource = args[0].split("&")[0].partition("/")
    peer = state.sip_peers.get(resource) if tech.upper() == "SIP" else None
    if peer is None:
        state.set_variable(ch, "DIALSTATUS", "CHANUNAVAIL")
        return True
    from .calls import parse_callerid

    out = Channel(
        f"SIP/{peer.name}-{state.channels.next_tech_suffix('SIP')}", "", "", peer.context, "s"
    )
    out.uniqueid = out.linkedid = state.channels.next_uniqueid()
    out.linkedid = ch.linkedid
    # the outgoing channel carries the peer's caller ID from its first snapshot
    out.cid_name, out.cid_num = parse_callerid(peer.callerid)
    state.channels.add(out)
    state.emit(channel_event("Newchannel", out))
    call_id = f"{random.getrandbits(128):032x}@{peer.host or '127.0.0.1'}"
    state.set_variable(out, "SIPCALLID", call_id)
    out.exten = ""  # ast_call clears it; the dial then places it at the caller's location
    state.set_variable(out, "DIALEDPEERNUMBER", peer.name)
    out.context, out.exten = ch.context, ch.exten
    outgoing = [("Extension", ch.exten), ("Application", "AppDial"),
                ("AppData", "(Outgoing Line)")]  # fmt: skip
    state.emit(channel_event("Newexten", out, outgoing, category=DIALPLAN))
    dest = [*channel_fields(ch), *channel_fields(out, "Dest"), ("DialString", resource)]
    state.emit(SimEvent("DialBegin", CALL, tuple(dest)))
    # the callee's ID reaches the caller as its connected line; through a Local pair the
    # ;1 side takes it as its caller ID (chan_local turns one into the other)
    ch.conn_num, ch.conn_name = out.cid_num, out.cid_name
    state.emit(channel_event("NewConnectedLine", ch))
    other = ch.peer
    if other is not None and other.alive and ch.tech.lower() == "local":
        other.held_callerid = (out.cid_name, out.cid_num)
        if not other.dialing:
            pbx.take_held_callerid(state, other)
    try:
        await asyncio.sleep(timeout if timeout > 0 else 3600)
    finally:
        end = [*channel_fields(ch), *channel_fields(out, "Dest"), ("DialStatus", "NOANSWER")]
        state.emit(SimEvent("DialEnd", CALL, tuple(end)))
        pbx.hangup(state, out, 0)
    state.set_variable(ch, "DIALSTATUS", "NOANSWER")
    return True


def _agi_env(state: State, ch: Channel) -> str:
    lines = [
        ("agi_request", "async"), ("agi_channel", ch.name), ("agi_language", ch.language),
        ("agi_type", ch.tech), ("agi_uniqueid", ch.uniqueid),
        ("agi_version", state.version.asterisk),
        ("agi_callerid", ch.cid_num or "unknown"), ("agi_calleridname", ch.cid_name or "unknown"),
        ("agi_callingpres", "0" if ch.cid_num else "67"), ("agi_callingani2", "0"),
        ("agi_callington", "0"),
        ("agi_callingtns", "0"), ("agi_dnid", "unknown"), ("agi_rdnis", "unknown"),
        ("agi_context", ch.context), ("agi_extension", ch.exten),
        ("agi_priority", str(ch.priority)), ("agi_enhanced", "0.0"),
        ("agi_accountcode", ch.accountcode), ("agi_threadid", str(threading.get_ident())),
    ]  # fmt: skip
    return "".join(f"{k}: {v}\n" for k, v in lines) + "\n"


async def _agi_command(state: State, ch: Channel, command: str) -> tuple[str, bool]:
    """Execute one AGI command; its result line and whether AGI goes on."""
    words = command.split()
    verb = " ".join(words[:2]).upper()
    if verb == "ASYNCAGI BREAK":
        return "200 result=0\n", False
    if verb == "GET VARIABLE" and len(words) > 2:
        value = read_variable(state, ch, words[2])
        return (f"200 result=1 ({value})\n" if value else "200 result=0\n"), True
    if verb == "SET VARIABLE" and len(words) > 3:
        state.set_variable(ch, words[2], " ".join(words[3:]).strip('"'))
        return "200 result=1\n", True
    if words and words[0].upper() == "EXEC" and len(words) > 1:
        handler = APPS.get(words[1].lower())
        if handler is None:
            return "200 result=-2\n", True
        await run_app(state, ch, words[1], " ".join(words[2:]))
        return "200 result=0\n", True
    if words and words[0].upper() in ("NOOP", "ANSWER", "VERBOSE"):
        if words[0].upper() == "ANSWER":
            pbx.set_state(state, ch, 6)
        return ("200 result=1\n" if words[0].upper() == "VERBOSE" else "200 result=0\n"), True
    if words and words[0].upper() == "HANGUP":
        pbx.hangup(state, ch, 16)
        return "200 result=1\n", False
    return "510 Invalid or unknown command\n", True


async def _agi(state: State, ch: Channel, data: str) -> bool:
    if not data.startswith("agi:async"):
        return False
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    ch.agi_queue = queue
    state.emit(channel_event("AsyncAGIStart", ch, [("Env", _agi_quote(_agi_env(state, ch)))], AGI))
    going = True
    while going and ch.alive:
        command, command_id = await queue.get()
        await asyncio.sleep(AGI_POLL)
        internal = [("CommandId", str(random.randrange(1, 2**31)))]  # noqa: S311
        start = [*internal, ("Command", command)]
        state.emit(channel_event("AGIExecStart", ch, start, AGI))
        result, going = await _agi_command(state, ch, command)
        done = [*start, ("ResultCode", result[:3]), ("Result", "Success")]
        state.emit(channel_event("AGIExecEnd", ch, done, AGI))
        exec_extra = [("Result", _agi_quote(result))]
        if command_id:
            exec_extra.append(("CommandId", command_id))
        state.emit(channel_event("AsyncAGIExec", ch, exec_extra, AGI))
    if ch.alive and ch.agi_queue is not None:
        ch.agi_queue = None
        state.emit(channel_event("AsyncAGIEnd", ch, category=AGI))
        state.set_variable(ch, "AGISTATUS", "SUCCESS")
    return ch.alive


async def _park(state: State, ch: Channel, data: str) -> bool:
    from .parking import park_channel

    park_channel(state, ch, parker_dial_string=ch.name, timeout_ms=None)
    await asyncio.Event().wait()
    return False


APPS: dict[str, App] = {
    "answer": _answer,
    "wait": _wait,
    "echo": _forever,
    "musiconhold": _forever,
    "noop": _noop,
    "playback": _noop,
    "verbose": _noop,
    "progress": _noop,
    "ringing": _noop,
    "hangup": _hangup,
    "busy": _indicate("busy", 17),
    "congestion": _indicate("congestion", 34),
    "set": _set,
    "userevent": _userevent,
    "dial": _dial,
    "queue": queue_app,
    "confbridge": confbridge_app,
    "agi": _agi,
    "park": _park,
}
