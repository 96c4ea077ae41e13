"""Behaviour of the AMI simulator, over real sockets on 127.0.0.1 (free ports)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from ami_runtime.errors import InvalidInput
from ami_runtime.framing import FrameReader
from ami_runtime.message import Message
from ami_runtime.simulator import Simulator, load_users


class Client:
    """A raw AMI client: write actions, read whole messages with a deadline."""

    def __init__(self, sim: Simulator) -> None:
        import socket

        self.sock = socket.create_connection((sim.host, sim.port), timeout=5)
        self.reader = FrameReader()
        self.frames: list[bytes] = []
        self.closed = False
        self.banner = self._next(5).decode()

    def _fill(self, timeout: float) -> None:
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(65536)
        except TimeoutError:
            return
        if not data:
            self.closed = True
        self.frames += self.reader.feed(data)

    def _next(self, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        while not self.frames and not self.closed and time.monotonic() < deadline:
            self._fill(max(0.01, deadline - time.monotonic()))
        if not self.frames:
            raise AssertionError("no message from the simulator")
        return self.frames.pop(0)

    def send(self, action: str, **headers: str) -> None:
        lines = [f"Action: {action}"] + [f"{k}: {v}" for k, v in headers.items()]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())

    def read(self, timeout: float = 5) -> Message:
        return Message.from_raw(self._next(timeout))

    def until(self, event: str, timeout: float = 5) -> list[Message]:
        """Messages up to and including the first ``Event: <event>``."""
        out = []
        while True:
            msg = self.read(timeout)
            out.append(msg)
            if msg.get("Event") == event:
                return out

    def quiet(self, seconds: float = 0.2) -> list[Message]:
        """Whatever arrives within ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.closed:
            self._fill(max(0.01, deadline - time.monotonic()))
        out = [Message.from_raw(f) for f in self.frames]
        self.frames = []
        return out

    def action(self, action: str, **headers: str) -> Message:
        self.send(action, **headers)
        return self.read()

    def login(self, user: str = "admin", secret: str = "adminsecret", events: str = "off") -> None:
        reply = self.action("Login", Username=user, Secret=secret, Events=events)
        assert reply.get("Message") == "Authentication accepted"

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator.running_in_thread(auth_fail_delay=0.2) as s:
        yield s


@pytest.fixture
def admin(sim: Simulator) -> Iterator[Client]:
    c = Client(sim)
    c.login()
    yield c
    c.close()


def test_binds_loopback_free_port_and_sends_asterisk_20_banner(sim: Simulator) -> None:
    c = Client(sim)
    assert sim.host == "127.0.0.1" and sim.port > 0
    assert c.banner == "Asterisk Call Manager/9.0.0"


def test_actions_before_login_are_denied_but_logoff_works(sim: Simulator) -> None:
    c = Client(sim)
    assert c.action("Ping", ActionID="p").pairs == (
        ("Response", "Error"), ("ActionID", "p"), ("Message", "Permission denied"),
    )  # fmt: skip
    assert c.action("Logoff").get("Response") == "Goodbye"
    c.quiet(0.2)
    assert c.closed


def test_failed_login_waits_answers_and_closes(sim: Simulator) -> None:
    c = Client(sim)
    start = time.monotonic()
    reply = c.action("Login", Username="admin", Secret="wrong")
    assert time.monotonic() - start >= 0.2
    assert reply.get("Message") == "Authentication failed"
    c.quiet(0.3)
    assert c.closed


def test_md5_login_uses_the_sessions_challenge(sim: Simulator) -> None:
    c = Client(sim)
    challenge = c.action("Challenge", AuthType="md5")["Challenge"]
    assert challenge.isdigit()
    key = hashlib.md5((challenge + "adminsecret").encode()).hexdigest()
    reply = c.action("Login", AuthType="MD5", Username="ADMIN", Key=key, Events="off")
    assert reply.get("Message") == "Authentication accepted"
    assert c.action("Login", Username="admin", Secret="x").get("Message") == "Already authenticated"


def test_login_with_system_mask_gets_fully_booted(sim: Simulator) -> None:
    c = Client(sim)
    c.send("Login", Username="admin", Secret="adminsecret", Events="system")
    assert c.read().get("Response") == "Success"
    booted = c.read()
    assert [k for k, _ in booted.pairs] == ["Event", "Privilege", "Uptime", "LastReload", "Status"]
    assert booted.get("Privilege") == "system,all"
    assert c.quiet(0.2) == []  # no security class in the mask: no SuccessfulAuth


def test_limited_user_lacks_command_privilege(sim: Simulator) -> None:
    c = Client(sim)
    c.login("limited", "limitedsecret")
    assert c.action("Command", Command="core show version").get("Message") == "Permission denied"
    assert c.action("Ping").get("Ping") == "Pong"
    listed = [k for k, _ in c.action("ListCommands").pairs]
    assert "Originate" not in listed and "Redirect" in listed


def test_unknown_and_missing_action_errors(admin: Client) -> None:
    assert admin.action("Frobnicate").get("Message") == (
        "Invalid/unknown command: Frobnicate. Use Action: ListCommands to show available commands."
    )
    admin.sock.sendall(b"ActionID: x\r\nFoo: bar\r\n\r\n")
    assert admin.read().get("Message") == "Missing action in request"
    admin.sock.sendall(b"Action: Ping\r\nX: " + b"a" * 1100 + b"\r\n\r\n")
    assert admin.read().get("Message") == "Failed to parse message: line too long"


def test_astdb_round_trip(admin: Client) -> None:
    admin.action("DBPut", Family="fam", Key="k", Val="v1")
    admin.action("DBPut", Family="fam/sub", Key="k2", Val="v2")
    admin.send("DBGet", Family="fam", Key="k")
    reply = admin.until("DBGetComplete")
    assert reply[0].get("EventList") == "start" and reply[1].get("Val") == "v1"
    admin.send("DBGetTree", Family="fam")
    tree = admin.until("DBGetTreeComplete")
    assert [m.get("Key") for m in tree[1:-1]] == ["/fam/k", "/fam/sub/k2"]
    assert admin.action("DBDelTree", Family="fam").get("Response") == "Success"
    assert admin.action("DBGet", Family="fam", Key="k").get("Message") == "Database entry not found"


def test_global_and_channel_variables(admin: Client) -> None:
    assert admin.action("Setvar", Variable="G1", Value="x y").get("Message") == "Variable Set"
    assert admin.action("Getvar", Variable="G1").get("Value") == "x y"
    assert admin.action("Getvar", Variable="TESTGLOBAL").get("Value") == "hello"
    reply = admin.action("Getvar", Channel="Local/1@x-00000000;1", Variable="A")
    assert reply.get("Message") == "No such channel"


def test_updateconfig_change_kinds(admin: Client) -> None:
    admin.action("CreateConfig", Filename="t.conf")
    assert admin.action("CreateConfig", Filename="t.conf").get("Response") == "Error"
    changes = {
        "Action-000000": "NewCat", "Cat-000000": "a",
        "Action-000001": "Append", "Cat-000001": "a", "Var-000001": "k", "Value-000001": "1",
        "Action-000002": "Append", "Cat-000002": "a", "Var-000002": "k", "Value-000002": "2",
        "Action-000003": "Update", "Cat-000003": "a", "Var-000003": "k", "Value-000003": "3",
        "Match-000003": "2",
        "Action-000004": "Insert", "Cat-000004": "a", "Var-000004": "first", "Value-000004": "0",
        "Line-000004": "0",
        "Action-000005": "NewCat", "Cat-000005": "b",
        "Action-000006": "RenameCat", "Cat-000006": "b", "Value-000006": "c",
        "Action-000007": "NewCat", "Cat-000007": "d",
        "Action-000008": "DelCat", "Cat-000008": "d",
        "Action-000009": "Delete", "Cat-000009": "a", "Var-000009": "k", "Match-000009": "1",
    }  # fmt: skip
    reply = admin.action("UpdateConfig", SrcFilename="t.conf", DstFilename="t.conf", **changes)
    assert reply.pairs == (("Response", "Success"),)
    got = admin.action("GetConfig", Filename="t.conf")
    assert [(k, v) for k, v in got.pairs if k != "Response"] == [
        ("Category-000000", "a"), ("Line-000000-000000", "first=0"),
        ("Line-000000-000001", "k=3"), ("Category-000001", "c"),
    ]  # fmt: skip
    cats = admin.action("ListCategories", Filename="t.conf")
    assert cats.get_all("Category-000001") == ["c"]
    assert admin.action("GetConfigJSON", Filename="t.conf").get("JSON") == (
        '{"a":{"first":"0","k":"3"},"c":{}}'
    )
    bad = admin.action("UpdateConfig", SrcFilename="t.conf", DstFilename="t.conf",
                       **{"Action-000000": "EmptyCat", "Cat-000000": "zz"})  # fmt: skip
    assert bad.get("Message") == "Given category does not exist"


def test_queue_events_carry_asterisk_headers(sim: Simulator, admin: Client) -> None:
    watcher = Client(sim)
    watcher.login(events="agent")
    reply = admin.action("QueueAdd", Queue="sales", Interface="Local/7@test/n", Penalty="2")
    assert reply.get("Message") == "Added interface to queue"
    added = watcher.read()
    assert added.get("Event") == "QueueMemberAdded"
    assert [k for k, _ in added.pairs] == [
        "Event", "Privilege", "Queue", "MemberName", "Interface", "StateInterface",
        "Membership", "Penalty", "CallsTaken", "LastCall", "LastPause", "LoginTime", "InCall",
        "Status", "Paused", "PausedReason", "Ringinuse", "Wrapuptime",
    ]  # fmt: skip
    assert added.get("Privilege") == "agent,all" and added.get("Penalty") == "2"
    admin.action("QueuePause", Interface="Local/7@test/n", Paused="true", Reason="lunch")
    assert watcher.read().get("PausedReason") == "lunch"
    admin.send("QueueStatus", Queue="sales")
    items = admin.until("QueueStatusComplete")
    assert items[-1].get("ListItems") == "2" and items[2].get("Paused") == "1"
    admin.action("QueueRemove", Queue="sales", Interface="Local/7@test/n")
    assert watcher.read().get("Event") == "QueueMemberRemoved"
    static = admin.action("QueueRemove", Queue="support", Interface="Local/100@test/n")
    assert static.get("Message") == "Member not dynamic"


def test_async_originate_events_and_live_channels(sim: Simulator, admin: Client) -> None:
    watcher = Client(sim)
    watcher.login(events="call")
    reply = admin.action("Originate", ActionID="o1", Channel="Local/101@test", Application="Wait",
                         Data="30", Async="true")  # fmt: skip
    assert reply.get("Message") == "Originate successfully queued"
    seen = watcher.until("OriginateResponse")
    names = [m.get("Event") for m in seen]
    assert names[:2] == ["Newchannel", "Newchannel"] and "DialEnd" in names
    assert all(m.get("Privilege") == "call,all" for m in seen)
    response = seen[-1]
    assert response.get("Response") == "Success" and response.get("Reason") == "4"
    chan = response["Channel"]
    assert chan.startswith("Local/101@test-") and chan.endswith(";1")
    admin.send("CoreShowChannels")
    listing = admin.until("CoreShowChannelsComplete")
    assert listing[-1].get("ListItems") == "2"
    assert admin.action("Hangup", Channel=chan, Cause="17").get("Message") == "Channel Hungup"
    gone = [m for m in watcher.quiet(0.3) if m.get("Event") == "Hangup"]
    # the ;1 side ends with the cause asked for and passes it to its ;2 side, which has
    # none of its own (as Asterisk 20 does: HangupRequest 17, both Hangup 17)
    assert {m.get("Channel"): m.get("Cause") for m in gone} == {
        chan: "17", chan[:-1] + "2": "17",
    }  # fmt: skip
    assert admin.action("Hangup", Channel=chan).get("Message") == "No such channel"


def test_sync_originate_failures(admin: Client) -> None:
    assert admin.action("Originate", Channel="Foo/bar", Application="Wait").get("Message") == (
        "Originate failed"
    )
    busy = admin.action("Originate", Channel="Local/999@test", Application="Wait", Data="1")
    assert busy.get("Message") == "Originate failed"
    assert admin.action("Originate", Channel="nochannel").get("Message") == "Invalid channel"


def test_redirect_runs_the_target_dialplan(admin: Client) -> None:
    admin.action("Originate", Channel="Local/101@test", Application="Wait", Data="30")
    admin.send("CoreShowChannels")
    chan = admin.until("CoreShowChannelsComplete")[1]["Channel"]
    reply = admin.action("Redirect", Channel=chan, Context="test", Exten="900", Priority="1")
    assert reply.get("Message") == "Redirect successful"
    time.sleep(0.1)
    assert admin.action("Getvar", Channel=chan, Variable="REDIRECTED").get("Value") == "yes"


def test_park_and_parked_calls(admin: Client) -> None:
    admin.action("Originate", Channel="Local/101@test", Application="Wait", Data="30")
    admin.send("CoreShowChannels")
    chan = admin.until("CoreShowChannelsComplete")[1]["Channel"]
    assert admin.action("Park", Channel=chan).raw.endswith(b"Park successful\n")
    admin.send("ParkedCalls")
    parked = admin.until("ParkedCallsComplete")
    assert parked[1].get("ParkingSpace") == "701" and parked[1].get("ParkeeChannel") == chan
    assert parked[-1].get("Total") == "1"


def test_command_output_format(admin: Client) -> None:
    version = admin.action("Command", Command="core show version")
    assert version.get("Message") == "Command output follows"
    assert version.get("Output", "").startswith("Asterisk ")
    admin.action("DBPut", Family="f", Key="k", Val="v")
    db = admin.action("Command", Command="database show f")
    assert db.get_all("Output")[-1] == "1 results found."
    empty = admin.action("Command", Command="core show channels concise")
    assert empty.get_all("Output") == [""]
    bad = admin.action("Command", Command="no such cli command")
    assert bad.get("Response") == "Error"


def test_userevent_reaches_sessions_with_user_class(sim: Simulator, admin: Client) -> None:
    listener, deaf = Client(sim), Client(sim)
    listener.login(events="user")
    deaf.login(events="call")
    admin.action("UserEvent", UserEvent="Ping2", ActionID="u1", Extra="yes")
    event = listener.read()
    assert event.pairs == (
        ("Event", "UserEvent"), ("Privilege", "user,all"), ("UserEvent", "Ping2"),
        ("ActionID", "u1"), ("Extra", "yes"),
    )  # fmt: skip
    assert deaf.quiet(0.2) == []


def test_events_action_switches_the_mask(sim: Simulator, admin: Client) -> None:
    assert admin.action("Events", EventMask="user").get("Events") == "On"
    admin.action("UserEvent", UserEvent="A")
    assert admin.read().get("Event") == "UserEvent"
    assert admin.action("Events", EventMask="off").get("Events") == "Off"
    admin.action("UserEvent", UserEvent="B")
    assert admin.quiet(0.2) == []


def test_users_file_manager_conf_and_json(tmp_path: Path) -> None:
    conf = tmp_path / "users.conf"
    conf.write_text("[general]\nenabled=yes\n[bob]\nsecret=pw\nread=call,user\nwrite=all\n")
    users = load_users(conf)
    bob = users.get("BOB")
    assert bob is not None and bob.readperm == 2 | 64 and "pw" not in repr(bob)
    js = tmp_path / "users.json"
    js.write_text(json.dumps({"amy": {"secret": "s", "read": "system", "write": "system"}}))
    assert load_users(js).get("amy") is not None
    js.write_text("{not json")
    with pytest.raises(InvalidInput):
        load_users(js)


def test_users_file_in_simple_yaml(tmp_path: Path) -> None:
    path = tmp_path / "users.yaml"
    path.write_text(
        "# operators\n"
        "bob:\n"
        "  secret: 'pw # not a comment'\n"
        "  read: [call, user]   # a list\n"
        "  write: all\n"
        "amy:\n"
        "  secret: s\n"
    )
    users = load_users(path)
    bob, amy = users.get("bob"), users.get("amy")
    assert bob is not None and bob.secret == "pw # not a comment"
    assert bob.readperm == 2 | 64 and amy is not None and amy.readperm == 0
    path.write_text("bob:\n  - secret\n")
    with pytest.raises(InvalidInput, match="line 2"):
        load_users(path)


def test_async_context_manager_serves() -> None:
    async def run() -> bytes:
        async with Simulator() as sim:
            reader, writer = await asyncio.open_connection(sim.host, sim.port)
            banner = await asyncio.wait_for(reader.readline(), 5)
            writer.close()
            return banner

    assert asyncio.run(run()) == b"Asterisk Call Manager/9.0.0\r\n"


def test_python_dash_m_runs_the_simulator() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ami_runtime.simulator", "--port", "0"],
        stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1] / "runtime",
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line.startswith("AMI simulator listening on 127.0.0.1:")
        import socket

        port = int(line.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            assert s.recv(100).startswith(b"Asterisk Call Manager/9.0.0")
    finally:
        proc.terminate()
        proc.wait(10)


def test_works_with_the_runtime_manager_client(sim: Simulator) -> None:
    manager_mod = pytest.importorskip("ami_runtime")
    if not hasattr(manager_mod, "Manager"):
        pytest.skip("ami_runtime.Manager not available yet")
    from ami_runtime import Action, Manager

    m = Manager()
    m.connect(sim.host, sim.port, timeout=5)
    try:
        m.login("admin", "adminsecret", auth="md5", events=False)
        reply = m.send_action(Action("Ping"))
        assert reply.get("Ping") == "Pong"
    finally:
        m.close()
