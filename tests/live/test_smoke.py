"""The live servers answer as the version they claim to be."""

from __future__ import annotations

from pathlib import Path

from ami import Manager, core

from tests.asterisk_server import AsteriskServer

AMI_VERSIONS = {"20": "9.0.0", "22": "11.0.0", "23": "12.0.0"}


def test_banner_and_version(asterisk: AsteriskServer) -> None:
    assert asterisk.ami_version == AMI_VERSIONS[asterisk.version]
    with Manager() as manager:
        manager.connect(asterisk.host, asterisk.ami_port)
        manager.login("admin", "adminsecret")
        reply = manager.send_action(core.Command("core show version"))
        assert reply.success
        assert any(f"GIT-{asterisk.version}-" in line for line in reply.data)


def test_a_server_never_started_leaves_nothing_behind(tmp_path: Path) -> None:
    """Ports are picked at once, the run directory only at the first start."""
    server = AsteriskServer("22")
    assert server.run_dir is None and server.ami_port
    server.cleanup()  # stops nothing, removes nothing
    with AsteriskServer("22", run_dir=tmp_path / "run") as started:
        assert started.cafile.is_file()
    assert (tmp_path / "run").is_dir()  # a caller's own run directory is kept
