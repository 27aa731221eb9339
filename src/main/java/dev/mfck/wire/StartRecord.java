package dev.mfck.wire;

import dev.mfck.failure.OtherProcessFault;

/**
 * How many of the peers the kit started, in a row, ended without serving a session, and how
 * the last of them failed: past a limit, the kit starts none again. The peers of a parallel
 * run share one record, so a peer that dies at every start is given up after the same count
 * whatever the number of jobs (a few more may be starting at that moment, and end the same way).
 */
final class StartRecord {

    private int endedWithoutASession;
    private OtherProcessFault lastFailure = new OtherProcessFault("(nothing recorded)", false);

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
