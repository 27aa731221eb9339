package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Verdict;
import dev.mfck.model.Departure;
import dev.mfck.model.Judgement;
import dev.mfck.rules.RuleId;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kit's two judges of a scenario must agree: the steps, which check the scenario's own rule
 * from its state, and the executable model of the contract, which replays everything the
 * scenario did and saw from the state's base state on. They agree when the steps fail a rule
 * (the scenario's own, or the one a BLOCKED scenario points at) exactly when the model finds
 * that rule broken (what the session did may break several rules, and the model says which). A
 * departure the model finds on another rule is not the scenario's to judge; nor is a failure of
 * the steps on what the model does not see ({@link ModelScope}).
 * The model judges answers: a scenario that hung a call, met an implementation fault or a crash,
 * or never reached its state, has no second opinion. A disagreement is a defect of the kit.
 */
final class TwoJudges {

    private TwoJudges() {
    }

    /**
     * @param rule   the scenario's rule
     * @param steps  the steps' verdict: the failure that ended the scenario, or empty when it passed
     * @param failed the step that failed, if a step did (empty: the end-of-scenario checks, or none)
     * @param model  the model's judgement of the scenario
     * @return why the two disagree, if they do
     */
    static Optional<String> disagreement(RuleId rule, Optional<ConformanceFailure> steps, Optional<Step> failed,
                                         Judgement model) {
        List<RuleId> found = model.departures().stream().map(Departure::ruleId).distinct().toList();
        if (steps.isEmpty()) {
            return found.contains(rule) ? Optional.of("the steps passed " + rule + ", but the model found it broken: "
                    + reasons(model, rule)) : Optional.empty();
        }
        ConformanceFailure failure = steps.get();
        Optional<RuleId> broken = switch (failure.verdict()) {
            case FAIL -> RuleId.parse(failure.ruleId());
            case BLOCKED -> RuleId.parse(failure.blockedBy());
            default -> Optional.empty();
        };
        if (broken.isEmpty() || ModelScope.unseen(broken.get(), failed).isPresent()
                || model.departures().stream().anyMatch(departure -> departure.breaks(broken.get()))) {
            return Optional.empty();
        }
        return Optional.of("the steps " + (failure.verdict() == Verdict.BLOCKED ? "were blocked by " : "failed ")
                + broken.get() + ": " + failure.observed() + "; the model found " + (found.isEmpty() ? "no rule broken"
                : "only " + found + " broken: " + reasons(model, null)));
    }

    private static String reasons(Judgement model, RuleId only) {
        return model.departures().stream().filter(d -> only == null || d.ruleId() == only)
                .map(d -> d.ruleId() + ": " + d.observed()).distinct().collect(Collectors.joining("; "));
    }
}
