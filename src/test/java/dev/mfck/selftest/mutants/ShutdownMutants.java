package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.EventCallback;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** Mutants of Shutdown and of what follows it. */
final class ShutdownMutants {

    private ShutdownMutants() {
    }

    /** Close after Shutdown returns S_OK. */
    static final class CloseAccepted extends InMemorySession {
        @Override
        public HResult close() {
            return shutDown() ? HResult.S_OK : super.close();
        }
    }

    /** The presentation methods answer S_OK after Shutdown. */
    static final class ControlsAccepted extends InMemorySession {
        private HResult accepted(java.util.function.Supplier<HResult> otherwise) {
            return shutDown() ? HResult.S_OK : otherwise.get();
        }

        @Override
        public HResult setTopology(int flags, Topology topology) {
            return accepted(() -> super.setTopology(flags, topology));
        }

        @Override
        public HResult clearTopologies() {
            return accepted(super::clearTopologies);
        }

        @Override
        public HResult start(StartPosition position) {
            return accepted(() -> super.start(position));
        }

        @Override
        public HResult pause() {
            return accepted(super::pause);
        }

        @Override
        public HResult stop() {
            return accepted(super::stop);
        }
    }

    /** The getters answer as if nothing happened after Shutdown. */
    static final class GettersAnswer extends InMemorySession {
        @Override
        public CallResult<PresentationClock> getClock() {
            return shutDown() ? CallResult.ok(clock()) : super.getClock();
        }

        @Override
        public CallResult<Integer> getSessionCapabilities() {
            return shutDown() ? CallResult.ok(0) : super.getSessionCapabilities();
        }

        @Override
        public CallResult<Topology> getFullTopology(int flags, long topologyId) {
            return shutDown() ? CallResult.of(HResult.E_INVALIDARG) : super.getFullTopology(flags, topologyId);
        }
    }

    /** The event generator keeps answering after Shutdown as if it were empty. */
    static final class GeneratorAnswers extends InMemorySession {
        @Override
        public CallResult<MediaEvent> getEvent(int flags) {
            return shutDown() ? CallResult.of(HResult.MF_E_NO_EVENTS_AVAILABLE) : super.getEvent(flags);
        }

        @Override
        public HResult beginGetEvent(EventCallback callback, Object state) {
            return shutDown() ? HResult.S_OK : super.beginGetEvent(callback, state);
        }

        @Override
        public HResult queueEvent(MediaEventType type, HResult status, Object value) {
            return shutDown() ? HResult.S_OK : super.queueEvent(type, status, value);
        }
    }

    /** Shutdown without Close returns at once and shuts down a little later: samples still arrive after it returned. */
    static final class ReturnsBeforeStopping extends InMemorySession {
        private volatile boolean shutdownReturned;

        @Override
        public HResult shutdown() {
            if (shutdownReturned) {
                return HResult.MF_E_SHUTDOWN;
            }
            if (closing()) {
                return super.shutdown();
            }
            shutdownReturned = true;
            CompletableFuture.runAsync(() -> {
                CloseMutants.awaitQuietly(new CountDownLatch(1), 100);
                super.shutdown();
            });
            return HResult.S_OK;
        }

        @Override
        public HResult close() {
            return shutdownReturned ? HResult.MF_E_SHUTDOWN : super.close();
        }
    }
}
