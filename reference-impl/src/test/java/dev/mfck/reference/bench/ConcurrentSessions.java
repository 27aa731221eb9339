package dev.mfck.reference.bench;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.reference.FfmpegSessionProvider;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.StartPosition;
import org.bytedeco.javacpp.Pointer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How many sessions play av-long in real time and close cleanly at once on this machine, and
 * what each costs in memory (the process's resident memory, as javacpp reads it, plus the Java
 * heap in use, per session).
 */
final class ConcurrentSessions {

    record Figures(int maxSessions, double memoryPerSessionMb) {
    }

    private ConcurrentSessions() {
    }

    static Figures measure(int limit) throws Exception {
        int best = 0;
        double perSession = 0;
        for (int count = 1; count <= limit; count *= 2) {
            double memory = tryTogether(count);
            if (memory < 0) {
                break;
            }
            best = count;
            perSession = memory;
        }
        return new Figures(best, perSession);
    }

    /** @return memory per session in MB when all played and closed cleanly, or -1 when one failed */
    private static double tryTogether(int count) throws Exception {
        MediaClip clip = ClipCatalogue.clip(ClipCatalogue.AV_LONG);
        System.gc();
        long before = usedBytes();
        List<MediaSession> sessions = new ArrayList<>();
        List<CompletableFuture<HResult>> closed = new ArrayList<>();
        CountDownLatch playing = new CountDownLatch(count);
        boolean ok = true;
        for (int i = 0; i < count; i++) {
            CountDownLatch firstSamples = new CountDownLatch(10);
            List<SampleSink> sinks = new ArrayList<>();
            clip.streams().forEach(stream -> sinks.add(new Counter(firstSamples, playing)));
            MediaSession session = new FfmpegSessionProvider().createSession();
            CompletableFuture<HResult> closedEvent = new CompletableFuture<>();
            session.beginGetEvent(new EventCallback() {
                @Override
                public void invoke(AsyncResult result) {
                    var taken = session.endGetEvent(result);
                    if (taken.hr().succeeded()) {
                        if (taken.value().type() == MediaEventType.ME_SESSION_CLOSED) {
                            closedEvent.complete(taken.value().status());
                        }
                        session.beginGetEvent(this, null);
                    }
                }
            }, null);
            ok &= session.setTopology(0, new FfmpegSessionProvider().createPartialTopology(clip, sinks)).succeeded();
            ok &= session.start(StartPosition.at(0)).succeeded();
            sessions.add(session);
            closed.add(closedEvent);
        }
        ok &= playing.await(20, TimeUnit.SECONDS);
        long during = usedBytes();
        for (MediaSession session : sessions) {
            ok &= session.close().succeeded();
        }
        for (CompletableFuture<HResult> event : closed) {
            ok &= HResult.S_OK.equals(event.get(20, TimeUnit.SECONDS));
        }
        sessions.forEach(MediaSession::shutdown);
        return ok ? Math.max(0, during - before) / 1e6 / count : -1;
    }

    private static long usedBytes() {
        Runtime runtime = Runtime.getRuntime();
        return Pointer.physicalBytes() + (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Counts a session's first samples; once ten have arrived, the session counts as playing. */
    private static final class Counter implements SampleSink {
        private final CountDownLatch firstSamples;
        private final CountDownLatch playing;

        Counter(CountDownLatch firstSamples, CountDownLatch playing) {
            this.firstSamples = firstSamples;
            this.playing = playing;
        }
        @Override
        public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
            if (firstSamples.getCount() == 1) {
                playing.countDown();
            }
            firstSamples.countDown();
        }
    }
}
