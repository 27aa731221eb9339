package dev.mfck.run;

import dev.mfck.failure.Verdict;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A whole run's outcome.
 *
 * @param info      what the run was
 * @param rules     every rule of the catalogue with its status, in catalogue order
 * @param scenarios every scenario that ran, in the order it ran
 * @param kitErrors failures of the kit itself (not of the implementation); a run with any
 *                  cannot be trusted
 */
public record RunResult(RunInfo info, List<RuleResult> rules, List<ScenarioResult> scenarios,
                        List<String> kitErrors) {

    /** @return CONFORMANT when no required rule failed */
    public RunVerdict verdict() {
        return rules.stream().anyMatch(RuleResult::breaksConformance) ? RunVerdict.NOT_CONFORMANT
                : RunVerdict.CONFORMANT;
    }

    /** @return the required rules that failed */
    public List<RuleResult> failedRequired() {
        return rules.stream().filter(RuleResult::breaksConformance).toList();
    }

    /** @return the recommended and interpretation rules that failed: warnings */
    public List<RuleResult> warnings() {
        return rules.stream().filter(RuleResult::isWarning).toList();
    }

    /** @return how many scenarios ended with each verdict, in the order of {@link Verdict} */
    public Map<Verdict, Long> countsByVerdict() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, scenarios.stream().filter(s -> s.verdict() == verdict).count());
        }
        return counts;
    }

    /** @return the scenarios that did not pass */
    public List<ScenarioResult> notPassed() {
        return scenarios.stream().filter(s -> s.verdict() != Verdict.PASS).toList();
    }
}
