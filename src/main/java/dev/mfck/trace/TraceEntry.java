package dev.mfck.trace;

import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaEvent;

/**
 * One thing that happened during a scenario.
 *
 * @param index  the entry's position in its trace, from 0
 * @param nanos  nanoseconds since the trace began
 * @param kind   what kind of thing happened
 * @param text   a one-line description
 * @param event  the event, for {@link Kind#EVENT}; else null
 * @param sample the sample, for {@link Kind#SAMPLE}; else null
 */
public record TraceEntry(int index, long nanos, Kind kind, String text, MediaEvent event, Sample sample) {

    /** The kinds of entry. */
    public enum Kind {
        /** A call into the implementation, with its outcome. */
        CALL,
        /** An event taken from the session's queue. */
        EVENT,
        /** A sample that reached a kit sink. */
        SAMPLE,
        /** A clock or shutdown notification that reached a kit sink. */
        SINK,
        /** Something the kit did or noticed. */
        NOTE
    }

    /**
     * A sample that reached a sink.
     *
     * @param stream     the stream index of the sink
     * @param majorType  audio or video
     * @param sampleTime the sample time, in 100-ns units
     * @param size       the sample's size in bytes
     */
    public record Sample(int stream, MajorType majorType, long sampleTime, int size) {
    }

    /** @return true when this entry is an event */
    public boolean isEvent() {
        return kind == Kind.EVENT;
    }

    /** @return true when this entry is a sample */
    public boolean isSample() {
        return kind == Kind.SAMPLE;
    }

    /** @return the time as milliseconds since the trace began */
    public double millis() {
        return nanos / 1e6;
    }
}
