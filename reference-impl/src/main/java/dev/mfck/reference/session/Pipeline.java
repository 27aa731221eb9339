package dev.mfck.reference.session;

import dev.mfck.reference.media.DecodedSample;
import dev.mfck.reference.media.DecodingSource;
import dev.mfck.reference.media.PresentationOrder;
import dev.mfck.reference.media.SourceOpenFailure;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyNode;
import dev.mfck.support.EventQueue;
import dev.mfck.support.WallClock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The session's media pipeline, run by its one worker thread: it owns the decoding source
 * (so FFmpeg is only ever touched from that thread), runs the session's operations in order,
 * and hands decoded samples to the sinks at their presentation time.
 *
 * <p>Every method here runs on the worker thread, except where it says otherwise.
 */
final class Pipeline {

    enum Presentation { STOPPED, STARTED, PAUSED }

    private final EventQueue events;
    private final WallClock clock;
    private final Resources resources;

    private DecodingSource source;
    private PresentationOrder samples;
    private final Map<Integer, SampleSink> sinks = new LinkedHashMap<>();
    private boolean played;
    private volatile Presentation presentation = Presentation.STOPPED;
    private volatile Topology fullTopology;

    Pipeline(EventQueue events, WallClock clock, Resources resources) {
        this.events = events;
        this.clock = clock;
        this.resources = resources;
    }

    /** @return the presentation state; read from any thread */
    Presentation presentation() {
        return presentation;
    }

    /** @return the current full topology, or null; read from any thread */
    Topology fullTopology() {
        return fullTopology;
    }

    /**
     * @return the next sample in presentation order, decoding ahead as needed; null at the end of
     *         the stream, or when decoding failed (reported as MEError)
     */
    DecodedSample nextSample() {
        try {
            return samples.peek();
        } catch (IOException e) {
            queue(MediaEventType.ME_ERROR, HResult.E_FAIL, e.getMessage());
            stopPresentation();
            return null;
        }
    }

    /** @return the presentation time at which the last decoded sample ends */
    long lastEnd() {
        return samples.lastEnd();
    }

    boolean playing() {
        return presentation == Presentation.STARTED && source != null;
    }

    /** Hands the next sample to its sink, and takes its buffer back once the sink returns. */
    void deliverNext() {
        DecodedSample sample;
        try {
            sample = samples.take();
        } catch (IOException e) {
            return; // nextSample() has just read it: taking it decodes nothing
        }
        SampleSink sink = sinks.get(sample.stream());
        if (sink != null) {
            sink.onProcessSample(sample.majorType(), sample.time(), sample.duration(), sample.data().duplicate());
        }
        samples.recycle(sample);
        played = true;
    }

    void resolve(Topology topology) {
        releaseSource();
        List<TopologyNode> sources = topology == null ? List.of() : topology.nodesOf(NodeType.SOURCE_STREAM);
        if (sources.isEmpty() || !(sources.get(0).object() instanceof MediaClip clip)) {
            queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, HResult.MF_E_TOPO_MISSING_SOURCE, null);
            return;
        }
        DecodingSource opened;
        try {
            opened = DecodingSource.open(clip.file());
        } catch (SourceOpenFailure failure) {
            queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, failure.hr(), failure.getMessage());
            return;
        }
        List<TopologyNode> full = new ArrayList<>();
        Map<Integer, SampleSink> bound = new LinkedHashMap<>();
        for (TopologyNode node : sources) {
            MajorType type = opened.streams().get(node.streamIndex());
            TopologyNode output = node.downstream().isEmpty() ? null : topology.node(node.downstream().get(0)).orElse(null);
            if (type == null || output == null || !(output.object() instanceof SampleSink sink)) {
                opened.close();
                queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, type == null ? HResult.MF_E_TOPO_CODEC_NOT_FOUND
                        : HResult.MF_E_TOPO_UNSUPPORTED, clip.file() + ": stream " + node.streamIndex()
                        + (type == null ? " has no audio or video decoder" : " has no sink to render to"));
                return;
            }
            long decoder = 1_000 + node.id();
            full.add(new TopologyNode(node.id(), NodeType.SOURCE_STREAM, node.streamIndex(), clip.name(), clip, List.of(decoder)));
            full.add(new TopologyNode(decoder, NodeType.TRANSFORM, node.streamIndex(), opened.codecName(type) + " decoder",
                    null, List.of(output.id())));
            full.add(output);
            bound.put(node.streamIndex(), sink);
        }
        source = opened;
        samples = new PresentationOrder(opened);
        sinks.putAll(bound);
        resources.sourceOpened(opened.streams().size());
        played = false;
        presentation = Presentation.STOPPED;
        fullTopology = new Topology(topology.id(), full);
        queue(MediaEventType.ME_SESSION_TOPOLOGY_SET, HResult.S_OK, fullTopology);
    }

    void start(StartPosition position) {
        if (source == null) {
            queue(MediaEventType.ME_SESSION_STARTED, HResult.MF_E_INVALIDREQUEST, "no topology");
            return;
        }
        if (position.fromCurrent() && presentation == Presentation.PAUSED) {
            clock.resume();
            tellSinks(sink -> sink.onClockRestart(systemTime()));
        } else {
            long at = position.fromCurrent() ? 0 : position.position();
            if (at < 0 || at > source.duration()) {
                queue(MediaEventType.ME_SESSION_STARTED, HResult.MF_E_INVALID_POSITION, null);
                return;
            }
            if (at != 0 || played) {
                try {
                    samples.seek(at);
                } catch (IOException e) {
                    queue(MediaEventType.ME_SESSION_STARTED, HResult.E_FAIL, e.getMessage());
                    return;
                }
            }
            clock.start(at);
            tellSinks(sink -> sink.onClockStart(systemTime(), at));
        }
        presentation = Presentation.STARTED;
        queue(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null);
    }

    void pause() {
        if (presentation == Presentation.STOPPED) {
            queue(MediaEventType.ME_SESSION_PAUSED, HResult.MF_E_SESSION_PAUSEWHILESTOPPED, null);
            return;
        }
        if (presentation == Presentation.STARTED) {
            clock.pause();
            tellSinks(sink -> sink.onClockPause(systemTime()));
            presentation = Presentation.PAUSED;
        }
        queue(MediaEventType.ME_SESSION_PAUSED, HResult.S_OK, null);
    }

    void stop() {
        stopPresentation();
        queue(MediaEventType.ME_SESSION_STOPPED, HResult.S_OK, null);
    }

    void endOfStream() {
        stopPresentation();
        queue(MediaEventType.ME_SESSION_ENDED, HResult.S_OK, null);
    }

    /** Close's work: stop the clock and the presentation, close every FFmpeg context. */
    void teardown() {
        stopPresentation();
        clock.stop();
        releaseSource();
    }

    /** Shutdown's work on the worker's way out: close FFmpeg; tell the sinks they are shut down. */
    void shutdown() {
        releaseSource();
        List<SampleSink> owned = new ArrayList<>(sinks.values());
        sinks.clear();
        owned.forEach(SampleSink::onShutdown);
    }

    private void stopPresentation() {
        if (presentation != Presentation.STOPPED) {
            clock.stop();
            tellSinks(sink -> sink.onClockStop(systemTime()));
            presentation = Presentation.STOPPED;
        }
    }

    private void releaseSource() {
        if (source != null) {
            source.close();
            source = null;
            samples = null;
            resources.sourceClosed();
        }
    }

    private void tellSinks(Consumer<SampleSink> notification) {
        sinks.values().forEach(notification);
    }

    private void queue(MediaEventType type, HResult status, Object value) {
        events.queue(new MediaEvent(type, status, value));
    }

    private static long systemTime() {
        return System.nanoTime() / 100;
    }
}
