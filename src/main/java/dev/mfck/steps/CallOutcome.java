package dev.mfck.steps;

import dev.mfck.spi.HResult;

import java.time.Duration;

/**
 * What one call the scenario made returned.
 *
 * @param call         the call, with its arguments
 * @param hr           its HRESULT
 * @param value        its out value, or null
 * @param markBefore   the trace mark just before the call
 * @param startedAt    when it was made, in trace nanoseconds
 * @param returnedAt   when it returned, in trace nanoseconds
 * @param markAfter    the trace mark just after it returned
 * @param fromCallback whether the kit made it inside the event callback
 */
record CallOutcome(SessionCall call, HResult hr, Object value, int markBefore, long startedAt, long returnedAt,
                   int markAfter, boolean fromCallback) {

    SessionMethod method() {
        return call.method();
    }

    /** @return how long the call took to return */
    Duration took() {
        return Duration.ofNanos(returnedAt - startedAt);
    }
}
