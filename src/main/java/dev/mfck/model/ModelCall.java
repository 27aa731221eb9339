package dev.mfck.model;

import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;

/**
 * One call the application made, as the model sees it.
 *
 * @param text         the call as scenarios write it, for example {@code Start at position 0}
 * @param kind         how the contract treats it
 * @param completion   the event that answers it, for an asynchronous call; else null
 * @param hr           what it returned
 * @param value        its out value (a clock, a topology, capabilities, an event's value), or null
 * @param mark         the trace mark just before it was made
 * @param returnedMark the trace mark just after it returned
 * @param tookNanos    how long it took to return
 * @param fromCallback whether it was made inside the event callback
 * @param judged       whether its answer is judged: the teardown's Shutdown is the kit's, so the model follows
 *                     what it does to the session but does not judge what it returned
 */
public record ModelCall(String text, CallKind kind, MediaEventType completion, HResult hr, Object value, int mark,
                        int returnedMark, long tookNanos, boolean fromCallback, boolean judged) {

    /**
     * A call of the application's, its answer judged.
     *
     * @param text         the call as scenarios write it
     * @param kind         how the contract treats it
     * @param completion   the event that answers it, or null
     * @param hr           what it returned
     * @param value        its out value, or null
     * @param mark         the trace mark just before it was made
     * @param returnedMark the trace mark just after it returned
     * @param tookNanos    how long it took to return
     * @param fromCallback whether it was made inside the event callback
     */
    public ModelCall(String text, CallKind kind, MediaEventType completion, HResult hr, Object value, int mark,
                     int returnedMark, long tookNanos, boolean fromCallback) {
        this(text, kind, completion, hr, value, mark, returnedMark, tookNanos, fromCallback, true);
    }
}
