package dev.mfck.steps;

import dev.mfck.spi.HResult;

/**
 * What one call the scenario made returned.
 *
 * @param method       the method called
 * @param hr           its HRESULT
 * @param value        its out value, or null
 * @param markBefore   the trace mark just before the call
 * @param returnedAt   when it returned, in trace nanoseconds
 */
record CallOutcome(SessionMethod method, HResult hr, Object value, int markBefore, long returnedAt) {
}
