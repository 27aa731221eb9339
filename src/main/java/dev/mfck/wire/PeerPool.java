package dev.mfck.wire;

import dev.mfck.failure.OtherProcessFault;
import dev.mfck.harness.OutOfProcessProvider;
import dev.mfck.harness.ProviderPool;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * One peer per job of a parallel run, all started the same way: each scenario leases a peer of
 * its own for its whole life, so a peer that crashes, hangs or breaks the protocol costs only the
 * scenario it serves. A peer starts when a scenario first leases it (a run of fewer scenarios
 * than jobs starts fewer peers; the most recently used peer is leased first); peers start one
 * at a time, and share one record of starts that failed to serve a session. As a provider, the pool answers with its
 * first peer; closing it reaps every peer.
 */
public final class PeerPool implements SessionProvider, OutOfProcessProvider, ProviderPool, AutoCloseable {

    private final List<WireProvider> peers = new ArrayList<>();
    private final BlockingDeque<WireProvider> free = new LinkedBlockingDeque<>();

    /**
     * @param launch      how to start each peer
     * @param kitVersion  the kit's version, for the handshakes
     * @param startWithin how long a peer may take to start and answer the handshake
     * @param size        how many peers at most, one per job
     */
    public PeerPool(PeerLaunch launch, String kitVersion, Duration startWithin, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one peer, was " + size);
        }
        StartRecord record = new StartRecord(size);
        for (int i = 0; i < size; i++) {
            WireProvider peer = new WireProvider(launch, kitVersion, startWithin, record);
            peers.add(peer);
            free.addLast(peer);
        }
    }

    @Override
    public SessionProvider lease() {
        try {
            return free.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free peer", e);
        }
    }

    @Override
    public void giveBack(SessionProvider member) {
        if (!(member instanceof WireProvider peer) || !peers.contains(peer)) {
            throw new IllegalArgumentException(member + " is not a peer of this pool");
        }
        free.addFirst(peer);
    }

    /** @return how many peers the pool may start at once: the run's jobs */
    public int size() {
        return peers.size();
    }

    /** @return how many times a peer was started in this run, all peers together */
    public int starts() {
        return peers.stream().mapToInt(WireProvider::starts).sum();
    }

    /** @return how many times a peer's process died, broke the protocol or was ended after a hung call */
    public int failures() {
        return peers.stream().mapToInt(WireProvider::failures).sum();
    }

    /** @return how many of the peers were started at all: the jobs that served a scenario */
    public int peersStarted() {
        return (int) peers.stream().filter(peer -> peer.starts() > 0).count();
    }

    /** @return the first peer's name, from its handshake (it is started if it is not running) */
    @Override
    public String name() {
        return peers.get(0).name();
    }

    /** @return the first peer's version, from its handshake */
    @Override
    public String version() {
        return peers.get(0).version();
    }

    @Override
    public MediaSession createSession() {
        return peers.get(0).createSession();
    }

    @Override
    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
        return peers.get(0).createPartialTopology(clip, sinks);
    }

    @Override
    public void ensureRunning() {
        peers.get(0).ensureRunning();
    }

    @Override
    public Duration startBound() {
        return peers.get(0).startBound();
    }

    @Override
    public String description() {
        return peers.get(0).description();
    }

    @Override
    public String process() {
        return peers.get(0).process();
    }

    @Override
    public Optional<OtherProcessFault> fault() {
        return peers.get(0).fault();
    }

    /** Reaps every peer. */
    @Override
    public void close() {
        peers.forEach(WireProvider::close);
    }
}
