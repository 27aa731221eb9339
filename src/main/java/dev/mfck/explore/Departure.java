package dev.mfck.explore;

import dev.mfck.steps.Step;

import java.time.Duration;
import java.util.List;

/**
 * A departure exploration found, shrunk.
 *
 * @param finding       the rule broken, the verdict and what the session did, for the shrunk sequence
 * @param ruleLevel     the rule's level: required, interpretation or recommended
 * @param sequence      the number of the sequence that first departed (with the seed, it rewrites it)
 * @param found         the steps of that sequence
 * @param shrunk        the shortest sequence that still breaks the rule
 * @param shrinkRuns    how many candidate sequences shrinking ran
 * @param steadiness    in how many of {@code reruns} reruns the shrunk sequence broke the rule again
 * @param reruns        how many times it was rerun
 * @param foundAfter    how long exploration ran before the departure
 * @param scenario      the shrunk sequence as a Gherkin scenario
 * @param trace         the shrunk sequence's trace
 */
public record Departure(Finding finding, String ruleLevel, long sequence, List<Step> found, List<Step> shrunk,
                        int shrinkRuns, int steadiness, int reruns,
                        Duration foundAfter, String scenario, String trace) {
}
