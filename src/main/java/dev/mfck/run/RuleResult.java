package dev.mfck.run;

import dev.mfck.failure.Verdict;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleLevel;

import java.util.List;

/**
 * One rule's outcome in a run.
 *
 * @param rule      the rule
 * @param status    its status, derived from its scenarios
 * @param scenarios its scenarios that ran, in the order they ran
 */
public record RuleResult(Rule rule, RuleStatus status, List<ScenarioResult> scenarios) {

    /** @return true when the rule failed and its level makes that non-conformance */
    public boolean breaksConformance() {
        return status.isFailure() && rule.level() == RuleLevel.REQUIRED;
    }

    /** @return true when the rule failed but its level makes that a warning only */
    public boolean isWarning() {
        return status.isFailure() && rule.level() != RuleLevel.REQUIRED;
    }

    /** @return how many of its scenarios passed */
    public long passed() {
        return scenarios.stream().filter(s -> s.verdict() == Verdict.PASS).count();
    }
}
