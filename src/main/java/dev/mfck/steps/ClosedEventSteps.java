package dev.mfck.steps;

import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Optional;

/** Close completes with exactly one MESessionClosed, and nothing of the session's own follows it. */
public final class ClosedEventSteps {

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public ClosedEventSteps(ScenarioContext context) {
        this.context = context;
    }

    /** One MESessionClosed with S_OK arrives, and no second one follows. */
    @Then("exactly one MESessionClosed with status S_OK arrives")
    public void exactlyOneClosedEvent() {
        TraceEntry first = ClosedEvent.required(context);
        if (!first.event().status().equals(HResult.S_OK)) {
            throw context.evidence().violation("MESessionClosed arrived with status " + first.event().status()
                    + "; a successful Close completes with S_OK");
        }
        Optional<TraceEntry> second = context.awaitEvent(first.index() + 1, MediaEventType.ME_SESSION_CLOSED,
                context.quietWindow());
        if (second.isPresent()) {
            throw context.evidence().violation(String.format(
                    "a second MESessionClosed arrived at %+.3f ms (status %s) after the first at %+.3f ms",
                    second.get().millis(), second.get().event().status(), first.millis()));
        }
    }

    /** After MESessionClosed, only events the kit queued itself may arrive. */
    @Then("no self-caused event follows MESessionClosed")
    public void noSelfCausedEventFollows() {
        TraceEntry closed = ClosedEvent.precondition(context);
        context.await(closed.index() + 1, ClosedEventSteps::selfCaused, context.quietWindow());
        List<TraceEntry> after = context.trace().since(closed.index() + 1).stream()
                .filter(ClosedEventSteps::selfCaused).toList();
        if (!after.isEmpty()) {
            throw context.evidence().violation(String.format("%s arrived at %+.3f ms, after MESessionClosed at %+.3f ms",
                    after.get(0).event(), after.get(0).millis(), closed.millis()));
        }
    }

    private static boolean selfCaused(TraceEntry entry) {
        return entry.isEvent() && !(entry.event().value() instanceof String value
                && value.startsWith(CallSteps.MARKER_PREFIX));
    }
}
