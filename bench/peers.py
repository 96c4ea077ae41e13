"""The peers' own virtualenv, ``bench/.venv-peers``: created and filled by name from PyPI.

The peers never share an interpreter with amikit (no ``PYTHONPATH`` into our tree), and
amikit's clients never see the peers.  A stamp file records what was installed, so a
second run costs nothing; change :data:`REQUIREMENTS` and the next run reinstalls.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv-peers"

#: client name -> pinned requirement (the versions the issue's numbers were taken with).
REQUIREMENTS = {
    "pystrix": "pystrix==1.3.0",
    "panoramisk": "panoramisk==1.4",
    "asterisk_ami": "asterisk-ami==0.1.7",
}


class PeerSetupError(Exception):
    """The peers' virtualenv could not be made; the message says why."""


def venv_python(venv: Path = VENV) -> Path:
    return venv / "bin" / "python"


def ensure(venv: Path = VENV, log=print) -> Path:
    """The peers' interpreter, creating the virtualenv and installing them if needed."""
    stamp = venv / ".installed"
    wanted = "\n".join(sorted(REQUIREMENTS.values()))
    python = venv_python(venv)
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    log(f"peers: creating {venv} and installing {', '.join(REQUIREMENTS.values())}")
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(venv)],
        [str(python), "-m", "pip", "install", "-q", *REQUIREMENTS.values()],
    ]
    for cmd in steps:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            raise PeerSetupError(f"{' '.join(cmd[:4])}... failed: {' | '.join(tail)}")
    stamp.write_text(wanted)
    return python
