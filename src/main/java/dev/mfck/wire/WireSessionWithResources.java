package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.spi.LiveResources;

import java.util.LinkedHashMap;
import java.util.Map;

/** A session in a peer that declared the live-resources capability in its handshake. */
final class WireSessionWithResources extends WireSession implements LiveResources {

    WireSessionWithResources(Connection connection, String name) {
        super(connection, name);
    }

    @Override
    public Map<String, Long> liveResources() {
        JsonNode resources = call(WireMethod.SESSION_LIVE_RESOURCES, params()).get("resources");
        Map<String, Long> counts = new LinkedHashMap<>();
        resources.fields().forEachRemaining(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }
}
