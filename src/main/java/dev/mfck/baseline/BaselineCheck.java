package dev.mfck.baseline;

import dev.mfck.failure.Verdict;
import dev.mfck.run.RuleResult;
import dev.mfck.run.RuleStatus;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run checked against an expectations file: which departures were expected, which were not,
 * which entries name something that now passes (stale: remove them), and which name something
 * this run did not run.
 *
 * @param expectations     the file
 * @param departures       every scenario that failed, timed out or met a fault
 * @param unexpectedPasses entries whose rule or scenario passed
 * @param notRun           entries whose rule or scenario did not run
 */
public record BaselineCheck(Expectations expectations, List<Departure> departures,
                            List<Expectation> unexpectedPasses, List<Expectation> notRun) {

    /**
     * @param run          the run
     * @param expectations what the vendor expects of it
     * @return the check
     */
    public static BaselineCheck of(RunResult run, Expectations expectations) {
        Map<String, RuleResult> rules = run.rules().stream()
                .collect(Collectors.toMap(r -> r.rule().id(), Function.identity()));
        Map<String, ScenarioResult> scenarios = run.scenarios().stream()
                .collect(Collectors.toMap(ScenarioResult::id, Function.identity(), (a, b) -> a));
        List<Departure> departures = new ArrayList<>();
        for (ScenarioResult scenario : run.scenarios()) {
            if (!scenario.verdict().isFailure()) {
                continue;
            }
            Optional<Expectation> entry = expectations.find(scenario.id())
                    .or(() -> expectations.find(scenario.ruleId()));
            departures.add(new Departure(scenario, rules.get(scenario.ruleId()), entry));
        }
        List<Expectation> unexpectedPasses = new ArrayList<>();
        List<Expectation> notRun = new ArrayList<>();
        for (Expectation entry : expectations.entries()) {
            if (entry.isScenario()) {
                ScenarioResult scenario = scenarios.get(entry.id());
                if (scenario == null) {
                    notRun.add(entry);
                } else if (scenario.verdict() == Verdict.PASS) {
                    unexpectedPasses.add(entry);
                }
            } else {
                RuleStatus status = rules.get(entry.id()).status();
                if (status == RuleStatus.NOT_RUN) {
                    notRun.add(entry);
                } else if (status == RuleStatus.PASS) {
                    unexpectedPasses.add(entry);
                }
            }
        }
        return new BaselineCheck(expectations, List.copyOf(departures), List.copyOf(unexpectedPasses),
                List.copyOf(notRun));
    }

    /** @return the departures an entry covers with the status they ended with */
    public List<Departure> expected() {
        return departures.stream().filter(Departure::isExpected).toList();
    }

    /** @return the departures no entry covers, or covers with another status */
    public List<Departure> unexpected() {
        return departures.stream().filter(d -> !d.isExpected()).toList();
    }

    /** @return true when no unexpected departure touches a required rule */
    public boolean holds() {
        return departures.stream().noneMatch(Departure::breaksTheGate);
    }
}
