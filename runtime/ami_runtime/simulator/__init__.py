"""An embedded Asterisk 20 manager interface (AMI) simulator.

Run it with ``python -m ami.simulator --port 5038`` (or ``python -m ami_runtime.simulator``),
or in-process::

    async with Simulator() as sim:          # 127.0.0.1, a free port
        ...connect to sim.host, sim.port...

    with Simulator.running_in_thread() as sim:   # for synchronous code and pytest
        ...

It speaks Asterisk 20's protocol as recorded in ``shared/transcripts/``: banner, plain
and MD5 login, privileges, event masks, and a state that behaves (AstDB, variables,
configuration files, dialplan, Local channels, bridges, parking, queues, voicemail,
chan_sip peers).  See docs/simulator.md for what it does and does not do.
"""

from __future__ import annotations

from .main import main
from .server import Simulator
from .users import User, Users, load_users

__all__ = ["Simulator", "User", "Users", "load_users", "main"]
