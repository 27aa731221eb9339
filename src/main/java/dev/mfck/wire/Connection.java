package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.failure.OtherProcessFault;
import dev.mfck.text.Printable;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.SampleSink;
import dev.mfck.trace.TraceEntry;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * One running peer, as the kit holds it: its process, the channel to it, what it said in the
 * handshake, and the kit's objects it knows by name (sinks, event callbacks, their states).
 */
final class Connection implements AutoCloseable {

    private static final int STDERR_LINES_IN_TRACE = 200;
    /** How long a peer that broke the protocol may take to die by itself: then it crashed, and the broken line was its last words. */
    private static final Duration DYING = Duration.ofSeconds(2);
    /** How much longer than that a verdict waits for the kit to finish killing the peer. */
    private static final long SETTLING_MS = 6000;

    private final String name;
    private final PeerProcess process;
    private final WireChannel channel;
    private final WireObjects<SampleSink> sinks = new WireObjects<>("sink-");
    private final WireObjects<EventCallback> callbacks = new WireObjects<>("callback-");
    private final WireObjects<Object> states = new WireObjects<>("state-");
    private volatile BiConsumer<TraceEntry.Note, String> notes = (note, line) -> { };
    private final AtomicInteger stderrLines = new AtomicInteger();
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile String ended;
    private volatile boolean endedByKit;
    /** An error inside the kit while it served this peer (a reader thread that died): the kit's fault, not the peer's. */
    private volatile Throwable kitFailure;
    /** What went wrong before the channel existed, to fault it with once it does. */
    private volatile WireFault earlyFault;
    private volatile WireChannel channelOrNull;
    /** The fault the exit watch raised, if it raised one: then the process's end, not a line it wrote, is the cause. */
    private volatile WireFault exitFault;
    private JsonNode handshake;

    private Connection(PeerLaunch launch) throws IOException {
        this.name = launch.name();
        this.process = PeerProcess.start(launch, new PeerProcess.Listener() {
            @Override
            public boolean wantsLine() {
                return stderrLines.get() <= STDERR_LINES_IN_TRACE;
            }

            @Override
            public void line(String line) {
                stderrLine(line);
            }

            @Override
            public void flooded(String what) {
                failChannel(name + " " + what);
            }

            @Override
            public void kitFailed(Throwable error) {
                kitFailure = error;
                failChannel("the kit itself failed reading " + name + "'s standard error: " + error);
            }

            @Override
            public void exited(PeerProcess ended) {
                // the process is watched, not only its output: a child that holds the output open hides nothing
                WireFault exit = new WireFault(name + " ended: it " + ended.describeEnd());
                exitFault = exit;
                failChannel(exit);
            }
        });
        this.channel = new WireChannel(launch.name(), process.stdout(), process::send,
                new WireSchemas(), new KitReceiver(this), process::describeEnd, this::failed, WireChannel.FLOOD_LIMIT);
        channel.onKitFailure(error -> kitFailure = error);
        WireFault early;
        synchronized (this) {
            channelOrNull = channel;
            early = earlyFault;
        }
        if (early != null) {
            channel.fail(early);
        }
    }

    private void failChannel(String what) {
        failChannel(new WireFault(what));
    }

    private void failChannel(WireFault what) {
        WireChannel now;
        synchronized (this) {
            now = channelOrNull;
            if (now == null) {
                earlyFault = what;
                return;
            }
        }
        now.fail(what);
    }

    /**
     * Starts a peer and shakes hands with it.
     *
     * @param launch   how to start the peer
     * @param kit      the kit's version, for the handshake
     * @param deadline how long the peer may take to answer the handshake
     * @return the connection
     * @throws WireFault when the peer cannot be started or does not answer the handshake as the
     *                   protocol says; {@link WireFault#crashed()} when its process died meanwhile
     */
    static Connection open(PeerLaunch launch, String kit, Duration deadline) {
        Connection connection;
        try {
            connection = new Connection(launch);
        } catch (IOException e) {
            throw new WireFault(launch.name() + " could not be started: " + e.getMessage(), e);
        }
        connection.channel.start();
        ObjectNode params = WireJson.object().put("protocol", WireProtocol.VERSION);
        params.set("kit", WireJson.object().put("name", "mfck").put("version", kit));
        try {
            connection.handshake = connection.channel.call(WireMethod.INITIALIZE, params, deadline);
        } catch (WireFault e) {
            Optional<OtherProcessFault> fault = connection.fault();
            connection.close();
            throw new WireFault(launch.name() + " did not complete the handshake: "
                    + fault.map(OtherProcessFault::description).orElse(e.getMessage()), e,
                    fault.map(OtherProcessFault::crashed).orElse(false));
        }
        return connection;
    }

    WireChannel channel() {
        return channel;
    }

    WireObjects<SampleSink> sinks() {
        return sinks;
    }

    WireObjects<EventCallback> callbacks() {
        return callbacks;
    }

    WireObjects<Object> states() {
        return states;
    }

    /** @return the peer's name, from the handshake */
    String peerName() {
        return Printable.of(handshake.get("peer").get("name").asText());
    }

    /** @return the peer's version, from the handshake */
    String peerVersion() {
        return Printable.of(handshake.get("peer").get("version").asText());
    }

    /** @return true when the peer declared the live-resources capability */
    boolean reportsLiveResources() {
        return handshake.get("capabilities").path("liveResources").asBoolean(false);
    }

    /** @return true while the peer runs and the channel has not faulted */
    boolean usable() {
        return channel.fault().isEmpty() && process.alive();
    }

    /**
     * @return what went wrong with the peer, if anything did: CRASHED when its process died by
     *         itself, else (it broke the protocol, the kit ended it) an implementation fault
     */
    Optional<OtherProcessFault> fault() {
        Optional<WireFault> fault = channel.fault();
        if (fault.isEmpty()) {
            return Optional.empty();
        }
        try {
            settled.await(DYING.toMillis() + SETTLING_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String what = fault.get().getMessage();
        if (kitFailure != null) {
            return Optional.of(OtherProcessFault.ofKit(what));
        }
        String end = ended;
        boolean crashed = end != null && process.diedByItself();
        boolean byExit = fault.get() == exitFault;
        if (crashed && !byExit && !what.contains(end)) {
            what = name + " died: it " + end + " (the last the kit "
                    + "read from it broke the protocol: " + what + ")";
        }
        return Optional.of(new OtherProcessFault(what, crashed));
    }

    /**
     * Ends the peer after a call into it hung; the next scenario starts a fresh one.
     *
     * @param why why, for the trace
     */
    void abandon(String why) {
        if (usable()) {
            endedByKit = true;
            channel.fail("the kit abandoned " + name + ": " + why);
        }
    }

    /**
     * The channel faulted: the peer is given a moment to end by itself (a JVM that crashes prints
     * its fatal error header to standard output just before it dies, which breaks the protocol
     * first), then killed; the scenario's trace says why.
     */
    private void failed() {
        if (!endedByKit && process.awaitEnd(DYING)) {
            ended = process.describeEnd();
        }
        process.kill();
        settled.countDown();
        fault().ifPresent(fault -> notes.accept(TraceEntry.Note.PROCESS_FAILED, "the implementation's process failed: "
                + fault.description()));
    }

    void noteTo(BiConsumer<TraceEntry.Note, String> notes) {
        stderrLines.set(0);
        this.notes = notes;
    }

    /** A peer that floods its standard error fills the trace up to a bound; the last lines are kept anyway. */
    private void stderrLine(String line) {
        int count = stderrLines.incrementAndGet();
        if (count <= STDERR_LINES_IN_TRACE) {
            notes.accept(TraceEntry.Note.REMARK, "peer stderr: " + line);
        } else if (count == STDERR_LINES_IN_TRACE + 1) {
            notes.accept(TraceEntry.Note.REMARK, "peer stderr: ... (more than " + STDERR_LINES_IN_TRACE + " lines in this scenario: the trace "
                    + "keeps no more; a failure quotes the last ones)");
        }
    }

    @Override
    public void close() {
        endedByKit = true;
        channel.close();
        process.close();
    }
}
