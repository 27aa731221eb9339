package dev.mfck.harness;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.trace.EventTrace;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Takes the session's events as a Media Foundation application does: BeginGetEvent, and in
 * the callback EndGetEvent, record, react, BeginGetEvent again. Reactions run inside the
 * callback, on the session's thread, which is how the kit calls Close from the callback.
 */
public final class EventPump implements EventCallback {

    private final SessionUnderTest session;
    private final EventTrace trace;
    private final List<Consumer<MediaEvent>> reactions = new CopyOnWriteArrayList<>();
    private volatile Object lastEventValue;
    private final Object pendingLock = new Object();
    private boolean pending;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ConformanceFailure failure;

    /**
     * @param session the session whose events to take
     * @param trace   where events are recorded
     */
    public EventPump(SessionUnderTest session, EventTrace trace) {
        this.session = session;
        this.trace = trace;
    }

    /**
     * Asks for the first event.
     *
     * @return BeginGetEvent's result
     */
    public HResult start() {
        return begun(session.beginGetEvent(this, null));
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

    /** @return the failure the pump met inside the callback (a hung or throwing EndGetEvent), if any */
    public Optional<ConformanceFailure> failure() {
        return Optional.ofNullable(failure);
    }

    private HResult begun(HResult hr) {
        if (hr.succeeded()) {
            synchronized (pendingLock) {
                pending = true;
                pendingLock.notifyAll();
            }
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
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (pendingLock) {
            try {
                while (!pending) {
                    long left = end - System.nanoTime();
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
        synchronized (pendingLock) {
            pending = false;
        }
        try {
            CallResult<MediaEvent> taken = session.endGetEventUntraced(result);
            if (taken.hr().failed()) {
                trace.note("EndGetEvent in the event callback returned " + taken.hr());
                stopped.countDown();
                return;
            }
            trace.event(taken.value());
            for (Consumer<MediaEvent> reaction : reactions) {
                reaction.accept(taken.value());
            }
            Object last = lastEventValue;
            if (last != null && last.equals(taken.value().value())) {
                stopped.countDown();
                trace.note("the kit stopped asking for events with BeginGetEvent");
                return;
            }
            HResult again = begun(session.beginGetEventUntraced(this));
            if (again.failed()) {
                stopped.countDown();
                trace.note("BeginGetEvent in the event callback returned " + again);
            }
        } catch (ConformanceFailure e) {
            failure = e;
            stopped.countDown();
        } catch (RuntimeException e) {
            trace.note("the event callback met " + e);
            stopped.countDown();
        }
    }
}
