"""Wire bytes the bench server sends: Asterisk 20's exact replies and realistic events.

Standard library only: the peers' virtualenv imports this module too.

Every header list is copied from a recording in ``shared/transcripts/`` (Asterisk 20) or,
where no recording has the event, from the Asterisk 20 source that writes it:

* replies: ``ping.jsonl``, ``login_plaintext.jsonl``, ``login_md5.jsonl``,
  ``events_action.jsonl``, ``logoff.jsonl``, ``unknown_action.jsonl``,
  ``action_before_login.jsonl``, ``coreshowchannels_empty.jsonl``;
* the channel snapshot (``Channel`` ... ``Linkedid``) of Newchannel and Newstate:
  ``originate_async_success.jsonl`` (``main/manager_channels.c``,
  ``ast_manager_build_channel_state_string_prefix``);
* ``Hangup``: snapshot + ``Cause`` + ``Cause-txt`` (``main/manager_channels.c``,
  ``channel_state_change``); ``VarSet``: snapshot + ``Variable`` + ``Value``
  (``main/manager_channels.c``, ``channel_varset_cb``; class ``dialplan``);
* ``CoreShowChannel``: ``ActionID`` second, snapshot, ``Application``, ``ApplicationData``,
  ``Duration``, ``BridgeId`` (``main/manager.c``, ``action_coreshowchannels``); the list
  ends with ``astman_send_list_complete_start`` as in ``coreshowchannels_empty.jsonl``.
"""

from __future__ import annotations

BANNER = b"Asterisk Call Manager/9.0.0\r\n"
USERNAME = "admin"
SECRET = "adminsecret"
CHALLENGE = "137165032"

#: Calls in one pre-encoded flood block (4 events each).
CALLS_PER_BLOCK = 1000
FLOOD_EVENT_NAMES = ("Newchannel", "Newstate", "VarSet", "Hangup")


def _aid(action_id: str) -> str:
    # astman_send_response_full writes ActionID only when the request had a non-empty one.
    return f"ActionID: {action_id}\r\n" if action_id else ""


def response(kind: str, action_id: str, *lines: str) -> bytes:
    """``Response: <kind>``, optional ``ActionID``, then ``lines``, then the blank line."""
    body = "".join(f"{line}\r\n" for line in lines)
    return f"Response: {kind}\r\n{_aid(action_id)}{body}\r\n".encode()


def login_ok(action_id: str) -> bytes:
    return response("Success", action_id, "Message: Authentication accepted")


def login_failed(action_id: str) -> bytes:
    return response("Error", action_id, "Message: Authentication failed")


def already_authenticated(action_id: str) -> bytes:
    return response("Success", action_id, "Message: Already authenticated")


def permission_denied(action_id: str) -> bytes:
    return response("Error", action_id, "Message: Permission denied")


def challenge(action_id: str) -> bytes:
    return response("Success", action_id, f"Challenge: {CHALLENGE}")


def pong(action_id: str, timestamp: float) -> bytes:
    return response("Success", action_id, "Ping: Pong", f"Timestamp: {timestamp:.6f}")


def events_reply(action_id: str, on: bool) -> bytes:
    return response("Success", action_id, f"Events: {'On' if on else 'Off'}")


def goodbye(action_id: str) -> bytes:
    return response("Goodbye", action_id, "Message: Thanks for all the fish.")


def unknown_action(action_id: str, name: str) -> bytes:
    return response(
        "Error",
        action_id,
        f"Message: Invalid/unknown command: {name}. "
        "Use Action: ListCommands to show available commands.",
    )


def _snapshot(i: int, state: int, desc: str) -> str:
    """One call's channel snapshot, keys and order as Asterisk 20 writes them."""
    uid = f"1795710763.{i}"
    return (
        f"Channel: PJSIP/trunk-{i:08x}\r\n"
        f"ChannelState: {state}\r\n"
        f"ChannelStateDesc: {desc}\r\n"
        f"CallerIDNum: 555{i % 10000:04d}\r\n"
        "CallerIDName: AMI Test\r\n"
        "ConnectedLineNum: <unknown>\r\n"
        "ConnectedLineName: <unknown>\r\n"
        "Language: en\r\n"
        "AccountCode: \r\n"
        "Context: from-trunk\r\n"
        "Exten: 100\r\n"
        "Priority: 1\r\n"
        f"Uniqueid: {uid}\r\n"
        f"Linkedid: {uid}\r\n"
    )


def call_events(i: int) -> list[bytes]:
    """The four events of call ``i``: Newchannel, Newstate, VarSet, Hangup."""
    return [
        f"Event: Newchannel\r\nPrivilege: call,all\r\n{_snapshot(i, 4, 'Ring')}\r\n".encode(),
        f"Event: Newstate\r\nPrivilege: call,all\r\n{_snapshot(i, 6, 'Up')}\r\n".encode(),
        (
            f"Event: VarSet\r\nPrivilege: dialplan,all\r\n{_snapshot(i, 6, 'Up')}"
            "Variable: DIALSTATUS\r\nValue: ANSWER\r\n\r\n"
        ).encode(),
        (
            f"Event: Hangup\r\nPrivilege: call,all\r\n{_snapshot(i, 6, 'Up')}"
            "Cause: 16\r\nCause-txt: Normal Clearing\r\n\r\n"
        ).encode(),
    ]


def flood_block(calls: int = CALLS_PER_BLOCK) -> tuple[bytes, list[int]]:
    """``calls`` calls' events as one byte string, and each event's end offset in it."""
    parts: list[bytes] = []
    ends: list[int] = []
    size = 0
    for i in range(calls):
        for event in call_events(i):
            parts.append(event)
            size += len(event)
            ends.append(size)
    return b"".join(parts), ends


def channel_entries(count: int) -> list[bytes]:
    """CoreShowChannel bodies *after* the ActionID line, one per live channel."""
    out = []
    for i in range(count):
        secs = 60 + i % 3000
        duration = f"{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}"
        out.append(
            (
                f"{_snapshot(i, 6, 'Up')}"
                "Application: Dial\r\n"
                f"ApplicationData: PJSIP/{200 + i % 800}@office,30,tT\r\n"
                f"Duration: {duration}\r\n"
                f"BridgeId: 6f2b0c1e-{i:04x}-4a8e-9d1e-0242ac120002\r\n\r\n"
            ).encode()
        )
    return out


def channel_list(action_id: str, entries: list[bytes]) -> bytes:
    """The whole CoreShowChannels answer: start response, items, completion event."""
    aid = _aid(action_id).encode()
    head = b"Event: CoreShowChannel\r\n" + aid
    parts = [response("Success", action_id, "EventList: start", "Message: Channels will follow")]
    for entry in entries:
        parts.append(head)
        parts.append(entry)
    parts.append(
        b"Event: CoreShowChannelsComplete\r\n"
        + aid
        + f"EventList: Complete\r\nListItems: {len(entries)}\r\n\r\n".encode()
    )
    return b"".join(parts)
