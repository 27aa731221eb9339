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
     * @param driver the scenario
     * @return the first MESessionClosed after Close was called
     */
    static TraceEntry required(ScenarioDriver driver) {
        driver.log().calls().stream().filter(call -> call.method() == SessionMethod.CLOSE && !call.hr().equals(HResult.S_OK))
                .findFirst().ifPresent(close -> {
                    throw driver.evidence().blocked("Close returned " + close.hr() + ", so no MESessionClosed is due",
                            RuleId.CLOSE_RETURNS_OK);
                });
        TraceEntry closed = driver.awaitEvent(driver.log().closeMark(), MediaEventType.ME_SESSION_CLOSED,
                ScenarioDriver.settings().eventWithin()).orElseThrow(() -> driver.evidence().violation("no MESessionClosed "
                + "within " + ScenarioDriver.settings().eventWithin().toMillis() + " ms after Close returned S_OK: "
                + "closing never completed"));
        driver.log().closedEvent(closed);
        return closed;
    }

    /**
     * Waits for MESessionClosed where the rule checks what comes with or after it: without it
     * the scenario is BLOCKED, pointing at CLOSE-ONE-CLOSED-EVENT.
     *
     * @param driver the scenario
     * @return the first MESessionClosed with S_OK after Close was called
     */
    static TraceEntry awaited(ScenarioDriver driver) {
        return driver.expectEvent(driver.log().closeMark(), MediaEventType.ME_SESSION_CLOSED,
                ScenarioDriver.settings().eventWithin(), "Close", RuleId.CLOSE_ONE_CLOSED_EVENT);
    }

    /**
     * The MESessionClosed the scenario's starting state waited for.
     *
     * @param driver the scenario
     * @return its trace entry
     */
    static TraceEntry taken(ScenarioDriver driver) {
        return driver.log().closedEvent().orElseThrow(() -> new IllegalStateException("the scenario's state '"
                + driver.log().state() + "' is not closed: this step needs a state 'closed from ...'"));
    }
}
