package dev.mfck.reference.session;

/** How a session paces the samples it delivers. */
public enum Pacing {
    /** Each sample at its presentation time on the session's clock: playback. */
    REAL_TIME,
    /** Each sample as soon as it is decoded: for measuring the pipeline's throughput. */
    AS_FAST_AS_POSSIBLE
}
