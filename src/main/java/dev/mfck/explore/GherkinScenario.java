package dev.mfck.explore;

import dev.mfck.rules.Rule;
import dev.mfck.steps.FixedStep;
import dev.mfck.steps.Step;

import java.util.List;

/** Writes a sequence as a scenario to paste into a feature file: tagged with the rule it breaks. */
final class GherkinScenario {

    private GherkinScenario() {
    }

    /**
     * @param rule     the rule the sequence breaks
     * @param steps    the sequence
     * @param seed     the exploration's seed
     * @param sequence the number of the sequence that first broke it
     * @return the scenario, in a feature of its own
     */
    static String of(Rule rule, List<Step> steps, long seed, long sequence) {
        StringBuilder gherkin = new StringBuilder();
        gherkin.append(rule.tag()).append(" @").append(rule.level().name().toLowerCase(java.util.Locale.ROOT))
                .append("\nFeature: found by mfck explore\n\n")
                .append("  # mfck explore --seed ").append(seed).append(": sequence ").append(sequence)
                .append(", shrunk to ").append(steps.size() - 2).append(" action(s)\n")
                .append("  Scenario: ").append(rule.id()).append(", found by exploration (seed ").append(seed)
                .append(")\n");
        for (int i = 0; i < steps.size(); i++) {
            gherkin.append("    ").append(keyword(steps, i)).append(' ').append(steps.get(i).text()).append('\n');
        }
        return gherkin.toString();
    }

    private static String keyword(List<Step> steps, int i) {
        if (i == 0) {
            return "Given";
        }
        if (steps.get(i).equals(Step.of(FixedStep.KEPT_THE_CONTRACT))) {
            return "Then";
        }
        return i == 1 ? "When" : "And";
    }
}
