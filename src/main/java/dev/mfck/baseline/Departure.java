package dev.mfck.baseline;

import dev.mfck.run.RuleResult;
import dev.mfck.run.ScenarioResult;

import java.util.Optional;

/**
 * A scenario that failed, timed out or met an implementation fault, and what the expectations
 * file said of it.
 *
 * @param scenario    the scenario
 * @param rule        its rule's result
 * @param expectation the entry that covers it (its own, or its rule's), if any
 */
public record Departure(ScenarioResult scenario, RuleResult rule, Optional<Expectation> expectation) {

    /** @return true when an entry covers it with the status it ended with */
    public boolean isExpected() {
        return expectation.isPresent() && expectation.get().allows(statusCompared());
    }

    /** @return true when an unexpected departure of this kind makes the run fail */
    public boolean breaksTheGate() {
        return !isExpected() && rule.breaksConformance();
    }

    /** @return what the entry is compared with: the scenario's verdict for a scenario entry, else its rule's status */
    String statusCompared() {
        return expectation.get().isScenario() ? scenario.verdict().name() : rule.status().name();
    }

    /** @return one line for people: the scenario, its verdict, and the expectation */
    public String describe() {
        String what = scenario.id() + " [" + rule.rule().title() + "] " + scenario.verdict();
        if (expectation.isEmpty()) {
            return what + ", no expectation covers it";
        }
        Expectation entry = expectation.get();
        return what + (isExpected() ? ", expected" : ", but line " + entry.line() + " expects " + entry.id() + " "
                + entry.status() + " (rule status " + rule.status() + ")") + ": " + entry.reason();
    }
}
