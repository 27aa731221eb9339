package dev.mfck.model;

import dev.mfck.matrix.BaseState;
import dev.mfck.rules.RuleId;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ContractModelTest {

    private final List<ModelCall> calls = new ArrayList<>();
    private final List<TraceEntry> trace = new ArrayList<>();

    @Test
    void aCloseCompletedByOneClosedEventKeepsTheContract() {
        call("Close", CallKind.CLOSE, HResult.S_OK);
        event(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        Judgement judgement = judge("started");
        assertThat(judgement.departure()).isEmpty();
        assertThat(judgement.pending()).isEmpty();
        assertThat(judgement.closed()).isTrue();
        assertThat(judgement.coverage()).containsExactly("started × Close");
    }

    @Test
    void anAcceptedCloseOwesItsClosedEvent() {
        call("Close", CallKind.CLOSE, HResult.S_OK);
        Judgement judgement = judge("new");
        assertThat(judgement.departure()).isEmpty();
        assertThat(judgement.pending()).singleElement().satisfies(due -> {
            assertThat(due.ruleId()).isEqualTo(RuleId.CLOSE_ONE_CLOSED_EVENT);
            assertThat(due.type()).isEqualTo(MediaEventType.ME_SESSION_CLOSED);
        });
    }

    @Test
    void closeAfterShutdownMustAnswerShutdown() {
        call("Shutdown", CallKind.SHUTDOWN, HResult.S_OK);
        call("Close", CallKind.CLOSE, HResult.S_OK);
        assertThat(rule(judge("stopped"))).contains(RuleId.CLOSE_AFTER_SHUTDOWN);
    }

    @Test
    void aRefusedStartMayAnswerOnItsEventButMustNotBePerformed() {
        call("Close", CallKind.CLOSE, HResult.S_OK);
        event(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        call("Start at position 0", CallKind.CONTROL, HResult.S_OK);
        assertThat(judge("paused").pending()).singleElement()
                .satisfies(due -> assertThat(due.ruleId()).isEqualTo(RuleId.INVALID_AFTER_CLOSE));
        event(MediaEventType.ME_SESSION_STARTED, HResult.MF_E_INVALIDREQUEST, null);
        assertThat(judge("paused").departure()).isEmpty();
        event(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null);
        assertThat(rule(judge("paused"))).contains(RuleId.INVALID_AFTER_CLOSE);
    }

    @Test
    void aSampleAfterTheClosedEventStopsNothing() {
        call("Close", CallKind.CLOSE, HResult.S_OK);
        event(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        trace.add(new TraceEntry(trace.size(), 0, TraceEntry.Kind.SAMPLE, "sample", null,
                new TraceEntry.Sample(0, MajorType.AUDIO, 0, 100)));
        assertThat(rule(judge("started"))).contains(RuleId.CLOSE_STOPS_SAMPLES);
    }

    @Test
    void aSecondSuccessfulClosedEventIsOneTooMany() {
        call("Close", CallKind.CLOSE, HResult.S_OK);
        event(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        event(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        assertThat(rule(judge("started"))).contains(RuleId.CLOSE_ONE_CLOSED_EVENT);
    }

    @Test
    void ofTwoClosesAtOnceTheOneThatSucceededCameFirst() {
        int mark = trace.size();
        calls.add(new ModelCall("Close", CallKind.CLOSE, MediaEventType.ME_SESSION_CLOSED, HResult.MF_E_INVALIDREQUEST,
                null, mark, mark + 1, 1_000, true));
        calls.add(new ModelCall("Close", CallKind.CLOSE, MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null, mark,
                mark + 1, 1_000, false));
        note("call Close");
        event(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        assertThat(judge("started").departure()).isEmpty();
    }

    @Test
    void closeThatWaitsForAHeldSampleIsNotAsynchronous() {
        trace.add(new TraceEntry(trace.size(), 0, TraceEntry.Kind.NOTE, "held", null, null, TraceEntry.Note.SAMPLE_HELD));
        calls.add(new ModelCall("Close", CallKind.CLOSE, MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null,
                trace.size(), trace.size() + 1, Duration.ofMillis(450).toNanos(), false));
        note("call Close");
        assertThat(rule(judge("started"))).contains(RuleId.CLOSE_IS_ASYNC);
    }

    private void call(String text, CallKind kind, HResult hr) {
        MediaEventType completion = switch (kind) {
            case CLOSE -> MediaEventType.ME_SESSION_CLOSED;
            case CONTROL -> MediaEventType.ME_SESSION_STARTED;
            default -> null;
        };
        int mark = trace.size();
        calls.add(new ModelCall(text, kind, completion, hr, null, mark, mark + 1, 1_000, false));
        note("call " + text);
    }

    private void event(MediaEventType type, HResult status, Object value) {
        trace.add(new TraceEntry(trace.size(), 0, TraceEntry.Kind.EVENT, type.mfName(), new MediaEvent(type, status, value),
                null));
    }

    private void note(String text) {
        trace.add(new TraceEntry(trace.size(), 0, TraceEntry.Kind.NOTE, text, null, null));
    }

    private Judgement judge(String state) {
        return ContractModel.judge(new History(BaseState.named(state).orElseThrow(), 0, calls, trace, Duration.ofMillis(200), "mfck-marker-",
                Optional.empty()));
    }

    private static Optional<RuleId> rule(Judgement judgement) {
        return judgement.departure().map(Departure::ruleId);
    }
}
