package dev.mfck.cli;

import dev.mfck.text.Printable;
import dev.mfck.baseline.BaselineCheck;
import dev.mfck.baseline.Departure;
import dev.mfck.baseline.Expectation;
import dev.mfck.baseline.Gate;
import dev.mfck.run.RuleResult;
import dev.mfck.run.RuleStatus;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The table printed at the end of a run: every rule's status, the counts, the verdict, the gate. */
final class Summary {

    /** The most scenarios that did not pass the summary lists; the reports have them all. */
    private static final int MAX_LISTED = 40;

    private Summary() {
    }

    static void print(PrintWriter out, RunResult run, Optional<BaselineCheck> baseline, Gate gate, List<Path> reports) {
        out.println();
        out.println(String.format(Locale.ROOT, "%-26s %-15s %-21s %s", "RULE", "LEVEL", "STATUS", "SCENARIOS PASSED"));
        for (RuleResult rule : run.rules()) {
            out.println(String.format(Locale.ROOT, "%-26s %-15s %-21s %d/%d%s", rule.rule().id(),
                    rule.rule().level().label(), rule.status(), rule.passed(),
                    rule.scenarios().size(), rule.isWarning() ? "  (warning)" : ""));
        }
        out.println();
        out.println("Scenarios: " + run.scenarios().size() + " run, " + run.countsByVerdict().entrySet().stream()
                .map(count -> count.getValue() + " " + count.getKey())
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, "; took %.1f s.",
                run.info().duration().toMillis() / 1000.0));
        List<ScenarioResult> notPassed = run.notPassed();
        if (!notPassed.isEmpty()) {
            out.println("Did not pass:");
            notPassed.stream().limit(MAX_LISTED).forEach(s -> out.println(String.format(Locale.ROOT, "  %-20s %s%s",
                    s.verdict(), s.id(), s.blockedBy().isEmpty() ? "" : "  (blocked: see " + s.blockedBy() + ")")));
            if (notPassed.size() > MAX_LISTED) {
                out.println("  ... and " + (notPassed.size() - MAX_LISTED) + " more: every one is in index.html");
            }
        }
        if (!run.warnings().isEmpty()) {
            out.println("Warnings (recommended and interpretation rules, not conformance failures): "
                    + run.warnings().stream().map(r -> r.rule().id() + " " + r.status()).collect(Collectors.joining(", ")));
        }
        baseline.ifPresent(check -> expectations(out, check));
        if (!run.kitErrors().isEmpty()) {
            out.println("Kit errors (the kit failed, not the implementation; the verdict cannot be trusted):");
            run.kitErrors().forEach(e -> out.println("  " + Printable.of(e)));
        }
        out.println("Reports: " + reports.stream().map(Path::toString).collect(Collectors.joining(", ")));
        out.println();
        out.println("Verdict: " + run.verdict() + (run.info().certified() ? " (certified run)" : "")
                + (run.rules().stream().anyMatch(r -> r.status() == RuleStatus.NOT_RUN)
                ? " (partial run: " + run.info().selection() + ")" : ""));
        out.println("Gate: " + (gate.passes() ? "passes" : "fails") + ": " + gate.reason());
        out.flush();
    }

    private static void expectations(PrintWriter out, BaselineCheck check) {
        List<Departure> unexpected = check.unexpected();
        out.println("Expectations " + check.expectations().file() + ": " + check.expected().size() + " expected, "
                + unexpected.size() + " unexpected, " + check.unexpectedPasses().size() + " unexpected pass"
                + (check.unexpectedPasses().size() == 1 ? "" : "es") + ", " + check.notRun().size() + " not run.");
        unexpected.forEach(d -> out.println("  unexpected: " + d.describe()));
        for (Expectation entry : check.unexpectedPasses()) {
            out.println("  unexpected pass (remove line " + entry.line() + "): " + entry.id() + " " + entry.status()
                    + ": " + entry.reason());
        }
        if (!check.intermittent().isEmpty()) {
            List<BaselineCheck.Intermittent> failed = check.intermittent().stream()
                    .filter(i -> !i.took().equals(Expectation.PASS)).toList();
            out.println("Intermittent entries: " + check.intermittent().size() + " (each may end any way it lists); "
                    + (check.intermittent().size() - failed.size()) + " passed this run, " + failed.size() + " did not"
                    + (failed.isEmpty() ? "." : ":"));
            failed.forEach(i -> out.println("  " + i.entry().id() + " " + i.took() + " this run, of " + i.entry().status()
                    + " (line " + i.entry().line() + ")"));
        }
    }
}
