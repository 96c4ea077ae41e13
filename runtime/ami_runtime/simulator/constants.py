"""The Asterisk versions the simulator can be, and what each reports.

Values are those the real servers of ``shared/asterisk/`` give: the banner's AMI version
(``AMI_VERSION`` in ``include/asterisk/manager.h``: 9.0.0 in 20, 11.0.0 in 22, 12.0.0 in
23), ``AsteriskVersion`` in CoreSettings, the ``core show version`` line and
``agi_version``.  Each version has its own default configuration (``data/etc20`` for 20,
``data/etc22`` for 22 and 23: no chan_sip, no res_monitor, both removed in 21) and its own
``ListCommands`` table (``data/actions20.json``, ``data/actions22.json``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInput

__all__ = [
    "AMI_VERSION",
    "ASTERISK_VERSION",
    "BANNER",
    "DEFAULT_VERSION",
    "VERSIONS",
    "VERSION_LINE",
    "AsteriskVersion",
    "asterisk_version",
]


@dataclass(frozen=True, slots=True)
class AsteriskVersion:
    """One simulated Asterisk release."""

    major: str
    ami: str
    asterisk: str
    built: str
    etc: str
    actions: str
    has_sip: bool
    has_monitor: bool

    @property
    def banner(self) -> str:
        """The line a client reads first."""
        return f"Asterisk Call Manager/{self.ami}"

    @property
    def version_line(self) -> str:
        """``core show version`` (``main/asterisk.c``)."""
        return (
            f"Asterisk {self.asterisk} built by root @ vm on a x86_64 running Linux on {self.built}"
        )


#: Major version -> what it reports (the builds in ``shared/asterisk/``).
VERSIONS: dict[str, AsteriskVersion] = {
    "20": AsteriskVersion(
        "20", "9.0.0", "GIT-20-516d2c60ac", "2026-12-04 15:58:45 UTC", "etc20",
        "actions20.json", has_sip=True, has_monitor=True,
    ),
    "22": AsteriskVersion(
        "22", "11.0.0", "GIT-22-69535d4837", "2026-12-04 16:02:29 UTC", "etc22",
        "actions22.json", has_sip=False, has_monitor=False,
    ),
    "23": AsteriskVersion(
        "23", "12.0.0", "GIT-23-d6c28138c2", "2026-12-04 16:16:29 UTC", "etc22",
        "actions22.json", has_sip=False, has_monitor=False,
    ),
}  # fmt: skip

DEFAULT_VERSION = "20"


def asterisk_version(version: str | int | AsteriskVersion | None) -> AsteriskVersion:
    """The :class:`AsteriskVersion` for ``20``/``22``/``23`` (None: 20)."""
    if isinstance(version, AsteriskVersion):
        return version
    key = DEFAULT_VERSION if version is None else str(version).strip()
    found = VERSIONS.get(key)
    if found is None:
        choices = ", ".join(VERSIONS)
        raise InvalidInput(f"Asterisk version must be one of {choices}, not {version!r}", "version")
    return found


AMI_VERSION = VERSIONS[DEFAULT_VERSION].ami
ASTERISK_VERSION = VERSIONS[DEFAULT_VERSION].asterisk
BANNER = VERSIONS[DEFAULT_VERSION].banner
VERSION_LINE = VERSIONS[DEFAULT_VERSION].version_line
