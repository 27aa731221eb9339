package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mfck.harness.PassingSampleSink;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.MajorType;
import dev.mfck.spi.SampleSink;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a peer asks of the kit: to invoke the kit's event callbacks and to hand samples and clock
 * notifications to the kit's sinks. A callback is a request: the peer stays inside its own
 * callback until the kit's returns, so the kit calls Close from inside the event callback
 * exactly as it does in process. A sample is a notification, recorded and never held, unless the
 * kit asked the peer to hold the next one ({@code sinks.holdNext}): that one is a request,
 * answered when the kit's sink lets it go.
 */
final class KitReceiver implements WireChannel.Receiver {

    /** The zeros a sample's bytes are over the wire: the peer sends a sample's size, not its bytes. */
    private static final ByteBuffer ZEROS = ByteBuffer.allocate(1 << 22).asReadOnlyBuffer();

    private final Connection connection;

    private static final Set<WireMethod> SINK_NOTIFICATIONS = EnumSet.of(WireMethod.SINK_PROCESS_SAMPLE,
            WireMethod.SINK_CLOCK_START, WireMethod.SINK_CLOCK_STOP, WireMethod.SINK_CLOCK_PAUSE,
            WireMethod.SINK_CLOCK_RESTART, WireMethod.SINK_SHUTDOWN);

    KitReceiver(Connection connection) {
        this.connection = connection;
    }

    @Override
    public JsonNode request(WireMethod method, JsonNode params) {
        switch (method) {
            case CALLBACK_INVOKE -> {
                String name = params.get("callback").asText();
                Optional<EventCallback> found = connection.callbacks().find(name);
                if (found.isEmpty() && connection.callbacks().ended(name)) {
                    return WireJson.object(); // a session the kit has ended: nobody waits for its events
                }
                EventCallback callback = found.orElseThrow(() -> new WireFault("invoked a callback the kit never gave "
                        + "it, " + name));
                JsonNode state = params.get("state");
                Object stateObject = state.isNull() ? null : connection.states().find(state.asText()).orElseThrow(() ->
                        new WireFault("named a state the kit never gave it, " + state.asText()));
                callback.invoke(new WireAsyncResult(params.get("result").asText(), stateObject,
                        WireJson.hr(params.get("status"))));
            }
            case SINK_PROCESS_SAMPLE -> sink(params).ifPresent(sink -> sink.onProcessSample(WireJson.majorType(
                    params.get("majorType").asText()), params.get("time").asLong(), params.get("duration").asLong(),
                    bytes(params.get("size").asInt())));
            default -> throw new WireFault("the kit serves no request " + method);
        }
        return WireJson.object();
    }

    @Override
    public void notification(WireMethod method, JsonNode params) {
        Optional<SampleSink> named = sink(params);
        if (named.isEmpty()) {
            return; // a sink of a session the kit has ended: its last words are nobody's
        }
        SampleSink sink = named.get();
        switch (method) {
            case SINK_PROCESS_SAMPLE -> passing(sink, params);
            case SINK_CLOCK_START -> sink.onClockStart(params.get("systemTime").asLong(), params.get("offset").asLong());
            case SINK_CLOCK_STOP -> sink.onClockStop(params.get("systemTime").asLong());
            case SINK_CLOCK_PAUSE -> sink.onClockPause(params.get("systemTime").asLong());
            case SINK_CLOCK_RESTART -> sink.onClockRestart(params.get("systemTime").asLong());
            case SINK_SHUTDOWN -> sink.onShutdown();
            default -> throw new WireFault("sent a notification the kit does not take, " + method);
        }
    }

    /** A sink's notifications are taken in the order the peer sent them among its answers. */
    @Override
    public boolean inline(WireMethod method) {
        return SINK_NOTIFICATIONS.contains(method);
    }

    @Override
    public String lane(WireMethod method, JsonNode params) {
        return params.has("sink") ? params.get("sink").asText() : params.path("callback").asText("other");
    }

    private static void passing(SampleSink sink, JsonNode params) {
        MajorType type = WireJson.majorType(params.get("majorType").asText());
        long time = params.get("time").asLong();
        long duration = params.get("duration").asLong();
        int size = params.get("size").asInt();
        if (sink instanceof PassingSampleSink recorder) {
            recorder.onPassingSample(type, time, duration, size);
        } else {
            sink.onProcessSample(type, time, duration, bytes(size));
        }
    }

    /** @return the sink named, or empty for a sink of a session the kit has ended */
    private Optional<SampleSink> sink(JsonNode params) {
        String name = params.get("sink").asText();
        Optional<SampleSink> found = connection.sinks().find(name);
        if (found.isEmpty() && !connection.sinks().ended(name)) {
            throw new WireFault("named a sink the kit never gave it, " + name);
        }
        return found;
    }

    private static ByteBuffer bytes(int size) {
        return size <= ZEROS.capacity() ? ZEROS.duplicate().limit(size) : ByteBuffer.allocate(size);
    }
}
