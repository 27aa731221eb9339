package dev.mfck.spi;

import java.nio.ByteBuffer;

/**
 * A sink for one stream, supplied by the kit, that a session renders into. It mirrors
 * Media Foundation's sample-grabber sink callback ({@code IMFSampleGrabberSinkCallback}).
 *
 * <p>A session calls these methods from its own threads, for one sink never concurrently.
 * A call may block: the kit holds a sample inside {@link #onProcessSample} to prove that
 * {@code Close} is asynchronous, so a session must not hold locks its public methods need
 * while it calls a sink.
 *
 * <p>Only {@link #onProcessSample} must be implemented: the clock and shutdown notifications
 * do nothing unless overridden, so a sink can be a lambda.
 */
@FunctionalInterface
public interface SampleSink {

    /**
     * The presentation clock started.
     *
     * @param systemTime       the system time, in 100-ns units
     * @param clockStartOffset the presentation time the clock started from, in 100-ns units
     */
    default void onClockStart(long systemTime, long clockStartOffset) {
    }

    /**
     * The presentation clock stopped.
     *
     * @param systemTime the system time, in 100-ns units
     */
    default void onClockStop(long systemTime) {
    }

    /**
     * The presentation clock paused.
     *
     * @param systemTime the system time, in 100-ns units
     */
    default void onClockPause(long systemTime) {
    }

    /**
     * The presentation clock restarted from pause.
     *
     * @param systemTime the system time, in 100-ns units
     */
    default void onClockRestart(long systemTime) {
    }

    /**
     * A decoded sample reached the sink at its presentation time.
     *
     * @param majorType      audio or video
     * @param sampleTime     the sample's presentation time, in 100-ns units
     * @param sampleDuration the sample's duration, in 100-ns units
     * @param data           the decoded sample; valid only during this call. Its
     *                       {@code remaining()} bytes are the sample's size
     */
    void onProcessSample(MajorType majorType, long sampleTime, long sampleDuration, ByteBuffer data);

    /** The sink is shut down; the session calls nothing on it afterwards. */
    default void onShutdown() {
    }
}
