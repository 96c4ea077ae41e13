"""The simulator's Asterisk versions and its replaceable configuration (--config-dir)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ami_runtime.errors import InvalidInput
from ami_runtime.simulator import Simulator

from tests.test_simulator import Client

EXPECTED = {
    "20": ("9.0.0", "GIT-20-516d2c60ac"),
    "22": ("11.0.0", "GIT-22-69535d4837"),
    "23": ("12.0.0", "GIT-23-d6c28138c2"),
}


@pytest.fixture(params=sorted(EXPECTED))
def versioned(request: pytest.FixtureRequest) -> Iterator[tuple[str, Client]]:
    with Simulator.running_in_thread(asterisk_version=request.param) as sim:
        client = Client(sim)
        client.login()
        yield request.param, client
        client.close()


def test_each_version_has_its_banner_versions_and_actions(versioned: tuple[str, Client]) -> None:
    version, client = versioned
    ami, asterisk = EXPECTED[version]
    assert client.banner == f"Asterisk Call Manager/{ami}"
    settings = client.action("CoreSettings")
    assert (settings.get("AMIversion"), settings.get("AsteriskVersion")) == (ami, asterisk)
    out = client.action("Command", Command="core show version").get("Output") or ""
    assert out.startswith(f"Asterisk {asterisk} built by")
    listed = client.action("ListCommands")
    assert listed.get("PJSIPShowEndpoints") is not None
    for name in ("SIPpeers", "Monitor"):
        present = listed.get(name) is not None
        assert present is (version == "20")
        reply = client.action(name, Channel="x")
        if version != "20":
            assert reply.get("Message") == (
                f"Invalid/unknown command: {name}. "
                "Use Action: ListCommands to show available commands."
            )


def test_unknown_action_raises_request_bad_format() -> None:
    with Simulator.running_in_thread() as sim:
        client = Client(sim)
        client.login(events="on")
        client.quiet(0.2)
        assert client.action("NoSuchThing").get("Response") == "Error"
        event = client.until("RequestBadFormat")[-1]
        assert event.get("RequestType") == "Action: NoSuchThing"
        assert event.get("AccountID") == "admin"
        client.close()


def test_unknown_version_is_refused() -> None:
    with pytest.raises(InvalidInput, match="20, 22, 23"):
        Simulator(asterisk_version="21")


def _write_config(tmp_path: Path) -> Path:
    (tmp_path / "extensions.conf").write_text(
        "[general]\nstatic = yes\n\n[office]\nswitch => IAX2/elsewhere\n"
        "exten => 500,1,Answer()\n same => n,Festival(hello)\n same => n,Hangup()\n"
    )
    (tmp_path / "queues.conf").write_text(
        "[helpdesk]\nstrategy = rrmemory\nmusicclass = jazz\nmember => Local/500@office/n\n"
    )
    (tmp_path / "manager.conf").write_text(
        "[general]\nenabled = yes\n\n[ops]\nsecret = opssecret\nread = all\nwrite = all\n"
        "displayconnects = no\n"
    )
    (tmp_path / "iax.conf").write_text("[general]\nbindport = 4569\n")
    return tmp_path


def test_config_dir_replaces_the_fixture_and_lists_what_it_ignores(tmp_path: Path) -> None:
    config = _write_config(tmp_path)
    with Simulator.running_in_thread(config_dir=config) as sim:
        ignored = [str(i) for i in sim.ignored_lines()]
        client = Client(sim)
        client.login("ops", "opssecret")
        client.send("QueueSummary", Queue="helpdesk")
        assert client.until("QueueSummaryComplete")[-1].get("ListItems") == "1"
        client.send("QueueSummary", Queue="support")  # the default fixture's queue is gone
        assert client.until("QueueSummaryComplete")[-1].get("ListItems") == "0"
        state = client.action("ExtensionState", Exten="500", Context="office")
        assert state.get("Response") == "Success"
        listed = client.action("ListCommands")
        assert listed.get("PJSIPShowEndpoints") is None  # no pjsip.conf: res_pjsip not loaded
        client.close()
    assert "extensions.conf:2: [general] option 'static': no effect in the simulator" in ignored
    assert "extensions.conf:5: [office] option 'switch': no effect in the simulator" in ignored
    assert any(i.startswith("extensions.conf:7: [office] application 'festival'") for i in ignored)
    assert "queues.conf:3: [helpdesk] option 'musicclass': no effect in the simulator" in ignored
    assert "manager.conf:8: [ops] option 'displayconnects': no effect in the simulator" in ignored
    assert "iax.conf: not used by the simulator (GetConfig/UpdateConfig only)" in ignored
    assert not any(i.startswith("queues.conf:2") or i.startswith("queues.conf:4") for i in ignored)


def test_config_dir_errors_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "queues.conf").write_text("[q]\nstrategy\n")
    with pytest.raises(InvalidInput, match=r"queues.conf: line 2"):
        Simulator(config_dir=tmp_path)
    with pytest.raises(InvalidInput, match="does not exist"):
        Simulator(config_dir=tmp_path / "nope")


def test_command_line_prints_ignored_lines(tmp_path: Path) -> None:
    config = _write_config(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ami_runtime.simulator", "--port", "0", "--config-dir",
         str(config), "--asterisk-version", "22"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        lines = []
        for _ in range(50):
            line = proc.stderr.readline()
            lines.append(line)
            if line.startswith("AMI simulator listening") or not line:
                break
    finally:
        proc.terminate()
        proc.wait(10)
    assert (
        "ignored: queues.conf:3: [helpdesk] option 'musicclass': no effect in the simulator\n"
        in lines
    )
    assert lines[-1].startswith("AMI simulator listening on 127.0.0.1:")
