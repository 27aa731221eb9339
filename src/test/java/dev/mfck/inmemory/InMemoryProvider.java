package dev.mfck.inmemory;

import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The kit's own conforming implementation: a simulated clip on a real clock, no FFmpeg. */
public final class InMemoryProvider implements SessionProvider {

    private static final AtomicLong TOPOLOGY_IDS = new AtomicLong();

    @Override
    public String name() {
        return "mfck in-memory session";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public MediaSession createSession() {
        return new InMemorySession();
    }

    @Override
    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
        List<TopologyNode> nodes = new ArrayList<>();
        for (int i = 0; i < clip.streams().size(); i++) {
            int stream = clip.streams().get(i).index();
            nodes.add(new TopologyNode(2L * i + 1, NodeType.SOURCE_STREAM, stream, clip.name(), clip, List.of(2L * i + 2)));
            nodes.add(new TopologyNode(2L * i + 2, NodeType.OUTPUT, stream, "kit sink", sinks.get(i), List.of()));
        }
        return new Topology(TOPOLOGY_IDS.incrementAndGet(), nodes);
    }
}
