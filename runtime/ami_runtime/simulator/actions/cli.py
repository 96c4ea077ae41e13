"""The Command action with a handful of CLI commands, in the 14+ ``Output:`` format.

``action_command`` (``main/manager.c``) runs the CLI command and sends one ``Output:``
header per line (one final newline trimmed; empty output gives one empty ``Output:``),
``Response: Error`` when the command does not exist or fails.  Texts follow
``main/cli.c`` (``handle_chanlist``, ``ast_cli_command_full``'s "No such command") and
``main/db.c`` (``handle_cli_database_show``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ..state import State
from ..state.channels import Channel
from .base import Ctx, Handler

__all__ = ["HANDLERS", "run_cli"]

_BLACKLIST = (("module", "load"), ("module", "unload"), ("restart", "gracefully"))

#: A sample of Asterisk 20's CLI commands, for "type 'core show help ...'" hints.
_KNOWN = [
    c.split()
    for c in (
        "core show version", "core show channels", "core show channel", "core show uptime",
        "core show help", "core show hints", "core show settings", "core reload",
        "core stop now", "core restart now", "database show", "database get", "database put",
        "database del", "database deltree", "database showkey", "dialplan show",
        "dialplan reload", "module show", "module reload", "module load", "module unload",
        "manager show commands", "manager show connected", "queue show", "sip show peers",
        "sip show peer", "sip show registry", "channel request hangup", "logger rotate",
        "voicemail show users", "bridge show all", "parking show", "agi show commands",
        "no debug channel", "help", "!",
    )
]  # fmt: skip

CliResult = tuple[bool, str]


def _find_best(words: list[str]) -> str:
    """``find_best``: words up to and including the first that matches no command."""
    best: list[str] = []
    for i, word in enumerate(words):
        best.append(word)
        prefix = words[:i]
        if i == 0:
            continue
        if not any(len(c) > i and c[:i] == prefix and c[i].startswith(word) for c in _KNOWN):
            break
    return " ".join(best)


def _location(ch: Channel) -> str:
    return f"{ch.exten}@{ch.context}:{ch.priority}" if ch.exten else "(None)"


def _appdata(ch: Channel) -> str:
    return f"{ch.application}({ch.data})" if ch.application else "(None)"


def _ess(n: int) -> str:
    return "" if n == 1 else "s"


def _show_channels(state: State, args: list[str]) -> CliResult:
    chans = state.channels.all()
    if args and args[0] == "concise":
        lines = [
            f"{c.name}!{c.context}!{c.exten}!{c.priority}!{_state(c)}!{c.application}!"
            f"{c.data}!{c.cid_num}!{c.accountcode}!!3!{c.duration()}!{c.bridge_id}!{c.uniqueid}"
            for c in chans
        ]
        return True, "".join(line + "\n" for line in lines)
    fmt = "{:<64.64} {:<32.32} {:<7.7} {:<30.30}\n"
    out = fmt.format("Channel", "Location", "State", "Application(Data)")
    out += "".join(fmt.format(c.name, _location(c), _state(c), _appdata(c)) for c in chans)
    calls = len({c.linkedid for c in chans})
    processed = state.channels.processed_calls
    out += f"{len(chans)} active channel{_ess(len(chans))}\n"
    out += f"{calls} active call{_ess(calls)}\n{processed} call{_ess(processed)} processed\n"
    return True, out


def _state(ch: Channel) -> str:
    from ..events import STATE_DESC

    return STATE_DESC.get(ch.state, "Unknown")


def _database_show(state: State, args: list[str]) -> CliResult:
    family = args[0] if args else ""
    key = args[1] if len(args) > 1 else ""
    rows = state.db.tree(family, key)
    out = "".join(f"{path:<50}: {value:<25}\n" for path, value in rows)
    return True, out + f"{len(rows)} results found.\n"


def _database_get(state: State, args: list[str]) -> CliResult:
    if len(args) != 2:
        return False, ""
    value = state.db.get(args[0], args[1])
    return (
        (True, f"Value: {value}\n") if value is not None else (True, "Database entry not found.\n")
    )


def _database_put(state: State, args: list[str]) -> CliResult:
    if len(args) != 3:
        return False, ""
    state.db.put(args[0], args[1], args[2])
    return True, "Updated database successfully\n"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{_ess(n)}"


def _duration(seconds: int) -> str:
    """``ast_cli``'s ``print_uptimestr``: years, weeks, days, hours, minutes, seconds."""
    parts = []
    for size, word in ((31536000, "year"), (604800, "week"), (86400, "day"), (3600, "hour"),
                       (60, "minute")):  # fmt: skip
        if seconds >= size:
            parts.append(_plural(seconds // size, word))
            seconds %= size
    if seconds or not parts:
        parts.append(_plural(seconds, "second"))
    return ", ".join(parts)


def _uptime(state: State, args: list[str]) -> CliResult:
    up, reload = state.uptime()
    return True, f"System uptime: {_duration(up)}\nLast reload: {_duration(reload)}\n"


def _calls(state: State, args: list[str]) -> CliResult:
    chans = state.channels.all()
    calls = len({c.linkedid for c in chans})
    processed = state.channels.processed_calls
    return True, f"{_plural(calls, 'active call')}\n{_plural(processed, 'call')} processed\n"


def _hints(state: State, args: list[str]) -> CliResult:
    from ..state.dialplan import EXTENSION_STATES

    hints = sorted(state.dialplan.hints(), key=lambda h: f"{h[0]}@{h[1]}")
    out = "\n    -= Registered Asterisk Dial Plan Hints =-\n"
    for exten, context, hint in hints:
        text = EXTENSION_STATES.get(state.hint_state(hint), "Unknown")
        out += (f"{exten + '@' + context:<30}: {hint:<62}State:{text:<15} "
                f"Presence:{'not_set':<15} Watchers  1\n")  # fmt: skip
    return True, out + f"----------------\n- {len(hints)} hints registered\n"


def _database_del(state: State, args: list[str]) -> CliResult:
    if len(args) != 2:
        return False, ""
    if state.db.get(args[0], args[1]) is None:
        return True, "Database entry could not be removed.\n"
    state.db.delete(args[0], args[1])
    return True, "Database entry removed.\n"


def _agents(state: State, args: list[str]) -> CliResult:
    out = "Agent-ID Name                 State       Channel                        Talking with\n"
    for agent in sorted(state.agents):
        out += f"{agent:<8} {state.agents[agent]:<20} {'UNAVAILABLE':<11} {'':<30} \n"
    return True, out + f"\nDefined agents: {len(state.agents)}, Logged in: 0, Talking: 0\n"


def _bridges(state: State, args: list[str]) -> CliResult:
    out = (f"{'Bridge-ID':<36} {'Name':<36} {'Chans':>5} {'Type':<15} {'Technology':<15} "
           "Duration\n")  # fmt: skip
    for b in state.bridges:
        name = "" if b.name == "<unknown>" else b.name
        out += (f"{b.uniqueid:<36} {name:<36} {len(b.channels):>5} {b.type:<15} "
                f"{b.technology:<15} 00:00:00\n")  # fmt: skip
    return True, out


def _request_hangup(state: State, args: list[str]) -> CliResult:
    from ..state import pbx

    name = args[0] if args else ""
    ch = state.channels.get(name)
    if ch is None:
        return True, f"{name} is not a known channel\n"
    pbx.request_hangup(state, ch, None, None)
    return True, f"Requested Hangup on channel '{ch.name}'\n"


def _confbridge_list(state: State, args: list[str]) -> CliResult:
    return True, (
        "Conference Bridge Name           Users  Marked Locked Muted\n"
        "================================ ====== ====== ====== =====\n"
    )


def _voicemail_users(state: State, args: list[str]) -> CliResult:
    out = f"{'Context':<10} {'Mbox':<5} {'User':<25} {'Zone':<10} {'NewMsg':>6}\n"
    boxes = state.voicemail.boxes
    for box in boxes:
        zone = box.options.get("tz", "")
        out += f"{box.context:<10} {box.mailbox:<5} {box.fullname:<25} {zone:<10} {box.new:>6}\n"
    return True, out + f"{len(boxes)} voicemail users configured.\n"


def _parking_show(state: State, args: list[str]) -> CliResult:
    lot = state.parking
    return True, (
        "\nParking General Options\n-----------------------\nDynamic Parking     :  no\n\n"
        f"Parking Lot: {lot.name}\n" + "-" * 74 + "\n"
        f"Parking Extension   :  {lot.parkext}\nParking Context     :  {lot.context}\n"
        f"Parking Spaces      :  {lot.start}-{lot.stop}\n"
        f"Parking Time        :  {lot.parkingtime} sec\nComeback to Origin  :  yes\n"
        "Comeback Context    :  parkedcallstimeout (comebacktoorigin=yes, not used)\n"
        "Comeback Dial Time  :  30 sec\nMusicOnHold Class   :  \nEnabled             :  yes\n"
        "Dynamic             :  no\n\n\n"
    )


def _queue_show(state: State, args: list[str]) -> CliResult:
    from ..state.queues import DEVICE_STATE_NUMBERS

    names = [args[0]] if args else sorted(state.queues)
    out = ""
    for name in names:
        q = state.queues.get(name)
        if q is None:
            return False, f"No such queue: {name}.\n"
        maxlen = "unlimited" if not q.maxlen else str(q.maxlen)
        out += (
            f"{q.name} has {len(q.entries)} calls (max {maxlen}) in '{q.strategy}' strategy "
            f"({q.holdtime}s holdtime, {q.talktime}s talktime), W:{q.weight}, "
            f"C:{q.completed}, A:{q.abandoned}, SL:0.0%, SL2:0.0% within {q.servicelevel}s\n"
        )
        if q.members:
            out += "   Members: \n"
            for m in q.members:
                status = DEVICE_STATE_NUMBERS.get(state.device_state(m.state_interface), 0)
                text = _DEVSTATE_TEXT.get(status, "Unknown")
                source = f" from {m.state_interface}" if m.state_interface != m.interface else ""
                ring = "enabled" if m.ringinuse else "disabled"
                dynamic = " (dynamic)" if m.dynamic else ""
                paused = " (paused)" if m.paused else ""
                taken = (f"has taken {m.calls} calls (last was {int(time.time()) - m.lastcall} "
                         "secs ago)" if m.calls else "has taken no calls yet")  # fmt: skip
                login = int(time.time()) - m.logintime
                out += (
                    f"      {m.membername} ({m.interface}{source}) (ringinuse {ring}){dynamic}"
                    f"{paused} ({text}) {taken} (login was {login} secs ago)\n"
                )
        else:
            out += "   No Members\n"
        if q.entries:
            out += "   Callers: \n"
            for i, e in enumerate(q.entries, 1):
                waited = int(time.time() - e.joined)
                out += (f"      {i}. {e.channel.name} (wait: {waited // 60}:{waited % 60:02d}, "
                        f"prio: {e.priority})\n")  # fmt: skip
        else:
            out += "   No Callers\n"
        out += "\n"
    return True, out


#: ``ast_devstate_str`` texts by device state number, as ``queue show`` prints them.
_DEVSTATE_TEXT = {0: "Unknown", 1: "Not in use", 2: "In use", 3: "Busy", 4: "Invalid",
                  5: "Unavailable", 6: "Ringing", 7: "Ring+Inuse", 8: "On Hold"}  # fmt: skip


def _sip_peers(state: State, args: list[str]) -> CliResult:
    if not state.version.has_sip:
        return False, ""
    out = (f"{'Name/username':<25} {'Host':<39} {'Dyn':<3} {'Forcerport':<10} {'Comedia':<10} "
           f"{'ACL':<3} {'Port':<8} {'Status':<11} {'Description':<32} \n")  # fmt: skip
    monitored = 0
    for p in state.sip_peers.values():
        name = f"{p.name}/{p.name}" if p.dynamic else p.name
        status = "OK (1 ms)" if p.qualify else "Unmonitored"
        monitored += p.qualify
        out += (f"{name:<25} {'127.0.0.1':<39} {' D ' if p.dynamic else '':<3} {'Auto (No)':<10} "
                f"{'No':<10} {'':<3} {p.port:<8} {status:<11} {'':<32} \n")  # fmt: skip
    n = len(state.sip_peers)
    return True, out + (
        f"{n} sip peers [Monitored: {monitored} online, 0 offline Unmonitored: "
        f"{n - monitored} online, 0 offline]\n"
    )


_PJSIP_ENDPOINTS_HEAD = """
 Endpoint:  <Endpoint/CID.....................................>  <State.....>  <Channels.>
    I/OAuth:  <AuthId/UserName...........................................................>
        Aor:  <Aor............................................>  <MaxContact>
      Contact:  <Aor/ContactUri..........................> <Hash....> <Status> <RTT(ms)..>
  Transport:  <TransportId........>  <Type>  <cos>  <tos>  <BindAddress..................>
   Identify:  <Identify/Endpoint.........................................................>
        Match:  <criteria.........................>
    Channel:  <ChannelId......................................>  <State.....>  <Time.....>
        Exten: <DialedExten...........>  CLCID: <ConnectedLineCID.......>
==========================================================================================
"""


def _pjsip_endpoints(state: State, args: list[str]) -> CliResult:
    """``pjsip show endpoints`` (``res_pjsip/pjsip_cli.c`` and the sorcery formatters):
    each endpoint with its auths, aors, contacts (qualified, a nominal RTT) and transport.
    Active channels are counted but not listed."""
    from ..state.calls import parse_callerid
    from ..state.dialplan import EXTENSION_STATES, devstate_to_extstate
    from .pjsip import contact_id

    pj = state.pjsip
    endpoints = sorted(pj.of("endpoint").values(), key=lambda e: e.name)
    if not endpoints:
        return True, "\nNo objects found.\n\n"
    out = _PJSIP_ENDPOINTS_HEAD
    for ep in endpoints:
        num = parse_callerid(ep.get("callerid"))[1]
        name = f"{ep.name}/{num}" if num else ep.name
        ext_state = devstate_to_extstate(state.device_state(f"PJSIP/{ep.name}"))
        text = EXTENSION_STATES.get(ext_state, "Unknown")
        devstate = {"Idle": "Not in use", "InUse": "In use"}.get(text, text)
        prefix = f"pjsip/{ep.name.lower()}-"
        active = sum(1 for c in state.channels.all() if c.name.lower().startswith(prefix))
        out += f"\n {'Endpoint':>8}:  {name:<51}  {devstate:<12.12}  {active} of inf\n"
        for label, key in (("OutAuth", "outbound_auth"), ("InAuth", "auth")):
            for auth_id in (a.strip() for a in ep.get(key).split(",") if a.strip()):
                auth = pj.of("auth").get(auth_id)
                user = auth.get("username") if auth is not None else ""
                out += f"{label:>11}:  {auth_id}/{user}\n"
        for aor_id in (a.strip() for a in ep.get("aors").split(",") if a.strip()):
            aor = pj.of("aor").get(aor_id)
            if aor is None:
                continue
            out += f"{'Aor':>11}:  {aor_id:<49}  {aor.get('max_contacts', '0')}\n"
            contacts = [(u, False) for u in pj.contacts(aor_id)]
            contacts += [(u, True) for u in state.pjsip_registered.get(aor_id, [])]
            for uri, registered in contacts:
                digest = contact_id(aor_id, uri, registered).rsplit("@", 1)[-1][:10]
                where = f"{aor_id}/{uri}"
                out += f"{'Contact':>13}:  {where:<42} {digest:<10} {'Avail':<7} {1.0:>11.3f}\n"
        transport = pj.of("transport").get(ep.get("transport"))
        if transport is not None:
            kind = transport.get("protocol", "udp")
            out += (f"{'Transport':>11}:  {transport.name:<21}  {kind:>6}  {0:>5}  {0:>5}  "
                    f"{transport.get('bind')}\n")  # fmt: skip
    return True, out + f"\n\nObjects found: {len(endpoints)}\n\n"


def _dialplan_show(state: State, args: list[str]) -> CliResult:
    """``dialplan show [exten@]context`` (``show_dialplan_helper``), with file:line."""
    target = args[0] if args else ""
    exten, _, context = target.rpartition("@") if "@" in target else ("", "", target)
    plan = state.dialplan
    names = [context] if context else list(plan.contexts)
    if context and context not in plan.contexts:
        return False, (
            f"There is no existence of '{context}' context\n"
            f"Command 'dialplan show {target}' failed.\n"
        )
    out, extens, prios, shown = "", 0, 0, 0
    for name in names:
        ctx = plan.contexts[name]
        rows = ""
        for ext in sorted(ctx.extensions.values(), key=lambda e: e.name):
            if exten and ext.name != exten:
                continue
            extens += 1
            lines = []
            if ext.hint is not None:
                lines.append((f"hint: {ext.hint}", ext.lines.get(-1, 0)))
            for prio, (app, data) in sorted(ext.priorities.items()):
                lines.append((f"{prio}. {app}({data})", ext.lines.get(prio, 0)))
            prios += len(lines)
            for i, (text, line) in enumerate(lines):
                where = f"[extensions.conf:{line}]" if line else f"[{ext.registrar}]"
                head = f"  '{ext.name}' =>" if i == 0 else ""
                rows += f"{head:<20}{text:<45} {where}\n"
        if not exten:
            for inc in ctx.includes:
                quoted = f"'{inc}'"
                rows += f"{'  Include =>':<20}{quoted:<45} [pbx_config]\n"
        if rows or not exten:
            shown += 1
            out += f"[ Context '{name}' created by '{ctx.registrar}' ]\n{rows}\n"
    if exten and not extens:
        return False, f"There is no existence of {target} extension\n"
    summary = (f"-= {_plural(extens, 'extension')} ({_plural(prios, 'priority')}) in "
               f"{_plural(shown, 'context')}. =-\n")  # fmt: skip
    return True, out + summary.replace("prioritys", "priorities")


def _module_show(state: State, args: list[str]) -> CliResult:
    like = args[1] if len(args) > 1 and args[0] == "like" else ""
    return True, state.modules.show(like)


_COMMANDS: dict[tuple[str, ...], Callable[[State, list[str]], CliResult]] = {
    ("module", "show"): _module_show,
    ("dialplan", "show"): _dialplan_show,
    ("core", "show", "uptime"): _uptime,
    ("core", "show", "calls"): _calls,
    ("core", "show", "hints"): _hints,
    ("database", "del"): _database_del,
    ("agent", "show", "all"): _agents,
    ("bridge", "show", "all"): _bridges,
    ("channel", "request", "hangup"): _request_hangup,
    ("confbridge", "list"): _confbridge_list,
    ("voicemail", "show", "users"): _voicemail_users,
    ("parking", "show"): _parking_show,
    ("queue", "show"): _queue_show,
    ("sip", "show", "peers"): _sip_peers,
    ("pjsip", "show", "endpoints"): _pjsip_endpoints,
    ("core", "show", "version"): lambda s, a: (True, s.version.version_line + "\n"),
    ("core", "show", "channels"): _show_channels,
    ("database", "show"): _database_show,
    ("database", "get"): _database_get,
    ("database", "put"): _database_put,
}


def run_cli(state: State, command: str) -> tuple[bool, str]:
    """Run one CLI line: (found and succeeded, output text)."""
    words = command.split()
    for length in (3, 2):
        if length == 3 and tuple(words[:2]) == ("sip", "show") and not state.version.has_sip:
            break
        fn = _COMMANDS.get(tuple(words[:length]))
        if fn is not None:
            return fn(state, words[length:])
    hint = _find_best(words)
    return False, (
        f"No such command '{command}' (type 'core show help {hint}' for other possible commands)\n"
    )


def command(ctx: Ctx) -> None:
    """``Command``: run a CLI command and send its output as ``Output:`` lines."""
    cmd = ctx.get("Command")
    if not cmd:
        ctx.error("No command provided")
        return
    if tuple(cmd.split()[:2]) in _BLACKLIST:
        ctx.error("Command blacklisted")
        return
    ok, text = run_cli(ctx.state, cmd)
    if text.endswith("\n"):
        text = text[:-1]
    lines = [("Output", line) for line in text.split("\n")]
    ctx.respond("Success" if ok else "Error", "Command output follows", lines)


HANDLERS: dict[str, Handler] = {"command": command}
