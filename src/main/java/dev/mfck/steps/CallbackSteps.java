package dev.mfck.steps;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The application closes the session from inside its event callback. */
public final class CallbackSteps {

    private final ScenarioContext context;
    private final CompletableFuture<HResult> closeFromCallback = new CompletableFuture<>();
    private MediaEventType trigger;

    /** @param context the scenario's shared state */
    public CallbackSteps(ScenarioContext context) {
        this.context = context;
    }

    /**
     * When the event arrives, the kit calls Close inside the callback that delivered it.
     *
     * @param event the event's Media Foundation name, for example {@code MESessionStarted}
     */
    @Given("the kit will call Close from inside the event callback that delivers {word}")
    public void closeFromInsideTheCallback(String event) {
        trigger = Arrays.stream(MediaEventType.values()).filter(t -> t.mfName().equals(event)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event named " + event));
        AtomicBoolean done = new AtomicBoolean();
        context.pump().react(delivered -> {
            if (delivered.type() != trigger || !done.compareAndSet(false, true)) {
                return;
            }
            context.markClose();
            try {
                closeFromCallback.complete(context.session().close());
            } catch (ConformanceFailure failure) {
                closeFromCallback.completeExceptionally(failure);
            }
        });
    }

    /** Close, called inside the callback, returned S_OK in time. */
    @Then("Close called from inside the callback returns S_OK")
    public void closeFromTheCallbackReturnsOk() {
        Duration within = ScenarioContext.settings().eventWithin().plus(ScenarioContext.settings().callWithin());
        HResult hr;
        try {
            hr = closeFromCallback.get(within.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw context.evidence().precondition("no " + trigger.mfName() + " reached the event callback within "
                    + within.toMillis() + " ms, so Close was never called from it");
        } catch (ExecutionException e) {
            throw (ConformanceFailure) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!hr.equals(HResult.S_OK)) {
            throw context.evidence().violation("Close called from inside the event callback returned " + hr);
        }
    }
}
