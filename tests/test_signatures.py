"""Python signatures: pystrix's positional order, shown as such, and one spelling per word.

Issue 15: ``ami describe QueueAdd`` listed Queue before Interface (the wire order) while
the class takes ``(interface, queue, ...)`` as pystrix does, and ``membername`` sat beside
``state_interface`` (and ``member_name`` on the events).  The order stays pystrix's;
``describe`` and the reference pages show the Python signature; a field may have
``aliases`` in the catalogue, which the generated ``__init__`` accepts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ami import core
from ami.actions import ACTIONS
from ami_runtime.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_queue_add_takes_the_consistent_spelling_too() -> None:
    plain = core.QueueAdd("Local/101@test/n", "support", membername="Agent 101")
    aliased = core.QueueAdd("Local/101@test/n", "support", member_name="Agent 101")
    assert plain == aliased and aliased.membername == "Agent 101"
    assert ("MemberName", "Agent 101") in aliased.headers()
    with pytest.raises(TypeError, match="membername or member_name"):
        core.QueueAdd("Local/101@test/n", "support", membername="a", member_name="b")


def test_other_collapsed_names_have_their_consistent_spelling() -> None:
    login = core.Login("admin", "secret", auth_type="MD5")
    assert login.authtype == "MD5"
    call = core.Originate_Context("Local/1@test", "test", "1", 1, caller_id='"A" <1>')
    assert call.callerid == '"A" <1>'


def test_describe_shows_the_python_signature_and_fields_in_its_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["describe", "QueueAdd"], actions=ACTIONS) == 0
    out = capsys.readouterr().out
    assert "core.QueueAdd(interface, queue, membername=None, penalty=0, paused=False, *," in out
    assert "member_name=None" in out
    rows = [line.split()[0] for line in out.splitlines() if re.match(r"^  [A-Z]\w+\s+\w+", line)]
    assert rows.index("Interface") < rows.index("Queue")  # the constructor's order


def test_reference_page_shows_the_signature() -> None:
    page = (ROOT / "docs" / "reference" / "actions" / "QueueAdd.md").read_text(encoding="utf-8")
    assert "| Signature | `QueueAdd(interface, queue, membername=None," in page
    assert "`membername` (also `member_name`)" in page


def test_the_cli_accepts_either_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["action", "--dry-run", "QueueAdd", "Interface=PJSIP/1", "Queue=q", "member_name=A"]
    assert main(argv, actions=ACTIONS) == 0
    assert "MemberName: A" in capsys.readouterr().out
