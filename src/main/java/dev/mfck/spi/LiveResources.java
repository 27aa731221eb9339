package dev.mfck.spi;

import java.util.Map;

/**
 * An optional capability: a session that also implements this interface reports the
 * resources it holds, so that the kit can check that {@code Close} releases them.
 *
 * <p>Report the working resources: worker threads, decoders, native frames and samples in
 * flight, a running clock. The topology, its sources and its sinks may be kept until Shutdown
 * (Windows keeps them, so that GetFullTopology still answers after Close); leave them out, or
 * count them in a way that Close brings back to the new session's count. Name at least one
 * resource, and count what you hold while playing: the kit fails a session whose counts are
 * empty, or the same while it plays as when it was new.
 *
 * <p>A session that does not implement it is not failed on the resource rule: the scenarios
 * that need it end as not supported.
 */
public interface LiveResources {

    /**
     * Counts the resources this session holds now, by kind: for example open decoders, bytes
     * of native memory it allocated, worker threads it started. Once {@code MESessionClosed} has
     * been queued, every count must be back at the value it had when the session was created,
     * and stay there.
     *
     * @return a count per resource kind; the same keys every time
     */
    Map<String, Long> liveResources();
}
