package dev.mfck.run;

import dev.mfck.failure.Verdict;

import java.util.Collection;

/** A rule's status in a run, derived from the verdicts of its scenarios. */
public enum RuleStatus {
    /** Every scenario of the rule passed. */
    PASS,
    /** At least one scenario failed: the session broke the rule. */
    FAIL,
    /** No scenario failed, but at least one call did not return in time. */
    TIMEOUT,
    /** No scenario failed or timed out, but the implementation threw. */
    IMPLEMENTATION_FAULT,
    /** No scenario failed, timed out or threw, but the implementation's process died in at least one. */
    CRASHED,
    /** No scenario failed, timed out, threw or crashed, but at least one never reached the point the rule is checked from. */
    BLOCKED,
    /** The rest passed, and at least one scenario needs a capability the implementation does not declare. */
    NOT_SUPPORTED,
    /** None of the rule's scenarios was selected for this run. */
    NOT_RUN;

    /**
     * The worst verdict decides: FAIL, then TIMEOUT, then IMPLEMENTATION_FAULT, then CRASHED, then BLOCKED,
     * then NOT_SUPPORTED; PASS only when every scenario passed.
     *
     * @param verdicts the verdicts of the rule's scenarios in this run
     * @return the rule's status
     */
    public static RuleStatus of(Collection<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return NOT_RUN;
        }
        for (Verdict worst : new Verdict[] {Verdict.FAIL, Verdict.TIMEOUT, Verdict.IMPLEMENTATION_FAULT,
                Verdict.CRASHED, Verdict.BLOCKED, Verdict.NOT_SUPPORTED}) {
            if (verdicts.contains(worst)) {
                return valueOf(worst.name());
            }
        }
        return PASS;
    }

    /** @return true when the rule was not shown to hold: the implementation broke it, hung, threw, crashed, or never got there */
    public boolean isFailure() {
        return this == FAIL || this == TIMEOUT || this == IMPLEMENTATION_FAULT || this == CRASHED || this == BLOCKED;
    }
}
