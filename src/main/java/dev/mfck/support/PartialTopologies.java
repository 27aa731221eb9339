package dev.mfck.support;

import dev.mfck.spi.MediaClip;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds the usual partial playback topology: each stream of a clip straight to its sink. */
public final class PartialTopologies {

    private static final AtomicLong IDS = new AtomicLong();

    private PartialTopologies() {
    }

    /**
     * One source-stream node per stream of the clip (its object the clip), each connected to an
     * output node whose object is the sink for that stream. Node ids are 2i+1 and 2i+2.
     *
     * @param clip  the clip
     * @param sinks one sink per stream, in the clip's stream order
     * @return the partial topology, with an id unique in this JVM
     */
    public static Topology of(MediaClip clip, List<SampleSink> sinks) {
        if (sinks.size() != clip.streams().size()) {
            throw new IllegalArgumentException(clip.streams().size() + " streams but " + sinks.size() + " sinks");
        }
        List<TopologyNode> nodes = new ArrayList<>();
        for (int i = 0; i < sinks.size(); i++) {
            int stream = clip.streams().get(i).index();
            nodes.add(new TopologyNode(2L * i + 1, NodeType.SOURCE_STREAM, stream, clip.name(), clip, List.of(2L * i + 2)));
            nodes.add(new TopologyNode(2L * i + 2, NodeType.OUTPUT, stream, "sink for stream " + stream, sinks.get(i), List.of()));
        }
        return new Topology(IDS.incrementAndGet(), nodes);
    }
}
