# DO NOT EDIT. Generated from spec/actions.yaml by codegen/ (template: test_module.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for the actions of ``ami.actions.manager``, from the catalogue's examples.

For each action: the exact bytes of a typical call, each required field refused when
missing, the client defaults, and CR/LF refused in a value.
"""

import pytest
from ami_runtime import InvalidInput
from ami_runtime.framing import encode_message

from ami import core


def test_absolutetimeout_sends_the_expected_bytes() -> None:
    req = core.AbsoluteTimeout("Local/101@test-0000000b;1", 60)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: AbsoluteTimeout\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-0000000b;1\r\n"
        b"Timeout: 60\r\n"
        b"\r\n"
    )


def test_absolutetimeout_refuses_missing_channel() -> None:
    req = core.AbsoluteTimeout(None, 60)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_absolutetimeout_applies_defaults() -> None:
    req = core.AbsoluteTimeout("Local/101@test-0000000b;1")
    assert req.seconds == 0
    pairs = req.headers()
    assert ("Timeout", "0") in pairs


def test_absolutetimeout_refuses_control_characters() -> None:
    req = core.AbsoluteTimeout("Local/101@test-0000000b;1\r\nAction: Logoff", 60)
    with pytest.raises(InvalidInput):
        req.headers()


def test_bridge_sends_the_expected_bytes() -> None:
    req = core.Bridge("Local/101@test-00000010;1", "Local/101@test-00000011;1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Bridge\r\n"
        b"ActionID: test-1\r\n"
        b"Channel1: Local/101@test-00000010;1\r\n"
        b"Channel2: Local/101@test-00000011;1\r\n"
        b"Tone: no\r\n"
        b"\r\n"
    )


def test_bridge_refuses_missing_channel_1() -> None:
    req = core.Bridge(None, "Local/101@test-00000011;1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel_1"


def test_bridge_refuses_missing_channel_2() -> None:
    req = core.Bridge("Local/101@test-00000010;1", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel_2"


def test_bridge_applies_defaults() -> None:
    req = core.Bridge("Local/101@test-00000010;1", "Local/101@test-00000011;1")
    assert req.tone is False
    pairs = req.headers()
    assert ("Tone", "no") in pairs


def test_bridge_refuses_control_characters() -> None:
    req = core.Bridge("Local/101@test-00000010;1\r\nAction: Logoff", "Local/101@test-00000011;1")
    with pytest.raises(InvalidInput):
        req.headers()


def test_challenge_sends_the_expected_bytes() -> None:
    req = core.Challenge()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Challenge\r\n" b"ActionID: test-1\r\n" b"AuthType: MD5\r\n" b"\r\n"
    )


def test_challenge_applies_defaults() -> None:
    req = core.Challenge()
    assert req.authtype == "MD5"
    pairs = req.headers()
    assert ("AuthType", "MD5") in pairs


def test_command_sends_the_expected_bytes() -> None:
    req = core.Command("core show version")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Command\r\n" b"ActionID: test-1\r\n" b"Command: core show version\r\n" b"\r\n"
    )


def test_command_refuses_missing_command() -> None:
    req = core.Command(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "command"


def test_command_refuses_control_characters() -> None:
    req = core.Command("core show version\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_coreshowchannels_sends_the_expected_bytes() -> None:
    req = core.CoreShowChannels()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: CoreShowChannels\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_createconfig_sends_the_expected_bytes() -> None:
    req = core.CreateConfig("filename-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: CreateConfig\r\n" b"ActionID: test-1\r\n" b"Filename: filename-1\r\n" b"\r\n"
    )


def test_createconfig_refuses_missing_filename() -> None:
    req = core.CreateConfig(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "filename"


def test_createconfig_refuses_control_characters() -> None:
    req = core.CreateConfig("filename-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_dbdel_sends_the_expected_bytes() -> None:
    req = core.DBDel("family-1", "key-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: DBDel\r\n"
        b"ActionID: test-1\r\n"
        b"Family: family-1\r\n"
        b"Key: key-1\r\n"
        b"\r\n"
    )


def test_dbdel_refuses_missing_family() -> None:
    req = core.DBDel(None, "key-1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "family"


def test_dbdel_refuses_missing_key() -> None:
    req = core.DBDel("family-1", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "key"


def test_dbdel_refuses_control_characters() -> None:
    req = core.DBDel("family-1\r\nAction: Logoff", "key-1")
    with pytest.raises(InvalidInput):
        req.headers()


def test_dbdeltree_sends_the_expected_bytes() -> None:
    req = core.DBDelTree("family-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: DBDelTree\r\n" b"ActionID: test-1\r\n" b"Family: family-1\r\n" b"\r\n"
    )


def test_dbdeltree_refuses_missing_family() -> None:
    req = core.DBDelTree(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "family"


def test_dbdeltree_applies_defaults() -> None:
    req = core.DBDelTree("family-1")
    assert req.key is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Key" not in sent


def test_dbdeltree_refuses_control_characters() -> None:
    req = core.DBDelTree("family-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_dbget_sends_the_expected_bytes() -> None:
    req = core.DBGet("amitest", "color")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: DBGet\r\n"
        b"ActionID: test-1\r\n"
        b"Family: amitest\r\n"
        b"Key: color\r\n"
        b"\r\n"
    )


def test_dbget_refuses_missing_family() -> None:
    req = core.DBGet(None, "color")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "family"


def test_dbget_refuses_missing_key() -> None:
    req = core.DBGet("amitest", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "key"


def test_dbget_refuses_control_characters() -> None:
    req = core.DBGet("amitest\r\nAction: Logoff", "color")
    with pytest.raises(InvalidInput):
        req.headers()


def test_dbput_sends_the_expected_bytes() -> None:
    req = core.DBPut("amitest", "color", "blue")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: DBPut\r\n"
        b"ActionID: test-1\r\n"
        b"Family: amitest\r\n"
        b"Key: color\r\n"
        b"Val: blue\r\n"
        b"\r\n"
    )


def test_dbput_refuses_missing_family() -> None:
    req = core.DBPut(None, "color", "blue")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "family"


def test_dbput_refuses_missing_key() -> None:
    req = core.DBPut("amitest", None, "blue")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "key"


def test_dbput_refuses_missing_value() -> None:
    req = core.DBPut("amitest", "color", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "value"


def test_dbput_refuses_control_characters() -> None:
    req = core.DBPut("amitest\r\nAction: Logoff", "color", "blue")
    with pytest.raises(InvalidInput):
        req.headers()


def test_events_sends_the_expected_bytes() -> None:
    req = core.Events(["user", "call"])
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Events\r\n" b"ActionID: test-1\r\n" b"EventMask: user,call\r\n" b"\r\n"
    )


def test_events_refuses_missing_mask() -> None:
    req = core.Events(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "mask"


def test_extensionstate_sends_the_expected_bytes() -> None:
    req = core.ExtensionState("100", "test")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ExtensionState\r\n"
        b"ActionID: test-1\r\n"
        b"Exten: 100\r\n"
        b"Context: test\r\n"
        b"\r\n"
    )


def test_extensionstate_refuses_missing_extension() -> None:
    req = core.ExtensionState(None, "test")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "extension"


def test_extensionstate_refuses_missing_context() -> None:
    req = core.ExtensionState("100", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "context"


def test_extensionstate_refuses_control_characters() -> None:
    req = core.ExtensionState("100\r\nAction: Logoff", "test")
    with pytest.raises(InvalidInput):
        req.headers()


def test_getconfig_sends_the_expected_bytes() -> None:
    req = core.GetConfig("extensions.conf", category="test")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: GetConfig\r\n"
        b"ActionID: test-1\r\n"
        b"Filename: extensions.conf\r\n"
        b"Category: test\r\n"
        b"\r\n"
    )


def test_getconfig_refuses_missing_filename() -> None:
    req = core.GetConfig(None, category="test")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "filename"


def test_getconfig_applies_defaults() -> None:
    req = core.GetConfig("extensions.conf")
    assert req.category is None
    assert req.filter is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Category" not in sent
    assert "Filter" not in sent


def test_getconfig_refuses_control_characters() -> None:
    req = core.GetConfig("extensions.conf\r\nAction: Logoff", category="test")
    with pytest.raises(InvalidInput):
        req.headers()


def test_getvar_sends_the_expected_bytes() -> None:
    req = core.Getvar("REDIRECTED", "Local/101@test-0000000c;1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Getvar\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-0000000c;1\r\n"
        b"Variable: REDIRECTED\r\n"
        b"\r\n"
    )


def test_getvar_refuses_missing_variable() -> None:
    req = core.Getvar(None, "Local/101@test-0000000c;1")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "variable"


def test_getvar_applies_defaults() -> None:
    req = core.Getvar("REDIRECTED")
    assert req.channel is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Channel" not in sent


def test_getvar_refuses_control_characters() -> None:
    req = core.Getvar("REDIRECTED\r\nAction: Logoff", "Local/101@test-0000000c;1")
    with pytest.raises(InvalidInput):
        req.headers()


def test_hangup_sends_the_expected_bytes() -> None:
    req = core.Hangup("Local/101@test-00000009;1", cause=16)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Hangup\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-00000009;1\r\n"
        b"Cause: 16\r\n"
        b"\r\n"
    )


def test_hangup_refuses_missing_channel() -> None:
    req = core.Hangup(None, cause=16)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_hangup_applies_defaults() -> None:
    req = core.Hangup("Local/101@test-00000009;1")
    assert req.cause is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Cause" not in sent


def test_hangup_refuses_control_characters() -> None:
    req = core.Hangup("Local/101@test-00000009;1\r\nAction: Logoff", cause=16)
    with pytest.raises(InvalidInput):
        req.headers()


def test_listcategories_sends_the_expected_bytes() -> None:
    req = core.ListCategories("filename-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ListCategories\r\n" b"ActionID: test-1\r\n" b"Filename: filename-1\r\n" b"\r\n"
    )


def test_listcategories_refuses_missing_filename() -> None:
    req = core.ListCategories(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "filename"


def test_listcategories_applies_defaults() -> None:
    req = core.ListCategories("filename-1")
    assert req.match is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Match" not in sent


def test_listcategories_refuses_control_characters() -> None:
    req = core.ListCategories("filename-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_listcommands_sends_the_expected_bytes() -> None:
    req = core.ListCommands()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ListCommands\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_localoptimizeaway_sends_the_expected_bytes() -> None:
    req = core.LocalOptimizeAway("channel-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: LocalOptimizeAway\r\n" b"ActionID: test-1\r\n" b"Channel: channel-1\r\n" b"\r\n"
    )


def test_localoptimizeaway_refuses_missing_channel() -> None:
    req = core.LocalOptimizeAway(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_localoptimizeaway_refuses_control_characters() -> None:
    req = core.LocalOptimizeAway("channel-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_login_sends_the_expected_bytes() -> None:
    req = core.Login("admin", "adminsecret", events=False, challenge="137165032")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Login\r\n"
        b"ActionID: test-1\r\n"
        b"AuthType: MD5\r\n"
        b"Username: admin\r\n"
        b"Key: 1b3377adb17122538de58b35578307d1\r\n"
        b"Events: off\r\n"
        b"\r\n"
    )


def test_login_refuses_missing_username() -> None:
    req = core.Login(None, "adminsecret", events=False, challenge="137165032")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "username"


def test_login_refuses_missing_secret() -> None:
    req = core.Login("admin", None, events=False, challenge="137165032")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "secret"


def test_login_applies_defaults() -> None:
    req = core.Login("admin", "adminsecret")
    assert req.events is True
    assert req.challenge is None
    assert req.authtype == "MD5"


def test_login_refuses_control_characters() -> None:
    req = core.Login("admin\r\nAction: Logoff", "adminsecret", events=False, challenge="137165032")
    with pytest.raises(InvalidInput):
        req.headers()


def test_logoff_sends_the_expected_bytes() -> None:
    req = core.Logoff()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Logoff\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_mailboxcount_sends_the_expected_bytes() -> None:
    req = core.MailboxCount("1000@default")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: MailboxCount\r\n" b"ActionID: test-1\r\n" b"Mailbox: 1000@default\r\n" b"\r\n"
    )


def test_mailboxcount_refuses_missing_mailbox() -> None:
    req = core.MailboxCount(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "mailbox"


def test_mailboxcount_refuses_control_characters() -> None:
    req = core.MailboxCount("1000@default\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_mailboxstatus_sends_the_expected_bytes() -> None:
    req = core.MailboxStatus("mailbox-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: MailboxStatus\r\n" b"ActionID: test-1\r\n" b"Mailbox: mailbox-1\r\n" b"\r\n"
    )


def test_mailboxstatus_refuses_missing_mailbox() -> None:
    req = core.MailboxStatus(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "mailbox"


def test_mailboxstatus_refuses_control_characters() -> None:
    req = core.MailboxStatus("mailbox-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_modulecheck_sends_the_expected_bytes() -> None:
    req = core.ModuleCheck("module-1")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ModuleCheck\r\n" b"ActionID: test-1\r\n" b"Module: module-1\r\n" b"\r\n"
    )


def test_modulecheck_refuses_missing_module() -> None:
    req = core.ModuleCheck(None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "module"


def test_modulecheck_refuses_control_characters() -> None:
    req = core.ModuleCheck("module-1\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_moduleload_sends_the_expected_bytes() -> None:
    req = core.ModuleLoad("reload", "res_parking.so")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: ModuleLoad\r\n"
        b"ActionID: test-1\r\n"
        b"LoadType: reload\r\n"
        b"Module: res_parking.so\r\n"
        b"\r\n"
    )


def test_moduleload_refuses_missing_load_type() -> None:
    req = core.ModuleLoad(None, "res_parking.so")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "load_type"


def test_moduleload_applies_defaults() -> None:
    req = core.ModuleLoad("reload")
    assert req.module is None
    assert req.recursive is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Module" not in sent
    assert "Recursive" not in sent


def test_moduleload_refuses_control_characters() -> None:
    req = core.ModuleLoad("reload\r\nAction: Logoff", "res_parking.so")
    with pytest.raises(InvalidInput):
        req.headers()


def test_originate_application_sends_the_expected_bytes() -> None:
    req = core.Originate_Application(
        "Local/100@test", "Wait", ["5"], callerid='"AMI Test" <5551234>', variables={"ORIGVAR": "1"}
    )
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Originate\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/100@test\r\n"
        b"Application: Wait\r\n"
        b"Data: 5\r\n"
        b"Async: true\r\n"
        b'CallerID: "AMI Test" <5551234>\r\n'
        b"Variable: ORIGVAR=1\r\n"
        b"\r\n"
    )


def test_originate_application_refuses_missing_channel() -> None:
    req = core.Originate_Application(
        None, "Wait", ["5"], callerid='"AMI Test" <5551234>', variables={"ORIGVAR": "1"}
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_originate_application_refuses_missing_application() -> None:
    req = core.Originate_Application(
        "Local/100@test", None, ["5"], callerid='"AMI Test" <5551234>', variables={"ORIGVAR": "1"}
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "application"


def test_originate_application_applies_defaults() -> None:
    req = core.Originate_Application("Local/100@test", "Wait")
    assert req.data is None
    assert req.timeout is None
    assert req.callerid is None
    assert req.variables is None
    assert req.account is None
    assert req.async_ is True
    assert req.early_media is None
    assert req.codecs is None
    assert req.channel_id is None
    assert req.other_channel_id is None
    assert req.predial_gosub is None
    pairs = req.headers()
    assert ("Async", "true") in pairs
    sent = {key for key, _ in pairs}
    assert "Data" not in sent
    assert "Timeout" not in sent
    assert "CallerID" not in sent
    assert "Variable" not in sent
    assert "Account" not in sent
    assert "EarlyMedia" not in sent
    assert "Codecs" not in sent
    assert "ChannelId" not in sent
    assert "OtherChannelId" not in sent
    assert "PreDialGoSub" not in sent


def test_originate_application_refuses_control_characters() -> None:
    req = core.Originate_Application(
        "Local/100@test\r\nAction: Logoff",
        "Wait",
        ["5"],
        callerid='"AMI Test" <5551234>',
        variables={"ORIGVAR": "1"},
    )
    with pytest.raises(InvalidInput):
        req.headers()


def test_originate_context_sends_the_expected_bytes() -> None:
    req = core.Originate_Context(
        "Local/100@test", "test", "100", 1, timeout=30000, variables={"A": "1", "B": "x,y"}
    )
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Originate\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/100@test\r\n"
        b"Context: test\r\n"
        b"Exten: 100\r\n"
        b"Priority: 1\r\n"
        b"Timeout: 30000\r\n"
        b"Async: true\r\n"
        b"Variable: A=1\r\n"
        b"Variable: B=x\\,y\r\n"
        b"\r\n"
    )


def test_originate_context_refuses_missing_channel() -> None:
    req = core.Originate_Context(
        None, "test", "100", 1, timeout=30000, variables={"A": "1", "B": "x,y"}
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_originate_context_refuses_missing_context() -> None:
    req = core.Originate_Context(
        "Local/100@test", None, "100", 1, timeout=30000, variables={"A": "1", "B": "x,y"}
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "context"


def test_originate_context_refuses_missing_extension() -> None:
    req = core.Originate_Context(
        "Local/100@test", "test", None, 1, timeout=30000, variables={"A": "1", "B": "x,y"}
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "extension"


def test_originate_context_refuses_missing_priority() -> None:
    req = core.Originate_Context(
        "Local/100@test", "test", "100", None, timeout=30000, variables={"A": "1", "B": "x,y"}
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "priority"


def test_originate_context_applies_defaults() -> None:
    req = core.Originate_Context("Local/100@test", "test", "100", 1)
    assert req.timeout is None
    assert req.callerid is None
    assert req.variables is None
    assert req.account is None
    assert req.async_ is True
    assert req.early_media is None
    assert req.codecs is None
    assert req.channel_id is None
    assert req.other_channel_id is None
    assert req.predial_gosub is None
    pairs = req.headers()
    assert ("Async", "true") in pairs
    sent = {key for key, _ in pairs}
    assert "Timeout" not in sent
    assert "CallerID" not in sent
    assert "Variable" not in sent
    assert "Account" not in sent
    assert "EarlyMedia" not in sent
    assert "Codecs" not in sent
    assert "ChannelId" not in sent
    assert "OtherChannelId" not in sent
    assert "PreDialGoSub" not in sent


def test_originate_context_refuses_control_characters() -> None:
    req = core.Originate_Context(
        "Local/100@test\r\nAction: Logoff",
        "test",
        "100",
        1,
        timeout=30000,
        variables={"A": "1", "B": "x,y"},
    )
    with pytest.raises(InvalidInput):
        req.headers()


def test_ping_sends_the_expected_bytes() -> None:
    req = core.Ping()
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Ping\r\n" b"ActionID: test-1\r\n" b"\r\n"
    )


def test_redirect_sends_the_expected_bytes() -> None:
    req = core.Redirect("Local/101@test-0000000c;1", "test", "900", 1)
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Redirect\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-0000000c;1\r\n"
        b"Context: test\r\n"
        b"Exten: 900\r\n"
        b"Priority: 1\r\n"
        b"\r\n"
    )


def test_redirect_refuses_missing_channel() -> None:
    req = core.Redirect(None, "test", "900", 1)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_redirect_refuses_missing_context() -> None:
    req = core.Redirect("Local/101@test-0000000c;1", None, "900", 1)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "context"


def test_redirect_refuses_missing_extension() -> None:
    req = core.Redirect("Local/101@test-0000000c;1", "test", None, 1)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "extension"


def test_redirect_refuses_missing_priority() -> None:
    req = core.Redirect("Local/101@test-0000000c;1", "test", "900", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "priority"


def test_redirect_applies_defaults() -> None:
    req = core.Redirect("Local/101@test-0000000c;1", "test", "900", 1)
    assert req.extra_channel is None
    assert req.extra_context is None
    assert req.extra_extension is None
    assert req.extra_priority is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "ExtraChannel" not in sent
    assert "ExtraContext" not in sent
    assert "ExtraExten" not in sent
    assert "ExtraPriority" not in sent


def test_redirect_refuses_control_characters() -> None:
    req = core.Redirect("Local/101@test-0000000c;1\r\nAction: Logoff", "test", "900", 1)
    with pytest.raises(InvalidInput):
        req.headers()


def test_reload_sends_the_expected_bytes() -> None:
    req = core.Reload("res_parking")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Reload\r\n" b"ActionID: test-1\r\n" b"Module: res_parking\r\n" b"\r\n"
    )


def test_reload_applies_defaults() -> None:
    req = core.Reload()
    assert req.module is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Module" not in sent


def test_reload_refuses_control_characters() -> None:
    req = core.Reload("res_parking\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        req.headers()


def test_sendtext_sends_the_expected_bytes() -> None:
    req = core.SendText("Local/101@test-00000016;1", "hello from AMI")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: SendText\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/101@test-00000016;1\r\n"
        b"Message: hello from AMI\r\n"
        b"\r\n"
    )


def test_sendtext_refuses_missing_channel() -> None:
    req = core.SendText(None, "hello from AMI")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "channel"


def test_sendtext_refuses_missing_message() -> None:
    req = core.SendText("Local/101@test-00000016;1", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "message"


def test_sendtext_applies_defaults() -> None:
    req = core.SendText("Local/101@test-00000016;1", "hello from AMI")
    assert req.content_type is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Content-Type" not in sent


def test_sendtext_refuses_control_characters() -> None:
    req = core.SendText("Local/101@test-00000016;1\r\nAction: Logoff", "hello from AMI")
    with pytest.raises(InvalidInput):
        req.headers()


def test_setvar_sends_the_expected_bytes() -> None:
    req = core.Setvar("AMITEST_GLOBAL", "hello world")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Setvar\r\n"
        b"ActionID: test-1\r\n"
        b"Variable: AMITEST_GLOBAL\r\n"
        b"Value: hello world\r\n"
        b"\r\n"
    )


def test_setvar_refuses_missing_variable() -> None:
    req = core.Setvar(None, "hello world")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "variable"


def test_setvar_refuses_missing_value() -> None:
    req = core.Setvar("AMITEST_GLOBAL", None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "value"


def test_setvar_applies_defaults() -> None:
    req = core.Setvar("AMITEST_GLOBAL", "hello world")
    assert req.channel is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Channel" not in sent


def test_setvar_refuses_control_characters() -> None:
    req = core.Setvar("AMITEST_GLOBAL\r\nAction: Logoff", "hello world")
    with pytest.raises(InvalidInput):
        req.headers()


def test_status_sends_the_expected_bytes() -> None:
    req = core.Status("Local/100@test-00000001;1", variables=["A", "B"])
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: Status\r\n"
        b"ActionID: test-1\r\n"
        b"Channel: Local/100@test-00000001;1\r\n"
        b"Variables: A,B\r\n"
        b"\r\n"
    )


def test_status_applies_defaults() -> None:
    req = core.Status()
    assert req.channel is None
    assert req.variables is None
    assert req.all_variables is None
    pairs = req.headers()
    sent = {key for key, _ in pairs}
    assert "Channel" not in sent
    assert "Variables" not in sent
    assert "AllVariables" not in sent


def test_status_refuses_control_characters() -> None:
    req = core.Status("Local/100@test-00000001;1\r\nAction: Logoff", variables=["A", "B"])
    with pytest.raises(InvalidInput):
        req.headers()


def test_updateconfig_sends_the_expected_bytes() -> None:
    req = core.UpdateConfig(
        "amitest.conf",
        "amitest.conf",
        [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
        reload="no",
    )
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: UpdateConfig\r\n"
        b"ActionID: test-1\r\n"
        b"SrcFilename: amitest.conf\r\n"
        b"DstFilename: amitest.conf\r\n"
        b"Reload: no\r\n"
        b"Action-000000: NewCat\r\n"
        b"Cat-000000: section1\r\n"
        b"Action-000001: Append\r\n"
        b"Cat-000001: section1\r\n"
        b"Var-000001: key1\r\n"
        b"Value-000001: value1\r\n"
        b"\r\n"
    )


def test_updateconfig_refuses_missing_src_filename() -> None:
    req = core.UpdateConfig(
        None,
        "amitest.conf",
        [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
        reload="no",
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "src_filename"


def test_updateconfig_refuses_missing_dst_filename() -> None:
    req = core.UpdateConfig(
        "amitest.conf",
        None,
        [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
        reload="no",
    )
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "dst_filename"


def test_updateconfig_refuses_missing_changes() -> None:
    req = core.UpdateConfig("amitest.conf", "amitest.conf", None, reload="no")
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "changes"


def test_updateconfig_applies_defaults() -> None:
    req = core.UpdateConfig(
        "amitest.conf",
        "amitest.conf",
        [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
    )
    assert req.reload is True
    assert req.preserve_effective_context is None
    pairs = req.headers()
    assert ("Reload", "true") in pairs
    sent = {key for key, _ in pairs}
    assert "PreserveEffectiveContext" not in sent


def test_updateconfig_refuses_control_characters() -> None:
    req = core.UpdateConfig(
        "amitest.conf\r\nAction: Logoff",
        "amitest.conf",
        [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
        reload="no",
    )
    with pytest.raises(InvalidInput):
        req.headers()


def test_userevent_sends_the_expected_bytes() -> None:
    req = core.UserEvent(UserEvent="MyTestEvent", Header1="value1", Header2="value two")
    assert encode_message(req.action_name, "test-1", req.headers()) == (
        b"Action: UserEvent\r\n"
        b"ActionID: test-1\r\n"
        b"UserEvent: MyTestEvent\r\n"
        b"Header1: value1\r\n"
        b"Header2: value two\r\n"
        b"\r\n"
    )


def test_userevent_refuses_missing_user_event() -> None:
    req = core.UserEvent(Header1="value1", Header2="value two", user_event=None)
    with pytest.raises(InvalidInput) as info:
        req.headers()
    assert info.value.field == "user_event"


def test_userevent_refuses_control_characters() -> None:
    req = core.UserEvent(
        UserEvent="MyTestEvent\r\nAction: Logoff", Header1="value1", Header2="value two"
    )
    with pytest.raises(InvalidInput):
        req.headers()
