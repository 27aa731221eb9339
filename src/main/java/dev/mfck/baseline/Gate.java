package dev.mfck.baseline;

import dev.mfck.run.RuleResult;
import dev.mfck.run.RunResult;
import dev.mfck.run.RunVerdict;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a CI gate decides of a run: without expectations, it passes when the run is
 * conformant; with them, when every failure of a required rule is one the file expects.
 *
 * @param passes whether the gate passes
 * @param reason why, in one sentence
 */
public record Gate(boolean passes, String reason) {

    /**
     * @param run      the run
     * @param baseline the run checked against an expectations file, if one was given
     * @return the decision
     */
    public static Gate decide(RunResult run, Optional<BaselineCheck> baseline) {
        if (run.verdict() == RunVerdict.CONFORMANT) {
            return new Gate(true, "every required rule passed");
        }
        if (baseline.isEmpty()) {
            return new Gate(false, "required rules failed: " + describe(run.failedRequired()));
        }
        BaselineCheck check = baseline.get();
        if (check.holds()) {
            return new Gate(true, "not conformant, but every failure of a required rule is expected by "
                    + check.expectations().file());
        }
        long unexpected = check.unexpected().stream().filter(Departure::breaksTheGate).count();
        return new Gate(false, unexpected + " failing scenario" + (unexpected == 1 ? "" : "s")
                + " of required rules not expected by " + check.expectations().file());
    }

    private static String describe(List<RuleResult> rules) {
        return rules.stream().map(r -> r.rule().id() + " (" + r.status() + ")").collect(Collectors.joining(", "));
    }
}
