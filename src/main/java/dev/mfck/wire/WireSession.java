package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.failure.OtherProcessFault;
import dev.mfck.harness.OutOfProcess;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.trace.TraceEntry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A session in the peer, reached method for method over the wire: each SPI call is one request,
 * answered with its HRESULT and out value. A peer that breaks the protocol or dies makes the call
 * that meets it throw a {@link WireFault}, which the kit reports as an implementation fault.
 */
class WireSession implements MediaSession, OutOfProcess {

    private final Connection connection;
    private final String name;
    private final Set<String> callbacks = ConcurrentHashMap.newKeySet();
    private final Set<String> states = ConcurrentHashMap.newKeySet();
    private final Set<String> clocks = ConcurrentHashMap.newKeySet();

    WireSession(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    @Override
    public HResult setTopology(int flags, Topology topology) {
        ObjectNode params = params().put("flags", flags);
        if (topology == null) {
            params.putNull("topology");
        } else {
            params.put("topology", topology.id());
        }
        return hr(WireMethod.SESSION_SET_TOPOLOGY, params);
    }

    @Override
    public HResult clearTopologies() {
        return hr(WireMethod.SESSION_CLEAR_TOPOLOGIES, params());
    }

    @Override
    public HResult start(StartPosition position) {
        if (position == null) {
            return HResult.E_POINTER;
        }
        ObjectNode params = params();
        if (position.fromCurrent()) {
            params.putNull("position");
        } else {
            params.put("position", position.position());
        }
        return hr(WireMethod.SESSION_START, params);
    }

    @Override
    public HResult pause() {
        return hr(WireMethod.SESSION_PAUSE, params());
    }

    @Override
    public HResult stop() {
        return hr(WireMethod.SESSION_STOP, params());
    }

    @Override
    public HResult close() {
        return hr(WireMethod.SESSION_CLOSE, params());
    }

    @Override
    public HResult shutdown() {
        return hr(WireMethod.SESSION_SHUTDOWN, params());
    }

    @Override
    public CallResult<PresentationClock> getClock() {
        JsonNode result = call(WireMethod.SESSION_GET_CLOCK, params());
        if (result.has("clock")) {
            clocks.add(result.get("clock").asText());
        }
        return new CallResult<>(WireJson.hrOf(result), result.has("clock")
                ? new WireClock(connection.channel(), result.get("clock").asText()) : null);
    }

    @Override
    public CallResult<Integer> getSessionCapabilities() {
        JsonNode result = call(WireMethod.SESSION_GET_SESSION_CAPABILITIES, params());
        return new CallResult<>(WireJson.hrOf(result), result.has("capabilities") ? result.get("capabilities").asInt() : null);
    }

    @Override
    public CallResult<Topology> getFullTopology(int flags, long topologyId) {
        JsonNode result = call(WireMethod.SESSION_GET_FULL_TOPOLOGY, params().put("flags", flags).put("topologyId", topologyId));
        return new CallResult<>(WireJson.hrOf(result), result.has("topology")
                ? WireJson.topology(result.get("topology"), connection.sinks().byName()) : null);
    }

    @Override
    public CallResult<MediaEvent> getEvent(int flags) {
        return event(call(WireMethod.SESSION_GET_EVENT, params().put("flags", flags)));
    }

    @Override
    public HResult beginGetEvent(EventCallback callback, Object state) {
        if (callback == null) {
            return HResult.E_POINTER;
        }
        String callbackName = connection.callbacks().name(callback);
        callbacks.add(callbackName);
        ObjectNode params = params().put("callback", callbackName);
        if (state == null) {
            params.putNull("state");
        } else {
            String stateName = connection.states().name(state);
            states.add(stateName);
            params.put("state", stateName);
        }
        return hr(WireMethod.SESSION_BEGIN_GET_EVENT, params);
    }

    @Override
    public CallResult<MediaEvent> endGetEvent(AsyncResult result) {
        if (!(result instanceof WireAsyncResult wire)) {
            return CallResult.of(result == null ? HResult.E_POINTER : HResult.E_INVALIDARG);
        }
        return event(call(WireMethod.SESSION_END_GET_EVENT, params().put("result", wire.name())));
    }

    @Override
    public HResult queueEvent(MediaEventType type, HResult status, Object value) {
        if (type == null || status == null) {
            return HResult.E_POINTER;
        }
        ObjectNode params = params().put("type", type.value());
        params.set("status", WireJson.hr(status));
        if (value == null) {
            params.putNull("value");
        } else {
            params.put("value", String.valueOf(value));
        }
        return hr(WireMethod.SESSION_QUEUE_EVENT, params);
    }

    @Override
    public void noteTo(BiConsumer<TraceEntry.Note, String> notes) {
        connection.noteTo(notes);
    }

    @Override
    public void end(List<Topology> topologies, List<SampleSink> sinks) {
        ObjectNode params = params();
        ArrayNode ids = params.putArray("topologies");
        topologies.forEach(topology -> ids.add(topology.id()));
        ArrayNode sinkNames = params.putArray("sinks");
        sinks.forEach(sink -> connection.sinks().nameOf(sink).ifPresent(sinkNames::add));
        ArrayNode callbackNames = params.putArray("callbacks");
        callbacks.forEach(callbackNames::add);
        ArrayNode stateNames = params.putArray("states");
        states.forEach(stateNames::add);
        ArrayNode clockNames = params.putArray("clocks");
        clocks.forEach(clockNames::add);
        call(WireMethod.SESSION_END, params);
        sinkNames.forEach(sink -> connection.sinks().forget(sink.asText()));
        callbacks.forEach(connection.callbacks()::forget);
        states.forEach(connection.states()::forget);
    }

    @Override
    public void holdNextSample(List<SampleSink> sinks) {
        ObjectNode params = WireJson.object();
        ArrayNode names = params.putArray("sinks");
        sinks.forEach(sink -> names.add(connection.sinks().name(sink)));
        connection.channel().call(WireMethod.SINKS_HOLD_NEXT, params);
    }

    @Override
    public Optional<OtherProcessFault> fault() {
        return connection.fault();
    }

    @Override
    public void abandon(String why) {
        connection.abandon(why);
    }

    /** @return the session's name in the peer */
    String name() {
        return name;
    }

    /**
     * @param method a request about this session
     * @param params its params
     * @return the result
     */
    JsonNode call(WireMethod method, ObjectNode params) {
        return connection.channel().call(method, params);
    }

    ObjectNode params() {
        return WireJson.object().put("session", name);
    }

    private HResult hr(WireMethod method, ObjectNode params) {
        return WireJson.hrOf(call(method, params));
    }

    private static CallResult<MediaEvent> event(JsonNode result) {
        return new CallResult<>(WireJson.hrOf(result), result.has("event") ? WireJson.event(result.get("event")) : null);
    }
}
