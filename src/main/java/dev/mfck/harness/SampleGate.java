package dev.mfck.harness;

import dev.mfck.trace.EventTrace;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets the kit hold one sample inside a sink callback, so it can prove that Close returns
 * while the pipeline is busy and that MESessionClosed waits for it. A hold never outlasts its
 * safety limit, so a forgotten hold cannot hang a session for good.
 */
public final class SampleGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final EventTrace trace;
    private final Duration safetyLimit;
    private boolean armed;
    private boolean holding;
    private boolean released;

    /**
     * @param trace       where holds and releases are noted
     * @param safetyLimit the longest a sample is ever held
     */
    public SampleGate(EventTrace trace, Duration safetyLimit) {
        this.trace = trace;
        this.safetyLimit = safetyLimit;
    }

    /** Holds the next sample any sink of this gate receives. */
    public void arm() {
        lock.lock();
        try {
            armed = true;
            released = false;
        } finally {
            lock.unlock();
        }
    }

    /** Called by a sink inside its callback: blocks while the kit holds this sample. */
    void pass() {
        lock.lock();
        try {
            if (!armed) {
                return;
            }
            armed = false;
            holding = true;
            trace.note(TraceEntry.Note.SAMPLE_HELD, "the kit holds this sample inside onProcessSample");
            changed.signalAll();
            long remaining = safetyLimit.toNanos();
            while (!released && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            if (!released) {
                trace.note(TraceEntry.Note.SAMPLE_LET_GO, "the kit let the held sample go after its safety limit of " + safetyLimit.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding = false;
            changed.signalAll();
            lock.unlock();
        }
    }

    /**
     * Waits until a sink is holding a sample.
     *
     * @param deadline how long to wait
     * @return true when a sample is held
     */
    public boolean awaitHolding(Duration deadline) {
        lock.lock();
        try {
            long remaining = deadline.toNanos();
            while (!holding && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            return holding;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** @return true while the gate waits for the next sample to hold */
    public boolean armed() {
        lock.lock();
        try {
            return armed && !holding;
        } finally {
            lock.unlock();
        }
    }

    /** @return true while a sink callback is held */
    public boolean isHolding() {
        lock.lock();
        try {
            return holding;
        } finally {
            lock.unlock();
        }
    }

    /** Lets the held sample go, and disarms the gate. */
    public void release() {
        lock.lock();
        try {
            armed = false;
            if (holding && !released) {
                trace.note(TraceEntry.Note.SAMPLE_LET_GO, "the kit let the held sample go");
            }
            released = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
