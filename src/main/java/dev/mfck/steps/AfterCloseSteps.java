package dev.mfck.steps;

import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.trace.TraceEntry;
import io.cucumber.java.en.Then;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * After Close: the four allowed methods stay valid, every other method is refused with
 * MF_E_INVALIDREQUEST (directly, or as its event's status) and performs nothing.
 */
public final class AfterCloseSteps {

    private final ScenarioContext context;

    /** @param context the scenario's shared state */
    public AfterCloseSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The last call, one of the four allowed methods, did not fail as invalid. */
    @Then("the call is valid after Close")
    public void theCallIsValidAfterClose() {
        CallOutcome call = context.lastCall();
        HResult hr = call.hr();
        boolean valid = switch (call.method()) {
            case SHUTDOWN, GET_SESSION_CAPABILITIES -> hr.equals(HResult.S_OK);
            case GET_CLOCK, GET_FULL_TOPOLOGY -> !hr.equals(HResult.MF_E_INVALIDREQUEST) && !hr.equals(HResult.MF_E_SHUTDOWN);
            default -> throw new IllegalArgumentException(call.method().mfName() + " is not one of the allowed methods");
        };
        if (!valid) {
            throw context.evidence().violation(call.method().mfName() + " returned " + hr + " after Close; it is one of "
                    + "the methods that stay valid after Close");
        }
    }

    /** The last call was refused with MF_E_INVALIDREQUEST and did not perform its operation. */
    @Then("the request is refused with MF_E_INVALIDREQUEST and not performed")
    public void theRequestIsRefused() {
        CallOutcome call = context.lastCall();
        MediaEventType completion = call.method().completion().orElseThrow(() ->
                new IllegalArgumentException(call.method().mfName() + " queues no event"));
        Predicate<TraceEntry> itsEvent = answering(call, completion);
        String name = call.method().mfName();
        Duration quiet = context.quietWindow();
        if (call.hr().equals(HResult.MF_E_INVALIDREQUEST)) {
            Optional<TraceEntry> performed = context.await(call.markBefore(), itsEvent.and(AfterCloseSteps::succeeded), quiet);
            performed.ifPresent(event -> {
                throw context.evidence().violation(String.format("%s returned MF_E_INVALIDREQUEST, yet %s arrived at %+.3f ms: "
                        + "the operation was performed", name, event.event(), event.millis()));
            });
        } else if (call.hr().equals(HResult.S_OK)) {
            Duration within = ScenarioContext.settings().eventWithin();
            TraceEntry event = context.await(call.markBefore(), itsEvent, within).orElseThrow(() ->
                    context.evidence().violation(name + " returned S_OK after Close but no " + completion.mfName()
                            + " followed within " + within.toMillis() + " ms: an S_OK must be answered by the event "
                            + "with status MF_E_INVALIDREQUEST"));
            if (!event.event().status().equals(HResult.MF_E_INVALIDREQUEST)) {
                throw context.evidence().violation(String.format("%s returned S_OK after Close, then %s arrived at %+.3f ms; "
                        + "the rule requires the status MF_E_INVALIDREQUEST", name, event.event(), event.millis()));
            }
        } else {
            throw context.evidence().violation(name + " returned " + call.hr() + " after Close; the rule requires "
                    + "MF_E_INVALIDREQUEST, or S_OK followed by " + completion.mfName() + " with that status");
        }
        requireNoPlayback(call, quiet);
    }

    private void requireNoPlayback(CallOutcome call, Duration quiet) {
        context.await(call.markBefore(), TraceEntry::isSample, quiet);
        List<TraceEntry> samples = context.trace().since(call.markBefore()).stream().filter(TraceEntry::isSample).toList();
        if (!samples.isEmpty()) {
            throw context.evidence().violation(String.format("%d sample(s) reached a sink after %s was called after Close, "
                    + "the first at %+.3f ms: playback was performed", samples.size(), call.method().mfName(),
                    samples.get(0).millis()));
        }
    }

    /**
     * The events that answer the call. When the call is a second Close made while the first
     * was still closing, the first Close's own successful MESessionClosed is not its answer.
     */
    private Predicate<TraceEntry> answering(CallOutcome call, MediaEventType completion) {
        Predicate<TraceEntry> ofType = ScenarioContext.isEvent(completion);
        if (call.method() != SessionMethod.CLOSE || firstCloseCompletedBefore(call)) {
            return ofType;
        }
        int[] skipped = {0};
        return entry -> ofType.test(entry) && !(succeeded(entry) && skipped[0]++ == 0);
    }

    private boolean firstCloseCompletedBefore(CallOutcome call) {
        return context.trace().entries().stream().limit(call.markBefore())
                .anyMatch(ScenarioContext.isEvent(MediaEventType.ME_SESSION_CLOSED));
    }

    private static boolean succeeded(TraceEntry entry) {
        return entry.event().status().succeeded();
    }
}
