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
 * @param note   what the kit noted, for {@link Kind#NOTE}; else null. The judges read this, never the text
 */
public record TraceEntry(int index, long nanos, Kind kind, String text, MediaEvent event, Sample sample, Note note) {

    /**
     * An entry whose note, if it is one, is a {@link Note#REMARK}.
     *
     * @param index  the entry's position in its trace, from 0
     * @param nanos  nanoseconds since the trace began
     * @param kind   what kind of thing happened
     * @param text   a one-line description
     * @param event  the event, for {@link Kind#EVENT}; else null
     * @param sample the sample, for {@link Kind#SAMPLE}; else null
     */
    public TraceEntry(int index, long nanos, Kind kind, String text, MediaEvent event, Sample sample) {
        this(index, nanos, kind, text, event, sample, kind == Kind.NOTE ? Note.REMARK : null);
    }

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

    /** What a note of the kit records: the kinds the kit's checks act on, and remarks for the reader. */
    public enum Note {
        /** A remark for whoever reads the trace; no check reads it. */
        REMARK,
        /** The kit holds the sample a sink just received inside its onProcessSample. */
        SAMPLE_HELD,
        /** The kit lets the held sample go (the sink callback returns). */
        SAMPLE_LET_GO,
        /** The implementation's other process failed: it died or broke the protocol. */
        PROCESS_FAILED,
        /** The session invoked the event callback once more than BeginGetEvent had asked for. */
        CALLBACK_INVOKED_UNASKED
    }

    /**
     * @param note a kind of note
     * @return true when this entry is a note of that kind
     */
    public boolean is(Note note) {
        return kind == Kind.NOTE && this.note == note;
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
