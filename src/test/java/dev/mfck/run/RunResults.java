package dev.mfck.run;

import dev.mfck.failure.Verdict;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds run results by hand, for tests of what is derived from them. */
public final class RunResults {

    private RunResults() {
    }

    /**
     * @param verdicts the verdicts of each rule's scenarios, by rule id; rules not named did not run.
     *                 Scenario {@code i} of rule {@code R} gets the id {@code R[scenario i]}, at the
     *                 location {@code r.feature:(10+i)}, in lower case.
     * @return the run
     */
    public static RunResult of(Map<String, List<Verdict>> verdicts) {
        List<ScenarioResult> scenarios = new ArrayList<>();
        List<RuleResult> rules = new ArrayList<>();
        for (Rule rule : RuleCatalogue.load().rules()) {
            List<ScenarioResult> own = new ArrayList<>();
            List<Verdict> ruleVerdicts = verdicts.getOrDefault(rule.id(), List.of());
            for (int i = 0; i < ruleVerdicts.size(); i++) {
                Verdict verdict = ruleVerdicts.get(i);
                String observed = verdict == Verdict.PASS ? "" : "Close returned E_FAIL (0x80004005) in scenario " + i;
                own.add(new ScenarioResult(scenarioId(rule.id(), i), location(rule.id(), i), rule.id() + " scenario " + i,
                        rule.id(), verdict, observed, "", observed, List.of(), Duration.ofMillis(5)));
            }
            scenarios.addAll(own);
            rules.add(new RuleResult(rule, RuleStatus.of(ruleVerdicts), own));
        }
        RunInfo info = new RunInfo("test", "0".repeat(64), "hand-made", "1", "none", "in the kit's JVM", "java", "os", "settings",
                "the whole suite", false, 1, Instant.parse("2026-11-25T00:00:00Z"), Duration.ofSeconds(1));
        return new RunResult(info, rules, scenarios, List.of());
    }

    /**
     * @param ruleId a rule
     * @param index  the scenario's index in its rule
     * @return the scenario id {@link #of} gives it
     */
    public static String scenarioId(String ruleId, int index) {
        return ruleId + "[scenario " + index + "]";
    }

    private static String location(String ruleId, int index) {
        return ruleId.toLowerCase().replace('-', '_') + ".feature:" + (10 + index);
    }
}
