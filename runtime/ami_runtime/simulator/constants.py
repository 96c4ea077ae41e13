"""Version strings the simulator reports.

The banner's number is the AMI version of Asterisk 20 (``AMI_VERSION`` in
``include/asterisk/manager.h``); the Asterisk version says plainly that this is not a real
Asterisk, in the shape ``core show version`` prints (``main/asterisk.c``).
"""

from __future__ import annotations

__all__ = ["AMI_VERSION", "ASTERISK_VERSION", "BANNER", "VERSION_LINE"]

AMI_VERSION = "9.0.0"
ASTERISK_VERSION = "20.0.0-amikit-simulator"
BANNER = f"Asterisk Call Manager/{AMI_VERSION}"
VERSION_LINE = (
    f"Asterisk {ASTERISK_VERSION} built by amikit @ simulator on a x86_64 running Linux "
    "on 2026-01-01 00:00:00 UTC"
)
