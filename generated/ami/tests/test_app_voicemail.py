# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.app_voicemail``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

from ami_runtime.framing import encode_message

from ami import core


def test_voicemailuserslist_sends_the_expected_bytes() -> None:
    req = core.VoicemailUsersList()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: VoicemailUsersList\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )
