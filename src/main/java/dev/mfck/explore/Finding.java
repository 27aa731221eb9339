package dev.mfck.explore;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Verdict;

import dev.mfck.matrix.BaseState;
import dev.mfck.rules.RuleId;
import dev.mfck.steps.FixedStep;
import dev.mfck.steps.SessionCall;
import dev.mfck.steps.Step;
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
    static Finding of(ConformanceFailure failure, String placeholder, List<Step> steps, int failedAt) {
        if (failure.verdict() == Verdict.BLOCKED && !failure.blockedBy().isEmpty()) {
            return new Finding(RuleId.parse(failure.blockedBy()).orElseThrow(), Verdict.FAIL, failure.observed());
        }
        RuleId rule = failure.ruleId().equals(placeholder) ? ruleOfTheStep(failure, steps, failedAt)
                : RuleId.parse(failure.ruleId()).orElseThrow();
        return new Finding(rule, failure.verdict(), failure.observed());
    }

    private static RuleId ruleOfTheStep(ConformanceFailure failure, List<Step> steps, int failedAt) {
        List<Step> before = steps.subList(0, Math.min(failedAt, steps.size()));
        Step step = failedAt < steps.size() ? steps.get(failedAt) : null;
        boolean startsClosing = steps.get(0) instanceof Step.InState given && given.state().base() == BaseState.CLOSING;
        List<SessionCall> calledBefore = before.stream().flatMap(s -> SequenceGenerator.calls(s).stream()).toList();
        boolean shutDown = calledBefore.contains(SessionCall.SHUTDOWN)
                || before.contains(Step.of(FixedStep.SHUTDOWN_WHILE_HOLDING));
        boolean closed = calledBefore.contains(SessionCall.CLOSE) || startsClosing;
        boolean fromCallback = before.stream().anyMatch(s -> s instanceof Step.CloseFromCallback);
        boolean holding = before.contains(Step.of(FixedStep.HOLD_NEXT_SAMPLE));
        String observed = String.valueOf(failure.observed());
        if (step instanceof Step.InState given) {
            return given.state().base() == BaseState.CLOSING && observed.contains("Close()") ? RuleId.CLOSE_IS_ASYNC
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
