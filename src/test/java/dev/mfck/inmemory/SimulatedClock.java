package dev.mfck.inmemory;

import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.PresentationClock;

/** A presentation clock driven by System.nanoTime, in 100-ns units. */
final class SimulatedClock implements PresentationClock {

    private ClockState state = ClockState.INVALID;
    private long offset;
    private long startedAtNanos;
    private boolean shutdown;

    synchronized void start(long position) {
        offset = position;
        startedAtNanos = System.nanoTime();
        state = ClockState.RUNNING;
    }

    synchronized void resume() {
        startedAtNanos = System.nanoTime();
        state = ClockState.RUNNING;
    }

    synchronized void pause() {
        offset = time();
        state = ClockState.PAUSED;
    }

    synchronized void stop() {
        offset = time();
        state = ClockState.STOPPED;
    }

    synchronized void shutdown() {
        stop();
        shutdown = true;
    }

    /** @return the presentation time now, in 100-ns units */
    synchronized long time() {
        return state == ClockState.RUNNING ? offset + (System.nanoTime() - startedAtNanos) / 100 : offset;
    }

    /** @return when, in System.nanoTime terms, the clock reaches a presentation time */
    synchronized long nanoTimeAt(long presentationTime) {
        return startedAtNanos + (presentationTime - offset) * 100;
    }

    synchronized boolean running() {
        return state == ClockState.RUNNING;
    }

    @Override
    public synchronized CallResult<Long> getTime() {
        return shutdown ? CallResult.of(HResult.MF_E_SHUTDOWN) : CallResult.ok(time());
    }

    @Override
    public synchronized CallResult<ClockState> getState() {
        return shutdown ? CallResult.of(HResult.MF_E_SHUTDOWN) : CallResult.ok(state);
    }
}
