package dev.mfck.trace;

import dev.mfck.spi.MajorType;
import dev.mfck.spi.MediaEvent;
import dev.mfck.timing.Deadline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The record of one scenario: every call the kit made, every event and sample it observed,
 * in order, with times. Threads wait on it for what they expect, with a deadline.
 *
 * <p>A flooding implementation cannot exhaust memory through it: past {@link #CAPACITY}
 * entries further ones are counted, not kept.
 */
public final class EventTrace {

    /** The most entries a trace keeps. */
    public static final int CAPACITY = 100_000;

    private final long origin = System.nanoTime();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<TraceEntry> entries = new ArrayList<>();
    private long dropped;

    /** @return the {@link System#nanoTime()} at which the trace began */
    public long originNanos() {
        return origin;
    }

    /** @return nanoseconds since the trace began */
    public long now() {
        return System.nanoTime() - origin;
    }

    /**
     * Records a call and its outcome.
     *
     * @param startNanos when the call began, from {@link #now()}
     * @param text       the call and its outcome
     */
    public void call(long startNanos, String text) {
        add(startNanos, TraceEntry.Kind.CALL, text, null, null);
    }

    /**
     * Records an event taken from the session's queue.
     *
     * @param event the event
     */
    public void event(MediaEvent event) {
        add(now(), TraceEntry.Kind.EVENT, event.toString(), event, null);
    }

    /**
     * Records a sample that reached a sink.
     *
     * @param stream     the sink's stream index
     * @param majorType  audio or video
     * @param sampleTime the sample time, in 100-ns units
     * @param size       its size in bytes
     */
    public void sample(int stream, MajorType majorType, long sampleTime, int size) {
        TraceEntry.Sample sample = new TraceEntry.Sample(stream, majorType, sampleTime, size);
        add(now(), TraceEntry.Kind.SAMPLE, "sample", null, sample);
    }

    /**
     * Records a clock or shutdown notification that reached a sink.
     *
     * @param text what the sink was told
     */
    public void sink(String text) {
        add(now(), TraceEntry.Kind.SINK, text, null, null);
    }

    /**
     * Records something the kit did or noticed.
     *
     * @param text the note
     */
    public void note(String text) {
        note(TraceEntry.Note.REMARK, text);
    }

    /**
     * Records something the kit did or noticed that a check acts on.
     *
     * @param note what kind of note it is: what the checks read
     * @param text the note, for the reader
     */
    public void note(TraceEntry.Note note, String text) {
        add(now(), TraceEntry.Kind.NOTE, text, null, null, note);
    }

    private void add(long nanos, TraceEntry.Kind kind, String text, MediaEvent event, TraceEntry.Sample sample) {
        add(nanos, kind, text, event, sample, null);
    }

    private void add(long nanos, TraceEntry.Kind kind, String text, MediaEvent event, TraceEntry.Sample sample,
                     TraceEntry.Note note) {
        lock.lock();
        try {
            if (entries.size() >= CAPACITY) {
                dropped++;
                return;
            }
            entries.add(new TraceEntry(entries.size(), nanos, kind, text, event, sample, note));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** @return the number of entries so far: a mark to look for what comes after it */
    public int mark() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** @return how many entries were not kept because the trace was full */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** @return a copy of every entry so far */
    public List<TraceEntry> entries() {
        return since(0);
    }

    /**
     * @param mark a mark from {@link #mark()}
     * @return a copy of the entries recorded at or after the mark
     */
    public List<TraceEntry> since(int mark) {
        lock.lock();
        try {
            return List.copyOf(entries.subList(Math.min(mark, entries.size()), entries.size()));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the first entry at or after a mark that matches, up to a deadline.
     *
     * @param mark     where to start looking
     * @param matching what to look for
     * @param deadline how long to wait
     * @return the entry, or empty when none matched in time
     */
    public Optional<TraceEntry> await(int mark, Predicate<TraceEntry> matching, Duration deadline) {
        Deadline until = Deadline.in(deadline);
        int next = mark;
        lock.lock();
        try {
            while (true) {
                for (; next < entries.size(); next++) {
                    TraceEntry entry = entries.get(next);
                    if (matching.test(entry)) {
                        return Optional.of(entry);
                    }
                }
                long remaining = until.remainingNanos();
                if (remaining <= 0) {
                    return Optional.empty();
                }
                changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a number of entries after a mark match, up to a deadline.
     *
     * @param mark     where to start counting
     * @param matching what to count
     * @param count    how many are wanted
     * @param deadline how long to wait
     * @return true when that many matched in time
     */
    public boolean awaitCount(int mark, Predicate<TraceEntry> matching, int count, Duration deadline) {
        int[] seen = {0};
        return await(mark, entry -> matching.test(entry) && ++seen[0] >= count, deadline).isPresent();
    }

    /** @return the trace, formatted for a failure message */
    public String render() {
        return TraceFormat.render(entries(), dropped());
    }
}
