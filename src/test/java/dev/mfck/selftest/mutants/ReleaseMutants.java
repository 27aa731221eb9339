package dev.mfck.selftest.mutants;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.HResult;
import dev.mfck.spi.MediaEventType;

/** Mutants that queue MESessionClosed before everything is released. */
final class ReleaseMutants {

    private ReleaseMutants() {
    }

    /** MESessionClosed is queued, and playback simply carries on. */
    static final class KeepsPlaying extends InMemorySession {
        @Override
        protected void teardown() {
            queue(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        }
    }

    /** Everything is released, but the clock is running again after MESessionClosed. */
    static final class ClockRuns extends InMemorySession {
        @Override
        protected void teardown() {
            super.teardown();
            clock().resume();
        }
    }

    /** The demuxer and buffers are never released. */
    static final class KeepsResources extends InMemorySession {
        @Override
        protected void teardown() {
            stopPresentation();
            clock().stop();
            endWorker();
            queue(MediaEventType.ME_SESSION_CLOSED, HResult.S_OK, null);
        }
    }
}
