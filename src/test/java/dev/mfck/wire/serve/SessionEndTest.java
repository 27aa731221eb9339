package dev.mfck.wire.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.inmemory.InMemoryProvider;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A peer that serves a whole run keeps nothing of the sessions the kit has ended
 * ({@code session.end}): it serves hundreds one after the other, and once they are ended every
 * one of them can be collected; the peer's heap after the last is what it was after the first
 * hundred. Without {@code session.end} it kept every session it ever served.
 */
class SessionEndTest {

    private static final int SESSIONS = 400;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEndedSessionLeavesNothingInThePeer() throws IOException {
        List<WeakReference<MediaSession>> served = new CopyOnWriteArrayList<>();
        InMemoryProvider inMemory = new InMemoryProvider();
        SessionProvider provider = new SessionProvider() {
            @Override
            public String name() {
                return inMemory.name();
            }

            @Override
            public String version() {
                return inMemory.version();
            }

            @Override
            public MediaSession createSession() {
                MediaSession session = inMemory.createSession();
                served.add(new WeakReference<>(session));
                return session;
            }

            @Override
            public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
                return inMemory.createPartialTopology(clip, sinks);
            }
        };
        PipedOutputStream toPeer = new PipedOutputStream();
        PipedInputStream peerIn = new PipedInputStream(toPeer, 1 << 16);
        PipedInputStream fromPeer = new PipedInputStream(1 << 16);
        PipedOutputStream peerOut = new PipedOutputStream(fromPeer);
        Thread peer = new Thread(() -> SpiPeer.serve(provider, peerIn, peerOut), "spi-peer");
        peer.setDaemon(true);
        peer.start();
        Kit kit = new Kit(toPeer, new BufferedReader(new InputStreamReader(fromPeer, StandardCharsets.UTF_8)));
        kit.ask("initialize", "{\"protocol\":\"mfck-wire/1\",\"kit\":{\"name\":\"test\",\"version\":\"0\"}}");
        long heapAfterAHundred = 0;
        for (int i = 1; i <= SESSIONS; i++) {
            String session = kit.ask("provider.createSession", "{}").get("session").asText();
            String named = "{\"session\":\"" + session + "\"}";
            String clock = kit.ask("session.getClock", named).path("clock").asText(null);
            kit.ask("session.queueEvent", "{\"session\":\"" + session + "\",\"type\":0,\"status\":{\"hex\":\"0x00000000\"},"
                    + "\"value\":\"marker\"}");
            kit.ask("session.close", named);
            kit.ask("session.shutdown", named);
            kit.ask("session.end", "{\"session\":\"" + session + "\",\"topologies\":[],\"sinks\":[],\"callbacks\":[],"
                    + "\"states\":[],\"clocks\":[" + (clock == null ? "" : "\"" + clock + "\"") + "]}");
            if (i == 100) {
                heapAfterAHundred = usedHeapAfterGc();
            }
        }
        long heapAtTheEnd = usedHeapAfterGc();
        long kept = reachable(served);
        for (int collections = 0; kept > 0 && collections < 50; collections++) {
            System.gc();
            kept = reachable(served);
        }
        System.out.printf("session.end: %d sessions served by one peer; %d still reachable after the last; heap after "
                + "100: %d KiB, after %d: %d KiB%n", served.size() - 1, kept, heapAfterAHundred / 1024, SESSIONS,
                heapAtTheEnd / 1024);
        assertThat(served).hasSize(SESSIONS + 1); // initialize probes one
        assertThat(kept).as("sessions the peer still holds after session.end").isZero();
        toPeer.close();
    }

    private static long reachable(List<WeakReference<MediaSession>> served) {
        return served.stream().filter(reference -> reference.get() != null).count();
    }

    /** @return the heap in use after a few collections: a figure to print, not to assert on */
    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The kit's side of the conversation, one request at a time. */
    private static final class Kit {
        private final OutputStream out;
        private final BufferedReader in;
        private long id;

        Kit(OutputStream out, BufferedReader in) {
            this.out = out;
            this.in = in;
        }

        JsonNode ask(String method, String params) throws IOException {
            long asked = ++id;
            out.write(("{\"jsonrpc\":\"2.0\",\"id\":" + asked + ",\"method\":\"" + method + "\",\"params\":" + params
                    + "}\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                JsonNode message = JSON.readTree(in.readLine());
                if (message.has("id") && message.get("id").asLong() == asked && !message.has("method")) {
                    assertThat(message.has("error")).as("%s answered %s", method, message).isFalse();
                    return message.get("result");
                }
            }
        }
    }
}
