package dev.mfck.spi;

import java.util.List;
import java.util.Objects;

/**
 * A node of a {@link Topology} ({@code IMFTopologyNode}).
 *
 * @param id          the node's id, unique in its topology
 * @param type        the node type
 * @param streamIndex the index of the clip stream this node carries
 * @param description what the node is: for a transform, the decoder (for example the codec
 *                    name); for a source, the clip's name; for an output, the sink
 * @param object      the object behind the node: a {@link MediaClip} for a source stream, a
 *                    {@link SampleSink} for an output, anything the implementation likes for a
 *                    transform; may be null
 * @param downstream  the ids of the nodes this node's output connects to
 */
public record TopologyNode(long id, NodeType type, int streamIndex, String description,
                           Object object, List<Long> downstream) {

    /**
     * Checks and copies the arguments.
     *
     * @param id          the id
     * @param type        the type
     * @param streamIndex the stream index
     * @param description the description
     * @param object      the object, or null
     * @param downstream  the downstream node ids
     */
    public TopologyNode {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        downstream = List.copyOf(downstream);
    }
}
