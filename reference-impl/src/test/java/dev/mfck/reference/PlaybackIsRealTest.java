package dev.mfck.reference;

import dev.mfck.clips.ClipCatalogue;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyFlags;
import dev.mfck.spi.TopologyNode;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples the sinks receive are what decoding the clip directly yields: same count, times and sizes per stream. */
class PlaybackIsRealTest {

    record Sample(int stream, long time, int size) {
    }

    @ParameterizedTest
    @ValueSource(strings = {ClipCatalogue.AV_SHORT, ClipCatalogue.AUDIO_ONLY})
    void sinksReceiveExactlyTheDecodedSamples(String clipName) throws Exception {
        MediaClip clip = ClipCatalogue.clip(clipName);
        List<Sample> received = new CopyOnWriteArrayList<>();
        List<SampleSink> sinks = new ArrayList<>();
        clip.streams().forEach(stream -> sinks.add(new Recording(stream.index(), received)));
        MediaSession session = new FfmpegSessionProvider().createSession();
        EventRecorder events = new EventRecorder(session);

        assertThat(session.setTopology(0, new FfmpegSessionProvider().createPartialTopology(clip, sinks))).isEqualTo(HResult.S_OK);
        assertThat(events.await(MediaEventType.ME_SESSION_TOPOLOGY_SET, Duration.ofSeconds(10)).status()).isEqualTo(HResult.S_OK);
        Topology full = session.getFullTopology(TopologyFlags.GET_CURRENT, 0).value();
        assertThat(full.nodesOf(NodeType.SOURCE_STREAM)).hasSize(clip.streams().size());
        assertThat(full.nodesOf(NodeType.OUTPUT)).extracting(TopologyNode::object).containsExactlyElementsOf(sinks);
        assertThat(full.nodesOf(NodeType.TRANSFORM)).extracting(TopologyNode::description)
                .containsExactlyElementsOf(clipName.equals(ClipCatalogue.AV_SHORT)
                        ? List.of("mpeg4 decoder", "aac decoder") : List.of("pcm_s16le decoder"));
        long started = System.nanoTime();
        assertThat(session.start(StartPosition.at(0))).isEqualTo(HResult.S_OK);
        events.await(MediaEventType.ME_SESSION_ENDED, clip.duration().plusSeconds(10));
        double playedSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(session.close()).isEqualTo(HResult.S_OK);
        events.await(MediaEventType.ME_SESSION_CLOSED, Duration.ofSeconds(10));
        session.shutdown();

        assertThat(perStream(received)).isEqualTo(perStream(decodeDirectly(clip)));
        assertThat(playedSeconds).as("played in real time").isGreaterThan(clip.duration().toMillis() / 1000.0 * 0.9);
    }

    private static Map<Integer, List<Sample>> perStream(List<Sample> samples) {
        Map<Integer, List<Sample>> map = new TreeMap<>();
        samples.forEach(s -> map.computeIfAbsent(s.stream(), k -> new ArrayList<>()).add(s));
        return map;
    }

    private static List<Sample> decodeDirectly(MediaClip clip) throws Exception {
        List<Sample> samples = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.file().toFile())) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            grabber.start();
            for (Frame frame; (frame = grabber.grabFrame(true, true, true, false, false)) != null; ) {
                if (frame.image != null) {
                    samples.add(new Sample(frame.streamIndex, frame.timestamp * 10, ((ByteBuffer) frame.image[0]).remaining()));
                } else if (frame.samples != null) {
                    samples.add(new Sample(frame.streamIndex, frame.timestamp * 10, ((ShortBuffer) frame.samples[0]).remaining() * 2));
                }
            }
        }
        assertThat(samples).isNotEmpty();
        return samples;
    }

    private record Recording(int stream, List<Sample> received) implements SampleSink {
        @Override
        public void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data) {
            received.add(new Sample(stream, sampleTime, data.remaining()));
        }
    }
}
