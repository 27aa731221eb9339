package dev.mfck.steps;

import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;

/** Close completes with exactly one MESessionClosed, and nothing of the session's own follows it. */
public final class ClosedEventSteps {

    private final ScenarioDriver driver;

    /** @param driver the scenario's shared state */
    public ClosedEventSteps(ScenarioDriver driver) {
        this.driver = driver;
    }

    /** One MESessionClosed with S_OK arrives, and no second one follows until the scenario ends. */
    public void exactlyOneClosedEvent() {
        TraceEntry first = ClosedEvent.required(driver);
        if (!first.event().status().equals(HResult.S_OK)) {
            throw driver.evidence().violation("MESessionClosed arrived with status " + first.event().status()
                    + "; a successful Close completes with S_OK");
        }
        driver.forbid(first.index() + 1, ScenarioDriver.isEvent(MediaEventType.ME_SESSION_CLOSED),
                second -> String.format("a second MESessionClosed arrived at %+.3f ms (status %s) after the first at %+.3f ms",
                        second.millis(), second.event().status(), first.millis()));
    }

    /** After MESessionClosed, only events the kit queued itself may arrive, until the scenario ends. */
    public void noSelfCausedEventFollows() {
        TraceEntry closed = ClosedEvent.taken(driver);
        driver.forbid(closed.index() + 1, ClosedEventSteps::selfCaused, event -> String.format(
                "%s arrived at %+.3f ms, after MESessionClosed at %+.3f ms", event.event(), event.millis(), closed.millis()));
    }

    private static boolean selfCaused(TraceEntry entry) {
        return entry.isEvent() && !isKitMarker(entry.event());
    }

    /** @return true for an event the kit queued itself */
    static boolean isKitMarker(MediaEvent event) {
        return event.value() instanceof String value && value.startsWith(CallSteps.MARKER_PREFIX);
    }
}
