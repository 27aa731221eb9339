package dev.mfck.spi;

import java.util.Map;

/**
 * An optional capability: a session that also implements this interface reports the
 * resources it holds, so that the kit can check that {@code Close} releases them.
 *
 * <p>A session that does not implement it is not failed on the resource rule: the scenarios
 * that need it end as not supported.
 */
public interface LiveResources {

    /**
     * Counts the resources this session holds now, by kind: for example open demuxers and
     * decoders, bytes of native memory it allocated, worker threads it started. Once
     * {@code MESessionClosed} has been queued, every count must be back at the value it had
     * when the session was created.
     *
     * @return a count per resource kind; the same keys every time
     */
    Map<String, Long> liveResources();
}
