package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.inmemory.SimulatedMedia;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Mutants that break a rule after the observation that once satisfied the kit, or late in the
 * scenario (in its teardown): the kit caught none of them while its checks stopped at the first
 * match or at the end of the quiet window.
 */
final class LateMutants {

    private LateMutants() {
    }

    /** Start after Close answers S_OK and MESessionStarted with MF_E_INVALIDREQUEST, then starts anyway: MESessionStarted with S_OK. */
    static final class RefusesThenStarts extends InMemorySession {
        @Override
        public HResult start(StartPosition position) {
            if (!closing() || shutDown()) {
                return super.start(position);
            }
            queue(MediaEventType.ME_SESSION_STARTED, HResult.MF_E_INVALIDREQUEST, null);
            CompletableFuture.runAsync(() -> {
                CloseMutants.awaitQuietly(new CountDownLatch(1), 20); // the deferred operation runs a little later
                queue(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null);
            });
            return HResult.S_OK;
        }
    }

    /** Shutdown after Close flushes the renderers: each sink gets one more sample, long after MESessionClosed. */
    static final class ShutdownFlushesAfterClose extends InMemorySession {
        private volatile SimulatedMedia closed;

        @Override
        protected void teardown() {
            closed = media();
            super.teardown();
        }

        @Override
        public HResult shutdown() {
            SimulatedMedia flushed = closed;
            if (flushed != null && !shutDown()) {
                flushed.deliverOneSampleToEverySink();
            }
            return super.shutdown();
        }
    }

    /** Shutdown after Close runs Close's completion again: a second MESessionClosed, delivered before the queue shuts down. */
    static final class ClosedAgainOnShutdown extends InMemorySession {
        @Override
        public HResult shutdown() {
            if (closing() && !shutDown()) {
                events().queue(new MediaEvent(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null));
                CloseMutants.awaitQuietly(new CountDownLatch(1), 30); // lets the application take it
            }
            return super.shutdown();
        }
    }
}
