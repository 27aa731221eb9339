package dev.mfck.reference;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.spi.ClipStream;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A clip that is not playable media gives a clear topology failure, and the session still closes and shuts down. */
class BadMediaTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final SampleSink IGNORE = (majorType, sampleTime, sampleDuration, data) -> { };

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"missing", "zero bytes", "truncated mp4", "random bytes", "text file"})
    void badMediaFailsTheTopologyAndTheSessionStillClosesCleanly(String kind) throws Exception {
        Path file = make(kind);
        MediaSession session = new FfmpegSessionProvider().createSession();
        EventRecorder events = new EventRecorder(session);
        MediaClip clip = new MediaClip(kind, file, Duration.ofSeconds(1),
                List.of(new ClipStream(0, MajorType.VIDEO), new ClipStream(1, MajorType.AUDIO)));

        HResult set = session.setTopology(0, new FfmpegSessionProvider().createPartialTopology(clip,
                List.of(IGNORE, IGNORE)));

        assertThat(set).isEqualTo(HResult.S_OK);
        MediaEvent topologySet = events.await(MediaEventType.ME_SESSION_TOPOLOGY_SET, DEADLINE);
        assertThat(topologySet.status()).as(kind + " gives a failed MESessionTopologySet")
                .isIn(HResult.MF_E_TOPO_MISSING_SOURCE, HResult.MF_E_TOPO_UNSUPPORTED, HResult.MF_E_TOPO_CODEC_NOT_FOUND);
        assertThat(topologySet.value()).as("the event says why").asString().contains(file.getFileName().toString());
        assertThat(session.start(dev.mfck.spi.StartPosition.at(0))).isEqualTo(HResult.S_OK);
        assertThat(events.await(MediaEventType.ME_SESSION_STARTED, DEADLINE).status().failed())
                .as("Start without a topology fails through its event").isTrue();
        assertThat(session.close()).isEqualTo(HResult.S_OK);
        assertThat(events.await(MediaEventType.ME_SESSION_CLOSED, DEADLINE).status()).isEqualTo(HResult.S_OK);
        assertThat(session.shutdown()).isEqualTo(HResult.S_OK);
    }

    private Path make(String kind) throws IOException {
        Path file = folder.resolve(kind.replace(' ', '-') + (kind.equals("text file") ? ".txt" : ".mp4"));
        switch (kind) {
            case "missing" -> {
            }
            case "zero bytes" -> Files.createFile(file);
            case "truncated mp4" -> {
                byte[] whole = Files.readAllBytes(ClipCatalogue.clip(ClipCatalogue.AV_SHORT).file());
                Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 3));
            }
            case "random bytes" -> {
                byte[] noise = new byte[64 * 1024];
                new Random(7).nextBytes(noise);
                Files.write(file, noise);
            }
            case "text file" -> Files.writeString(file, "This is not media.\n".repeat(200));
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }
}
