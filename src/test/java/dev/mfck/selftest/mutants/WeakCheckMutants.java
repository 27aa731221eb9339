package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;
import dev.mfck.support.WallClock;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Mutants that a check weaker than its rule let through: each passes what the kit used to look
 * at, and breaks a clause it did not check.
 */
final class WeakCheckMutants {

    private WeakCheckMutants() {
    }

    /** Start after Close is refused with MF_E_INVALIDREQUEST, but starts the presentation clock all the same. */
    static final class RefusedStartRunsTheClock extends InMemorySession {
        @Override
        public HResult start(StartPosition position) {
            if (closing() && !shutDown()) {
                clock().start(0);
                return HResult.MF_E_INVALIDREQUEST;
            }
            return super.start(position);
        }
    }

    /** After MESessionClosed the clock answers E_FAIL: neither MF_E_SHUTDOWN nor a time. */
    static final class ClockFailsAfterClosed extends InMemorySession {
        private volatile boolean closed;
        private final PresentationClock failing = new PresentationClock() {
            @Override
            public CallResult<Long> getTime() {
                return closed ? CallResult.of(HResult.E_FAIL) : clock().getTime();
            }

            @Override
            public CallResult<ClockState> getState() {
                return closed ? CallResult.of(HResult.E_FAIL) : clock().getState();
            }
        };

        @Override
        public CallResult<PresentationClock> getClock() {
            CallResult<PresentationClock> clock = super.getClock();
            return clock.hr().succeeded() ? CallResult.ok(failing) : clock;
        }

        @Override
        protected void teardown() {
            closed = true;
            super.teardown();
        }
    }

    /** GetClock after Close returns a new clock, not the session's. */
    static final class NewClockAfterClose extends InMemorySession {
        @Override
        public CallResult<PresentationClock> getClock() {
            return closing() && !shutDown() ? CallResult.ok(new WallClock()) : super.getClock();
        }
    }

    /** Close forgets the topology: GetFullTopology answers E_INVALIDARG after Close, S_OK with the topology before. */
    static final class ForgetsTopologyAtClose extends InMemorySession {
        @Override
        public CallResult<Topology> getFullTopology(int flags, long topologyId) {
            return closing() && !shutDown() ? CallResult.of(HResult.E_INVALIDARG) : super.getFullTopology(flags, topologyId);
        }
    }

    /** LiveResources names no resource at all. */
    static final class NamesNoResource extends InMemorySession {
        @Override
        public Map<String, Long> liveResources() {
            return Map.of();
        }
    }

    /** A second Close while closing is refused, and cancels the first one's MESessionClosed. */
    static final class SecondCloseCancelsFirst extends InMemorySession {
        private volatile boolean cancelled;

        @Override
        public HResult close() {
            if (closing() && !shutDown()) {
                cancelled = true;
                return HResult.MF_E_INVALIDREQUEST;
            }
            return super.close();
        }

        @Override
        protected void queue(MediaEventType type, HResult status, Object value) {
            if (!(cancelled && type == MediaEventType.ME_SESSION_CLOSED)) {
                super.queue(type, status, value);
            }
        }
    }

    /**
     * Close waits up to 450 ms for a sink callback in progress before it returns: within the call
     * deadline (1000 ms in the self-tests), not at once, and longer than the "at once" deadline
     * (200 ms) however much a loaded machine lengthens it (at most twice).
     */
    static final class CloseWaitsForTheSink extends InMemorySession {
        @Override
        public HResult close() {
            if (inSinkCallback()) {
                CloseMutants.awaitQuietly(new CountDownLatch(1), 450);
            }
            return super.close();
        }
    }
}
