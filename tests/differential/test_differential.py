"""CI's share of the differential corpus: the simulator against the recorded real runs.

``golden/<version>.json`` holds what the real Asterisk said for every scenario (recorded
with ``make difftest ARGS=--record``); ``expected/<version>.txt`` lists the scenarios the
simulator matched strictly when it was last refreshed.  Each listed scenario must still
match: a simulator change that breaks one fails here.  CI runs those whose real run took
at most ``QUICK`` seconds (most of them; the rest wait on dialplan timers), all of
Asterisk 20's and, of 22's and 23's, those where the real server answered otherwise than
20 plus a sample of the rest; set ``AMI_DIFFTEST_FULL=1`` to run every listed one.
``make difftest`` runs the whole corpus
against real servers and reports every miss.
"""

from __future__ import annotations

import os
from functools import cache

import pytest

from tests.differential.compare import first_difference, normalise_value
from tests.differential.corpus import VERSIONS, load_corpus
from tests.differential.results import compare, load_expected, load_golden, sim_budget
from tests.differential.runner import Record
from tests.differential.targets import run_on_simulator

#: Seconds: a listed scenario whose real run took longer runs only with AMI_DIFFTEST_FULL=1.
QUICK = 2.5
CORPUS = {s.id: s for s in load_corpus()}


@cache
def golden(version: str) -> dict[str, Record]:
    return load_golden(version)


def _duration(rec: Record) -> float:
    return sum(float(s.get("elapsed", 0)) for s in rec["steps"])


def _differs_from_20(version: str, sid: str) -> bool:
    """Whether the real Asterisk ``version`` answered ``sid`` otherwise than Asterisk 20
    (banners aside: every session's differs between versions)."""
    base = golden("20").get(sid)
    if base is None:
        return True
    scenario = CORPUS[sid]
    miss = first_difference(
        {**golden(version)[sid], "sessions": {}},
        {**base, "sessions": {}},
        masks=scenario.mask,
        unordered_items=scenario.unordered_items,
        ignore=scenario.ignore,
    )
    return miss is not None


def _cases() -> list[tuple[str, str]]:
    """Asterisk 20's listed scenarios; of 22's and 23's, those whose real answers differ
    from 20's and every fifth of the others (the simulator's version switch is one
    mechanism: a sample shows it holds)."""
    full = os.environ.get("AMI_DIFFTEST_FULL") == "1"
    cases = []
    for version in VERSIONS:
        recorded = golden(version)
        listed = [sid for sid in load_expected(version) if sid in recorded]
        for n, sid in enumerate(listed):
            quick = _duration(recorded[sid]) <= QUICK
            sampled = version == "20" or n % 5 == 0 or _differs_from_20(version, sid)
            if full or (quick and sampled):
                cases.append((version, sid))
    return cases


def test_corpus_is_whole() -> None:
    """At least 150 scenarios; every expected id is in the corpus and has a real run."""
    assert len(CORPUS) >= 150, len(CORPUS)
    for version in VERSIONS:
        recorded = golden(version)
        for sid in load_expected(version):
            assert sid in CORPUS, f"expected/{version}.txt names unknown scenario {sid}"
            assert sid in recorded, f"no real run of {sid} for Asterisk {version}"


@pytest.mark.parametrize(("version", "sid"), _cases())
def test_scenario_still_matches(version: str, sid: str) -> None:
    scenario, real = CORPUS[sid], golden(version)[sid]
    sim = run_on_simulator(scenario, version, sim_budget(real))
    miss = compare(scenario, real, sim, strict=True)
    assert miss is None, (
        f"{sid} on {version}: step {miss.step}, {miss.what}\n"
        f"  real: {miss.real}\n  sim:  {miss.sim}"
    )


# -- the comparison itself ---------------------------------------------------------------------


def _rec(*steps: dict[str, object]) -> Record:
    return {"sessions": {"main": "Asterisk Call Manager/9.0.0"}, "steps": list(steps)}


def _step(
    response: list[list[str]],
    events: list[list[list[str]]] | None = None,
    items: list[list[list[str]]] | None = None,
) -> dict[str, object]:
    return {
        "step": "1:X",
        "response": response,
        "lines": [],
        "closed": [],
        "items": items or [],
        "events": [{"session": "", "pairs": e} for e in events or []],
    }


def _ev(name: str, channel: str, **extra: str) -> list[list[str]]:
    return [["Event", name], ["Channel", channel], *([k, v] for k, v in extra.items())]


OK = [["Response", "Success"], ["Message", "ok"]]


def test_normalising_blanks_what_varies_and_keeps_the_rest() -> None:
    assert normalise_value("Uniqueid", "1796404099.12") == "<varies>"
    assert normalise_value("Channel", "Local/100@test-0000001a;2") == "Local/100@test-<seq>;2"
    assert normalise_value("Channel", "PJSIP/pjself-00000003") == "PJSIP/pjself-<seq>"
    assert normalise_value("AsteriskVersion", "GIT-22-69535d4837") == "22.x"
    assert normalise_value("Cause", "17") == "17"
    assert normalise_value("AMIversion", "11.0.0") == "11.0.0"
    assert normalise_value("Exten", "1001") == "1001"


def test_header_order_and_values_count_strictly_but_not_loosely() -> None:
    real = _rec(_step([["Response", "Success"], ["A", "1"], ["B", "2"]]))
    swapped = _rec(_step([["Response", "Success"], ["B", "2"], ["A", "1"]]))
    other = _rec(_step([["Response", "Success"], ["A", "1"], ["B", "3"]]))
    assert first_difference(real, swapped) is not None
    assert first_difference(real, other) is not None
    assert first_difference(real, swapped, strict=False) is None
    assert first_difference(real, other, strict=False) is None


def test_events_keep_their_order_per_kind_and_channel_only() -> None:
    x1 = _ev("Newexten", "Local/1@t-00000001;1", Application="Answer")
    x2 = _ev("Newexten", "Local/1@t-00000001;1", Application="Wait")
    h1 = _ev("Hangup", "Local/1@t-00000001;1")
    b1 = _ev("Newexten", "Local/1@t-00000001;2", Application="Answer")
    real = _rec(_step(OK, [x1, b1, x2, h1]))
    assert first_difference(real, _rec(_step(OK, [b1, h1, x1, x2]))) is None
    miss = first_difference(real, _rec(_step(OK, [x2, b1, x1, h1])))
    assert miss is not None and miss.what == "events (Newexten of Local/1@t-<seq>;1)"
    missing = first_difference(real, _rec(_step(OK, [x1, x2, b1])))
    assert missing is not None and missing.sim == "(nothing)"


def test_hash_ordered_list_items_compare_as_a_multiset() -> None:
    x = [["Event", "CoreShowChannel"], ["Channel", "A"]]
    y = [["Event", "CoreShowChannel"], ["Channel", "B"]]
    assert first_difference(_rec(_step(OK, items=[x, y])), _rec(_step(OK, items=[y, x]))) is None
    p = [["Event", "QueueCallerJoin"], ["Position", "1"]]
    q = [["Event", "QueueCallerJoin"], ["Position", "2"]]
    assert first_difference(_rec(_step(OK, items=[p, q])), _rec(_step(OK, items=[q, p])))


def test_scenario_masks_hide_only_what_they_match() -> None:
    real = _rec(_step([["Response", "Success"], ["Output", "up 12 seconds"]]))
    sim = _rec(_step([["Response", "Success"], ["Output", "up 3 seconds"]]))
    assert first_difference(real, sim) is not None
    assert first_difference(real, sim, masks=(r"up \d+ seconds",)) is None
