"""Medians, ratios to RAW, targets, and the table (text for the terminal, Markdown for docs).

Ratios are taken run by run (client / RAW of the same run) and then the median of those
is reported, so a machine that drifts between runs does not skew them.
"""

from __future__ import annotations

import statistics
from typing import Any

CLIENTS = [
    "raw",
    "raw_async",
    "raw_uvloop",
    "ours_sync",
    "ours_sync@compiled",
    "ours_async",
    "ours_async@compiled",
    "ours_uvloop",
    "ours_uvloop@compiled",
    "pystrix",
    "panoramisk",
    "asterisk_ami",
]
LABELS = {
    "raw": "RAW (stdlib loop)",
    "raw_async": "RAW on asyncio (floor)",
    "raw_uvloop": "RAW on uvloop (floor)",
    "ours_sync": "amikit Manager",
    "ours_sync@compiled": "amikit Manager, compiled",
    "ours_async": "amikit AsyncManager",
    "ours_async@compiled": "amikit AsyncManager, compiled",
    "ours_uvloop": "amikit AsyncManager, uvloop",
    "ours_uvloop@compiled": "amikit AsyncManager, uvloop, compiled",
    "pystrix": "pystrix 1.3.0",
    "panoramisk": "panoramisk 1.4",
    "asterisk_ami": "asterisk-ami 0.1.7",
}
#: The plain loop on the same event loop: the compiled asyncio ping goal is a ratio to it.
FLOORS = {
    "ours_async": "raw_async",
    "ours_async@compiled": "raw_async",
    "ours_uvloop": "raw_uvloop",
    "ours_uvloop@compiled": "raw_uvloop",
}
RSS_SCENARIOS = ("flood", "ping", "list")

Runs = list[dict[str, Any]]


def ok(r: dict[str, Any] | None) -> bool:
    return bool(r) and "na" not in r and "error" not in r


def why_not(runs: Runs) -> str | None:
    """The reason a scenario has no numbers (None if at least one run has some)."""
    if any(ok(r) for r in runs):
        return None
    for r in runs:
        if r and ("na" in r or "error" in r):
            return str(r.get("na") or f"error: {r['error']}")
    return "not run"


def med(values: list[float]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def metric(runs: Runs, key: str) -> float | None:
    return med([r[key] for r in runs if ok(r) and r.get(key) is not None])


def ratio(runs: Runs, base: Runs, key: str) -> float | None:
    return med(
        [r[key] / b[key] for r, b in zip(runs, base, strict=False) if ok(r) and ok(b) and b[key]]
    )


def peak_rss(results: dict[str, dict[str, Runs]], client: str, nruns: int) -> list[float | None]:
    """Per run: the largest peak RSS among the flood, ping and list processes."""
    out: list[float | None] = []
    for i in range(nruns):
        peaks = []
        for sc in RSS_SCENARIOS:
            runs = results.get(sc, {}).get(client, [])
            if i < len(runs) and ok(runs[i]) and "peak_rss_mb" in runs[i]:
                peaks.append(runs[i]["peak_rss_mb"])
        out.append(max(peaks) if peaks else None)
    return out


def summarize(
    results: dict[str, dict[str, Runs]], nruns: int, settings: dict[str, Any]
) -> dict[str, Any]:
    clients: dict[str, Any] = {}
    raw_peaks = peak_rss(results, "raw", nruns)
    scenarios = [sc for sc in results if sc != "parser"]
    for client in CLIENTS:
        get = {sc: results[sc].get(client, []) for sc in scenarios}
        if not any(get.values()):
            continue
        base = {sc: results[sc].get("raw", []) for sc in scenarios}
        peaks = peak_rss(results, client, nruns)
        flood = get.get("flood", [])
        slow = get.get("slow", [])
        last_ok = [r for r in flood if ok(r)]
        clients[client] = {
            "events_per_s": metric(flood, "events_per_s"),
            "events_x": ratio(flood, base.get("flood", []), "events_per_s"),
            "events_complete": all(r.get("complete", True) for r in last_ok) if last_ok else None,
            "event_class": last_ok[-1].get("event_class") if last_ok else None,
            "pings_per_s": metric(get.get("ping", []), "pings_per_s"),
            "pings_x": ratio(get.get("ping", []), base.get("ping", []), "pings_per_s"),
            "pings_floor_x": ratio(
                get.get("ping", []),
                results.get("ping", {}).get(FLOORS.get(client, ""), []),
                "pings_per_s",
            ),
            "list_s": metric(get.get("list", []), "list_s"),
            "list_x": ratio(get.get("list", []), base.get("list", []), "list_s"),
            "peak_rss_mb": med(peaks),
            "peak_rss_delta_mb": med(
                [
                    p - b
                    for p, b in zip(peaks, raw_peaks, strict=False)
                    if p is not None and b is not None
                ]
            ),
            "many_s": metric(get.get("many", []), "many_s"),
            "slow_rss_start_mb": metric(slow, "rss_start_mb"),
            "slow_rss_end_mb": metric(slow, "rss_end_mb"),
            "slow_delivered": metric(slow, "delivered"),
            "slow_dropped": metric(slow, "dropped"),
            "na": {sc: why_not(runs) for sc, runs in get.items() if why_not(runs)},
        }
    return {
        "clients": clients,
        "parser": summarize_parser(results.get("parser", {}).get("parser", [])),
        "parser_compiled": summarize_parser(
            results.get("parser", {}).get("parser@compiled", []), "no --compiled tree"
        ),
        "settings": settings,
    }


def summarize_parser(runs: Runs, missing: str = "not run") -> dict[str, Any]:
    if not runs:
        return {"na": missing}
    if why_not(runs):
        return {"na": why_not(runs)}
    good = [r for r in runs if ok(r)]

    def mbs(part: str) -> float | None:
        return med([r[part]["mb_s"] for r in good if part in r])

    return {
        "corpus_mb": good[-1]["corpus_mb"],
        "raw_mb_s": mbs("raw"),
        "ours_mb_s": mbs("ours"),
        "ours_x": med([r["ours"]["mb_s"] / r["raw"]["mb_s"] for r in good if "ours" in r]),
        "ours_touch_mb_s": mbs("ours_touch"),
        "framing_mb_s": mbs("framing"),
        "event_types": good[-1].get("event_types"),
        "ours_na": good[-1].get("ours_na"),
    }


def targets(summary: dict[str, Any]) -> list[dict[str, Any]]:
    c = summary["clients"]
    p = summary["parser"]
    pc = summary.get("parser_compiled", {})
    conns = summary["settings"].get("conns", 1000)
    size = summary["settings"].get("list_size", 5000)

    def get(client: str, key: str) -> float | None:
        return c.get(client, {}).get(key)

    rows = [
        ("typed events/s, Manager (x RAW)", get("ours_sync", "events_x"), ">=", 1.5),
        ("typed events/s, AsyncManager (x RAW)", get("ours_async", "events_x"), ">=", 1.5),
        ("parser alone (x RAW parse loop)", p.get("ours_x"), ">=", 3.0),
        ("sync pings/s (x RAW)", get("ours_sync", "pings_x"), ">=", 0.9),
        ("asyncio pings/s (x RAW)", get("ours_async", "pings_x"), ">=", 0.8),
        (f"{size}-entry list, Manager (x RAW time)", get("ours_sync", "list_x"), "<=", 1.3),
        (f"{size}-entry list, AsyncManager (x RAW time)", get("ours_async", "list_x"), "<=", 1.3),
        ("peak RSS, Manager (MB over RAW)", get("ours_sync", "peak_rss_delta_mb"), "<=", 10.0),
        (
            "peak RSS, AsyncManager (MB over RAW)",
            get("ours_async", "peak_rss_delta_mb"),
            "<=",
            10.0,
        ),
        (f"{conns:,} connections + Ping each (s)", get("ours_async", "many_s"), "<=", 5.0),
    ]
    if any(k.endswith("@compiled") for k in c) or "na" not in pc:
        rows += compiled_targets(summary)
    out = []
    for name, value, op, need in rows:
        passed = None if value is None else (value >= need if op == ">=" else value <= need)
        out.append({"target": name, "value": value, "op": op, "need": need, "pass": passed})
    return out


def compiled_targets(summary: dict[str, Any]) -> list[tuple[str, float | None, str, float]]:
    """The compiled build's goals (issue 17), each a ratio taken within the same run."""
    c = summary["clients"]
    pc = summary.get("parser_compiled", {})

    def get(client: str, key: str) -> float | None:
        return c.get(client, {}).get(key)

    def extra(client: str, key: str) -> float | None:
        """Compiled minus pure (RSS MB, 1,000-connection seconds): no worse than pure."""
        ours, pure = get(client + "@compiled", key), get(client, key)
        return None if ours is None or pure is None else ours - pure

    sync, asy, uv = "ours_sync@compiled", "ours_async@compiled", "ours_uvloop@compiled"
    return [
        ("compiled: typed events/s, Manager (x RAW)", get(sync, "events_x"), ">=", 2.0),
        ("compiled: typed events/s, AsyncManager (x RAW)", get(asy, "events_x"), ">=", 2.0),
        ("compiled: sync pings/s (x RAW)", get(sync, "pings_x"), ">=", 0.95),
        ("compiled: asyncio pings/s (x RAW on asyncio)", get(asy, "pings_floor_x"), ">=", 0.95),
        ("compiled: uvloop pings/s (x RAW on uvloop)", get(uv, "pings_floor_x"), ">=", 0.95),
        ("compiled: parser alone (x RAW parse loop)", pc.get("ours_x"), ">=", 3.0),
        (
            "compiled: peak RSS, Manager (MB over pure)",
            extra("ours_sync", "peak_rss_mb"),
            "<=",
            1.0,
        ),
        (
            "compiled: peak RSS, AsyncManager (MB over pure)",
            extra("ours_async", "peak_rss_mb"),
            "<=",
            1.0,
        ),
        ("compiled: 1,000 connections (s over pure)", extra("ours_async", "many_s"), "<=", 0.25),
    ]


def _num(v: float | None, fmt: str) -> str:
    return "n/a" if v is None else format(v, fmt)


def rows(summary: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    settings = summary["settings"]
    head = [
        "client",
        "events/s",
        "xRAW",
        "pings/s",
        "xRAW",
        f"list {settings.get('list_size', 5000)} (s)",
        "xRAW",
        "peak RSS MB",
        "vs RAW",
        f"{settings.get('conns', 1000):,} conns (s)",
        "slow: RSS start->end MB (delivered/dropped)",
    ]
    body = []
    for client, s in summary["clients"].items():
        slow = "n/a"
        if s["slow_rss_start_mb"] is not None:
            dropped = "" if s["slow_dropped"] is None else f"/{s['slow_dropped']:,.0f}"
            slow = (
                f"{s['slow_rss_start_mb']:.1f}->{s['slow_rss_end_mb']:.1f} "
                f"({s['slow_delivered']:,.0f}{dropped})"
            )
        events = _num(s["events_per_s"], ",.0f")
        if s["events_complete"] is False:
            events += "*"
        body.append(
            [
                LABELS.get(client, client),
                events,
                _num(s["events_x"], ".2f"),
                _num(s["pings_per_s"], ",.0f"),
                _num(s["pings_x"], ".3f"),
                _num(s["list_s"], ".3f"),
                _num(s["list_x"], ".2f"),
                _num(s["peak_rss_mb"], ".1f"),
                _num(s["peak_rss_delta_mb"], "+.1f"),
                _num(s["many_s"], ".2f"),
                slow,
            ]
        )
    return head, body


def parser_line(p: dict[str, Any], build: str = "") -> str:
    if "na" in p:
        return f"{build}parser alone: n/a ({p['na']})"
    if p.get("ours_na"):
        return f"{build}parser alone: RAW {p['raw_mb_s']:.1f} MB/s; ours n/a ({p['ours_na']})"
    return (
        f"{build}parser alone on {p['corpus_mb']:.0f} MB of recorded bytes: RAW loop "
        f"{p['raw_mb_s']:.1f} MB/s | AmiProtocol {p['ours_mb_s']:.1f} MB/s "
        f"({p['ours_x']:.2f}x RAW) | AmiProtocol + reading one header "
        f"{p['ours_touch_mb_s']:.1f} MB/s | FrameReader alone {p['framing_mb_s']:.1f} MB/s "
        f"| event classes: {p['event_types']}"
    )


def notes(summary: dict[str, Any]) -> list[str]:
    out = []
    for client, s in summary["clients"].items():
        for sc, reason in s["na"].items():
            out.append(f"{LABELS.get(client, client)}, {sc}: n/a: {reason}")
        if s.get("event_class") and client.startswith("ours"):
            out.append(f"{LABELS[client]} delivered events of class {s['event_class']}")
        if s.get("pings_floor_x") is not None:
            floor = LABELS[FLOORS[client]]
            out.append(f"{LABELS[client]}: pings {s['pings_floor_x']:.3f}x {floor}")
        if s["events_complete"] is False:
            out.append(f"{LABELS.get(client, client)}: * flood incomplete (dropped or capped)")
    return out


def text(summary: dict[str, Any], title: str) -> str:
    head, body = rows(summary)
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    out = [title, line(head), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in body]
    out += ["", parser_line(summary["parser"])]
    out += [parser_line(summary["parser_compiled"], "compiled: ")]
    out += ["", "targets:"]
    for t in targets(summary):
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[t["pass"]]
        out.append(
            f"  {t['target']:<44} {_num(t['value'], '.3f'):>9} {t['op']} {t['need']:<5} {verdict}"
        )
    out += ["", *notes(summary)]
    return "\n".join(out)


def markdown(summary: dict[str, Any], title: str) -> str:
    head, body = rows(summary)
    out = [title, "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in body]
    out += ["", parser_line(summary["parser"]), ""]
    out += [parser_line(summary["parser_compiled"], "compiled: ")]
    out += ["", "| target | value | need | result |"]
    out.append("|---|---|---|---|")
    for t in targets(summary):
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[t["pass"]]
        out.append(
            f"| {t['target']} | {_num(t['value'], '.3f')} | {t['op']} {t['need']} | {verdict} |"
        )
    extra = notes(summary)
    if extra:
        out += ["", *[f"- {n}" for n in extra]]
    return "\n".join(out)
