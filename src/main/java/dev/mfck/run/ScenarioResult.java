package dev.mfck.run;

import dev.mfck.failure.Verdict;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one scenario ended.
 *
 * @param id       the scenario's id, {@code feature-file:line} as Cucumber addresses it
 *                 ({@code close_returns_ok.feature:14}); for an example of an outline the
 *                 line is the example's row
 * @param name     the scenario's name, with an outline's parameters filled in
 * @param ruleId   the rule the scenario checks
 * @param verdict  its verdict
 * @param observed what the session did, for a scenario that did not pass; else empty
 * @param message  the whole failure message (rule, clause, observed, trace, hint); else empty
 * @param trace    the scenario's trace up to its failure; empty for a scenario that passed
 * @param took     how long it ran
 */
public record ScenarioResult(String id, String name, String ruleId, Verdict verdict, String observed,
                             String message, List<TraceEntry> trace, Duration took) {

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
