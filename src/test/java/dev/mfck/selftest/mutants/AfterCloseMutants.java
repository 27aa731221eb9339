package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.PresentationClock;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;

/** Mutants of what happens after Close: refused methods that succeed, allowed ones that are refused. */
final class AfterCloseMutants {

    private AfterCloseMutants() {
    }

    /** Start after Close returns S_OK and reports MESessionStarted with S_OK. */
    static final class StartPerformed extends InMemorySession {
        @Override
        public HResult start(StartPosition position) {
            if (closing() && !shutDown()) {
                return events().queue(new MediaEvent(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null));
            }
            return super.start(position);
        }
    }

    /** SetTopology after Close returns S_OK and reports MESessionTopologySet with S_OK. */
    static final class SetTopologyPerformed extends InMemorySession {
        @Override
        public HResult setTopology(int flags, Topology topology) {
            if (closing() && !shutDown()) {
                return events().queue(new MediaEvent(MediaEventType.ME_SESSION_TOPOLOGY_SET, HResult.S_OK, topology));
            }
            return super.setTopology(flags, topology);
        }
    }

    /** Every refused method returns S_OK after Close, and queues no event at all. */
    static final class SilentlyAccepted extends InMemorySession {
        private HResult silently(java.util.function.Supplier<HResult> otherwise) {
            return closing() && !shutDown() ? HResult.S_OK : otherwise.get();
        }

        @Override
        public HResult setTopology(int flags, Topology topology) {
            return silently(() -> super.setTopology(flags, topology));
        }

        @Override
        public HResult clearTopologies() {
            return silently(super::clearTopologies);
        }

        @Override
        public HResult start(StartPosition position) {
            return silently(() -> super.start(position));
        }

        @Override
        public HResult pause() {
            return silently(super::pause);
        }

        @Override
        public HResult stop() {
            return silently(super::stop);
        }
    }

    /** Pause after Close reports MESessionPaused with E_FAIL instead of MF_E_INVALIDREQUEST. */
    static final class PauseWrongError extends InMemorySession {
        @Override
        public HResult pause() {
            if (closing() && !shutDown()) {
                return events().queue(new MediaEvent(MediaEventType.ME_SESSION_PAUSED, HResult.E_FAIL, null));
            }
            return super.pause();
        }
    }

    /** GetClock is refused after Close. */
    static final class ClockRefused extends InMemorySession {
        @Override
        public CallResult<PresentationClock> getClock() {
            return closing() && !shutDown() ? CallResult.of(HResult.MF_E_INVALIDREQUEST) : super.getClock();
        }
    }

    /** GetFullTopology is refused after Close. */
    static final class TopologyRefused extends InMemorySession {
        @Override
        public CallResult<Topology> getFullTopology(int flags, long topologyId) {
            return closing() && !shutDown() ? CallResult.of(HResult.MF_E_INVALIDREQUEST) : super.getFullTopology(flags, topologyId);
        }
    }

    /** GetSessionCapabilities is refused after Close. */
    static final class CapabilitiesRefused extends InMemorySession {
        @Override
        public CallResult<Integer> getSessionCapabilities() {
            return closing() && !shutDown() ? CallResult.of(HResult.MF_E_INVALIDREQUEST) : super.getSessionCapabilities();
        }
    }

    /** Shutdown is refused after Close (and so never happens). */
    static final class ShutdownRefused extends InMemorySession {
        @Override
        public HResult shutdown() {
            return closing() && !shutDown() ? HResult.MF_E_INVALIDREQUEST : super.shutdown();
        }
    }
}
