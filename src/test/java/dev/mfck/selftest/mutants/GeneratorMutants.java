package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.AsyncResult;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;

import java.util.concurrent.locks.ReentrantLock;

/** Mutants of the event generator around Close. */
final class GeneratorMutants {

    private GeneratorMutants() {
    }

    /** Close shuts the event queue down once MESessionClosed has been taken. */
    static final class ShutByClose extends InMemorySession {
        @Override
        public CallResult<MediaEvent> endGetEvent(AsyncResult result) {
            CallResult<MediaEvent> taken = super.endGetEvent(result);
            if (taken.hr().succeeded() && taken.value().type() == MediaEventType.ME_SESSION_CLOSED) {
                events().shutdown();
            }
            return taken;
        }
    }

    /** The event callback runs under a lock that Close also takes: Close from the callback deadlocks. */
    static final class DeadlocksInCallback extends InMemorySession {
        private final ReentrantLock callbackLock = new ReentrantLock();

        @Override
        public HResult beginGetEvent(EventCallback callback, Object state) {
            EventCallback locked = callback == null ? null : result -> {
                callbackLock.lock();
                try {
                    callback.invoke(result);
                } finally {
                    callbackLock.unlock();
                }
            };
            return super.beginGetEvent(locked, state);
        }

        @Override
        public HResult close() {
            callbackLock.lock();
            try {
                return super.close();
            } finally {
                callbackLock.unlock();
            }
        }
    }
}
