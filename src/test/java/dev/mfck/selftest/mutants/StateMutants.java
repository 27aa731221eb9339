package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.inmemory.SimulatedMedia;
import dev.mfck.spi.CallResult;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEvent;
import dev.mfck.spi.MediaEventType;
import dev.mfck.spi.StartPosition;
import dev.mfck.spi.Topology;

import java.util.concurrent.CountDownLatch;

/**
 * Mutants that break a rule in one state, or with one clip shape, only: the kit caught none of
 * them while it sampled states and clips by hand.
 */
final class StateMutants {

    private StateMutants() {
    }

    /** A session that remembers whether the application stopped it last: the defects below happen only then. */
    abstract static class RemembersStop extends InMemorySession {
        private volatile boolean stopped;

        @Override
        public HResult stop() {
            stopped = true;
            return super.stop();
        }

        @Override
        public HResult start(StartPosition position) {
            stopped = false;
            return super.start(position);
        }

        /** @return true when Stop was the application's last Start or Stop */
        final boolean stopped() {
            return stopped;
        }
    }

    /** Close after Shutdown returns S_OK when the session had been stopped before it was shut down. */
    static final class CloseAcceptedAfterShutdownFromStopped extends RemembersStop {
        @Override
        public HResult close() {
            return shutDown() && stopped() ? HResult.S_OK : super.close();
        }
    }

    /** GetFullTopology checks for a topology before the shut-down state: a session shut down before it had one answers E_INVALIDARG. */
    static final class TopologyCheckedBeforeShutdown extends InMemorySession {
        private volatile boolean hadTopology;

        @Override
        public HResult setTopology(int flags, Topology topology) {
            HResult hr = super.setTopology(flags, topology);
            hadTopology |= hr.succeeded();
            return hr;
        }

        @Override
        public CallResult<Topology> getFullTopology(int flags, long topologyId) {
            return shutDown() && !hadTopology ? CallResult.of(HResult.E_INVALIDARG) : super.getFullTopology(flags, topologyId);
        }
    }

    /** A video-only presentation delivers one more sample, flushed by its renderer just after MESessionClosed. */
    static final class VideoOnlyFlushesAfterClosed extends InMemorySession {
        @Override
        protected void teardown() {
            SimulatedMedia playing = media();
            super.teardown();
            if (playing != null && !playing.hasAudio()) {
                CloseMutants.awaitQuietly(new CountDownLatch(1), 20); // the renderer's flush comes a little later
                playing.deliverOneSampleToEverySink();
            }
        }
    }

    /** Start from the current position after a Close made while paused takes the resume path, which skips the closed check. */
    static final class ResumesAfterCloseFromPaused extends InMemorySession {
        private volatile boolean paused;
        private volatile boolean closedWhilePaused;

        @Override
        public HResult pause() {
            paused = true;
            return super.pause();
        }

        @Override
        public HResult stop() {
            paused = false;
            return super.stop();
        }

        @Override
        public HResult close() {
            closedWhilePaused = paused && !closing();
            return super.close();
        }

        @Override
        public HResult start(StartPosition position) {
            if (closing() && !shutDown() && closedWhilePaused && position.fromCurrent()) {
                return events().queue(new MediaEvent(MediaEventType.ME_SESSION_STARTED, HResult.S_OK, null));
            }
            paused = false;
            return super.start(position);
        }
    }

    /** Close from the stopped state keeps the decoders warm: their buffers are never released. */
    static final class KeepsBuffersWhenClosedFromStopped extends RemembersStop {
        @Override
        protected void teardown() {
            if (!stopped()) {
                super.teardown();
                return;
            }
            stopPresentation();
            clock().stop();
            endWorker();
            queue(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        }
    }
}
