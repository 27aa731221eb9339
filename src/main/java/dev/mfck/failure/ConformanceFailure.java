package dev.mfck.failure;

import dev.mfck.trace.TraceEntry;

import java.util.List;

/**
 * A scenario that did not pass: carries its verdict and a message that explains it, and the
 * same facts in parts for reports: the rule, what the session did, and the scenario's trace.
 */
public class ConformanceFailure extends AssertionError {

    /** The most trace entries a failure keeps for reports: the latest ones. */
    public static final int KEPT_TRACE = 2_000;

    private final Verdict verdict;
    private final String ruleId;
    private final String observed;
    private final String blockedBy;
    private final transient List<TraceEntry> trace;

    ConformanceFailure(Verdict verdict, String message, Throwable cause, String ruleId, String observed,
                       String blockedBy, List<TraceEntry> trace) {
        super(message, cause);
        this.verdict = verdict;
        this.ruleId = ruleId;
        this.observed = observed;
        this.blockedBy = blockedBy;
        this.trace = List.copyOf(trace.subList(Math.max(0, trace.size() - KEPT_TRACE), trace.size()));
    }

    /** @return the scenario's verdict */
    public Verdict verdict() {
        return verdict;
    }

    /** @return the id of the rule the scenario checks */
    public String ruleId() {
        return ruleId;
    }

    /** @return what the session did, in a sentence or two */
    public String observed() {
        return observed;
    }

    /** @return for a BLOCKED scenario, the rule whose own scenarios check what stopped it; else empty */
    public String blockedBy() {
        return blockedBy;
    }

    /** @return the scenario's trace up to the failure: its latest {@value #KEPT_TRACE} entries */
    public List<TraceEntry> trace() {
        return trace;
    }
}
