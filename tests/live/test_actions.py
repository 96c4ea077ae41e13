"""Every action class of the catalogue, sent to a real Asterisk of each version.

The sweep (:mod:`tests.live.sweep`, cases in :mod:`tests.live.action_cases`) classifies
each answer OK, REFUSED (for the fixture's state), MODULE (not loaded, checked with
ModuleCheck) or WRONG; any WRONG fails the test, and the table is printed in the run's
summary.  ``AMI_LIVE_VERSIONS=22 python -m pytest tests/live/test_actions.py -q -s``
"""

from __future__ import annotations

from collections.abc import Callable

from tests.asterisk_server import AsteriskServer
from tests.live import verified
from tests.live.sweep import MODULE, OK, REFUSED, classes_for, run_sweep


def test_every_action_class_answers_as_the_catalogue_says(
    asterisk: AsteriskServer, live_report: Callable[[str], None]
) -> None:
    result = run_sweep(asterisk)
    live_report(result.table())
    print(result.table(full=True))  # every row, with -s
    verdicts = result.by_class()
    assert set(verdicts) == set(classes_for(asterisk.version))
    for name, verdict in verdicts.items():
        if verdict in (OK, REFUSED):
            verified.record("action", name, asterisk.version)
    assert not result.wrong, "\n".join(result.wrong)
    # The fixture loads what the catalogue's main modules need: only these may be absent.
    absent = {o.detail.split(":")[0] for o in result.outcomes if o.verdict == MODULE}
    assert absent <= {
        "chan_dahdi", "chan_iax2", "chan_skinny", "app_meetme", "res_xmpp",
        "res_mwi_external_ami",
    }  # fmt: skip
