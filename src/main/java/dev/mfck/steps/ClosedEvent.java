package dev.mfck.steps;

import dev.mfck.rules.RuleId;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;

/** The MESessionClosed that completes the scenario's first Close. */
final class ClosedEvent {

    private ClosedEvent() {
    }

    /**
     * Waits for MESessionClosed where the rule itself requires it: the scenario's Close must have
     * returned S_OK (else the scenario is BLOCKED, since CLOSE-RETURNS-OK checks that), and the
     * event must come.
     *
     * @param context the scenario
     * @return the first MESessionClosed after Close was called
     */
    static TraceEntry required(ScenarioContext context) {
        context.calls().stream().filter(call -> call.method() == SessionMethod.CLOSE && !call.hr().equals(HResult.S_OK))
                .findFirst().ifPresent(close -> {
                    throw context.evidence().blocked("Close returned " + close.hr() + ", so no MESessionClosed is due",
                            RuleId.CLOSE_RETURNS_OK);
                });
        TraceEntry closed = context.awaitEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED,
                ScenarioContext.settings().eventWithin()).orElseThrow(() -> context.evidence().violation("no MESessionClosed "
                + "within " + ScenarioContext.settings().eventWithin().toMillis() + " ms after Close returned S_OK: "
                + "closing never completed"));
        context.closedEvent(closed);
        return closed;
    }

    /**
     * Waits for MESessionClosed where the rule checks what comes with or after it: without it
     * the scenario is BLOCKED, pointing at CLOSE-ONE-CLOSED-EVENT.
     *
     * @param context the scenario
     * @return the first MESessionClosed with S_OK after Close was called
     */
    static TraceEntry awaited(ScenarioContext context) {
        return context.expectEvent(context.closeMark(), MediaEventType.ME_SESSION_CLOSED,
                ScenarioContext.settings().eventWithin(), "Close", RuleId.CLOSE_ONE_CLOSED_EVENT);
    }

    /**
     * The MESessionClosed the scenario's starting state waited for.
     *
     * @param context the scenario
     * @return its trace entry
     */
    static TraceEntry taken(ScenarioContext context) {
        return context.closedEvent().orElseThrow(() -> new IllegalStateException("the scenario's state '"
                + context.state() + "' is not closed: this step needs a state 'closed from ...'"));
    }
}
