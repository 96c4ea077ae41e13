"""Which build is in use (``ami.__compiled__``) and ``AMI_PURE_PYTHON=1``.

``make test-compiled`` runs this file, with the engine and client tests, on the compiled
wheel unpacked first on ``sys.path`` and ``AMI_EXPECT_COMPILED=1``; ``make test`` runs it
on the source tree, where nothing is compiled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import ami
import ami_runtime
import ami_runtime.framing
import ami_runtime.message
import ami_runtime.protocol
from ami_runtime._build import is_compiled

ENGINE = (ami_runtime.framing, ami_runtime.message, ami_runtime.protocol)


def test_the_flag_says_what_was_loaded() -> None:
    assert ami.__compiled__ is ami_runtime.__compiled__
    assert ami.__compiled__ == is_compiled(ami_runtime.protocol)
    assert all(is_compiled(module) == ami.__compiled__ for module in ENGINE)
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
