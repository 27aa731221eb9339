package dev.mfck.steps;

import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;

import java.util.Optional;

/** Waits for the MESessionClosed that the scenario's Close must produce. */
final class ClosedEvent {

    private ClosedEvent() {
    }

    /**
     * Waits for MESessionClosed where the rule itself requires it.
     *
     * @param context the scenario
     * @return the first MESessionClosed after Close was called
     */
    static TraceEntry required(ScenarioContext context) {
        return find(context).orElseThrow(() -> context.evidence().violation(missing()));
    }

    /**
     * Waits for MESessionClosed where the rule checks what follows it: without it the rule
     * cannot be checked, and the scenario fails on that.
     *
     * @param context the scenario
     * @return the first MESessionClosed after Close was called
     */
    static TraceEntry precondition(ScenarioContext context) {
        return find(context).orElseThrow(() -> context.evidence().precondition(missing()));
    }

    private static Optional<TraceEntry> find(ScenarioContext context) {
        return context.awaitEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED,
                ScenarioContext.settings().eventWithin());
    }

    private static String missing() {
        return "no MESessionClosed within " + ScenarioContext.settings().eventWithin().toMillis()
                + " ms after Close returned S_OK: closing never completed";
    }
}
