package dev.mfck.harness;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Evidence;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.timing.Deadline;
import dev.mfck.trace.EventTrace;
import dev.mfck.trace.TraceEntry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Takes the session's events as a Media Foundation application does: BeginGetEvent, and in
 * the callback EndGetEvent, record, react, BeginGetEvent again. Reactions run inside the
 * callback, on the session's thread, which is how the kit calls Close from the callback.
 */
public final class EventPump implements EventCallback {

    private final SessionUnderTest session;
    private final Evidence evidence;
    private final EventTrace trace;
    private final List<Consumer<MediaEvent>> reactions = new CopyOnWriteArrayList<>();
    private volatile Object lastEventValue;
    private final Object pendingLock = new Object();
    private boolean pending;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String stopReason;
    private volatile boolean detached;
    private volatile ConformanceFailure failure;
    /** BeginGetEvent calls of the pump that may still invoke it: counted before the call, so an early invoke finds it. */
    private final AtomicInteger invocationsDue = new AtomicInteger();

    /**
     * @param session  the session whose events to take
     * @param evidence where events are recorded, and a callback invoked too often is reported
     */
    public EventPump(SessionUnderTest session, Evidence evidence) {
        this.session = session;
        this.evidence = evidence;
        this.trace = evidence.trace();
    }

    /**
     * Asks for the first event.
     *
     * @return BeginGetEvent's result
     */
    public HResult start() {
        return begin(() -> session.beginGetEvent(this, null));
    }

    /**
     * Runs an action inside the callback for every event from now on, after it is recorded.
     *
     * @param reaction the action
     */
    public void react(Consumer<MediaEvent> reaction) {
        reactions.add(reaction);
    }

    /**
     * Stops asking for events once the event with the given value arrives, so that the kit can
     * call GetEvent itself: the kit then queues that event to complete the pending BeginGetEvent.
     *
     * @param value the value of the last event the pump takes
     */
    public void detachAfter(Object value) {
        lastEventValue = value;
    }

    /**
     * Waits until the pump no longer asks for events.
     *
     * @param deadline how long to wait
     * @return true once it has stopped
     */
    public boolean awaitStopped(Duration deadline) {
        try {
            return stopped.await(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * @return true when the pump stopped because it took the event it was told to detach after,
     *         and for no other reason
     */
    public boolean detached() {
        return detached;
    }

    /** @return why the pump stopped asking for events, once it has: what the session answered, or the detach */
    public Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** @return the failure the pump met inside the callback (a hung or throwing EndGetEvent), if any */
    public Optional<ConformanceFailure> failure() {
        return Optional.ofNullable(failure);
    }

    private HResult begin(Supplier<HResult> beginGetEvent) {
        invocationsDue.incrementAndGet();
        HResult hr = beginGetEvent.get();
        if (hr.succeeded()) {
            synchronized (pendingLock) {
                pending = true;
                pendingLock.notifyAll();
            }
        } else {
            invocationsDue.decrementAndGet();
        }
        return hr;
    }

    /**
     * Waits until the pump's BeginGetEvent is pending: asked, and not yet answered.
     *
     * @param deadline how long to wait
     * @return true when it is pending
     */
    public boolean awaitPending(Duration deadline) {
        Deadline until = Deadline.in(deadline);
        synchronized (pendingLock) {
            try {
                while (!pending) {
                    long left = until.remainingNanos();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(pendingLock, left);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void invoke(AsyncResult result) {
        if (invocationsDue.getAndUpdate(due -> due > 0 ? due - 1 : due) <= 0) {
            invokedTooOften();
            return;
        }
        synchronized (pendingLock) {
            pending = false;
        }
        try {
            CallResult<MediaEvent> taken = session.endGetEventUntraced(result);
            if (taken.hr().failed()) {
                stop("EndGetEvent in the event callback returned " + taken.hr());
                return;
            }
            trace.event(taken.value());
            for (Consumer<MediaEvent> reaction : reactions) {
                reaction.accept(taken.value());
            }
            Object last = lastEventValue;
            if (last != null && last.equals(taken.value().value())) {
                detached = true;
                stop("the kit stopped asking for events with BeginGetEvent, as it had planned");
                return;
            }
            HResult again = begin(() -> session.beginGetEventUntraced(this));
            if (again.failed()) {
                stop("BeginGetEvent in the event callback returned " + again);
            }
        } catch (ConformanceFailure e) {
            failure = e;
            stopReason = e.observed();
            stopped.countDown();
        } catch (RuntimeException e) {
            stop("the event callback met " + e);
        }
    }

    private void stop(String reason) {
        stopReason = reason;
        trace.note(reason);
        stopped.countDown();
    }

    /** The session invoked the callback more often than it was asked to: once per BeginGetEvent. */
    private void invokedTooOften() {
        trace.note(TraceEntry.Note.CALLBACK_INVOKED_UNASKED, "the event callback was invoked once more than "
                + "BeginGetEvent had asked for");
        synchronized (pendingLock) {
            if (failure == null) {
                failure = evidence.violation("the session invoked the event callback more often than BeginGetEvent "
                        + "was called (IMFAsyncCallback::Invoke is called once per asynchronous operation)");
            }
        }
    }
}
