package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the SPI's values are written as the protocol's JSON, and read back. */
public final class WireJson {

    /** The one mapper of the wire. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private WireJson() {
    }

    /** @return an empty JSON object to fill */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * @param hr an HRESULT
     * @return it as the protocol writes it: {@code {"hex": "0xC00D36B2", "name": "MF_E_INVALIDREQUEST"}}
     */
    public static ObjectNode hr(HResult hr) {
        return object().put("hex", hr.hex()).put("name", hr.name());
    }

    /**
     * @param node an HRESULT as the protocol writes it
     * @return the HRESULT
     */
    public static HResult hr(JsonNode node) {
        return HResult.of(Integer.parseUnsignedInt(node.get("hex").asText().substring(2), 16));
    }

    /**
     * @param result a result with an {@code hr}
     * @return the HRESULT
     */
    public static HResult hrOf(JsonNode result) {
        return hr(result.get("hr"));
    }

    /**
     * @param event an event
     * @return it as the protocol writes it
     */
    public static ObjectNode event(MediaEvent event) {
        ObjectNode node = object().put("type", event.type().value());
        node.set("status", hr(event.status()));
        Object value = event.value();
        if (value == null) {
            node.putNull("value");
        } else if (value instanceof String text) {
            node.put("value", text);
        } else if (value instanceof Number number) {
            node.put("value", number.longValue());
        } else {
            node.set("value", object().put("kind", value instanceof Topology ? "topology" : value.getClass().getSimpleName()));
        }
        return node;
    }

    /**
     * @param node an event as the protocol writes it
     * @return the event; a type the SPI does not name becomes MEUnknown, its number kept in the value
     */
    public static MediaEvent event(JsonNode node) {
        int number = node.get("type").asInt();
        Optional<MediaEventType> type = Arrays.stream(MediaEventType.values()).filter(t -> t.value() == number).findFirst();
        JsonNode value = node.get("value");
        Object read = value == null || value.isNull() ? null : value.isTextual() ? value.asText()
                : value.isIntegralNumber() ? (Object) value.asLong() : "(" + value.path("kind").asText("object") + ")";
        if (type.isEmpty()) {
            return new MediaEvent(MediaEventType.ME_UNKNOWN, hr(node.get("status")), "MediaEventType " + number
                    + (read != null ? ", " + read : ""));
        }
        return new MediaEvent(type.get(), hr(node.get("status")), read);
    }

    /**
     * @param state a clock state
     * @return its name on the wire
     */
    public static String clockState(ClockState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a clock state's name on the wire
     * @return the state
     */
    public static ClockState clockState(String name) {
        return ClockState.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * @param type audio or video
     * @return its name on the wire
     */
    public static String majorType(MajorType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name a major type's name on the wire
     * @return the major type
     */
    public static MajorType majorType(String name) {
        return MajorType.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * @param topology a topology
     * @param sinkIds  the wire name of each sink that may be a node's object
     * @return it as the protocol writes it
     */
    public static ObjectNode topology(Topology topology, Map<SampleSink, String> sinkIds) {
        ObjectNode node = object().put("id", topology.id());
        var nodes = node.putArray("nodes");
        for (TopologyNode each : topology.nodes()) {
            ObjectNode written = nodes.addObject().put("id", each.id()).put("type", nodeType(each.type()))
                    .put("stream", each.streamIndex()).put("description", each.description());
            if (each.object() instanceof SampleSink sink && sinkIds.containsKey(sink)) {
                written.put("sink", sinkIds.get(sink));
            }
            var downstream = written.putArray("downstream");
            each.downstream().forEach(downstream::add);
        }
        return node;
    }

    /**
     * @param node  a topology as the protocol writes it
     * @param sinks the kit's sinks by wire name, to put back as the objects of output nodes
     * @return the topology
     */
    public static Topology topology(JsonNode node, Map<String, SampleSink> sinks) {
        List<TopologyNode> nodes = new ArrayList<>();
        for (JsonNode each : node.get("nodes")) {
            List<Long> downstream = new ArrayList<>();
            each.get("downstream").forEach(id -> downstream.add(id.asLong()));
            Object object = each.has("sink") ? sinks.get(each.get("sink").asText()) : null;
            nodes.add(new TopologyNode(each.get("id").asLong(), nodeType(each.get("type").asText()),
                    each.path("stream").asInt(0), each.path("description").asText(""), object, downstream));
        }
        return new Topology(node.get("id").asLong(), nodes);
    }

    private static String nodeType(NodeType type) {
        return switch (type) {
            case OUTPUT -> "output";
            case SOURCE_STREAM -> "source";
            case TRANSFORM -> "transform";
            case TEE -> "tee";
        };
    }

    private static NodeType nodeType(String name) {
        return switch (name) {
            case "output" -> NodeType.OUTPUT;
            case "source" -> NodeType.SOURCE_STREAM;
            case "transform" -> NodeType.TRANSFORM;
            default -> NodeType.TEE;
        };
    }
}
