package dev.mfck.steps;

import dev.mfck.rules.RuleId;

import java.util.List;
import java.util.Optional;

/**
 * What the model of the contract does not see of what the suite's steps check. The model judges
 * the calls a scenario makes from its base state on, their answers, the events the kit's
 * BeginGetEvent loop takes, the samples and the kit's typed notes; some steps check readings
 * that are none of those. A scenario that fails such a check (of the rule, in the step named,
 * or anywhere when no step is named) may fail where the model finds nothing; every other
 * disagreement between the two judges is a defect of the kit. The aim is an empty list: each
 * entry is a reading to bring before the model.
 */
final class ModelScope {

    /**
     * A check of the steps the model does not make.
     *
     * @param rule what the check fails
     * @param step the step that makes it, or null: every step of the rule, and its end-of-scenario checks
     * @param what what the model does not see
     */
    record Unseen(RuleId rule, FixedStep step, String what) {
    }

    /** Every check of the steps the model does not make. */
    static final List<Unseen> UNSEEN = List.of(
            new Unseen(RuleId.REACHES_STATES, null, "what the clock and the topology report in each state"),
            new Unseen(RuleId.CLOSE_STOPS_CLOCK, null, "the presentation clock's readings (GetTime, GetState)"),
            new Unseen(RuleId.CLOSE_RELEASES_RESOURCES, null, "the session's LiveResources readings"),
            new Unseen(RuleId.EVENTS_AFTER_CLOSE, null, "whether the kit's BeginGetEvent is pending, and why its "
                    + "loop stopped"),
            new Unseen(RuleId.GENERATOR_AFTER_CLOSE, null, "the kit's own event generator calls: the QueueEvent that "
                    + "detaches its loop, GetEvent with and without NO_WAIT, BeginGetEvent beside the kit's"),
            new Unseen(RuleId.INVALID_AFTER_CLOSE, FixedStep.REQUEST_REFUSED, "the presentation clock's readings "
                    + "after a refused Start"),
            new Unseen(RuleId.NOTHING_AFTER_CLOSED, FixedStep.BLOCKING_GET_EVENT, "the event a blocking GetEvent "
                    + "returned"),
            new Unseen(RuleId.NOTHING_AFTER_CLOSED, FixedStep.BLOCKED_GET_EVENT_RETURNS_SHUTDOWN, "the event a "
                    + "blocking GetEvent returned"));

    private ModelScope() {
    }

    /**
     * @param rule   the rule a check failed
     * @param failed the step that failed, if a step did (empty: the end-of-scenario checks)
     * @return what the model does not see of that check, if anything
     */
    static Optional<String> unseen(RuleId rule, Optional<Step> failed) {
        FixedStep step = failed.filter(Step.Fixed.class::isInstance).map(s -> ((Step.Fixed) s).step()).orElse(null);
        return UNSEEN.stream().filter(u -> u.rule() == rule && (u.step() == null || u.step() == step))
                .map(Unseen::what).findFirst();
    }
}
