package dev.mfck.wire;

import dev.mfck.harness.OutOfProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.SampleSink;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One running peer, as the kit holds it: its process, the channel to it, what it said in the
 * handshake, and the kit's objects it knows by name (sinks, event callbacks, their states).
 */
final class Connection implements AutoCloseable {

    private final PeerProcess process;
    private final WireChannel channel;
    private final WireObjects<SampleSink> sinks = new WireObjects<>("sink-");
    private final WireObjects<EventCallback> callbacks = new WireObjects<>("callback-");
    private final WireObjects<Object> states = new WireObjects<>("state-");
    private volatile Consumer<String> notes = line -> { };
    private JsonNode handshake;

    private Connection(List<String> command) throws IOException {
        this.process = PeerProcess.start(command, line -> notes.accept("peer stderr: " + line));
        this.channel = new WireChannel("the peer (" + process.briefCommand() + ")", process.stdout(), process::send,
                new WireSchemas(), new KitReceiver(this), process::describeEnd, this::failed);
    }

    /**
     * Starts a peer and shakes hands with it.
     *
     * @param command  the peer's command
     * @param kit      the kit's version, for the handshake
     * @param deadline how long the peer may take to answer the handshake
     * @return the connection
     * @throws WireFault when the peer cannot be started or does not answer the handshake as the protocol says
     */
    static Connection open(List<String> command, String kit, Duration deadline) {
        Connection connection;
        try {
            connection = new Connection(command);
        } catch (IOException e) {
            throw new WireFault("the peer " + PeerCommand.brief(command) + " could not be started: " + e.getMessage(), e);
        }
        connection.channel.start();
        ObjectNode params = WireJson.object().put("protocol", WireProtocol.VERSION);
        params.set("kit", WireJson.object().put("name", "mfck").put("version", kit));
        try {
            connection.handshake = connection.channel.call("initialize", params, deadline);
        } catch (WireFault e) {
            connection.close();
            throw new WireFault("the peer " + PeerCommand.brief(command) + " did not complete the handshake: "
                    + e.getMessage(), e);
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
        return handshake.get("peer").get("name").asText();
    }

    /** @return the peer's version, from the handshake */
    String peerVersion() {
        return handshake.get("peer").get("version").asText();
    }

    /** @return true when the peer declared the live-resources capability */
    boolean reportsLiveResources() {
        return handshake.get("capabilities").path("liveResources").asBoolean(false);
    }

    /** @return true while the peer runs and the channel has not faulted */
    boolean usable() {
        return channel.fault().isEmpty() && process.alive();
    }

    /** The channel faulted: the peer is killed at once, and the scenario's trace says why. */
    private void failed() {
        process.kill();
        channel.fault().ifPresent(fault -> notes.accept(OutOfProcess.FAULT_NOTE + fault.getMessage()));
    }

    void noteTo(Consumer<String> notes) {
        this.notes = notes;
    }

    @Override
    public void close() {
        channel.close();
        process.close();
    }
}
