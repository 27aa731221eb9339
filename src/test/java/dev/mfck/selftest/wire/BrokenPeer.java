package dev.mfck.selftest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mfck.inmemory.InMemoryProvider;
import dev.mfck.wire.serve.SpiPeer;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A peer that serves the kit's conforming in-memory session over the wire, but for one way in
 * which it breaks the protocol, chosen by its argument: the kit's bad-input tests run it as a
 * process of its own.
 */
public final class BrokenPeer {

    /** Every way the peer can misbehave. */
    public enum Mode {
        /** Writes a line that is not JSON when asked to Close. */
        NOT_JSON,
        /** Answers Close with an HRESULT of the wrong type. */
        WRONG_TYPE,
        /** Answers Close with the id of a request the kit never made. */
        UNKNOWN_ID,
        /** Writes a line of 2 MiB when asked to Close. */
        OVERSIZED,
        /** Says so on its standard error and exits with code 3 when asked to Close. */
        DIES,
        /** Never answers Close. */
        SILENT,
        /** Answers Close with a JSON-RPC error. */
        ERROR,
        /** Answers Close twice. */
        ANSWERS_TWICE,
        /** Sends 60,000 notifications in a burst when asked to Start. */
        FLOODS,
        /** Sends a clock notification for a sink the kit never gave it when asked to Start. */
        UNKNOWN_SINK,
        /** Answers the handshake with another protocol version. */
        BAD_HANDSHAKE,
        /** Writes a banner on its standard output before anything else, as some runtimes do. */
        NOISY_STDOUT,
        /** Writes to its standard error on every request, and otherwise behaves. */
        CHATTY_STDERR
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BrokenPeer() {
    }

    /**
     * @param args the mode, for example {@code NOT_JSON}
     * @throws IOException when the pipes fail
     */
    public static void main(String[] args) throws IOException {
        Mode mode = Mode.valueOf(args[0]);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        if (mode == Mode.NOISY_STDOUT) {
            write(out, "peer runtime 1.0 starting up\r");
        }
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream toPeer = new PipedInputStream(feed, 1 << 20);
        AtomicLong doubled = new AtomicLong(-1);
        AtomicReference<String> firstSink = new AtomicReference<>();
        Thread reader = new Thread(() -> relay(mode, out, feed, doubled, firstSink), "broken-peer-relay");
        reader.setDaemon(true);
        reader.start();
        SpiPeer.serve(new InMemoryProvider(), toPeer, new LineFilter(out, line -> {
            if (mode == Mode.ANSWERS_TWICE && doubled.get() >= 0 && line.contains("\"id\":" + doubled.get() + ",")) {
                write(out, line);
            }
        }));
    }

    /** Hands the kit's lines to the served session, misbehaving where the mode says. */
    private static void relay(Mode mode, OutputStream out, OutputStream feed, AtomicLong doubled,
                              AtomicReference<String> firstSink) {
        try (BufferedReader kit = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = kit.readLine()) != null) {
                JsonNode message = JSON.readTree(line);
                String method = message.path("method").asText("");
                long id = message.path("id").asLong(-1);
                if (mode == Mode.CHATTY_STDERR) {
                    System.err.println("broken peer: the kit asked " + method);
                }
                if (method.equals("provider.createPartialTopology")) {
                    firstSink.compareAndSet(null, message.get("params").get("sinks").get(0).get("sink").asText());
                }
                if (!misbehave(mode, method, id, out, doubled, firstSink.get())) {
                    feed.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    feed.flush();
                }
            }
            feed.close();
        } catch (IOException e) {
            System.exit(1);
        }
    }

    /** @return true when the kit's message must not reach the served session */
    private static boolean misbehave(Mode mode, String method, long id, OutputStream out, AtomicLong doubled, String sink)
            throws IOException {
        if (method.equals("initialize") && mode == Mode.BAD_HANDSHAKE) {
            write(out, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"protocol\":\"mfck-wire/9\",\"peer\":"
                    + "{\"name\":\"broken\",\"version\":\"0\"},\"capabilities\":{}}}");
            return true;
        }
        if (method.equals("session.start")) {
            if (mode == Mode.FLOODS) {
                for (int i = 0; i < 60_000; i++) {
                    write(out, "{\"jsonrpc\":\"2.0\",\"method\":\"sink.clockStop\",\"params\":{\"sink\":\"" + sink
                            + "\",\"systemTime\":" + i + "}}");
                }
            } else if (mode == Mode.UNKNOWN_SINK) {
                write(out, "{\"jsonrpc\":\"2.0\",\"method\":\"sink.clockStart\",\"params\":{\"sink\":\"sink-nope\","
                        + "\"systemTime\":0,\"offset\":0}}");
            }
            return false;
        }
        if (!method.equals("session.close")) {
            return false;
        }
        switch (mode) {
            case NOT_JSON -> write(out, "this is no JSON, it is a peer in trouble");
            case WRONG_TYPE -> {
                write(out, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"hr\":0}}");
                return true;
            }
            case UNKNOWN_ID -> {
                write(out, "{\"jsonrpc\":\"2.0\",\"id\":999999999,\"result\":{\"hr\":{\"hex\":\"0x00000000\"}}}");
                return true;
            }
            case OVERSIZED -> write(out, "{\"jsonrpc\":\"2.0\",\"method\":\"sink.clockStop\",\"params\":{\"pad\":\""
                    + "x".repeat(2 << 20) + "\"}}");
            case DIES -> {
                System.err.println("broken peer: giving up on Close");
                System.err.flush();
                Runtime.getRuntime().halt(3);
            }
            case SILENT -> {
                return true;
            }
            case ERROR -> {
                write(out, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":-32603,\"message\":\"the peer's "
                        + "own failure\"}}");
                return true;
            }
            case ANSWERS_TWICE -> doubled.set(id);
            default -> {
                return false;
            }
        }
        return false;
    }

    private static void write(OutputStream out, String line) throws IOException {
        synchronized (out) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /**
     * The served session's lines on their way to the kit, each written whole (never between the
     * lines the misbehaviour writes) and then shown to a hook.
     */
    private static final class LineFilter extends OutputStream {

        private final OutputStream out;
        private final LineHook hook;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(OutputStream out, LineHook hook) {
            this.out = out;
            this.hook = hook;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            if (b != '\n') {
                line.write(b);
                return;
            }
            String written = line.toString(StandardCharsets.UTF_8);
            line.reset();
            BrokenPeer.write(out, written);
            hook.written(written);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    @FunctionalInterface
    private interface LineHook {
        void written(String line) throws IOException;
    }
}
