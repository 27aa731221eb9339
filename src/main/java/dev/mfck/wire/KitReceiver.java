package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.SampleSink;

import java.nio.ByteBuffer;

/**
 * What a peer asks of the kit: to invoke the kit's event callbacks and to hand samples and clock
 * notifications to the kit's sinks. A callback or a sample is a request: the peer stays inside
 * its own callback until the kit's returns, so the kit holds a sample, or calls Close from
 * inside the event callback, exactly as it does in process.
 */
final class KitReceiver implements WireChannel.Receiver {

    /** The zeros a sample's bytes are over the wire: the peer sends a sample's size, not its bytes. */
    private static final ByteBuffer ZEROS = ByteBuffer.allocate(1 << 22).asReadOnlyBuffer();

    private final Connection connection;

    KitReceiver(Connection connection) {
        this.connection = connection;
    }

    @Override
    public JsonNode request(String method, JsonNode params) {
        switch (method) {
            case "callback.invoke" -> {
                EventCallback callback = connection.callbacks().find(params.get("callback").asText())
                        .orElseThrow(() -> new WireFault("invoked a callback the kit never gave it, "
                                + params.get("callback").asText()));
                JsonNode state = params.get("state");
                Object stateObject = state.isNull() ? null : connection.states().find(state.asText()).orElseThrow(() ->
                        new WireFault("named a state the kit never gave it, " + state.asText()));
                callback.invoke(new WireAsyncResult(params.get("result").asText(), stateObject,
                        WireJson.hr(params.get("status"))));
            }
            case "sink.processSample" -> sink(params).onProcessSample(WireJson.majorType(params.get("majorType").asText()),
                    params.get("time").asLong(), params.get("duration").asLong(), bytes(params.get("size").asInt()));
            default -> throw new WireFault("the kit serves no request " + method);
        }
        return WireJson.object();
    }

    @Override
    public void notification(String method, JsonNode params) {
        SampleSink sink = sink(params);
        switch (method) {
            case "sink.clockStart" -> sink.onClockStart(params.get("systemTime").asLong(), params.get("offset").asLong());
            case "sink.clockStop" -> sink.onClockStop(params.get("systemTime").asLong());
            case "sink.clockPause" -> sink.onClockPause(params.get("systemTime").asLong());
            case "sink.clockRestart" -> sink.onClockRestart(params.get("systemTime").asLong());
            case "sink.shutdown" -> sink.onShutdown();
            default -> throw new WireFault("sent a notification the kit does not take, " + method);
        }
    }

    @Override
    public String lane(String method, JsonNode params) {
        return params.has("sink") ? params.get("sink").asText() : params.path("callback").asText("other");
    }

    private SampleSink sink(JsonNode params) {
        String name = params.get("sink").asText();
        return connection.sinks().find(name).orElseThrow(() -> new WireFault("named a sink the kit never gave it, "
                + name));
    }

    private static ByteBuffer bytes(int size) {
        return size <= ZEROS.capacity() ? ZEROS.duplicate().limit(size) : ByteBuffer.allocate(size);
    }
}
