"""Recorded real runs (``golden/<version>.json``), the expected-to-match lists
(``expected/<version>.txt``), and the comparison of a whole corpus with its report."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.differential.compare import Miss, first_difference
from tests.differential.corpus import Scenario
from tests.differential.runner import Record
from tests.differential.targets import run_on_simulator, simulator_versions

__all__ = [
    "Outcome",
    "compare_all",
    "load_expected",
    "load_golden",
    "store_expected",
    "store_golden",
    "unstable",
]

HERE = Path(__file__).parent
GOLDEN_DIR = HERE / "golden"
EXPECTED_DIR = HERE / "expected"
#: The longest a simulator step may take to settle, whatever the real one took.
MAX_WAIT = 15.0


def load_golden(version: str) -> dict[str, Record]:
    path = GOLDEN_DIR / f"{version}.json"
    if not path.is_file():
        return {}
    doc = json.loads(path.read_text(encoding="utf-8"))
    return dict(doc["scenarios"])


def store_golden(version: str, runs: dict[str, Record], *, partial: bool) -> None:
    """Write the real runs, one scenario a line (readable diffs); merge when ``partial``."""
    merged = {**load_golden(version), **runs} if partial else dict(runs)
    GOLDEN_DIR.mkdir(exist_ok=True)
    lines = [
        json.dumps(sid) + ": " + json.dumps(rec, separators=(",", ":"))
        for sid, rec in sorted(merged.items())
    ]
    body = ",\n".join(lines)
    text = f'{{"version": {json.dumps(version)}, "scenarios": {{\n{body}\n}}}}\n'
    (GOLDEN_DIR / f"{version}.json").write_text(text, encoding="utf-8")


def load_expected(version: str) -> list[str]:
    path = EXPECTED_DIR / f"{version}.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def store_expected(version: str, ids: list[str], *, partial: bool) -> None:
    merged = sorted(set(ids) | (set(load_expected(version)) if partial else set()))
    EXPECTED_DIR.mkdir(exist_ok=True)
    head = (
        f"# Scenarios the simulator matches strictly as Asterisk {version}; CI fails when one\n"
        "# stops matching.  Refresh: python -m tests.differential --golden --update-expected\n"
    )
    (EXPECTED_DIR / f"{version}.txt").write_text(head + "\n".join(merged) + "\n", encoding="utf-8")


def sim_budget(real: Record) -> Any:
    """How long each simulator step may take: twice the real one, plus 2 s, at most 15 s."""
    elapsed = [float(s.get("elapsed", MAX_WAIT)) for s in real["steps"]]

    def budget(index: int) -> float:
        base = elapsed[index] if index < len(elapsed) else MAX_WAIT
        return min(MAX_WAIT, 2 * base + 2.0)

    return budget


def compare(scenario: Scenario, real: Record, sim: Record, *, strict: bool) -> Miss | None:
    return first_difference(
        real,
        sim,
        strict=strict,
        masks=scenario.mask,
        unordered_items=scenario.unordered_items,
        ignore=scenario.ignore,
    )


@dataclass
class Outcome:
    """One version's results over the corpus."""

    version: str
    scenarios: list[Scenario]
    strict: dict[str, Miss | None] = field(default_factory=dict)
    loose: dict[str, Miss | None] = field(default_factory=dict)
    unstable: dict[str, Miss] = field(default_factory=dict)
    sim_is_versioned: bool = True

    def strict_ids(self) -> list[str]:
        return sorted(k for k, v in self.strict.items() if v is None)

    def loose_ids(self) -> list[str]:
        return sorted(k for k, v in self.loose.items() if v is None)

    def summary_line(self, elapsed: float) -> str:
        total = len(self.scenarios)
        s, lo = len(self.strict_ids()), len(self.loose_ids())
        return (
            f"Asterisk {self.version}: strict {s}/{total} ({100 * s / max(total, 1):.1f}%), "
            f"loose {lo}/{total} ({100 * lo / max(total, 1):.1f}%) in {elapsed:.0f} s"
        )

    def categories(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for miss in self.strict.values():
            if miss is not None:
                counts[_category(miss)] += 1
        return counts

    def report(self, elapsed: float, live: bool) -> str:
        src = "a real Asterisk run now" if live else "the recorded real runs (golden/)"
        out = [
            f"# Differential corpus, Asterisk {self.version}",
            "",
            f"Real side: {src}.  " + self.summary_line(elapsed) + ".",
            "",
        ]
        if not self.sim_is_versioned and self.version != "20":
            out += ["The simulator takes no Asterisk version yet: it ran as Asterisk 20.", ""]
        out += ["| area | scenarios | strict | loose |", "|---|---|---|---|"]
        areas: dict[str, list[str]] = {}
        for sc in self.scenarios:
            areas.setdefault(sc.area, []).append(sc.id)
        for area, ids in areas.items():
            s = sum(1 for i in ids if self.strict.get(i, "x") is None)
            lo = sum(1 for i in ids if self.loose.get(i, "x") is None)
            out.append(f"| {area} | {len(ids)} | {s} | {lo} |")
        out += ["", "## Top mismatch categories (strict)", ""]
        for cat, n in self.categories().most_common(25):
            out.append(f"- {n} x {cat}")
        if self.unstable:
            out += ["", "## Differ between two real runs (harness bugs)", ""]
            for sid, miss in sorted(self.unstable.items()):
                out += [
                    f"- `{sid}` {miss.step}, {miss.what}",
                    f"  - run 1: `{miss.real}`",
                    f"  - run 2: `{miss.sim}`",
                ]
        out += ["", "## Misses", ""]
        for sc in self.scenarios:
            miss = self.strict.get(sc.id)
            if sc.id not in self.strict:
                out += [f"### {sc.id}", "", "no real run recorded", ""]
                continue
            if miss is None:
                continue
            loose = self.loose.get(sc.id)
            out += [
                f"### {sc.id} ({sc.source})",
                "",
                sc.title,
                "",
                f"- strict: step `{miss.step}`, {miss.what}",
                f"  - real: `{miss.real}`",
                f"  - sim:  `{miss.sim}`",
            ]
            if loose is not None:
                out += [
                    f"- loose: step `{loose.step}`, {loose.what}",
                    f"  - real: `{loose.real}`",
                    f"  - sim:  `{loose.sim}`",
                ]
            else:
                out.append("- loose: matches")
            out.append("")
        return "\n".join(out) + "\n"


def _category(miss: Miss) -> str:
    what = miss.what.split(" of ")[0].replace("events (", "events ")
    if miss.real == "(nothing)":
        head = "extra " + miss.sim.split(" | ")[0]
    elif miss.sim == "(nothing)":
        head = "missing " + miss.real.split(" | ")[0]
    else:
        r, s = miss.real.split(" | "), miss.sim.split(" | ")
        diff = next((a for a, b in zip(r, s) if a != b), r[0])
        head = "differs at " + (diff.split(":")[0] if ":" in diff else diff[:40])
        if what == "response" and r[:1] != s[:1]:
            head = f"{r[0]} vs {s[0]}"
    return f"{what}: {head}"


def compare_all(version: str, scenarios: list[Scenario], real: dict[str, Record]) -> Outcome:
    """Run every scenario that has a real run on a fresh simulator and compare."""
    outcome = Outcome(version, scenarios, sim_is_versioned=simulator_versions())
    for n, sc in enumerate(scenarios, 1):
        if n % 25 == 0 or n == len(scenarios):
            print(f"  Asterisk {version} simulator: {n}/{len(scenarios)}", file=sys.stderr,
                  flush=True)  # fmt: skip
        if sc.id not in real:
            continue
        sim = run_on_simulator(sc, version, sim_budget(real[sc.id]))
        outcome.strict[sc.id] = compare(sc, real[sc.id], sim, strict=True)
        outcome.loose[sc.id] = compare(sc, real[sc.id], sim, strict=False)
    return outcome


def unstable(
    scenarios: list[Scenario], first: dict[str, Record], second: dict[str, Record]
) -> dict[str, Miss]:
    """Scenarios whose two real runs differ strictly: the harness must not allow that."""
    found: dict[str, Miss] = {}
    for sc in scenarios:
        if sc.id in first and sc.id in second:
            miss = compare(sc, first[sc.id], second[sc.id], strict=True)
            if miss is not None:
                found[sc.id] = miss
    return found
