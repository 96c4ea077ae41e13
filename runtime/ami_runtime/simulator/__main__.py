"""``python -m ami_runtime.simulator``."""

from __future__ import annotations

from . import main

raise SystemExit(main())
