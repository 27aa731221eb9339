package dev.mfck.reference;

import dev.mfck.spi.EventCallback;
import dev.mfck.spi.EventFlags;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference session's event generator gives the documented results. */
class EventGeneratorTest {

    private final MediaSession session = new FfmpegSessionProvider().createSession();

    @Test
    void getEventWithNoWaitOnAnEmptyQueueSaysSo() {
        assertThat(session.getEvent(EventFlags.NO_WAIT).hr()).isEqualTo(HResult.MF_E_NO_EVENTS_AVAILABLE);
        session.shutdown();
    }

    @Test
    void aBlockingGetEventReturnsTheNextQueuedEvent() throws Exception {
        var taken = CompletableFuture.supplyAsync(() -> session.getEvent(0));
        assertThat(session.queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, "hello")).isEqualTo(HResult.S_OK);
        var result = taken.get(10, TimeUnit.SECONDS);
        assertThat(result.hr()).isEqualTo(HResult.S_OK);
        assertThat(result.value().value()).isEqualTo("hello");
        session.shutdown();
    }

    @Test
    void beginGetEventAnswersRepeatedAndCompetingSubscribers() {
        EventCallback first = result -> { };
        EventCallback second = result -> { };
        Object state = new Object();
        assertThat(session.beginGetEvent(first, state)).isEqualTo(HResult.S_OK);
        assertThat(session.beginGetEvent(first, state)).isEqualTo(HResult.MF_S_MULTIPLE_BEGIN);
        assertThat(session.beginGetEvent(first, new Object())).isEqualTo(HResult.MF_E_MULTIPLE_BEGIN);
        assertThat(session.beginGetEvent(second, state)).isEqualTo(HResult.MF_E_MULTIPLE_SUBSCRIBERS);
        assertThat(session.getEvent(EventFlags.NO_WAIT).hr()).isEqualTo(HResult.MF_E_MULTIPLE_SUBSCRIBERS);
        assertThat(session.beginGetEvent(null, state)).isEqualTo(HResult.E_POINTER);
        session.shutdown();
    }

    @Test
    void afterShutdownEveryGeneratorMethodReturnsShutdown() throws Exception {
        CompletableFuture<HResult> pending = new CompletableFuture<>();
        assertThat(session.beginGetEvent(result -> pending.complete(session.endGetEvent(result).hr()), null))
                .isEqualTo(HResult.S_OK);
        assertThat(session.shutdown()).isEqualTo(HResult.S_OK);

        assertThat(pending.get(10, TimeUnit.SECONDS)).as("the pending BeginGetEvent is answered").isEqualTo(HResult.MF_E_SHUTDOWN);
        assertThat(session.getEvent(EventFlags.NO_WAIT).hr()).isEqualTo(HResult.MF_E_SHUTDOWN);
        assertThat(session.getEvent(0).hr()).isEqualTo(HResult.MF_E_SHUTDOWN);
        assertThat(session.beginGetEvent(result -> { }, null)).isEqualTo(HResult.MF_E_SHUTDOWN);
        assertThat(session.queueEvent(MediaEventType.ME_UNKNOWN, HResult.S_OK, null)).isEqualTo(HResult.MF_E_SHUTDOWN);
        assertThat(session.shutdown()).isEqualTo(HResult.MF_E_SHUTDOWN);
    }
}
