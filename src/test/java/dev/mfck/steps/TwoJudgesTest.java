package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Evidence;
import dev.mfck.model.Departure;
import dev.mfck.model.Judgement;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.RuleId;
import dev.mfck.trace.EventTrace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's two judges: where they agree, and every planted disagreement found and explained with both reasons. */
class TwoJudgesTest {

    private static final Optional<Step> AT_THE_END = Optional.empty();

    @Test
    void agreeWhenBothPassOrBothFindTheRuleBroken() {
        assertThat(TwoJudges.disagreement(RuleId.SECOND_CLOSE, Optional.empty(), AT_THE_END, model())).isEmpty();
        assertThat(TwoJudges.disagreement(RuleId.SECOND_CLOSE, Optional.of(fail(RuleId.SECOND_CLOSE, "a second "
                + "MESessionClosed")), AT_THE_END, model(new Departure(RuleId.SECOND_CLOSE, "a second one")))).isEmpty();
    }

    @Test
    void agreeWhenWhatTheStepsFailedBreaksTheirRuleToo() {
        Departure second = new Departure(RuleId.CLOSE_ONE_CLOSED_EVENT, "a second MESessionClosed",
                Set.of(RuleId.NOTHING_AFTER_CLOSED));
        assertThat(TwoJudges.disagreement(RuleId.NOTHING_AFTER_CLOSED, Optional.of(fail(RuleId.NOTHING_AFTER_CLOSED,
                "MESessionClosed after MESessionClosed")), AT_THE_END, model(second))).isEmpty();
    }

    @Test
    void aPlantedMissedBreakIsADisagreementWithBothReasons() {
        Optional<String> why = TwoJudges.disagreement(RuleId.INVALID_AFTER_CLOSE, Optional.of(fail(
                RuleId.INVALID_AFTER_CLOSE, "Pause returned S_OK and MESessionPaused came with S_OK")), AT_THE_END,
                model(new Departure(RuleId.CLOSE_STOPS_SAMPLES, "a sample after MESessionClosed")));
        assertThat(why).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the steps failed INVALID-AFTER-CLOSE: Pause returned S_OK and MESessionPaused came with S_OK")
                .contains("the model found only [CLOSE-STOPS-SAMPLES] broken: CLOSE-STOPS-SAMPLES: a sample after "
                        + "MESessionClosed"));
    }

    @Test
    void aPlantedBreakTheStepsPassedIsADisagreement() {
        Optional<String> why = TwoJudges.disagreement(RuleId.SECOND_CLOSE, Optional.empty(), AT_THE_END,
                model(new Departure(RuleId.SECOND_CLOSE, "the second Close returned S_OK and completed")));
        assertThat(why).hasValueSatisfying(reason -> assertThat(reason).contains("the steps passed SECOND-CLOSE, but the "
                + "model found it broken: SECOND-CLOSE: the second Close returned S_OK and completed"));
    }

    @Test
    void aBlockedScenarioAgreesWithTheModelOnTheRuleItPointsAt() {
        ConformanceFailure blocked = evidence(RuleId.INVALID_AFTER_CLOSE).blocked("no MESessionClosed",
                RuleId.CLOSE_ONE_CLOSED_EVENT);
        assertThat(TwoJudges.disagreement(RuleId.INVALID_AFTER_CLOSE, Optional.of(blocked), AT_THE_END,
                model(new Departure(RuleId.CLOSE_ONE_CLOSED_EVENT, "no MESessionClosed within 1000 ms")))).isEmpty();
        assertThat(TwoJudges.disagreement(RuleId.INVALID_AFTER_CLOSE, Optional.of(blocked), AT_THE_END, model()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("the steps were blocked by CLOSE-ONE-CLOSED-EVENT"));
    }

    @Test
    void whatTheModelDoesNotSeeIsNoDisagreementOnlyWhereDeclared() {
        ConformanceFailure clock = fail(RuleId.CLOSE_STOPS_CLOCK, "the clock read 10, then 20");
        assertThat(TwoJudges.disagreement(RuleId.CLOSE_STOPS_CLOCK, Optional.of(clock), AT_THE_END, model())).isEmpty();
        ConformanceFailure refused = fail(RuleId.INVALID_AFTER_CLOSE, "the clock runs after a refused Start");
        assertThat(TwoJudges.disagreement(RuleId.INVALID_AFTER_CLOSE, Optional.of(refused),
                Optional.of(Step.of(FixedStep.REQUEST_REFUSED)), model())).isEmpty();
        assertThat(TwoJudges.disagreement(RuleId.INVALID_AFTER_CLOSE, Optional.of(refused), AT_THE_END, model()))
                .isPresent();
    }

    private static Judgement model(Departure... departures) {
        return new Judgement(List.of(departures).stream().findFirst(), List.of(departures), List.of(), Set.of(), false,
                false, false);
    }

    private static ConformanceFailure fail(RuleId rule, String observed) {
        return evidence(rule).violation(observed);
    }

    private static Evidence evidence(RuleId rule) {
        return new Evidence(RuleCatalogue.load().find(rule.text()).orElseThrow(), new EventTrace());
    }
}
