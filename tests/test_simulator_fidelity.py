"""Replay every recorded Asterisk 20 session against the simulator and compare.

For each transcript in ``shared/transcripts/`` a fresh simulator gets the recorded
client's bytes, chunk by chunk, in order.  Before each chunk the replay waits until the
simulator has sent as many whole messages as the real server had sent at that point (at
most 5 s), and keeps the recorded pause when it was shorter than 0.3 s.  Two values a
client derives from the server are translated, as a real client would: the MD5 ``Key``
(recomputed from the simulator's challenge) and a ``BridgeUniqueid`` read from BridgeList.

Comparison, after normalising what varies by nature (uniqueids, timestamps, durations,
channel-name sequence numbers, versions, challenges, AGI command ids, session pointers,
client ports, qualify round-trip times):

* the banner and who closed the connection must match;
* responses (messages with ``Response`` and no ``Event``) must match in order;
* events carrying an ActionID (list items, completion events, OriginateResponse,
  UserEvent) must match per ActionID in order, except lists whose order comes from a hash
  container in Asterisk (UNORDERED_ITEMS), compared as multisets;
* events without an ActionID must match as a multiset over the session, because Asterisk
  delivers them asynchronously (reload.jsonl has Reload events after later replies).

Each scenario gets the fixture the recording had (live channels with the recorded names,
made on the simulator directly as the recorder's unrecorded connection did).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import socket
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import unquote

import pytest
from ami_runtime.framing import FrameReader
from ami_runtime.message import Message
from ami_runtime.simulator import Simulator
from ami_runtime.simulator.state import State
from ami_runtime.simulator.state.calls import OriginateRequest, originate
from ami_runtime.simulator.state.parking import open_parking_bridge

from tests.transcripts import Transcript, all_transcripts

TRANSCRIPTS = {t.name: t for t in all_transcripts("20")}
pytestmark = pytest.mark.skipif(not TRANSCRIPTS, reason="shared/transcripts not available")

#: Scenarios the simulator claims to reproduce: every recorded Asterisk 20 scenario,
#: chan_sip and res_monitor ones included.  Nothing is left out.
SUPPORTED = frozenset(
    {
        "absolutetimeout",
        "action_before_login",
        "agi_async",
        "banner_only",
        "bridge",
        "challenge_bad_authtype",
        "command_core_show_version",
        "command_invalid",
        "coreshowchannelmap",
        "coreshowchannels_empty",
        "corestatus_coresettings",
        "createconfig_updateconfig",
        "db_put_get_del",
        "events_action",
        "extensionstate",
        "getconfig",
        "getvar_setvar_global",
        "hangup",
        "listcommands",
        "localoptimizeaway",
        "loggerrotate_waitevent",
        "login_md5",
        "login_plaintext",
        "login_plaintext_events_on",
        "login_unknown_user",
        "login_wrong_password",
        "logoff",
        "missing_action_header",
        "missing_required_field",
        "mixmonitor",
        "monitor_lifecycle",
        "muteaudio",
        "originate_async_success",
        "originate_bad_channel",
        "permission_denied",
        "ping",
        "playdtmf_sendtext",
        "queue_add_status_remove",
        "queue_caller_waiting",
        "queue_log_reload_reset",
        "redirect",
        "reload",
        "removed_actions_20",
        "showdialplan",
        "sipnotify",
        "sippeers",
        "sipqualifypeer_sippeerstatus",
        "sipshowpeer",
        "unknown_action",
        "userevent",
        "voicemail",
    }
)
SECRETS = ("adminsecret", "limitedsecret")
UNORDERED_ITEMS = frozenset({"ExtensionStatus", "PeerStatus", "BridgeListItem", "Status",
                             "CoreShowChannel", "QueueMember"})  # fmt: skip

# -- fixtures: the live state each recording had -------------------------------------------

Setup = Callable[[State], Awaitable[None]]


def _channel(exten: str, seq: int, **extra: str) -> Setup:
    async def setup(state: State) -> None:
        state.channels.local_counter = seq
        req = OriginateRequest(f"Local/{exten}@test", application="Wait", data="300", **extra)
        result = await originate(state, req)
        assert result.success, f"fixture channel Local/{exten}@test did not come up"
        # the ;2 side's Answer() waits for media (500 ms, as Asterisk's): wait until its
        # dialplan has moved on to the application the recording found it in
        two = result.channel.peer if result.channel is not None else None
        for _ in range(200):
            if two is None or not two.alive or two.priority > 1:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)

    return setup


async def _pause_static_member(state: State) -> None:
    member = state.queues["support"].members[0]
    member.paused, member.lastpause = True, int(time.time())


async def _custom_devstate(state: State) -> None:
    # an earlier recording had set DEVICE_STATE(Custom:test100) on the recording server
    state.db.put("CustomDevstate", "test100", "NOT_INUSE")


async def _parking_bridge(state: State) -> None:
    # the recording server had parked a call before: its lot's bridge existed
    open_parking_bridge(state)


AMI_TEST = {"callerid": '"AMI Test" <5551234>'}


@dataclass
class Fixture:
    before: list[Setup] = field(default_factory=list)
    after_login: list[Setup] = field(default_factory=list)


FIXTURES: dict[str, Fixture] = {
    "coreshowchannelmap": Fixture([_channel("101", 0x03)]),
    "hangup": Fixture([_channel("101", 0x09)]),
    "absolutetimeout": Fixture([_channel("101", 0x0B)]),
    "redirect": Fixture([_channel("101", 0x0C), _channel("101", 0x0D)]),
    "bridge": Fixture([_parking_bridge, _channel("101", 0x10), _channel("101", 0x11)]),
    "localoptimizeaway": Fixture([_channel("101", 0x12)]),
    "monitor_lifecycle": Fixture([_channel("101", 0x13)]),
    "mixmonitor": Fixture([_channel("101", 0x14)]),
    "muteaudio": Fixture([_channel("101", 0x15)]),
    "playdtmf_sendtext": Fixture([_channel("101", 0x16)]),
    "agi_async": Fixture(after_login=[_channel(
        "300", 0x17, channel_id="amitest-1-161", other_channel_id="amitest-1-161-2", **AMI_TEST)]),
    "queue_caller_waiting": Fixture([_pause_static_member, _channel(
        "500", 0x18, channel_id="amitest-1-174", other_channel_id="amitest-1-174-2", **AMI_TEST)]),
}  # fmt: skip

# -- normalisation ------------------------------------------------------------------------------

_SEQ = re.compile(r"-[0-9a-f]{8}(?=;[12]|%3B|\b)")
_VERSION = re.compile(r"Asterisk \S+ built by .*")
_EPOCH_KEYS = frozenset({"logintime", "lastpause", "lastcall", "registrationtime"})
_VARYING = frozenset({
    "timestamp", "eventtv", "sessiontv", "uptime", "lastreload", "duration", "seconds", "wait",
    "time", "regexpire", "challenge", "sessionid", "asteriskversion", "corestartupdate",
    "corestartuptime", "corereloaddate", "corereloadtime", "parkingduration",
    "longestholdtime", "agi_threadid", "agi_version", "agi_uniqueid",
})  # fmt: skip


def _value(key: str, value: str) -> str:
    low = key.lower()
    if low.endswith(("uniqueid", "linkedid")) or low in _VARYING:
        return "<varies>"
    if low in _EPOCH_KEYS:
        return "<epoch>" if value.isdigit() and int(value) > 10**8 else value
    if low == "commandid" and value.isdigit():
        return "<id>"
    if low in ("localaddress", "remoteaddress"):
        return value.rsplit("/", 1)[0]
    if low == "peerstatus" and value in ("Reachable", "Lagged"):
        return "<qualified>"
    if low == "env":
        return "|".join(
            _value(*line.split(": ", 1)) for line in unquote(value).splitlines() if line
        )
    value = re.sub(r"^OK \(\d+ ms\)$", "OK (<n> ms)", value)
    return _VERSION.sub("Asterisk <version>", _SEQ.sub("-<seq>", value))


def normalise(raw: bytes) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    msg = Message.from_raw(raw)
    return tuple((k, _value(k, v)) for k, v in msg.pairs), msg.lines


# -- replay -------------------------------------------------------------------------------------


def _frames(data: bytes) -> list[bytes]:
    return FrameReader().feed(data)


def _expected_counts(t: Transcript) -> list[int]:
    """Whole server messages (banner included) sent before each client write."""
    counts, seen = [], b""
    for chunk in t.chunks:
        if chunk.dir == "s2c":
            seen += chunk.data
        elif not chunk.eof:
            counts.append(len(_frames(seen)))
    return counts


def _gaps(t: Transcript) -> list[float]:
    gaps, last = [], 0.0
    for chunk in t.chunks:
        if chunk.dir == "c2s" and not chunk.eof:
            gaps.append(min(max(chunk.t - last, 0.0), 0.3))
        last = chunk.t
    return gaps


class _Reader:
    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.data, self.eof = sock, b"", False

    def count(self) -> int:
        return len(_frames(self.data))

    def pump(self, until: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self.eof and not until() and time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, min(0.1, deadline - time.monotonic())))
            try:
                chunk = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                chunk = b""
            self.eof = not chunk
            self.data += chunk


def _learned(key: str, recorded: bytes, actual: bytes) -> dict[str, str]:
    pick = re.compile(rf"^{key}: (.*?)\r$", re.M)
    rec, act = pick.findall(recorded.decode()), pick.findall(actual.decode())
    return dict(zip(rec, act))


def _translate(data: bytes, recorded: bytes, actual: bytes) -> bytes:
    """Rewrite values the recorded client read from the server (MD5 key, bridge ids)."""
    for old, new in _learned("BridgeUniqueid", recorded, actual).items():
        data = data.replace(old.encode(), new.encode())
    for old, new in _learned("Challenge", recorded, actual).items():
        for secret in SECRETS:
            key = hashlib.md5((old + secret).encode()).hexdigest().encode()
            fresh = hashlib.md5((new + secret).encode()).hexdigest().encode()
            data = data.replace(key, fresh)
    return data


def _run_setups(sim: Simulator, setups: list[Setup]) -> None:
    for setup in setups:
        sim.call_async(setup)


def replay(t: Transcript) -> tuple[bytes, str | None]:
    """The simulator's bytes for the recorded client's writes, and who closed."""
    fixture = FIXTURES.get(t.name, Fixture())
    counts, gaps, writes = _expected_counts(t), _gaps(t), t.client_writes()
    server = t.server_bytes()
    # The recording server ran the configuration in shared/transcripts/server-config
    # (no PJSIP, ConfBridge or agents): the simulator runs the same files.
    config = t.path.parent / "server-config"
    with Simulator.running_in_thread(auth_fail_delay=0.05, config_dir=config) as sim:
        _run_setups(sim, [_custom_devstate, *fixture.before])
        with socket.create_connection((sim.host, sim.port), timeout=5) as sock:
            reader = _Reader(sock)
            for i, data in enumerate(writes):
                reader.pump(lambda n=counts[i]: reader.count() >= n, 5.0)
                if i == 1:
                    _run_setups(sim, fixture.after_login)
                if i == 1 and fixture.after_login:
                    reader.pump(lambda n=counts[i]: reader.count() >= n, 5.0)
                time.sleep(gaps[i])
                recorded_so_far = b"\r\n\r\n".join(_frames(server)[: counts[i]]) + b"\r\n"
                sock.sendall(_translate(data, recorded_so_far, reader.data))
            total = len(_frames(server))
            if t.closed_by == "s2c":
                reader.pump(lambda: False, 5.0)
            else:
                reader.pump(lambda: reader.count() >= total, 2.0)
                reader.pump(lambda: False, 0.1)
            closed = "s2c" if reader.eof else ("c2s" if t.closed_by == "c2s" else None)
    return reader.data, closed


# -- comparison ---------------------------------------------------------------------------------


def _split(data: bytes) -> tuple[bytes, list, dict[str, list], Counter]:  # type: ignore[type-arg]
    frames = _frames(data)
    banner, responses, by_id, loose = (frames[0] if frames else b""), [], {}, Counter()
    for raw in frames[1:]:
        msg = Message.from_raw(raw)
        norm = normalise(raw)
        if msg.get("Event") is None:
            responses.append(norm)
        elif msg.get("ActionID") is not None:
            by_id.setdefault(msg.get("ActionID"), []).append((msg.get("Event"), norm))
        else:
            loose[norm] += 1
    return banner, responses, by_id, loose


def _ordered(items: list) -> list:  # type: ignore[type-arg]
    if any(name in UNORDERED_ITEMS for name, _ in items):
        return sorted(items, key=repr)
    return items


def differences(t: Transcript, actual: bytes, closed: str | None) -> list[str]:
    rb, rresp, rids, rloose = _split(t.server_bytes())
    ab, aresp, aids, aloose = _split(actual)
    diffs = []
    if rb != ab:
        diffs.append(f"banner {ab!r} != recorded {rb!r}")
    if closed != t.closed_by:
        diffs.append(f"closed by {closed}, recorded {t.closed_by}")
    for i, (r, a) in enumerate(zip(rresp, aresp)):
        if r != a:
            diffs.append(f"response {i}: {a} != recorded {r}")
    if len(rresp) != len(aresp):
        diffs.append(f"{len(aresp)} responses, recorded {len(rresp)}")
    for aid in sorted(set(rids) | set(aids)):
        if _ordered(rids.get(aid, [])) != _ordered(aids.get(aid, [])):
            diffs.append(f"events of {aid}: {aids.get(aid)} != recorded {rids.get(aid)}")
    if rloose != aloose:
        diffs.append(f"unsolicited events: extra {aloose - rloose}, missing {rloose - aloose}")
    return diffs


@cache
def result(name: str) -> tuple[str, ...]:
    t = TRANSCRIPTS[name]
    actual, closed = replay(t)
    return tuple(differences(t, actual, closed))


@pytest.mark.parametrize("name", sorted(SUPPORTED))
def test_scenario_matches_recording(name: str) -> None:
    diffs = result(name)
    assert not diffs, "\n".join(diffs)


def test_fidelity_figure(capsys: pytest.CaptureFixture[str]) -> None:
    """Print scenarios matching / total, and fail below 100% of the supported ones."""
    missing = SUPPORTED - set(TRANSCRIPTS)
    assert not missing, f"claimed scenarios without a recording: {sorted(missing)}"
    matching = sorted(n for n in TRANSCRIPTS if n in SUPPORTED and not result(n))
    with capsys.disabled():
        print(f"\nsimulator fidelity: {len(matching)}/{len(TRANSCRIPTS)} recorded scenarios "
              f"match ({len(SUPPORTED)} claimed)")  # fmt: skip
    assert len(matching) == len(SUPPORTED), sorted(SUPPORTED - set(matching))
