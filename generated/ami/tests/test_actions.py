# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: test_actions.py.jinja).
# Run "make generate" to rebuild.
"""Wire tests for every generated action class, from the catalogue's examples.

EXAMPLES pairs a typical call of each class with the AMI action name and the header
lines it must send after ``Action`` and ``ActionID``; REQUIRED
names the fields the catalogue marks required (each refused when missing); MINIMAL
gives, for classes whose example passes optional arguments, the call with the required
ones only, the attribute defaults and the headers it must (not) send.
"""

import copy

import pytest
from ami_runtime import InvalidInput, Request, Response
from ami_runtime.framing import encode_message

from ami import core

EXAMPLES = [
    (
        core.AbsoluteTimeout("Local/101@test-0000000b;1", 60),
        "AbsoluteTimeout",
        ("Channel: Local/101@test-0000000b;1", "Timeout: 60"),
    ),
    (core.AgentLogoff("agent-1"), "AgentLogoff", ("Agent: agent-1",)),
    (core.Agents(), "Agents", ()),
    (
        core.AGI("Local/300@test-00000017;2", "EXEC NoOp hello-from-ami", command_id="agi-cmd-1"),
        "AGI",
        (
            "Channel: Local/300@test-00000017;2",
            "Command: EXEC NoOp hello-from-ami",
            "CommandID: agi-cmd-1",
        ),
    ),
    (core.AOCMessage("S"), "AOCMessage", ("MsgType: S",)),
    (core.Atxfer("channel-1", "exten-1"), "Atxfer", ("Channel: channel-1", "Exten: exten-1")),
    (core.BlindTransfer("channel-1"), "BlindTransfer", ("Channel: channel-1",)),
    (
        core.Bridge("Local/101@test-00000010;1", "Local/101@test-00000011;1"),
        "Bridge",
        ("Channel1: Local/101@test-00000010;1", "Channel2: Local/101@test-00000011;1", "Tone: no"),
    ),
    (
        core.BridgeDestroy("bridge_uniqueid-1"),
        "BridgeDestroy",
        ("BridgeUniqueid: bridge_uniqueid-1",),
    ),
    (core.BridgeInfo("bridge_uniqueid-1"), "BridgeInfo", ("BridgeUniqueid: bridge_uniqueid-1",)),
    (core.BridgeKick("channel-1"), "BridgeKick", ("Channel: channel-1",)),
    (core.BridgeList(), "BridgeList", ()),
    (core.BridgeTechnologyList(), "BridgeTechnologyList", ()),
    (
        core.BridgeTechnologySuspend("bridge_technology-1"),
        "BridgeTechnologySuspend",
        ("BridgeTechnology: bridge_technology-1",),
    ),
    (
        core.BridgeTechnologyUnsuspend("bridge_technology-1"),
        "BridgeTechnologyUnsuspend",
        ("BridgeTechnology: bridge_technology-1",),
    ),
    (core.CancelAtxfer("channel-1"), "CancelAtxfer", ("Channel: channel-1",)),
    (core.Challenge(), "Challenge", ("AuthType: MD5",)),
    (
        core.ChangeMonitor("channel-1", "filename-1"),
        "ChangeMonitor",
        ("Channel: channel-1", "File: filename-1"),
    ),
    (core.Command("core show version"), "Command", ("Command: core show version",)),
    (
        core.ConfbridgeKick("conference-1", "channel-1"),
        "ConfbridgeKick",
        ("Conference: conference-1", "Channel: channel-1"),
    ),
    (core.ConfbridgeList("conference-1"), "ConfbridgeList", ("Conference: conference-1",)),
    (core.ConfbridgeListRooms(), "ConfbridgeListRooms", ()),
    (core.ConfbridgeLock("conference-1"), "ConfbridgeLock", ("Conference: conference-1",)),
    (
        core.ConfbridgeMute("conference-1", "channel-1"),
        "ConfbridgeMute",
        ("Conference: conference-1", "Channel: channel-1"),
    ),
    (
        core.ConfbridgeSetSingleVideoSrc("conference-1", "channel-1"),
        "ConfbridgeSetSingleVideoSrc",
        ("Conference: conference-1", "Channel: channel-1"),
    ),
    (
        core.ConfbridgeStartRecord("conference-1"),
        "ConfbridgeStartRecord",
        ("Conference: conference-1",),
    ),
    (
        core.ConfbridgeStopRecord("conference-1"),
        "ConfbridgeStopRecord",
        ("Conference: conference-1",),
    ),
    (core.ConfbridgeUnlock("conference-1"), "ConfbridgeUnlock", ("Conference: conference-1",)),
    (
        core.ConfbridgeUnmute("conference-1", "channel-1"),
        "ConfbridgeUnmute",
        ("Conference: conference-1", "Channel: channel-1"),
    ),
    (
        core.ControlPlayback("channel-1", "stop"),
        "ControlPlayback",
        ("Channel: channel-1", "Control: stop"),
    ),
    (core.CoreSettings(), "CoreSettings", ()),
    (core.CoreShowChannelMap(), "CoreShowChannelMap", ()),
    (core.CoreShowChannels(), "CoreShowChannels", ()),
    (core.CoreStatus(), "CoreStatus", ()),
    (core.CreateConfig("filename-1"), "CreateConfig", ("Filename: filename-1",)),
    (
        core.DAHDIDialOffhook("dahdi_channel-1", "number-1"),
        "DAHDIDialOffhook",
        ("DAHDIChannel: dahdi_channel-1", "Number: number-1"),
    ),
    (core.DAHDIDNDoff("dahdi_channel-1"), "DAHDIDNDoff", ("DAHDIChannel: dahdi_channel-1",)),
    (core.DAHDIDNDon("dahdi_channel-1"), "DAHDIDNDon", ("DAHDIChannel: dahdi_channel-1",)),
    (core.DAHDIHangup("dahdi_channel-1"), "DAHDIHangup", ("DAHDIChannel: dahdi_channel-1",)),
    (core.DAHDIRestart(), "DAHDIRestart", ()),
    (core.DAHDIShowChannels(), "DAHDIShowChannels", ()),
    (core.DAHDIShowStatus(), "DAHDIShowStatus", ()),
    (core.DAHDITransfer("dahdi_channel-1"), "DAHDITransfer", ("DAHDIChannel: dahdi_channel-1",)),
    (core.DBDel("family-1", "key-1"), "DBDel", ("Family: family-1", "Key: key-1")),
    (core.DBDelTree("family-1"), "DBDelTree", ("Family: family-1",)),
    (core.DBGet("amitest", "color"), "DBGet", ("Family: amitest", "Key: color")),
    (core.DBGetTree(), "DBGetTree", ()),
    (
        core.DBPut("amitest", "color", "blue"),
        "DBPut",
        ("Family: amitest", "Key: color", "Val: blue"),
    ),
    (core.DeviceStateList(), "DeviceStateList", ()),
    (
        core.DialplanExtensionAdd("context-1", "extension-1", "priority-1", "application-1"),
        "DialplanExtensionAdd",
        (
            "Context: context-1",
            "Extension: extension-1",
            "Priority: priority-1",
            "Application: application-1",
        ),
    ),
    (
        core.DialplanExtensionRemove("context-1", "extension-1"),
        "DialplanExtensionRemove",
        ("Context: context-1", "Extension: extension-1"),
    ),
    (core.Events(["user", "call"]), "Events", ("EventMask: user,call",)),
    (core.ExtensionState("100", "test"), "ExtensionState", ("Exten: 100", "Context: test")),
    (core.ExtensionStateList(), "ExtensionStateList", ()),
    (core.FAXSession("session_number-1"), "FAXSession", ("SessionNumber: session_number-1",)),
    (core.FAXSessions(), "FAXSessions", ()),
    (core.FAXStats(), "FAXStats", ()),
    (core.Filter(), "Filter", ()),
    (
        core.GetConfig("extensions.conf", category="test"),
        "GetConfig",
        ("Filename: extensions.conf", "Category: test"),
    ),
    (core.GetConfigJSON("filename-1"), "GetConfigJSON", ("Filename: filename-1",)),
    (
        core.Getvar("REDIRECTED", "Local/101@test-0000000c;1"),
        "Getvar",
        ("Channel: Local/101@test-0000000c;1", "Variable: REDIRECTED"),
    ),
    (
        core.Hangup("Local/101@test-00000009;1", cause=16),
        "Hangup",
        ("Channel: Local/101@test-00000009;1", "Cause: 16"),
    ),
    (core.IAXnetstats(), "IAXnetstats", ()),
    (core.IAXpeerlist(), "IAXpeerlist", ()),
    (core.IAXpeers(), "IAXpeers", ()),
    (core.IAXregistry(), "IAXregistry", ()),
    (
        core.JabberSend("jabber-1", "jid-1", "message-1"),
        "JabberSend",
        ("Jabber: jabber-1", "JID: jid-1", "Message: message-1"),
    ),
    (core.ListCategories("filename-1"), "ListCategories", ("Filename: filename-1",)),
    (core.ListCommands(), "ListCommands", ()),
    (core.LocalOptimizeAway("channel-1"), "LocalOptimizeAway", ("Channel: channel-1",)),
    (core.LoggerRotate(), "LoggerRotate", ()),
    (
        core.Login("admin", "adminsecret", events=False, challenge="137165032"),
        "Login",
        (
            "AuthType: MD5",
            "Username: admin",
            "Key: 1b3377adb17122538de58b35578307d1",
            "Events: off",
        ),
    ),
    (core.Logoff(), "Logoff", ()),
    (core.MailboxCount("1000@default"), "MailboxCount", ("Mailbox: 1000@default",)),
    (core.MailboxStatus("mailbox-1"), "MailboxStatus", ("Mailbox: mailbox-1",)),
    (core.MeetmeList(), "MeetmeList", ()),
    (core.MeetmeListRooms(), "MeetmeListRooms", ()),
    (
        core.MeetmeMute("meetme-1", "usernum-1"),
        "MeetmeMute",
        ("Meetme: meetme-1", "Usernum: usernum-1"),
    ),
    (
        core.MeetmeUnmute("meetme-1", "usernum-1"),
        "MeetmeUnmute",
        ("Meetme: meetme-1", "Usernum: usernum-1"),
    ),
    (core.MessageSend(), "MessageSend", ()),
    (core.MixMonitor("channel-1"), "MixMonitor", ("Channel: channel-1",)),
    (
        core.MixMonitorMute("Local/101@test-00000014;1", "both", True),
        "MixMonitorMute",
        ("Channel: Local/101@test-00000014;1", "Direction: both", "State: 1"),
    ),
    (core.ModuleCheck("module-1"), "ModuleCheck", ("Module: module-1",)),
    (
        core.ModuleLoad("reload", "res_parking.so"),
        "ModuleLoad",
        ("LoadType: reload", "Module: res_parking.so"),
    ),
    (
        core.Monitor("Local/101@test-00000013;1", "amitest-monitor"),
        "Monitor",
        ("Channel: Local/101@test-00000013;1", "File: amitest-monitor", "Format: wav", "Mix: true"),
    ),
    (
        core.MuteAudio("Local/101@test-00000015;1", input=True, output=True, muted=True),
        "MuteAudio",
        ("Channel: Local/101@test-00000015;1", "Direction: all", "State: on"),
    ),
    (core.MWIDelete("mailbox-1"), "MWIDelete", ("Mailbox: mailbox-1",)),
    (core.MWIGet("mailbox-1"), "MWIGet", ("Mailbox: mailbox-1",)),
    (core.MWIUpdate("mailbox-1"), "MWIUpdate", ("Mailbox: mailbox-1",)),
    (
        core.Originate_Application(
            "Local/100@test",
            "Wait",
            ["5"],
            callerid='"AMI Test" <5551234>',
            variables={"ORIGVAR": "1"},
        ),
        "Originate",
        (
            "Channel: Local/100@test",
            "Application: Wait",
            "Data: 5",
            "Async: true",
            'CallerID: "AMI Test" <5551234>',
            "Variable: ORIGVAR=1",
        ),
    ),
    (
        core.Originate_Context(
            "Local/100@test", "test", "100", 1, timeout=30000, variables={"A": "1", "B": "x,y"}
        ),
        "Originate",
        (
            "Channel: Local/100@test",
            "Context: test",
            "Exten: 100",
            "Priority: 1",
            "Timeout: 30000",
            "Async: true",
            "Variable: A=1",
            "Variable: B=x\\,y",
        ),
    ),
    (
        core.Park("channel-1", "channel_callback-1"),
        "Park",
        ("Channel: channel-1", "TimeoutChannel: channel_callback-1"),
    ),
    (core.ParkedCalls(), "ParkedCalls", ()),
    (core.Parkinglots(), "Parkinglots", ()),
    (core.PauseMonitor("channel-1"), "PauseMonitor", ("Channel: channel-1",)),
    (core.Ping(), "Ping", ()),
    (
        core.PJSIPHangup("channel-1", "cause-1"),
        "PJSIPHangup",
        ("Channel: channel-1", "Cause: cause-1"),
    ),
    (core.PJSIPNotify(), "PJSIPNotify", ()),
    (core.PJSIPQualify("endpoint-1"), "PJSIPQualify", ("Endpoint: endpoint-1",)),
    (core.PJSIPRegister("registration-1"), "PJSIPRegister", ("Registration: registration-1",)),
    (
        core.PJSIPSetMaintenance("endpoint-1", "on"),
        "PJSIPSetMaintenance",
        ("Endpoint: endpoint-1", "State: on"),
    ),
    (core.PJSIPShowAors(), "PJSIPShowAors", ()),
    (core.PJSIPShowAuths(), "PJSIPShowAuths", ()),
    (core.PJSIPShowContacts(), "PJSIPShowContacts", ()),
    (core.PJSIPShowEndpoint("endpoint-1"), "PJSIPShowEndpoint", ("Endpoint: endpoint-1",)),
    (core.PJSIPShowEndpoints(), "PJSIPShowEndpoints", ()),
    (core.PJSIPShowMaintenance(), "PJSIPShowMaintenance", ()),
    (
        core.PJSIPShowRegistrationInboundContactStatuses(),
        "PJSIPShowRegistrationInboundContactStatuses",
        (),
    ),
    (core.PJSIPShowRegistrationsInbound(), "PJSIPShowRegistrationsInbound", ()),
    (core.PJSIPShowRegistrationsOutbound(), "PJSIPShowRegistrationsOutbound", ()),
    (core.PJSIPShowResourceLists(), "PJSIPShowResourceLists", ()),
    (core.PJSIPShowSubscriptionsInbound(), "PJSIPShowSubscriptionsInbound", ()),
    (core.PJSIPShowSubscriptionsOutbound(), "PJSIPShowSubscriptionsOutbound", ()),
    (core.PJSIPUnregister("registration-1"), "PJSIPUnregister", ("Registration: registration-1",)),
    (
        core.PlayDTMF("Local/101@test-00000016;1", "#", duration=250, receive=False),
        "PlayDTMF",
        ("Channel: Local/101@test-00000016;1", "Digit: #", "Duration: 250", "Receive: false"),
    ),
    (core.PlayMF("channel-1", "digit-1"), "PlayMF", ("Channel: channel-1", "Digit: digit-1")),
    (core.PresenceState("provider-1"), "PresenceState", ("Provider: provider-1",)),
    (core.PresenceStateList(), "PresenceStateList", ()),
    (core.PRIDebugFileSet("file-1"), "PRIDebugFileSet", ("File: file-1",)),
    (core.PRIDebugFileUnset(), "PRIDebugFileUnset", ()),
    (core.PRIDebugSet("span-1", "level-1"), "PRIDebugSet", ("Span: span-1", "Level: level-1")),
    (core.PRIShowSpans(), "PRIShowSpans", ()),
    (
        core.QueueAdd(
            "Local/2001@test/n",
            "support",
            membername="Agent 2001",
            penalty=1,
            state_interface="Custom:agent2001",
        ),
        "QueueAdd",
        (
            "Queue: support",
            "Interface: Local/2001@test/n",
            "Penalty: 1",
            "Paused: no",
            "MemberName: Agent 2001",
            "StateInterface: Custom:agent2001",
        ),
    ),
    (
        core.QueueChangePriorityCaller("queue-1", "caller-1", "priority-1"),
        "QueueChangePriorityCaller",
        ("Queue: queue-1", "Caller: caller-1", "Priority: priority-1"),
    ),
    (
        core.QueueLog("support", "AMITEST", "Local/2001@test/n", "1234.5", "hello|world"),
        "QueueLog",
        (
            "Queue: support",
            "Event: AMITEST",
            "Uniqueid: 1234.5",
            "Interface: Local/2001@test/n",
            "Message: hello|world",
        ),
    ),
    (
        core.QueueMemberRingInUse("interface-1", "ring_in_use-1"),
        "QueueMemberRingInUse",
        ("Interface: interface-1", "RingInUse: ring_in_use-1"),
    ),
    (
        core.QueuePause("Local/2001@test/n", True, "support", reason="lunch"),
        "QueuePause",
        ("Queue: support", "Interface: Local/2001@test/n", "Paused: true", "Reason: lunch"),
    ),
    (
        core.QueuePenalty("Local/2001@test/n", 5, "support"),
        "QueuePenalty",
        ("Interface: Local/2001@test/n", "Penalty: 5", "Queue: support"),
    ),
    (
        core.QueueReload("support", rules=False),
        "QueueReload",
        ("Queue: support", "Members: yes", "Rules: no", "Parameters: yes"),
    ),
    (
        core.QueueRemove("Local/2001@test/n", "support"),
        "QueueRemove",
        ("Queue: support", "Interface: Local/2001@test/n"),
    ),
    (core.QueueReset(), "QueueReset", ()),
    (core.QueueRule(), "QueueRule", ()),
    (
        core.QueueStatus("support", member="Local/2001@test/n"),
        "QueueStatus",
        ("Queue: support", "Member: Local/2001@test/n"),
    ),
    (core.QueueSummary(), "QueueSummary", ()),
    (
        core.QueueWithdrawCaller("queue-1", "caller-1"),
        "QueueWithdrawCaller",
        ("Queue: queue-1", "Caller: caller-1"),
    ),
    (
        core.Redirect("Local/101@test-0000000c;1", "test", "900", 1),
        "Redirect",
        ("Channel: Local/101@test-0000000c;1", "Context: test", "Exten: 900", "Priority: 1"),
    ),
    (core.Reload("res_parking"), "Reload", ("Module: res_parking",)),
    (core.SendFlash("channel-1"), "SendFlash", ("Channel: channel-1",)),
    (
        core.SendText("Local/101@test-00000016;1", "hello from AMI"),
        "SendText",
        ("Channel: Local/101@test-00000016;1", "Message: hello from AMI"),
    ),
    (
        core.SetCDRUserField("channel-1", "user_field-1"),
        "SetCDRUserField",
        ("Channel: channel-1", "UserField: user_field-1"),
    ),
    (
        core.Setvar("AMITEST_GLOBAL", "hello world"),
        "Setvar",
        ("Variable: AMITEST_GLOBAL", "Value: hello world"),
    ),
    (core.ShowDialPlan("test", "100"), "ShowDialPlan", ("Context: test", "Extension: 100")),
    (
        core.SIPnotify("selfpeer", headers={"Event": "check-sync"}),
        "SIPnotify",
        ("Channel: selfpeer", "Variable: Event=check-sync"),
    ),
    (core.SIPpeers(), "SIPpeers", ()),
    (core.SIPpeerstatus(), "SIPpeerstatus", ()),
    (core.SIPping("selfpeer"), "SIPqualifypeer", ("Peer: selfpeer",)),
    (core.SIPqualify("selfpeer"), "SIPqualifypeer", ("Peer: selfpeer",)),
    (core.SIPshowpeer("peer1"), "SIPshowpeer", ("Peer: peer1",)),
    (core.SIPshowregistry(), "SIPshowregistry", ()),
    (core.SKINNYdevices(), "SKINNYdevices", ()),
    (core.SKINNYlines(), "SKINNYlines", ()),
    (core.SKINNYshowdevice("device-1"), "SKINNYshowdevice", ("Device: device-1",)),
    (core.SKINNYshowline("line-1"), "SKINNYshowline", ("Line: line-1",)),
    (core.SorceryMemoryCacheExpire("cache-1"), "SorceryMemoryCacheExpire", ("Cache: cache-1",)),
    (
        core.SorceryMemoryCacheExpireObject("cache-1", "object-1"),
        "SorceryMemoryCacheExpireObject",
        ("Cache: cache-1", "Object: object-1"),
    ),
    (core.SorceryMemoryCachePopulate("cache-1"), "SorceryMemoryCachePopulate", ("Cache: cache-1",)),
    (core.SorceryMemoryCacheStale("cache-1"), "SorceryMemoryCacheStale", ("Cache: cache-1",)),
    (
        core.SorceryMemoryCacheStaleObject("cache-1", "object-1"),
        "SorceryMemoryCacheStaleObject",
        ("Cache: cache-1", "Object: object-1"),
    ),
    (
        core.Status("Local/100@test-00000001;1", variables=["A", "B"]),
        "Status",
        ("Channel: Local/100@test-00000001;1", "Variables: A,B"),
    ),
    (core.StopMixMonitor("channel-1"), "StopMixMonitor", ("Channel: channel-1",)),
    (core.StopMonitor("channel-1"), "StopMonitor", ("Channel: channel-1",)),
    (core.UnpauseMonitor("channel-1"), "UnpauseMonitor", ("Channel: channel-1",)),
    (
        core.UpdateConfig(
            "amitest.conf",
            "amitest.conf",
            [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
            reload="no",
        ),
        "UpdateConfig",
        (
            "SrcFilename: amitest.conf",
            "DstFilename: amitest.conf",
            "Reload: no",
            "Action-000000: NewCat",
            "Cat-000000: section1",
            "Action-000001: Append",
            "Cat-000001: section1",
            "Var-000001: key1",
            "Value-000001: value1",
        ),
    ),
    (
        core.UserEvent(UserEvent="MyTestEvent", Header1="value1", Header2="value two"),
        "UserEvent",
        ("UserEvent: MyTestEvent", "Header1: value1", "Header2: value two"),
    ),
    (
        core.VoicemailBoxSummary("context-1", "mailbox-1"),
        "VoicemailBoxSummary",
        ("Context: context-1", "Mailbox: mailbox-1"),
    ),
    (
        core.VoicemailForward(
            "context-1",
            "mailbox-1",
            "folder-1",
            "id-1",
            "to_context-1",
            "to_mailbox-1",
            "to_folder-1",
        ),
        "VoicemailForward",
        (
            "Context: context-1",
            "Mailbox: mailbox-1",
            "Folder: folder-1",
            "ID: id-1",
            "ToContext: to_context-1",
            "ToMailbox: to_mailbox-1",
            "ToFolder: to_folder-1",
        ),
    ),
    (
        core.VoicemailMove("context-1", "mailbox-1", "folder-1", "id-1", "to_folder-1"),
        "VoicemailMove",
        (
            "Context: context-1",
            "Mailbox: mailbox-1",
            "Folder: folder-1",
            "ID: id-1",
            "ToFolder: to_folder-1",
        ),
    ),
    (core.VoicemailRefresh(), "VoicemailRefresh", ()),
    (
        core.VoicemailRemove("context-1", "mailbox-1", "folder-1", "id-1"),
        "VoicemailRemove",
        ("Context: context-1", "Mailbox: mailbox-1", "Folder: folder-1", "ID: id-1"),
    ),
    (core.VoicemailUsersList(), "VoicemailUsersList", ()),
    (
        core.VoicemailUserStatus("context-1", "mailbox-1"),
        "VoicemailUserStatus",
        ("Context: context-1", "Mailbox: mailbox-1"),
    ),
    (core.WaitEvent(2), "WaitEvent", ("Timeout: 2",)),
]

REQUIRED = {
    "AbsoluteTimeout": ("channel",),
    "AgentLogoff": ("agent",),
    "AGI": ("channel", "command"),
    "AOCMessage": ("msg_type",),
    "Atxfer": ("channel", "exten"),
    "BlindTransfer": ("channel",),
    "Bridge": ("channel_1", "channel_2"),
    "BridgeDestroy": ("bridge_uniqueid",),
    "BridgeInfo": ("bridge_uniqueid",),
    "BridgeKick": ("channel",),
    "BridgeTechnologySuspend": ("bridge_technology",),
    "BridgeTechnologyUnsuspend": ("bridge_technology",),
    "CancelAtxfer": ("channel",),
    "ChangeMonitor": ("channel", "filename"),
    "Command": ("command",),
    "ConfbridgeKick": ("conference", "channel"),
    "ConfbridgeList": ("conference",),
    "ConfbridgeLock": ("conference",),
    "ConfbridgeMute": ("conference", "channel"),
    "ConfbridgeSetSingleVideoSrc": ("conference", "channel"),
    "ConfbridgeStartRecord": ("conference",),
    "ConfbridgeStopRecord": ("conference",),
    "ConfbridgeUnlock": ("conference",),
    "ConfbridgeUnmute": ("conference", "channel"),
    "ControlPlayback": ("channel", "control"),
    "CreateConfig": ("filename",),
    "DAHDIDialOffhook": ("dahdi_channel", "number"),
    "DAHDIDNDoff": ("dahdi_channel",),
    "DAHDIDNDon": ("dahdi_channel",),
    "DAHDIHangup": ("dahdi_channel",),
    "DAHDITransfer": ("dahdi_channel",),
    "DBDel": ("family", "key"),
    "DBDelTree": ("family",),
    "DBGet": ("family", "key"),
    "DBPut": ("family", "key", "value"),
    "DialplanExtensionAdd": ("context", "extension", "priority", "application"),
    "DialplanExtensionRemove": ("context", "extension"),
    "Events": ("mask",),
    "ExtensionState": ("extension", "context"),
    "FAXSession": ("session_number",),
    "GetConfig": ("filename",),
    "GetConfigJSON": ("filename",),
    "Getvar": ("variable",),
    "Hangup": ("channel",),
    "JabberSend": ("jabber", "jid", "message"),
    "ListCategories": ("filename",),
    "LocalOptimizeAway": ("channel",),
    "Login": ("username", "secret"),
    "MailboxCount": ("mailbox",),
    "MailboxStatus": ("mailbox",),
    "MeetmeMute": ("meetme", "usernum"),
    "MeetmeUnmute": ("meetme", "usernum"),
    "MixMonitor": ("channel",),
    "MixMonitorMute": ("channel", "direction", "mute"),
    "ModuleCheck": ("module",),
    "ModuleLoad": ("load_type",),
    "Monitor": ("channel",),
    "MuteAudio": ("channel",),
    "MWIDelete": ("mailbox",),
    "MWIGet": ("mailbox",),
    "MWIUpdate": ("mailbox",),
    "Originate_Application": ("channel", "application"),
    "Originate_Context": ("channel", "context", "extension", "priority"),
    "Park": ("channel", "channel_callback"),
    "PauseMonitor": ("channel",),
    "PJSIPHangup": ("channel", "cause"),
    "PJSIPQualify": ("endpoint",),
    "PJSIPRegister": ("registration",),
    "PJSIPSetMaintenance": ("endpoint", "state"),
    "PJSIPShowEndpoint": ("endpoint",),
    "PJSIPUnregister": ("registration",),
    "PlayDTMF": ("channel", "digit"),
    "PlayMF": ("channel", "digit"),
    "PresenceState": ("provider",),
    "PRIDebugFileSet": ("file",),
    "PRIDebugSet": ("span", "level"),
    "QueueAdd": ("interface", "queue"),
    "QueueChangePriorityCaller": ("queue", "caller", "priority"),
    "QueueLog": ("queue", "event"),
    "QueueMemberRingInUse": ("interface", "ring_in_use"),
    "QueuePause": ("interface", "paused"),
    "QueuePenalty": ("interface", "penalty"),
    "QueueRemove": ("interface", "queue"),
    "QueueWithdrawCaller": ("queue", "caller"),
    "Redirect": ("channel", "context", "extension", "priority"),
    "SendFlash": ("channel",),
    "SendText": ("channel", "message"),
    "SetCDRUserField": ("channel", "user_field"),
    "Setvar": ("variable", "value"),
    "SIPnotify": ("channel",),
    "SIPping": ("peer",),
    "SIPqualify": ("peer",),
    "SIPshowpeer": ("peer",),
    "SKINNYshowdevice": ("device",),
    "SKINNYshowline": ("line",),
    "SorceryMemoryCacheExpire": ("cache",),
    "SorceryMemoryCacheExpireObject": ("cache", "object"),
    "SorceryMemoryCachePopulate": ("cache",),
    "SorceryMemoryCacheStale": ("cache",),
    "SorceryMemoryCacheStaleObject": ("cache", "object"),
    "StopMixMonitor": ("channel",),
    "StopMonitor": ("channel",),
    "UnpauseMonitor": ("channel",),
    "UpdateConfig": ("src_filename", "dst_filename", "changes"),
    "UserEvent": ("user_event",),
    "VoicemailBoxSummary": ("context", "mailbox"),
    "VoicemailForward": (
        "context",
        "mailbox",
        "folder",
        "id",
        "to_context",
        "to_mailbox",
        "to_folder",
    ),
    "VoicemailMove": ("context", "mailbox", "folder", "id", "to_folder"),
    "VoicemailRemove": ("context", "mailbox", "folder", "id"),
    "VoicemailUserStatus": ("context", "mailbox"),
    "WaitEvent": ("timeout",),
}

MINIMAL = [
    pytest.param(
        core.AbsoluteTimeout("Local/101@test-0000000b;1"),
        {"seconds": 0},
        (("Timeout", "0"),),
        (),
        id="AbsoluteTimeout",
    ),
    pytest.param(
        core.AGI("Local/300@test-00000017;2", "EXEC NoOp hello-from-ami"),
        {"command_id": None},
        (),
        ("CommandID",),
        id="AGI",
    ),
    pytest.param(
        core.Bridge("Local/101@test-00000010;1", "Local/101@test-00000011;1"),
        {"tone": False},
        (("Tone", "no"),),
        (),
        id="Bridge",
    ),
    pytest.param(
        core.Challenge(),
        {"authtype": "MD5"},
        (("AuthType", "MD5"),),
        (),
        id="Challenge",
    ),
    pytest.param(
        core.GetConfig("extensions.conf"),
        {"category": None, "filter": None},
        (),
        ("Category", "Filter"),
        id="GetConfig",
    ),
    pytest.param(
        core.Getvar("REDIRECTED"),
        {"channel": None},
        (),
        ("Channel",),
        id="Getvar",
    ),
    pytest.param(
        core.Hangup("Local/101@test-00000009;1"),
        {"cause": None},
        (),
        ("Cause",),
        id="Hangup",
    ),
    pytest.param(
        core.Login("admin", "adminsecret"),
        {"events": True, "challenge": None, "authtype": "MD5"},
        (),
        (),
        id="Login",
    ),
    pytest.param(
        core.ModuleLoad("reload"),
        {"module": None, "recursive": None},
        (),
        ("Module", "Recursive"),
        id="ModuleLoad",
    ),
    pytest.param(
        core.Monitor("Local/101@test-00000013;1"),
        {"filename": None, "format": "wav", "mix": True},
        (("Format", "wav"), ("Mix", "true")),
        ("File",),
        id="Monitor",
    ),
    pytest.param(
        core.MuteAudio("Local/101@test-00000015;1"),
        {"input": False, "output": False, "muted": False, "direction": None},
        (),
        (),
        id="MuteAudio",
    ),
    pytest.param(
        core.Originate_Application("Local/100@test", "Wait"),
        {
            "data": None,
            "timeout": None,
            "callerid": None,
            "variables": None,
            "account": None,
            "async_": True,
            "early_media": None,
            "codecs": None,
            "channel_id": None,
            "other_channel_id": None,
            "predial_gosub": None,
        },
        (("Async", "true"),),
        (
            "Data",
            "Timeout",
            "CallerID",
            "Variable",
            "Account",
            "EarlyMedia",
            "Codecs",
            "ChannelId",
            "OtherChannelId",
            "PreDialGoSub",
        ),
        id="Originate_Application",
    ),
    pytest.param(
        core.Originate_Context("Local/100@test", "test", "100", 1),
        {
            "timeout": None,
            "callerid": None,
            "variables": None,
            "account": None,
            "async_": True,
            "early_media": None,
            "codecs": None,
            "channel_id": None,
            "other_channel_id": None,
            "predial_gosub": None,
        },
        (("Async", "true"),),
        (
            "Timeout",
            "CallerID",
            "Variable",
            "Account",
            "EarlyMedia",
            "Codecs",
            "ChannelId",
            "OtherChannelId",
            "PreDialGoSub",
        ),
        id="Originate_Context",
    ),
    pytest.param(
        core.PlayDTMF("Local/101@test-00000016;1", "#"),
        {"duration": None, "receive": None},
        (),
        ("Duration", "Receive"),
        id="PlayDTMF",
    ),
    pytest.param(
        core.QueueAdd("Local/2001@test/n", "support"),
        {
            "membername": None,
            "penalty": 0,
            "paused": False,
            "reason": None,
            "state_interface": None,
            "wrapuptime": None,
        },
        (("Penalty", "0"), ("Paused", "no")),
        ("Reason", "MemberName", "StateInterface", "Wrapuptime"),
        id="QueueAdd",
    ),
    pytest.param(
        core.QueueLog("support", "AMITEST"),
        {"interface": None, "uniqueid": None, "message": None},
        (),
        ("Uniqueid", "Interface", "Message"),
        id="QueueLog",
    ),
    pytest.param(
        core.QueuePause("Local/2001@test/n", True),
        {"queue": None, "reason": None},
        (),
        ("Queue", "Reason"),
        id="QueuePause",
    ),
    pytest.param(
        core.QueuePenalty("Local/2001@test/n", 5),
        {"queue": None},
        (),
        ("Queue",),
        id="QueuePenalty",
    ),
    pytest.param(
        core.QueueReload(),
        {"queue": None, "members": "yes", "rules": "yes", "parameters": "yes"},
        (("Members", "yes"), ("Rules", "yes"), ("Parameters", "yes")),
        ("Queue",),
        id="QueueReload",
    ),
    pytest.param(
        core.QueueStatus(),
        {"queue": None, "member": None},
        (),
        ("Queue", "Member"),
        id="QueueStatus",
    ),
    pytest.param(
        core.Redirect("Local/101@test-0000000c;1", "test", "900", 1),
        {
            "extra_channel": None,
            "extra_context": None,
            "extra_extension": None,
            "extra_priority": None,
        },
        (),
        ("ExtraChannel", "ExtraContext", "ExtraExten", "ExtraPriority"),
        id="Redirect",
    ),
    pytest.param(
        core.Reload(),
        {"module": None},
        (),
        ("Module",),
        id="Reload",
    ),
    pytest.param(
        core.SendText("Local/101@test-00000016;1", "hello from AMI"),
        {"content_type": None},
        (),
        ("Content-Type",),
        id="SendText",
    ),
    pytest.param(
        core.Setvar("AMITEST_GLOBAL", "hello world"),
        {"channel": None},
        (),
        ("Channel",),
        id="Setvar",
    ),
    pytest.param(
        core.ShowDialPlan(),
        {"context": None, "extension": None},
        (),
        ("Context", "Extension"),
        id="ShowDialPlan",
    ),
    pytest.param(
        core.SIPnotify("selfpeer"),
        {"headers_": None, "call_id": None},
        (),
        ("Variable", "Call-ID"),
        id="SIPnotify",
    ),
    pytest.param(
        core.Status(),
        {"channel": None, "variables": None, "all_variables": None},
        (),
        ("Channel", "Variables", "AllVariables"),
        id="Status",
    ),
    pytest.param(
        core.UpdateConfig(
            "amitest.conf",
            "amitest.conf",
            [["NewCat", "section1"], ["Append", "section1", "key1", "value1"]],
        ),
        {"reload": True, "preserve_effective_context": None},
        (("Reload", "true"),),
        ("PreserveEffectiveContext",),
        id="UpdateConfig",
    ),
]


def _string_field(req: Request[Response]) -> str | None:
    """A field of ``req`` holding a string that is sent as is (required ones first)."""
    fields = sorted(req.FIELDS, key=lambda f: not f.required)
    for f in fields:
        if f.encoding in ("str", "secret") and isinstance(getattr(req, f.name, None), str):
            return f.name
    return None


def _ids(rows: list[tuple[Request[Response], str, tuple[str, ...]]]) -> list[str]:
    return [type(row[0]).__name__ for row in rows]


INJECTABLE = [row for row in EXAMPLES if _string_field(row[0]) is not None]


@pytest.mark.parametrize(("req", "action", "lines"), EXAMPLES, ids=_ids(EXAMPLES))
def test_example_sends_the_expected_bytes(
    req: Request[Response], action: str, lines: tuple[str, ...]
) -> None:
    expected = "".join(f"{line}\r\n" for line in (f"Action: {action}", "ActionID: test-1", *lines))
    assert encode_message(req.action_name, "test-1", req.headers()) == (expected + "\r\n").encode()


@pytest.mark.parametrize(("req", "action", "lines"), EXAMPLES, ids=_ids(EXAMPLES))
def test_example_refuses_each_required_field_missing(
    req: Request[Response], action: str, lines: tuple[str, ...]
) -> None:
    for attr in REQUIRED.get(type(req).__name__, ()):
        broken = copy.copy(req)
        object.__setattr__(broken, attr, None)
        with pytest.raises(InvalidInput) as info:
            broken.headers()
        assert info.value.field == attr


@pytest.mark.parametrize(("req", "action", "lines"), INJECTABLE, ids=_ids(INJECTABLE))
def test_example_refuses_control_characters(
    req: Request[Response], action: str, lines: tuple[str, ...]
) -> None:
    attr = _string_field(req)
    assert attr is not None
    broken = copy.copy(req)
    object.__setattr__(broken, attr, getattr(req, attr) + "\r\nAction: Logoff")
    with pytest.raises(InvalidInput):
        broken.headers()


@pytest.mark.parametrize(("req", "defaults", "sent", "unsent"), MINIMAL)
def test_minimal_call_applies_the_catalogue_defaults(
    req: Request[Response],
    defaults: dict[str, object],
    sent: tuple[tuple[str, str], ...],
    unsent: tuple[str, ...],
) -> None:
    for attr, value in defaults.items():
        assert getattr(req, attr) == value
        assert type(getattr(req, attr)) is type(value)
    if sent or unsent:  # () for a transform's action: its minimal call may not be sendable
        pairs = req.headers()
        assert set(sent) <= set(pairs)
        assert not {key for key, _ in pairs} & set(unsent)
