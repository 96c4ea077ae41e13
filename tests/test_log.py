"""The ``ami`` logger is looked up when something first logs (ami_runtime/_log.py).

Each test runs in a new interpreter, where :mod:`logging` is not loaded yet: that is the
state the lazy lookup exists for (a CLI run), and pytest itself has loaded it here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fresh(code: str) -> tuple[dict[str, object], str]:
    """Run ``code`` in a new interpreter; what it prints as JSON, and its stderr."""
    paths = [str(ROOT / "generated"), str(ROOT / "runtime")]
    prelude = f"import sys, json; sys.path[:0] = {paths!r}\n"
    done = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout), done.stderr


def test_a_client_loads_logging_only_when_it_logs_and_records_name_the_caller() -> None:
    seen, _ = _fresh(
        "from ami import Manager\n"
        "manager = Manager()\n"
        "before = 'logging' in sys.modules\n"
        "import logging\n"
        "records = []\n"
        "class Keep(logging.Handler):\n"
        "    def emit(self, record): records.append(record)\n"
        "logging.getLogger('ami').addHandler(Keep())\n"
        "manager._logger.warning('queue full: %d dropped', 3)\n"
        "r = records[0]\n"
        "print(json.dumps({'before': before, 'message': r.getMessage(),\n"
        "                  'name': r.name, 'file': r.filename}))\n"
    )
    assert seen == {
        "before": False,
        "message": "queue full: 3 dropped",
        "name": "ami",
        "file": "<string>",  # the line that logged, not ami_runtime/_log.py
    }


def test_a_set_up_waits_for_the_first_log_and_is_dropped_after_its_block() -> None:
    seen, _ = _fresh(
        "from ami_runtime._log import ami_logger, when_used\n"
        "ran = []\n"
        "with when_used(lambda logger: ran.append(logger.name)):\n"
        "    quiet = list(ran)\n"
        "    ami_logger().info('now')\n"
        "    first = list(ran)\n"
        "    ami_logger().info('again')\n"
        "with when_used(lambda logger: ran.append('unused')):\n"
        "    pass\n"
        "import ami_runtime._log as log\n"
        "print(json.dumps({'quiet': quiet, 'first': first, 'all': ran,\n"
        "                  'waiting': len(log._WAITING)}))\n"
    )
    # the second block ran its set-up at once: logging was loaded by then
    assert seen == {"quiet": [], "first": ["ami"], "all": ["ami", "unused"], "waiting": 0}


def test_the_cli_logs_to_stderr_only_when_the_client_logs_and_restores_the_logger() -> None:
    seen, err = _fresh(
        "from ami_runtime._log import ami_logger\n"
        "from ami_runtime.cli.app import _logging_to_stderr\n"
        "with _logging_to_stderr(verbose=False):\n"
        "    silent = 'logging' in sys.modules\n"
        "    ami_logger().info('not shown below WARNING')\n"
        "    ami_logger().warning('reconnect attempt %d failed', 1)\n"
        "import logging\n"
        "logger = logging.getLogger('ami')\n"
        "print(json.dumps({'silent': silent, 'handlers': len(logger.handlers),\n"
        "                  'propagate': logger.propagate}))\n"
    )
    assert seen == {"silent": False, "handlers": 0, "propagate": True}
    assert err == "ami: WARNING: reconnect attempt 1 failed\n"
