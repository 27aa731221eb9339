package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Mutants of Close itself: its result, its asynchrony and its MESessionClosed. */
final class CloseMutants {

    private CloseMutants() {
    }

    /** Close on a new session is refused. */
    static final class RefusedWhenNew extends InMemorySession {
        @Override
        public HResult close() {
            return isNew() ? HResult.MF_E_INVALIDREQUEST : super.close();
        }
    }

    /** Close waits until closing has completed before it returns. */
    static final class Synchronous extends InMemorySession {
        private final CountDownLatch tornDown = new CountDownLatch(1);

        @Override
        public HResult close() {
            HResult hr = super.close();
            if (hr.succeeded()) {
                awaitQuietly(tornDown, 10_000);
            }
            return hr;
        }

        @Override
        protected void teardown() {
            super.teardown();
            tornDown.countDown();
        }
    }

    /** MESessionClosed is never queued. */
    static final class NoClosedEvent extends InMemorySession {
        @Override
        protected void queue(MediaEventType type, HResult status, Object value) {
            if (type != MediaEventType.ME_SESSION_CLOSED) {
                super.queue(type, status, value);
            }
        }
    }

    /** MESessionClosed is queued twice in a row. */
    static final class TwoClosedEvents extends InMemorySession {
        @Override
        protected void teardown() {
            super.teardown();
            queue(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        }
    }

    /** MESessionClosed carries a failure status. */
    static final class ClosedWithFailure extends InMemorySession {
        @Override
        protected void queue(MediaEventType type, HResult status, Object value) {
            super.queue(type, type == MediaEventType.ME_SESSION_CLOSED ? HResult.E_FAIL : status, value);
        }
    }

    /** MESessionEnded follows MESessionClosed. */
    static final class EndedAfterClosed extends InMemorySession {
        @Override
        protected void teardown() {
            super.teardown();
            queue(MediaEventType.ME_SESSION_ENDED, HResult.S_OK, null);
        }
    }

    /** A second Close succeeds and queues a second successful MESessionClosed. */
    static final class SecondCloseSucceeds extends InMemorySession {
        @Override
        public HResult close() {
            if (closing() && !shutDown()) {
                return events().queue(new dev.mfck.spi.MediaEvent(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null));
            }
            return super.close();
        }
    }

    /** Close issued while Start is still in flight (called, not yet started) is lost: S_OK, and nothing happens. */
    static final class LosesCloseDuringStart extends InMemorySession {
        private volatile boolean starting;

        @Override
        public HResult start(dev.mfck.spi.StartPosition position) {
            starting = true;
            return super.start(position);
        }

        @Override
        protected void doStart(dev.mfck.spi.StartPosition position) {
            awaitQuietly(new CountDownLatch(1), 30); // Start takes a while
            starting = false;
            super.doStart(position);
        }

        @Override
        public HResult close() {
            return starting ? HResult.S_OK : super.close();
        }
    }

    static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
