package dev.mfck.reference.bench;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.reference.FfmpegSessionProvider;
import dev.mfck.reference.session.FfmpegMediaSession;
import dev.mfck.reference.session.Pacing;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.StartPosition;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long Close takes to return, and how long until MESessionClosed, over many sessions in
 * one of three conditions: idle (topology set), playing in real time, decoding a 1080p clip as
 * fast as it can.
 */
final class CloseLatency {

    enum Condition { IDLE, PLAYING, HEAVY_DECODE }

    record Figures(Condition condition, Percentiles closeReturnMs, Percentiles closedEventMs) {
    }

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private CloseLatency() {
    }

    static Figures measure(Condition condition, int sessions) throws Exception {
        List<Double> returns = new ArrayList<>();
        List<Double> closedEvents = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            long[] timing = once(condition);
            returns.add(timing[0] / 1e6);
            closedEvents.add(timing[1] / 1e6);
        }
        return new Figures(condition, new Percentiles(returns), new Percentiles(closedEvents));
    }

    /** @return nanoseconds for Close to return, and from the Close call to MESessionClosed */
    private static long[] once(Condition condition) throws Exception {
        MediaClip clip = ClipCatalogue.clip(condition == Condition.HEAVY_DECODE ? ClipCatalogue.AV_HEAVY : ClipCatalogue.AV_LONG);
        CountDownLatch samples = new CountDownLatch(condition == Condition.IDLE ? 0 : 5);
        List<SampleSink> sinks = new ArrayList<>();
        clip.streams().forEach(stream -> sinks.add(new CountingSink(samples)));
        MediaSession session = new FfmpegMediaSession(condition == Condition.HEAVY_DECODE
                ? Pacing.AS_FAST_AS_POSSIBLE : Pacing.REAL_TIME);
        Events events = new Events(session);
        require(session.setTopology(0, new FfmpegSessionProvider().createPartialTopology(clip, sinks)));
        events.await(MediaEventType.ME_SESSION_TOPOLOGY_SET);
        if (condition != Condition.IDLE) {
            require(session.start(StartPosition.at(0)));
            if (!samples.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("no samples in " + condition);
            }
        }
        long called = System.nanoTime();
        require(session.close());
        long returned = System.nanoTime();
        long closedAt = events.await(MediaEventType.ME_SESSION_CLOSED);
        session.shutdown();
        return new long[] {returned - called, closedAt - called};
    }

    private static void require(HResult hr) {
        if (!hr.succeeded()) {
            throw new IllegalStateException("call failed: " + hr);
        }
    }

    /** Records when each event arrives, through BeginGetEvent/EndGetEvent. */
    private static final class Events implements EventCallback {
        private final MediaSession session;
        private final CompletableFuture<Long> topologySet = new CompletableFuture<>();
        private final CompletableFuture<Long> closedEvent = new CompletableFuture<>();

        Events(MediaSession session) {
            this.session = session;
            require(session.beginGetEvent(this, null));
        }

        @Override
        public void invoke(AsyncResult result) {
            long at = System.nanoTime();
            CallResult<MediaEvent> taken = session.endGetEvent(result);
            if (!taken.hr().succeeded()) {
                return;
            }
            if (taken.value().type() == MediaEventType.ME_SESSION_TOPOLOGY_SET) {
                topologySet.complete(at);
            } else if (taken.value().type() == MediaEventType.ME_SESSION_CLOSED) {
                closedEvent.complete(at);
            }
            session.beginGetEvent(this, null);
        }

        long await(MediaEventType type) throws Exception {
            CompletableFuture<Long> future = type == MediaEventType.ME_SESSION_CLOSED ? closedEvent : topologySet;
            return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private record CountingSink(CountDownLatch samples) implements SampleSink {
        @Override
        public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
            samples.countDown();
        }
    }
}
