package dev.mfck.inmemory;

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
 * An event queue with the documented generator semantics (IMFMediaEventQueue). Callbacks run on
 * one dispatcher thread of its own, never under its lock; the queue lives until shutdown.
 */
final class EventQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final Deque<MediaEvent> events = new ArrayDeque<>();
    private final ExecutorService dispatcher;
    private EventCallback pending;
    private Object pendingState;
    private boolean shutdown;

    EventQueue(String name) {
        dispatcher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name + "-events");
            thread.setDaemon(true);
            return thread;
        });
    }

    HResult queue(MediaEvent event) {
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

    CallResult<MediaEvent> getEvent(int flags) {
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

    HResult beginGetEvent(EventCallback callback, Object state) {
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

    CallResult<MediaEvent> endGetEvent(AsyncResult result) {
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

    HResult shutdown() {
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
