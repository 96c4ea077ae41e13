"""RAW on uvloop: the ``raw_async`` floor on uvloop, the floor for ``ours_uvloop``.

The compiled build's asyncio goal is a ratio to the plain loop on the same event loop,
so the uvloop row needs its own floor.  ``n/a`` when uvloop is not installed.
"""

from __future__ import annotations

from adapters import raw_async
from adapters.ours_uvloop import _on_uvloop

UNSUPPORTED = raw_async.UNSUPPORTED

flood = _on_uvloop(raw_async.flood)
ping = _on_uvloop(raw_async.ping)
