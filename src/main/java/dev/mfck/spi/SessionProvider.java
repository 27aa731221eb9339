package dev.mfck.spi;

import java.util.List;

/**
 * The entry point of an implementation under test: creates sessions and partial topologies.
 *
 * <p>The kit finds the provider with {@link java.util.ServiceLoader} (declare it in
 * {@code META-INF/services/dev.mfck.spi.SessionProvider}), or takes the class named by the
 * configuration key {@code mfck.provider}. It needs a public no-argument constructor.
 */
public interface SessionProvider {

    /** @return the implementation's name, printed in reports */
    String name();

    /** @return the implementation's version, printed in reports */
    String version();

    /**
     * Creates a new session, as {@code MFCreateMediaSession} does.
     *
     * @return a new session, not yet given a topology
     */
    MediaSession createSession();

    /**
     * Builds a partial playback topology for a clip: one source-stream node per stream of the
     * clip, each connected to the sink the kit supplies for that stream. The clip's file is not
     * necessarily valid media; a session reports that when it resolves the topology.
     *
     * @param clip  the clip to play
     * @param sinks one sink per stream of the clip, in the clip's stream order
     * @return the partial topology
     */
    Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks);
}
