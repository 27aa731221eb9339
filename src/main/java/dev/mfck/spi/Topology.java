package dev.mfck.spi;

import java.util.List;
import java.util.Optional;

/**
 * A topology ({@code IMFTopology}): the graph from a source's streams through transforms to
 * sinks. A partial topology connects source streams straight to sinks; the full topology a
 * session resolves adds the decoders between them.
 *
 * @param id    the topology's id ({@code TOPOID})
 * @param nodes its nodes
 */
public record Topology(long id, List<TopologyNode> nodes) {

    /**
     * Copies the node list.
     *
     * @param id    the id
     * @param nodes the nodes
     */
    public Topology {
        nodes = List.copyOf(nodes);
    }

    /**
     * @param type a node type
     * @return the nodes of that type, in topology order
     */
    public List<TopologyNode> nodesOf(NodeType type) {
        return nodes.stream().filter(node -> node.type() == type).toList();
    }

    /**
     * @param nodeId a node id
     * @return the node with that id, if present
     */
    public Optional<TopologyNode> node(long nodeId) {
        return nodes.stream().filter(node -> node.id() == nodeId).findFirst();
    }
}
