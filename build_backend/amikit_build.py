"""setuptools' build backend, plus mypy when the compiled build is asked for.

``AMIKIT_COMPILE=1 python -m build --wheel`` needs mypyc (part of mypy) in the isolated
build environment; the default, pure-Python build (``pip install -e .``) must not pull it
in.  Build requirements cannot depend on an environment variable in pyproject.toml, so
this in-tree backend (PEP 517 ``backend-path``) adds it.
"""

from __future__ import annotations

import os

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  # every hook, unchanged but one

#: Pinned like the dev extra's mypy, whose mypyc compiles the engine.
MYPYC = "mypy==2.4.1"


def get_requires_for_build_wheel(config_settings: dict[str, object] | None = None) -> list[str]:
    """setuptools' requirements, plus mypy when ``AMIKIT_COMPILE=1``.

    (setuptools would run setup.py to find them, and setup.py needs mypyc to compile.)
    """
    if os.environ.get("AMIKIT_COMPILE") == "1":
        return ["wheel", MYPYC]
    return build_meta.get_requires_for_build_wheel(config_settings)
