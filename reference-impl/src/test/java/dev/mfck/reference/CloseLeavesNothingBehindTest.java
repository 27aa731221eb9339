package dev.mfck.reference;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.StartPosition;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand open/start/close/shutdown cycles, Close at a random instant of playback (after
 * 0 to 5 samples; every tenth cycle in the middle of decoding 1080p frames): javacpp's native
 * pointers, the sessions' threads and the open file descriptors return to their baseline.
 * Surefire writes any JVM crash log into target/ (-XX:ErrorFile).
 */
class CloseLeavesNothingBehindTest {

    private static final int CYCLES = 1_000;
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void aThousandCyclesLeaveNoNativeMemoryThreadsOrFiles() throws Exception {
        Random random = new Random(20261125);
        for (int i = 0; i < 10; i++) {
            cycle(ClipCatalogue.AV_SHORT, 1);
        }
        awaitSessionThreadsEnded();
        Snapshot baseline = Snapshot.take();

        for (int i = 0; i < CYCLES; i++) {
            cycle(i % 10 == 9 ? ClipCatalogue.AV_HEAVY : ClipCatalogue.AV_SHORT, random.nextInt(6));
        }
        awaitSessionThreadsEnded();
        Snapshot after = Snapshot.take();

        System.out.printf("close-cycle leak check over %d cycles: baseline %s, after %s%n", CYCLES, baseline, after);
        assertThat(after.sessionThreads()).as("session threads still alive").isZero();
        assertThat(after.pointers()).as("javacpp pointers").isLessThanOrEqualTo(baseline.pointers());
        assertThat(after.nativeBytes()).as("javacpp native bytes").isLessThanOrEqualTo(baseline.nativeBytes());
        assertThat(after.fileDescriptors()).as("open file descriptors").isLessThanOrEqualTo(baseline.fileDescriptors() + 2);
    }

    private static void cycle(String clipName, int samplesBeforeClose) throws Exception {
        MediaClip clip = ClipCatalogue.clip(clipName);
        CountDownLatch samples = new CountDownLatch(samplesBeforeClose);
        List<SampleSink> sinks = new ArrayList<>();
        clip.streams().forEach(stream -> sinks.add(new CountingSink(samples)));
        MediaSession session = new FfmpegSessionProvider().createSession();
        EventRecorder events = new EventRecorder(session);
        assertThat(session.setTopology(0, new FfmpegSessionProvider().createPartialTopology(clip, sinks))).isEqualTo(HResult.S_OK);
        assertThat(events.await(MediaEventType.ME_SESSION_TOPOLOGY_SET, DEADLINE).status()).isEqualTo(HResult.S_OK);
        assertThat(session.start(StartPosition.at(0))).isEqualTo(HResult.S_OK);
        assertThat(samples.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("samples flow").isTrue();
        assertThat(session.close()).isEqualTo(HResult.S_OK);
        assertThat(events.await(MediaEventType.ME_SESSION_CLOSED, DEADLINE).status()).isEqualTo(HResult.S_OK);
        assertThat(((dev.mfck.spi.LiveResources) session).liveResources()).allSatisfy((kind, count) ->
                assertThat(count).as(kind + " after MESessionClosed").isZero());
        assertThat(session.shutdown()).isEqualTo(HResult.S_OK);
    }

    /** Joins every thread a session started, with a deadline: Shutdown lets the event thread end on its own. */
    private static void awaitSessionThreadsEnded() throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        for (Thread thread : liveSessionThreads()) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        }
    }

    private static List<Thread> liveSessionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ffmpeg-session-") && t.isAlive()).toList();
    }

    record Snapshot(long pointers, long nativeBytes, int sessionThreads, long fileDescriptors) {
        static Snapshot take() throws IOException {
            System.gc();
            Pointer.deallocateReferences();
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                return new Snapshot(Pointer.totalCount(), Pointer.totalBytes(), liveSessionThreads().size(), fds.count());
            }
        }
    }

    private record CountingSink(CountDownLatch samples) implements SampleSink {
        @Override
        public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
            samples.countDown();
        }
    }
}
