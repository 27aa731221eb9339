package dev.mfck.support;

import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.EventFlags;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ready-made event queue with the documented semantics of {@code IMFMediaEventQueue}, for
 * Java implementations of the SPI: GetEvent blocking and NO_WAIT, BeginGetEvent/EndGetEvent
 * with their multiple-begin and multiple-subscriber results, QueueEvent, and MF_E_SHUTDOWN for
 * everything after {@link #shutdown()}.
 *
 * <p>Callbacks run on one dispatcher thread of the queue's own, never under its lock, so a
 * callback may call any session method. The thread lives until {@link #shutdown()}.
 */
public final class EventQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final Deque<MediaEvent> events = new ArrayDeque<>();
    private final ExecutorService dispatcher;
    private EventCallback pending;
    private Object pendingState;
    private boolean shutdown;

    /**
     * @param name names the dispatcher thread ({@code name-events})
     */
    public EventQueue(String name) {
        dispatcher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name + "-events");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Puts an event on the queue ({@code QueueEvent}).
     *
     * @param event the event
     * @return S_OK, or MF_E_SHUTDOWN
     */
    public HResult queue(MediaEvent event) {
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            events.add(event);
            queued.signalAll();
            dispatchIfReady();
            return HResult.S_OK;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next event ({@code GetEvent}).
     *
     * @param flags 0 to block, or {@link EventFlags#NO_WAIT}
     * @return the event, or MF_E_NO_EVENTS_AVAILABLE, MF_E_MULTIPLE_SUBSCRIBERS, MF_E_SHUTDOWN
     */
    public CallResult<MediaEvent> getEvent(int flags) {
        lock.lock();
        try {
            while (true) {
                if (shutdown) {
                    return CallResult.of(HResult.MF_E_SHUTDOWN);
                }
                if (pending != null) {
                    return CallResult.of(HResult.MF_E_MULTIPLE_SUBSCRIBERS);
                }
                if (!events.isEmpty()) {
                    return CallResult.ok(events.poll());
                }
                if ((flags & EventFlags.NO_WAIT) != 0) {
                    return CallResult.of(HResult.MF_E_NO_EVENTS_AVAILABLE);
                }
                queued.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks for the next event asynchronously ({@code BeginGetEvent}).
     *
     * @param callback invoked on the dispatcher thread when an event is ready
     * @param state    handed back through the result
     * @return S_OK, MF_S_MULTIPLE_BEGIN, MF_E_MULTIPLE_BEGIN, MF_E_MULTIPLE_SUBSCRIBERS, E_POINTER or MF_E_SHUTDOWN
     */
    public HResult beginGetEvent(EventCallback callback, Object state) {
        if (callback == null) {
            return HResult.E_POINTER;
        }
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            if (pending != null) {
                if (pending != callback) {
                    return HResult.MF_E_MULTIPLE_SUBSCRIBERS;
                }
                return pendingState == state ? HResult.MF_S_MULTIPLE_BEGIN : HResult.MF_E_MULTIPLE_BEGIN;
            }
            pending = callback;
            pendingState = state;
            dispatchIfReady();
            return HResult.S_OK;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Completes {@link #beginGetEvent} ({@code EndGetEvent}).
     *
     * @param result the result handed to the callback
     * @return the event, or MF_E_SHUTDOWN, E_POINTER, E_INVALIDARG
     */
    public CallResult<MediaEvent> endGetEvent(AsyncResult result) {
        if (!(result instanceof Delivery delivery)) {
            return CallResult.of(result == null ? HResult.E_POINTER : HResult.E_INVALIDARG);
        }
        lock.lock();
        try {
            if (shutdown || delivery.event == null) {
                return CallResult.of(HResult.MF_E_SHUTDOWN);
            }
            return CallResult.ok(delivery.event);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Shuts the queue down: discards queued events, answers a pending BeginGetEvent with
     * MF_E_SHUTDOWN, and lets the dispatcher thread end.
     *
     * @return S_OK, or MF_E_SHUTDOWN when already shut down
     */
    public HResult shutdown() {
        lock.lock();
        try {
            if (shutdown) {
                return HResult.MF_E_SHUTDOWN;
            }
            shutdown = true;
            events.clear();
            queued.signalAll();
            if (pending != null) {
                dispatch(new Delivery(pendingState, HResult.MF_E_SHUTDOWN, null));
            }
            dispatcher.shutdown();
            return HResult.S_OK;
        } finally {
            lock.unlock();
        }
    }

    private void dispatchIfReady() {
        if (pending != null && !events.isEmpty()) {
            dispatch(new Delivery(pendingState, HResult.S_OK, events.poll()));
        }
    }

    private void dispatch(Delivery delivery) {
        EventCallback callback = pending;
        pending = null;
        pendingState = null;
        dispatcher.execute(() -> callback.invoke(delivery));
    }

    private record Delivery(Object state, HResult status, MediaEvent event) implements AsyncResult {
        @Override
        public Object getState() {
            return state;
        }

        @Override
        public HResult getStatus() {
            return status;
        }
    }
}
