package dev.mfck.model;

import dev.mfck.matrix.BaseState;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario did to a session and saw of it: the state it started from, every call the
 * application made after that with its result, and the trace (events, samples, the kit's notes).
 *
 * @param startState         the base state the model judges from; closing's Close was accepted
 * @param startMark          the trace mark when the scenario reached that state
 * @param calls              the calls made from then on, in order
 * @param trace              the scenario's trace
 * @param asyncReturnWithin  how soon an asynchronous call returns
 * @param markerPrefix       how the value of an event the kit queues itself begins
 * @param overdueAfter       when given, an event still due this long after the call it answers (and before
 *                           Shutdown ends the queue) is a departure; without it the caller judges what is
 *                           still due, as exploration's last step does after waiting for it
 */
public record History(BaseState startState, int startMark, List<ModelCall> calls, List<TraceEntry> trace,
                      Duration asyncReturnWithin, String markerPrefix, Optional<Duration> overdueAfter) {

    /** Copies the lists. */
    public History {
        calls = List.copyOf(calls);
        trace = List.copyOf(trace);
    }
}
