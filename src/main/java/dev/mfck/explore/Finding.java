package dev.mfck.explore;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Verdict;

import dev.mfck.rules.RuleId;
import java.util.List;

/**
 * A sequence's departure from the contract: the rule it breaks and what the session did. The
 * model names the rule of what it judges (a {@code BLOCKED} failure of the exploration's
 * placeholder rule, pointing at it); a call that hung, threw or took its process down is put on
 * the rule of that call in that state, as the suite's scenarios would.
 *
 * @param ruleId   the rule broken
 * @param verdict  FAIL, TIMEOUT, IMPLEMENTATION_FAULT or CRASHED
 * @param observed what the session did
 */
public record Finding(RuleId ruleId, Verdict verdict, String observed) {

    /**
     * @param failure     the failure that ended the sequence
     * @param placeholder the id of the rule the exploration runs under
     * @param steps       the sequence
     * @param failedAt    the index of the step that failed (the number of steps: the end's checks)
     * @return the finding
     */
    static Finding of(ConformanceFailure failure, String placeholder, List<String> steps, int failedAt) {
        if (failure.verdict() == Verdict.BLOCKED && !failure.blockedBy().isEmpty()) {
            return new Finding(RuleId.parse(failure.blockedBy()).orElseThrow(), Verdict.FAIL, failure.observed());
        }
        RuleId rule = failure.ruleId().equals(placeholder) ? ruleOfTheStep(failure, steps, failedAt)
                : RuleId.parse(failure.ruleId()).orElseThrow();
        return new Finding(rule, failure.verdict(), failure.observed());
    }

    private static RuleId ruleOfTheStep(ConformanceFailure failure, List<String> steps, int failedAt) {
        List<String> before = steps.subList(0, Math.min(failedAt, steps.size()));
        String step = failedAt < steps.size() ? steps.get(failedAt) : "";
        boolean shutDown = before.stream().anyMatch(s -> s.contains("calls") && s.contains("Shutdown"));
        boolean closed = before.stream().anyMatch(s -> s.startsWith("the application calls") && s.contains("Close")
                || s.contains("closing state"));
        boolean fromCallback = before.stream().anyMatch(s -> s.contains("from inside the event callback"));
        boolean holding = before.stream().anyMatch(s -> s.startsWith("the kit holds"))
                || step.contains("closing state");
        String observed = String.valueOf(failure.observed());
        if (step.startsWith("a session in the")) {
            return step.contains("closing state") && observed.contains("Close()") ? RuleId.CLOSE_IS_ASYNC
                    : RuleId.REACHES_STATES;
        }
        if (shutDown) {
            return observed.contains("Close()") ? RuleId.CLOSE_AFTER_SHUTDOWN : RuleId.SHUTDOWN_IS_FINAL;
        }
        if (observed.contains("Close()")) {
            return fromCallback ? RuleId.CLOSE_FROM_CALLBACK : holding ? RuleId.CLOSE_IS_ASYNC : closed ? RuleId.SECOND_CLOSE
                    : RuleId.CLOSE_RETURNS_OK;
        }
        if (observed.contains("Shutdown()")) {
            return closed ? RuleId.ALLOWED_AFTER_CLOSE : RuleId.SHUTDOWN_WITHOUT_CLOSE;
        }
        return closed ? RuleId.INVALID_AFTER_CLOSE : RuleId.REACHES_STATES;
    }
}
