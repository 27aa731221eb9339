package dev.mfck.model;

import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.List;

/**
 * What a scenario did to a session and saw of it: the state it started from, every call the
 * application made after that with its result, and the trace (events, samples, the kit's notes).
 *
 * @param startState         the state the scenario started from, as scenarios name it ({@code new},
 *                           {@code started}, {@code closing}...); its Close, if it has one, was accepted
 * @param startMark          the trace mark when the scenario reached that state
 * @param calls              the calls made from then on, in order
 * @param trace              the scenario's trace
 * @param asyncReturnWithin  how soon an asynchronous call returns
 * @param markerPrefix       how the value of an event the kit queues itself begins
 */
public record History(String startState, int startMark, List<ModelCall> calls, List<TraceEntry> trace,
                      Duration asyncReturnWithin, String markerPrefix) {

    /** Copies the lists. */
    public History {
        calls = List.copyOf(calls);
        trace = List.copyOf(trace);
    }
}
