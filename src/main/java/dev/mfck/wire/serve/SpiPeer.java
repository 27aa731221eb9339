package dev.mfck.wire.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClipStream;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.LiveResources;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.wire.WireChannel;
import dev.mfck.wire.WireFault;
import dev.mfck.wire.WireJson;
import dev.mfck.wire.WireMethod;
import dev.mfck.wire.WireProtocol;
import dev.mfck.wire.WireSchemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A peer that serves an SPI provider over the wire: every request of the kit is one SPI call,
 * made on a thread of its own (a blocking GetEvent must not hold up Shutdown); an event callback
 * into the kit is a request, answered when the kit's callback returns; a sample is a
 * notification, except the one the kit asked to hold, which is a request too.
 */
public final class SpiPeer implements WireChannel.Receiver {

    private final SessionProvider provider;
    private final WireChannel channel;
    private final AtomicLong names = new AtomicLong();
    private final Map<String, MediaSession> sessions = new ConcurrentHashMap<>();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Map<Long, Topology> topologies = new ConcurrentHashMap<>();
    private final Map<PresentationClock, String> clockNames = new IdentityHashMap<>();
    private final Map<String, PresentationClock> clocks = new ConcurrentHashMap<>();
    private final Map<String, AsyncResult> results = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> resultsOfCallback = new ConcurrentHashMap<>();
    private final Map<String, EventCallback> callbacks = new ConcurrentHashMap<>();
    private final Map<String, Object> states = new ConcurrentHashMap<>();
    private final Map<SampleSink, String> sinkNames = new IdentityHashMap<>();
    private final Map<String, KitSink> sinksByName = new ConcurrentHashMap<>();

    private SpiPeer(SessionProvider provider, InputStream in, OutputStream out) {
        this.provider = provider;
        this.channel = new WireChannel("the kit", in, line -> write(out, line), new WireSchemas(), this,
                () -> "ended", () -> { }, Integer.MAX_VALUE);
    }

    /**
     * Serves a provider until the kit closes the peer's input.
     *
     * @param provider the provider
     * @param in       the kit's lines
     * @param out      where the peer's lines go: nothing else may write there
     */
    public static void serve(SessionProvider provider, InputStream in, OutputStream out) {
        SpiPeer peer = new SpiPeer(provider, in, out);
        peer.channel.start();
        peer.channel.awaitEnd();
        peer.sessions.values().forEach(session -> {
            try {
                session.shutdown();
            } catch (RuntimeException ignored) {
                // the kit is gone; nothing is left to report to
            }
        });
    }

    private static void write(OutputStream out, String line) throws IOException {
        synchronized (out) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.flush();
        }
    }

    @Override
    public String lane(WireMethod method, JsonNode params) {
        return null;
    }

    @Override
    public void notification(WireMethod method, JsonNode params) {
        throw new WireFault("sent a notification a peer does not take, " + method);
    }

    @Override
    public JsonNode request(WireMethod method, JsonNode params) {
        return switch (method) {
            case INITIALIZE -> initialize();
            case PROVIDER_CREATE_SESSION -> {
                String name = "session-" + names.incrementAndGet();
                sessions.put(name, provider.createSession());
                yield WireJson.object().put("session", name);
            }
            case PROVIDER_CREATE_PARTIAL_TOPOLOGY -> partialTopology(params);
            case SINKS_HOLD_NEXT -> holdNext(params);
            case SESSION_END -> end(params);
            case CLOCK_GET_TIME -> {
                CallResult<Long> time = clock(params).getTime();
                ObjectNode result = answer(time.hr());
                yield time.value() != null ? result.put("time", time.value()) : result;
            }
            case CLOCK_GET_STATE -> {
                var state = clock(params).getState();
                ObjectNode result = answer(state.hr());
                yield state.value() != null ? result.put("state", WireJson.clockState(state.value())) : result;
            }
            default -> {
                MediaSession session = sessions.get(params.path("session").asText());
                if (session == null && ended.contains(params.path("session").asText())) {
                    yield answer(HResult.MF_E_SHUTDOWN); // a request made before session.end, served after it
                }
                yield session(method, session != null ? session : session(params), params);
            }
        };
    }

    private JsonNode initialize() {
        MediaSession probe = provider.createSession();
        boolean resources = probe instanceof LiveResources;
        probe.shutdown();
        ObjectNode result = WireJson.object().put("protocol", WireProtocol.VERSION);
        result.set("peer", WireJson.object().put("name", provider.name()).put("version", provider.version()));
        result.set("capabilities", WireJson.object().put("liveResources", resources));
        return result;
    }

    private JsonNode holdNext(JsonNode params) {
        AtomicBoolean token = new AtomicBoolean(true);
        for (JsonNode name : params.get("sinks")) {
            KitSink sink = sinksByName.get(name.asText());
            if (sink == null) {
                throw new WireFault("asked to hold a sample of a sink it never gave the peer, " + name.asText());
            }
            sink.holdNext(token);
        }
        return WireJson.object();
    }

    private JsonNode partialTopology(JsonNode params) {
        JsonNode clip = params.get("clip");
        List<ClipStream> streams = new ArrayList<>();
        clip.get("streams").forEach(s -> streams.add(new ClipStream(s.get("index").asInt(),
                WireJson.majorType(s.get("majorType").asText()))));
        MediaClip mediaClip = new MediaClip(clip.get("name").asText(), Path.of(clip.get("path").asText()),
                Duration.ofMillis(clip.get("durationMs").asLong()), streams);
        List<SampleSink> sinks = new ArrayList<>();
        for (JsonNode sink : params.get("sinks")) {
            KitSink proxy = sinksByName.computeIfAbsent(sink.get("sink").asText(), name -> new KitSink(channel, name));
            synchronized (sinkNames) {
                sinkNames.put(proxy, proxy.name());
            }
            sinks.add(proxy);
        }
        Topology topology = provider.createPartialTopology(mediaClip, sinks);
        topologies.put(topology.id(), topology);
        ObjectNode result = WireJson.object();
        result.set("topology", written(topology));
        return result;
    }

    private JsonNode session(WireMethod method, MediaSession session, JsonNode params) {
        return switch (method) {
            case SESSION_SET_TOPOLOGY -> answer(session.setTopology(params.get("flags").asInt(),
                    params.get("topology").isNull() ? null : topologies.get(params.get("topology").asLong())));
            case SESSION_CLEAR_TOPOLOGIES -> answer(session.clearTopologies());
            case SESSION_START -> answer(session.start(params.get("position").isNull() ? StartPosition.CURRENT
                    : StartPosition.at(params.get("position").asLong())));
            case SESSION_PAUSE -> answer(session.pause());
            case SESSION_STOP -> answer(session.stop());
            case SESSION_CLOSE -> answer(session.close());
            case SESSION_SHUTDOWN -> answer(session.shutdown());
            case SESSION_GET_CLOCK -> {
                CallResult<PresentationClock> clock = session.getClock();
                ObjectNode result = answer(clock.hr());
                yield clock.value() != null ? result.put("clock", clockName(clock.value())) : result;
            }
            case SESSION_GET_SESSION_CAPABILITIES -> {
                CallResult<Integer> capabilities = session.getSessionCapabilities();
                ObjectNode result = answer(capabilities.hr());
                yield capabilities.value() != null ? result.put("capabilities", capabilities.value()) : result;
            }
            case SESSION_GET_FULL_TOPOLOGY -> {
                CallResult<Topology> full = session.getFullTopology(params.get("flags").asInt(),
                        params.get("topologyId").asLong());
                ObjectNode result = answer(full.hr());
                if (full.value() != null) {
                    result.set("topology", written(full.value()));
                }
                yield result;
            }
            case SESSION_GET_EVENT -> event(session.getEvent(params.get("flags").asInt()));
            case SESSION_BEGIN_GET_EVENT -> answer(session.beginGetEvent(callback(params.get("callback").asText()),
                    params.get("state").isNull() ? null : states.computeIfAbsent(params.get("state").asText(),
                            name -> new Object())));
            case SESSION_END_GET_EVENT -> {
                AsyncResult result = results.remove(params.get("result").asText());
                resultsOfCallback.values().forEach(owned -> owned.remove(params.get("result").asText()));
                if (result == null && ended.contains(params.get("session").asText())) {
                    yield answer(HResult.MF_E_SHUTDOWN); // session.end, served beside this request, took the result
                }
                if (result == null) {
                    throw new WireFault("named an asynchronous result the peer never gave it, " + params.get("result"));
                }
                yield event(session.endGetEvent(result));
            }
            case SESSION_QUEUE_EVENT -> answer(session.queueEvent(eventType(params.get("type").asInt()),
                    WireJson.hr(params.get("status")), params.get("value").isNull() ? null : params.get("value").asText()));
            case SESSION_LIVE_RESOURCES -> {
                if (!(session instanceof LiveResources reporter)) {
                    throw new WireFault("asked for live resources, which this peer did not declare");
                }
                ObjectNode resources = WireJson.object();
                reporter.liveResources().forEach(resources::put);
                ObjectNode result = WireJson.object();
                result.set("resources", resources);
                yield result;
            }
            default -> throw new WireFault("asked for " + method + ", which the protocol does not define");
        };
    }

    /**
     * Forgets a session the kit is done with and every object the kit names with it, so that a
     * peer that serves a whole run keeps only what its scenarios in flight hold.
     */
    private JsonNode end(JsonNode params) {
        String session = params.get("session").asText();
        if (sessions.containsKey(session)) {
            ended.add(session); // before the session goes: whoever no longer finds it finds it ended
            sessions.remove(session);
        }
        params.get("topologies").forEach(id -> topologies.remove(id.asLong()));
        params.get("sinks").forEach(name -> {
            KitSink sink = sinksByName.remove(name.asText());
            if (sink != null) {
                synchronized (sinkNames) {
                    sinkNames.remove(sink);
                }
            }
        });
        params.get("callbacks").forEach(name -> {
            callbacks.remove(name.asText());
            Set<String> owned = resultsOfCallback.remove(name.asText());
            if (owned != null) {
                owned.forEach(results::remove);
            }
        });
        params.get("states").forEach(name -> states.remove(name.asText()));
        params.get("clocks").forEach(name -> {
            PresentationClock clock = clocks.remove(name.asText());
            if (clock != null) {
                synchronized (clockNames) {
                    clockNames.remove(clock);
                }
            }
        });
        return WireJson.object();
    }

    private MediaSession session(JsonNode params) {
        MediaSession session = sessions.get(params.path("session").asText());
        if (session == null) {
            throw new WireFault("named a session the peer never gave it, " + params.get("session"));
        }
        return session;
    }

    private PresentationClock clock(JsonNode params) {
        PresentationClock clock = clocks.get(params.get("clock").asText());
        if (clock == null) {
            throw new WireFault("named a clock the peer never gave it, " + params.get("clock"));
        }
        return clock;
    }

    private String clockName(PresentationClock clock) {
        synchronized (clockNames) {
            return clockNames.computeIfAbsent(clock, c -> {
                String name = "clock-" + names.incrementAndGet();
                clocks.put(name, c);
                return name;
            });
        }
    }

    private EventCallback callback(String name) {
        return callbacks.computeIfAbsent(name, callbackName -> result -> {
            String resultName = "result-" + names.incrementAndGet();
            results.put(resultName, result);
            resultsOfCallback.computeIfAbsent(callbackName, c -> ConcurrentHashMap.newKeySet()).add(resultName);
            ObjectNode params = WireJson.object().put("callback", callbackName).put("result", resultName);
            String state = states.entrySet().stream().filter(e -> e.getValue() == result.getState())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (state == null) {
                params.putNull("state");
            } else {
                params.put("state", state);
            }
            params.set("status", WireJson.hr(result.getStatus()));
            channel.call(WireMethod.CALLBACK_INVOKE, params);
        });
    }

    private JsonNode written(Topology topology) {
        Map<SampleSink, String> named;
        synchronized (sinkNames) {
            named = new LinkedHashMap<>(sinkNames);
        }
        return WireJson.topology(topology, named);
    }

    private static ObjectNode answer(HResult hr) {
        ObjectNode result = WireJson.object();
        result.set("hr", WireJson.hr(hr));
        return result;
    }

    private static ObjectNode event(CallResult<MediaEvent> taken) {
        ObjectNode result = answer(taken.hr());
        if (taken.value() != null) {
            result.set("event", WireJson.event(taken.value()));
        }
        return result;
    }

    private static MediaEventType eventType(int value) {
        return Arrays.stream(MediaEventType.values()).filter(t -> t.value() == value).findFirst()
                .orElse(MediaEventType.ME_UNKNOWN);
    }
}
