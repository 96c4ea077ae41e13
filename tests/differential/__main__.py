"""``make difftest``: the corpus against real Asterisk servers and against the simulator.

    python -m tests.differential                   # every version: real + simulator, report
    python -m tests.differential --versions 22 --only 'queue.*'
    python -m tests.differential --golden          # simulator against the recorded real runs
    python -m tests.differential --record          # also store the real runs as the golden ones
    python -m tests.differential --twice           # run the real side twice: harness check
    python -m tests.differential --update-expected # store the strictly matching ids (CI list)

Prints one line per version (strict and loose figures) and writes
``build/difftest/report-<version>.md`` with every miss.  Without ``shared/asterisk/`` on
the machine the real side comes from the recorded runs in ``golden/``.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
import time
from pathlib import Path

from tests.asterisk_server import asterisk_dir
from tests.differential import results
from tests.differential.corpus import VERSIONS, Scenario, load_corpus
from tests.differential.runner import Record


def _real_runs(
    version: str, scenarios: list[Scenario], twice: bool
) -> tuple[dict[str, Record], dict[str, Record]]:
    from tests.differential.targets import RealTarget

    first: dict[str, Record] = {}
    second: dict[str, Record] = {}
    with RealTarget(version) as target:
        for n, scenario in enumerate(scenarios, 1):
            first[scenario.id] = target.run(scenario)
            _progress(f"Asterisk {version} real", n, len(scenarios))
    if twice:
        with RealTarget(version) as target:
            for n, scenario in enumerate(scenarios, 1):
                second[scenario.id] = target.run(scenario)
                _progress(f"Asterisk {version} real, again", n, len(scenarios))
    return first, second


def _progress(what: str, n: int, total: int) -> None:
    if n % 25 == 0 or n == total:
        print(f"  {what}: {n}/{total}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.differential",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--versions", default=",".join(VERSIONS))
    parser.add_argument("--only", default="*", help="globs over scenario ids, comma-separated")
    parser.add_argument("--golden", action="store_true", help="use the recorded real runs")
    parser.add_argument("--record", action="store_true", help="store the real runs as golden")
    parser.add_argument("--twice", action="store_true", help="run the real side twice")
    parser.add_argument("--update-expected", action="store_true")
    parser.add_argument("--out", default="build/difftest")
    args = parser.parse_args(argv)

    live = not args.golden and asterisk_dir() is not None
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus()
    status = 0
    for version in args.versions.split(","):
        started = time.monotonic()
        globs = args.only.split(",")
        scenarios = [
            s
            for s in corpus
            if version in s.versions and any(fnmatch.fnmatchcase(s.id, g) for g in globs)
        ]
        if live:
            real, again = _real_runs(version, scenarios, args.twice)
            if args.record:
                results.store_golden(version, real, partial=args.only != "*")
        else:
            golden = results.load_golden(version)
            real = {s.id: golden[s.id] for s in scenarios if s.id in golden}
            again = {}
        outcome = results.compare_all(version, scenarios, real)
        if again:
            outcome.unstable = results.unstable(scenarios, real, again)
        elapsed = time.monotonic() - started
        report = out / f"report-{version}.md"
        report.write_text(outcome.report(elapsed, live), encoding="utf-8")
        print(outcome.summary_line(elapsed) + f"  ({report})")
        if outcome.unstable:
            print(
                f"  {len(outcome.unstable)} scenario(s) differ between two real runs: "
                + ", ".join(sorted(outcome.unstable))
            )
            status = 1
        if args.update_expected:
            results.store_expected(version, outcome.strict_ids(), partial=args.only != "*")
    return status


if __name__ == "__main__":
    sys.exit(main())
