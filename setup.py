"""Only for the optional compiled build; the project's metadata is in pyproject.toml.

By default this adds nothing: the wheel is pure Python and needs no compiler.  With
``AMIKIT_COMPILE=1`` (``make compiled``), mypyc compiles the engine's hot modules from
the same source into extension modules that sit next to their ``.py`` files in the wheel
(docs/performance.md, "Compiled build").
"""

from __future__ import annotations

import os

from setuptools import setup

#: The modules compiled: the engine's hot path, each ``mypy --strict`` clean and free of
#: what mypyc cannot compile (monkeypatched names, ``object.__new__`` on its classes).
COMPILED = [
    "runtime/ami_runtime/framing.py",
    "runtime/ami_runtime/message.py",
    "runtime/ami_runtime/headers.py",
    "runtime/ami_runtime/protocol.py",
    "runtime/ami_runtime/serialize.py",
    "runtime/ami_runtime/dispatch.py",
    "runtime/ami_runtime/_sync/reading.py",
    "runtime/ami_runtime/_sync/client.py",
    "runtime/ami_runtime/_common.py",
    "runtime/ami_runtime/_session.py",
    "runtime/ami_runtime/versions.py",
]

ext_modules = []
if os.environ.get("AMIKIT_COMPILE") == "1":
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # e.g. an editable install: the compiled build is a wheel
        raise SystemExit(
            "AMIKIT_COMPILE=1 needs mypyc (mypy) in the build environment: build the "
            "wheel with 'make compiled' or 'AMIKIT_COMPILE=1 python -m build --wheel'"
        ) from exc

    ext_modules = mypycify(
        ["--config-file", "build_backend/mypyc.ini", *COMPILED],
        opt_level="3",
        separate=[(COMPILED, "ami_runtime")],  # one library: ami_runtime__mypyc
    )
    # The library's functions call each other through their own symbols.  Exported (the
    # default), each is a dynamic symbol with its relocations, and the C compiler must
    # keep every call to it open to interposition: through the PLT, never inlined.  The
    # modules reach the library by a capsule, not by symbol (only PyInit_* is exported,
    # and Python's PyMODINIT_FUNC marks it so): hidden, 240 KB less of the library is
    # resident after import and the flood and parser run 2-4 % faster (performance.md).
    for ext in ext_modules:
        ext.extra_compile_args = [*(ext.extra_compile_args or []), "-fvisibility=hidden"]

setup(ext_modules=ext_modules)
