#!/usr/bin/env python3
"""Writes Wine's expectations file from whole-suite runs against the Media Foundation peer.

Usage: wine-expectations.py REPORT_DIR... > peers/mediafoundation/wine-8.0.expectations

Each REPORT_DIR is the --report-dir of one `mfck run --wire 'wine .../mfck-peer.exe'` (its
conformance.json), and the run's console output saved as REPORT_DIR.log (for the order in which
the scenarios ran). An entry lists every status a scenario took in any run; and because Wine 8.0
may crash whenever its presentation clock stops with sample-grabber timers pending (docs/wine.md,
"The crash"), every scenario with media, and the scenario that runs right after one (a crash
during a teardown is met by the next scenario), may also end CRASHED. A run by a kit older than
the CRASHED verdict reported Wine's crash as IMPLEMENTATION_FAULT: read as CRASHED (Wine's peer
only ever faults by crashing). Reasons come from REASONS below, matched on the scenario id;
docs/wine.md explains each.
"""
import json
import re
import sys

CRASH = "CRASHED"
REASONS = [
    (r"^INVALID-AFTER-CLOSE\[closing, av-long, SetTopology",
     "Wine runs the source resolver's completion on the one work-queue thread the held sample blocks, so the kit's "
     "next partial topology waits for the release (docs/wine.md, one work-queue thread)"),
    (r"^INVALID-AFTER-CLOSE\[.*SetTopology with a new topology",
     "Wine's SetTopology does not check for a closed session: S_OK and a successful MESessionTopologySet "
     "(docs/wine.md, SetTopology after Close)"),
    (r"^CLOSE-AFTER-SHUTDOWN\[shut down from closing|^SHUTDOWN-IS-FINAL\[shut down from closing",
     "Wine's pending Close, completing after Shutdown, sets the state back to closed (a race): Close answers S_OK, "
     "GetClock dereferences the released clock (docs/wine.md, Shutdown while closing)"),
    (r"^SHUTDOWN-WITHOUT-CLOSE\[started",
     "Wine's Shutdown does not shut the sample grabbers down; their clock timers may still deliver a sample "
     "(a race: it usually does, never seen with av-heavy) (docs/wine.md, samples after Shutdown)"),
    (r"^CLOSE-RELEASES-RESOURCES\[",
     "the peer reports no live resources: Media Foundation has no API for them (docs/wine.md)"),
    (r".", "Wine 8.0 crashes in rtworkq when the clock stops with grabber timers pending (docs/wine.md, the crash)"),
]

# Races in Wine that went both ways in earlier runs, or could: every status listed whatever these runs saw.
RACES = [
    (r"^CLOSE-AFTER-SHUTDOWN\[shut down from closing", {"PASS", "FAIL"}),
    (r"^SHUTDOWN-WITHOUT-CLOSE\[started", {"PASS", "FAIL"}),
]


def runs(dirs):
    for d in dirs:
        with open(d + "/conformance.json") as f:
            report = json.load(f)
        verdicts = {s["id"]: CRASH if s["verdict"] == "IMPLEMENTATION_FAULT" else s["verdict"]
                    for r in report["rules"] for s in r["scenarios"]}
        with open(d + ".log") as f:
            order = [m.group(1) for m in (re.search(r"^\[ *\d+/\d+, \d+ failed\] \S+ +\S+ +(\S+\[[^\]]*\])", line)
                                            for line in f) if m]
        yield verdicts, order


def main(dirs):
    statuses, order = {}, None
    for verdicts, ran in runs(dirs):
        order = order or ran
        for scenario, verdict in verdicts.items():
            statuses.setdefault(scenario, []).append(verdict)
    may_crash = set()
    for i, scenario in enumerate(order):
        if not scenario.endswith(", none]") and "none," not in scenario:
            may_crash.add(scenario)
            if i + 1 < len(order):
                may_crash.add(order[i + 1])
    print("# Wine 8.0 (Debian wine 8.0~repack-4) through peers/mediafoundation/mfck-peer.exe: what each scenario")
    print("# that does not always pass may end with. Written by wine-expectations.py from %d runs;" % len(dirs))
    print("# docs/wine.md explains every reason. A scenario with media may also end CRASHED: Wine's crash.")
    for scenario in sorted(statuses):
        reason = next(text for pattern, text in REASONS if re.search(pattern, scenario))
        seen = set(statuses[scenario])
        for pattern, outcomes in RACES:
            if re.search(pattern, scenario):
                seen |= outcomes
        if scenario in may_crash:
            seen.add(CRASH)
            if seen == {CRASH} and reason == REASONS[-1][1]:
                seen.add("PASS")   # crashed in every run here, and passes when Wine does not crash
        if seen == {"PASS"}:
            continue
        if seen == {"PASS", CRASH}:
            reason = REASONS[-1][1]
        ordered = [v for v in ["PASS", "FAIL", "TIMEOUT", "BLOCKED", "NOT_SUPPORTED", CRASH] if v in seen]
        print("%s  %s  %s" % (scenario, "|".join(ordered), reason))


if __name__ == "__main__":
    main(sys.argv[1:])
