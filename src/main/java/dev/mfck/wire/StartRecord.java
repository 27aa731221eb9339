package dev.mfck.wire;

import dev.mfck.failure.OtherProcessFault;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the peers of one run share about their starts. They start one at a time: starting a JVM
 * (loading its classes, native libraries through a machine-wide cache lock, warming up) is what
 * a loaded machine does slowest, and peers started all at once would each miss a deadline that
 * one alone meets. And how many of them in a row ended without serving a session, with how the
 * last one failed: past a limit, the kit starts none again, whatever the number of jobs.
 */
final class StartRecord {

    private final ReentrantLock gate = new ReentrantLock(true);
    private final int peers;
    private int endedWithoutASession;
    private OtherProcessFault lastFailure = new OtherProcessFault("(nothing recorded)", false);

    /** @param peers how many peers share the record */
    StartRecord(int peers) {
        this.peers = peers;
    }

    /** @return how many peers share the record: at most that many starts come one after the other */
    int peers() {
        return peers;
    }

    /**
     * Starts a peer once no other peer of the run is starting.
     *
     * @param start the start
     * @param <T>   what it gives
     * @return what it gave
     */
    <T> T oneAtATime(Supplier<T> start) {
        gate.lock();
        try {
            return start.get();
        } finally {
            gate.unlock();
        }
    }

    /**
     * @param limit how many peers in a row may end without serving a session
     * @throws WireFault when that many did: the peer is given up
     */
    synchronized void mayStart(int limit) {
        if (endedWithoutASession >= limit) {
            throw new WireFault("the implementation's process was started " + endedWithoutASession + " times in a "
                    + "row without serving a session, and the kit does not start it again in this run; the last "
                    + "time: " + lastFailure.description(), null, lastFailure.crashed());
        }
    }

    /** A peer served a session: the count starts again. */
    synchronized void served() {
        endedWithoutASession = 0;
    }

    /**
     * @param fault  how a peer failed
     * @param served whether it had served a session before it did
     */
    synchronized void ended(OtherProcessFault fault, boolean served) {
        lastFailure = fault;
        if (!served) {
            endedWithoutASession++;
        }
    }
}
