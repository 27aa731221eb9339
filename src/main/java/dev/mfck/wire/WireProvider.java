package dev.mfck.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mfck.failure.OtherProcessFailure;
import dev.mfck.failure.OtherProcessFault;
import dev.mfck.harness.OutOfProcessProvider;
import dev.mfck.spi.ClipStream;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.NodeType;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import dev.mfck.spi.TopologyNode;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An implementation in another process, reached over the wire protocol: the kit starts the
 * peer's command once and shakes hands with it, multiplexes every session of the run over it,
 * and starts it again when it has died or broken the protocol, for the next scenario. A peer
 * started {@value #STARTS_WITHOUT_A_SESSION} times in a row without serving a session is given
 * up: every later scenario fails at once, saying why. Closing the provider reaps the peer; so
 * does the JVM's end.
 */
public final class WireProvider implements SessionProvider, OutOfProcessProvider, AutoCloseable {

    /** How many starts in a row may fail to serve a session before the kit gives the peer up. */
    public static final int STARTS_WITHOUT_A_SESSION = 3;

    private final PeerLaunch launch;
    private final String kitVersion;
    private final Duration startWithin;
    private final StartRecord record;
    private Connection connection;
    private boolean served;
    private int starts;
    private int failures;

    /**
     * @param launch      how to start the peer
     * @param kitVersion  the kit's version, for the handshake
     * @param startWithin how long the peer may take to start and answer the handshake
     */
    public WireProvider(PeerLaunch launch, String kitVersion, Duration startWithin) {
        this(launch, kitVersion, startWithin, new StartRecord(1));
    }

    /**
     * One of several peers started the same way, which share their record of starts: the
     * starts of any of them in a row without a session give them all up.
     *
     * @param launch      how to start the peer
     * @param kitVersion  the kit's version, for the handshake
     * @param startWithin how long the peer may take to start and answer the handshake
     * @param record      the starts without a session so far, shared with the others
     */
    WireProvider(PeerLaunch launch, String kitVersion, Duration startWithin, StartRecord record) {
        this.launch = launch;
        this.kitVersion = kitVersion;
        this.startWithin = startWithin;
        this.record = record;
    }

    /**
     * @param command     the peer's command, for example {@code wine peers/mediafoundation/mfck-peer.exe}
     * @param kitVersion  the kit's version, for the handshake
     * @param startWithin how long the peer may take to start and answer the handshake
     */
    public WireProvider(String command, String kitVersion, Duration startWithin) {
        this(PeerLaunch.of(command), kitVersion, startWithin);
    }

    /** @return the peer's name, from its handshake (the peer is started if it is not running) */
    @Override
    public String name() {
        return connection().peerName();
    }

    /** @return the peer's version, from its handshake */
    @Override
    public String version() {
        return connection().peerVersion();
    }

    /** @return how many times the peer has been started in this run */
    public synchronized int starts() {
        return starts;
    }

    /**
     * @return the start deadline, lengthened as much as a loaded machine may lengthen it (twice),
     *         for this peer's start and for the starts of the run's other peers ahead of it
     */
    @Override
    public Duration startBound() {
        return startWithin.multipliedBy(2L * record.peers());
    }

    @Override
    public String description() {
        return launch.label();
    }

    @Override
    public String process() {
        return launch.describe();
    }

    @Override
    public Optional<OtherProcessFault> fault() {
        Connection current;
        synchronized (this) {
            current = connection;
        }
        return current == null ? Optional.empty() : current.fault();
    }

    /**
     * Starts the peer again if it died or broke the protocol, within the start deadline.
     *
     * @throws OtherProcessFailure when it does not start, or has been given up
     */
    @Override
    public void ensureRunning() {
        try {
            connection();
        } catch (WireFault e) {
            throw new OtherProcessFailure(new OtherProcessFault(e.getMessage(), e.crashed()), e);
        }
    }

    @Override
    public MediaSession createSession() {
        Connection current = connection();
        String name = current.channel().call(WireMethod.PROVIDER_CREATE_SESSION, WireJson.object()).get("session").asText();
        synchronized (this) {
            served = true;
        }
        record.served();
        return current.reportsLiveResources() ? new WireSessionWithResources(current, name) : new WireSession(current, name);
    }

    @Override
    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
        Connection current = connection();
        ObjectNode params = WireJson.object();
        ObjectNode written = params.putObject("clip").put("name", clip.name()).put("path", clip.file().toAbsolutePath().toString())
                .put("durationMs", clip.duration().toMillis());
        ArrayNode streams = written.putArray("streams");
        for (ClipStream stream : clip.streams()) {
            streams.addObject().put("index", stream.index()).put("majorType", WireJson.majorType(stream.majorType()));
        }
        ArrayNode sinkNames = params.putArray("sinks");
        for (int i = 0; i < sinks.size(); i++) {
            sinkNames.addObject().put("sink", current.sinks().name(sinks.get(i))).put("stream", clip.streams().get(i).index());
        }
        JsonNode result = current.channel().call(WireMethod.PROVIDER_CREATE_PARTIAL_TOPOLOGY, params);
        Topology topology = WireJson.topology(result.get("topology"), current.sinks().byName());
        return new Topology(topology.id(), topology.nodes().stream().map(node -> node.type() == NodeType.SOURCE_STREAM
                ? new TopologyNode(node.id(), node.type(), node.streamIndex(), node.description(), clip, node.downstream())
                : node).toList());
    }

    /**
     * @return how many of the peer's processes in this run died, broke the protocol or were ended
     *         after a hung call: the kit met the failure, whether or not it started the peer again
     */
    public synchronized int failures() {
        return failures + (connection != null && !connection.usable() ? 1 : 0);
    }

    /** Reaps the peer. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            failures = failures();
            connection.close();
            connection = null;
        }
    }

    private synchronized Connection connection() {
        if (connection != null && !connection.usable()) {
            failures++;
            record.ended(connection.fault().orElse(new OtherProcessFault("(nothing recorded)", false)), served);
            connection.close();
            connection = null;
        }
        if (connection == null) {
            record.mayStart(STARTS_WITHOUT_A_SESSION);
            starts++;
            served = false;
            try {
                connection = record.oneAtATime(() -> Connection.open(launch, kitVersion, startWithin));
            } catch (WireFault e) {
                failures++;
                record.ended(new OtherProcessFault(e.getMessage(), e.crashed()), false);
                throw e;
            }
        }
        return connection;
    }
}
