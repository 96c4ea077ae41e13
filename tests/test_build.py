"""Which build is in use (``ami.__compiled__``) and ``AMI_PURE_PYTHON=1``.

``make test-compiled`` runs this file, with the engine and client tests, on the compiled
wheel unpacked first on ``sys.path`` and ``AMI_EXPECT_COMPILED=1``; ``make test`` runs it
on the source tree, where nothing is compiled.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import ami
import ami_runtime
import ami_runtime.protocol
from ami_runtime._build import is_compiled

SETUP = Path(__file__).resolve().parent.parent / "setup.py"


def compiled_modules() -> list[str]:
    """The modules ``setup.py``'s ``COMPILED`` list names (the engine and the clients')."""
    tree = ast.parse(SETUP.read_text())
    [files] = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "COMPILED"
    ]
    return [f.removeprefix("runtime/").removesuffix(".py").replace("/", ".") for f in files]


def test_the_flag_says_what_was_loaded() -> None:
    names = compiled_modules()
    assert {"ami_runtime.protocol", "ami_runtime._sync.client"} <= set(names)
    assert ami.__compiled__ is ami_runtime.__compiled__
    assert ami.__compiled__ == is_compiled(ami_runtime.protocol)
    for name in names:  # every module of the list, or none, is the compiled one
        assert is_compiled(importlib.import_module(name)) == ami.__compiled__, name
    expected = os.environ.get("AMI_EXPECT_COMPILED")
    if expected is not None:  # make test-compiled: the wheel's extensions must be in use
        assert ami.__compiled__ is (expected == "1")


def _files_in_fresh_process(env: dict[str, str]) -> dict[str, object]:
    code = (
        "import json, ami, ami_runtime.protocol as p, ami_runtime.message as m\n"
        "print(json.dumps({'compiled': ami.__compiled__, 'files': [p.__file__, m.__file__]}))"
    )
    env = {**os.environ, **env, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_ami_pure_python_loads_the_source_whatever_is_installed() -> None:
    seen = _files_in_fresh_process({"AMI_PURE_PYTHON": "1"})
    assert seen["compiled"] is False
    assert all(str(f).endswith(".py") for f in seen["files"])  # type: ignore[attr-defined]


def test_without_the_variable_a_fresh_process_gets_the_same_build() -> None:
    env = {"AMI_PURE_PYTHON": "0"}  # "0" and "" mean: not forced
    assert _files_in_fresh_process(env)["compiled"] is ami.__compiled__
