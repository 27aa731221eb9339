package dev.mfck.run;

import dev.mfck.failure.Verdict;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one scenario ended.
 *
 * @param id       the scenario's stable id: its rule id and its example's values
 *                 ({@code CLOSE-AFTER-SHUTDOWN[shut down from stopped, av-long]}), or for a plain
 *                 scenario its rule id and name; ids do not move when lines are inserted
 * @param location {@code feature-file:line} as Cucumber addresses it; for an example of an
 *                 outline the line is the example's row
 * @param name     the scenario's name, with an outline's parameters filled in
 * @param ruleId   the rule the scenario checks
 * @param verdict  its verdict
 * @param observed what the session did, for a scenario that did not pass; else empty
 * @param blockedBy for a BLOCKED scenario, the rule whose own scenarios check what stopped it; else empty
 * @param message  the whole failure message (rule, clause, observed, trace, hint); else empty
 * @param trace    the scenario's trace up to its failure; empty for a scenario that passed
 * @param took     how long it ran
 */
public record ScenarioResult(String id, String location, String name, String ruleId, Verdict verdict, String observed,
                             String blockedBy, String message, List<TraceEntry> trace, Duration took) {

    /** @return the last call into the implementation before the scenario ended, if any */
    public Optional<TraceEntry> lastCall() {
        for (int i = trace.size() - 1; i >= 0; i--) {
            if (trace.get(i).kind() == TraceEntry.Kind.CALL) {
                return Optional.of(trace.get(i));
            }
        }
        return Optional.empty();
    }
}
