# DO NOT EDIT. Generated from spec/constants.yaml by codegen/ (template: constants.py.jinja).
# Run "make generate" to rebuild.
"""Named values for AMI requests and replies (re-exported by :mod:`ami.core`)."""

from collections.abc import Mapping
from typing import Final

__all__ = [
    "AUTHTYPE_MD5",
    "EVENTMASK_ALL",
    "EVENTMASK_NONE",
    "EVENTMASK_CALL",
    "EVENTMASK_LOG",
    "EVENTMASK_SYSTEM",
    "EVENTMASK_VERBOSE",
    "EVENTMASK_COMMAND",
    "EVENTMASK_AGENT",
    "EVENTMASK_USER",
    "EVENTMASK_CONFIG",
    "EVENTMASK_DTMF",
    "EVENTMASK_REPORTING",
    "EVENTMASK_CDR",
    "EVENTMASK_DIALPLAN",
    "EVENTMASK_ORIGINATE",
    "EVENTMASK_AGI",
    "EVENTMASK_CC",
    "EVENTMASK_AOC",
    "EVENTMASK_TEST",
    "EVENTMASK_SECURITY",
    "EVENTMASK_MESSAGE",
    "FORMAT_SLN",
    "FORMAT_G723",
    "FORMAT_G729",
    "FORMAT_GSM",
    "FORMAT_ALAW",
    "FORMAT_ULAW",
    "FORMAT_VOX",
    "FORMAT_WAV",
    "ORIGINATE_RESULT_BAD_NUMBER",
    "ORIGINATE_RESULT_REJECT",
    "ORIGINATE_RESULT_RING_LOCAL",
    "ORIGINATE_RESULT_RING_REMOTE",
    "ORIGINATE_RESULT_ANSWERED",
    "ORIGINATE_RESULT_BUSY",
    "ORIGINATE_RESULT_CONGESTION",
    "ORIGINATE_RESULT_INCOMPLETE",
    "EXTENSION_STATE_REMOVED",
    "EXTENSION_STATE_NO_HINT",
    "EXTENSION_STATE_IDLE",
    "EXTENSION_STATE_INUSE",
    "EXTENSION_STATE_BUSY",
    "EXTENSION_STATE_UNAVAILABLE",
    "EXTENSION_STATE_RINGING",
    "EXTENSION_STATE_INUSE_RINGING",
    "EXTENSION_STATE_ONHOLD",
    "EXTENSION_STATE_INUSE_ONHOLD",
    "MODULE_LOAD_TYPE_LOAD",
    "MODULE_LOAD_TYPE_UNLOAD",
    "MODULE_LOAD_TYPE_RELOAD",
    "MODULE_LOAD_TYPE_REFRESH",
    "MODULE_CDR",
    "MODULE_DNSMGR",
    "MODULE_ENUM",
    "MODULE_EXTCONFIG",
    "MODULE_HTTP",
    "MODULE_MANAGER",
    "MODULE_RTP",
    "ORIGINATE_RESULT_MAP",
    "EXTENSION_STATE_TEXT",
]

# -- Authentication
# Challenge/Login AuthType values (main/manager.c, action_challenge).

AUTHTYPE_MD5: Final = "MD5"
"""Challenge-response login: Key = md5(challenge + secret)."""

# -- Event masks
# Values for the Events action and Login's Events header (main/manager.c, strings_to_mask). A
# true word enables every class, a false word none; otherwise a comma list of class labels,
# matched case-sensitively. The labels after EVENTMASK_SYSTEM are Asterisk's other classes
# (include/asterisk/manager.h, EVENT_FLAG_*), which pystrix did not name.

EVENTMASK_ALL: Final = "on"
"""Every event class the user may read."""

EVENTMASK_NONE: Final = "off"
"""No events (list items still arrive)."""

EVENTMASK_CALL: Final = "call"
"""Call events."""

EVENTMASK_LOG: Final = "log"
"""Log events."""

EVENTMASK_SYSTEM: Final = "system"
"""System events."""

EVENTMASK_VERBOSE: Final = "verbose"
"""Verbose events."""

EVENTMASK_COMMAND: Final = "command"
"""Command events."""

EVENTMASK_AGENT: Final = "agent"
"""Agent and queue events."""

EVENTMASK_USER: Final = "user"
"""UserEvent events."""

EVENTMASK_CONFIG: Final = "config"
"""Configuration events."""

EVENTMASK_DTMF: Final = "dtmf"
"""DTMF events (1.6+)."""

EVENTMASK_REPORTING: Final = "reporting"
"""Reporting events (1.6+)."""

EVENTMASK_CDR: Final = "cdr"
"""CDR events (1.6+)."""

EVENTMASK_DIALPLAN: Final = "dialplan"
"""Dialplan events (1.6+)."""

EVENTMASK_ORIGINATE: Final = "originate"
"""Originate events (1.6+)."""

EVENTMASK_AGI: Final = "agi"
"""AGI events (1.6.1+)."""

EVENTMASK_CC: Final = "cc"
"""Call completion events (1.8+)."""

EVENTMASK_AOC: Final = "aoc"
"""Advice of charge events (1.8+)."""

EVENTMASK_TEST: Final = "test"
"""Test events (1.8+)."""

EVENTMASK_SECURITY: Final = "security"
"""Security events (12+)."""

EVENTMASK_MESSAGE: Final = "message"
"""Out-of-call message events (11+)."""

# -- Recording formats
# Audio formats for Monitor (res/res_monitor.c); any format Asterisk knows works.

FORMAT_SLN: Final = "sln"
"""Signed linear, 8 kHz."""

FORMAT_G723: Final = "g723"
"""G.723.1."""

FORMAT_G729: Final = "g729"
"""G.729."""

FORMAT_GSM: Final = "gsm"
"""GSM."""

FORMAT_ALAW: Final = "alaw"
"""G.711 A-law."""

FORMAT_ULAW: Final = "ulaw"
"""G.711 mu-law."""

FORMAT_VOX: Final = "vox"
"""Dialogic ADPCM."""

FORMAT_WAV: Final = "wav"
"""PCM16 WAV (Monitor's default)."""

# -- Originate results
# OriginateResponse Reason codes (main/pbx.c, pbx_dial_reason; include/asterisk/frame.h
# control codes). In Asterisk 12 and later only 0, 1, 3, 4, 5 and 8 occur; 2 and 30 are
# pystrix's older values, kept for compatibility.

ORIGINATE_RESULT_BAD_NUMBER: Final = 0
"""No such number/extension or bad technology (also any unknown failure)."""

ORIGINATE_RESULT_REJECT: Final = 1
"""Remote hangup."""

ORIGINATE_RESULT_RING_LOCAL: Final = 2
"""Ringing locally (never sent by 12+)."""

ORIGINATE_RESULT_RING_REMOTE: Final = 3
"""Rang, no answer."""

ORIGINATE_RESULT_ANSWERED: Final = 4
"""Answered."""

ORIGINATE_RESULT_BUSY: Final = 5
"""Busy."""

ORIGINATE_RESULT_CONGESTION: Final = 8
"""Congestion."""

ORIGINATE_RESULT_INCOMPLETE: Final = 30
"""Unable to resolve (never sent by 12+)."""

ORIGINATE_RESULT_MAP: Final[Mapping[int, str]] = {
    ORIGINATE_RESULT_BAD_NUMBER: "BAD_NUMBER",
    ORIGINATE_RESULT_REJECT: "REJECTED",
    ORIGINATE_RESULT_RING_LOCAL: "RINGING",
    ORIGINATE_RESULT_RING_REMOTE: "RINGING",
    ORIGINATE_RESULT_ANSWERED: "ANSWERED",
    ORIGINATE_RESULT_BUSY: "BUSY",
    ORIGINATE_RESULT_CONGESTION: "CONGESTION",
    ORIGINATE_RESULT_INCOMPLETE: "INCOMPLETE",
}
"""Reason code -> pystrix's name for it."""

# -- Extension states
# ExtensionState's Status values (include/asterisk/pbx.h, ast_extension_states; texts in
# main/extension_state.c). States combine as bits: 9 = in use + ringing, 17 = in use + hold.
# pystrix documented only -2 to 2.

EXTENSION_STATE_REMOVED: Final = -2
"""Extension removed (StatusText Unknown)."""

EXTENSION_STATE_NO_HINT: Final = -1
"""No hint for the extension (StatusText Unknown)."""

EXTENSION_STATE_IDLE: Final = 0
"""Idle."""

EXTENSION_STATE_INUSE: Final = 1
"""In use."""

EXTENSION_STATE_BUSY: Final = 2
"""Busy."""

EXTENSION_STATE_UNAVAILABLE: Final = 4
"""Unavailable."""

EXTENSION_STATE_RINGING: Final = 8
"""Ringing."""

EXTENSION_STATE_INUSE_RINGING: Final = 9
"""In use and ringing."""

EXTENSION_STATE_ONHOLD: Final = 16
"""On hold."""

EXTENSION_STATE_INUSE_ONHOLD: Final = 17
"""In use and on hold."""

EXTENSION_STATE_TEXT: Final[Mapping[int, str]] = {
    EXTENSION_STATE_REMOVED: "Unknown",
    EXTENSION_STATE_NO_HINT: "Unknown",
    EXTENSION_STATE_IDLE: "Idle",
    EXTENSION_STATE_INUSE: "InUse",
    EXTENSION_STATE_BUSY: "Busy",
    EXTENSION_STATE_UNAVAILABLE: "Unavailable",
    EXTENSION_STATE_RINGING: "Ringing",
    EXTENSION_STATE_INUSE_RINGING: "InUse&Ringing",
    EXTENSION_STATE_ONHOLD: "Hold",
    EXTENSION_STATE_INUSE_ONHOLD: "InUse&Hold",
}
"""Status -> the StatusText Asterisk 13+ sends with it."""

# -- Module management
# ModuleLoad's LoadType values and the built-in subsystem names it accepts as Module
# (main/manager.c, manager_moduleload; main/loader.c). Subsystems can only be reloaded. From
# 20.11.0, 21.6.0 and 22.1.0 Module must name a file in the modules directory, so the built-in
# names answer "Module not found."; use the Reload action for them instead.

MODULE_LOAD_TYPE_LOAD: Final = "load"
"""Load a module."""

MODULE_LOAD_TYPE_UNLOAD: Final = "unload"
"""Unload a module."""

MODULE_LOAD_TYPE_RELOAD: Final = "reload"
"""Reload a module, or every module when Module is absent."""

MODULE_LOAD_TYPE_REFRESH: Final = "refresh"
"""Unload and load again (20.8.0, 21.3.0 and later)."""

MODULE_CDR: Final = "cdr"
"""Built-in CDR engine."""

MODULE_DNSMGR: Final = "dnsmgr"
"""Built-in DNS manager."""

MODULE_ENUM: Final = "enum"
"""Built-in ENUM lookups."""

MODULE_EXTCONFIG: Final = "extconfig"
"""Built-in realtime configuration mapping."""

MODULE_HTTP: Final = "http"
"""Built-in HTTP server."""

MODULE_MANAGER: Final = "manager"
"""The manager itself (manager.conf)."""

MODULE_RTP: Final = "rtp"
"""RTP settings (pystrix's list; a loadable module, res_rtp_asterisk, since 1.8)."""
