package dev.mfck.support;

import dev.mfck.spi.CallResult;
import dev.mfck.spi.ClockState;
import dev.mfck.spi.HResult;
import dev.mfck.spi.PresentationClock;

/**
 * A presentation clock on {@link System#nanoTime()}, in 100-ns units, for Java implementations
 * of the SPI: start from a position, pause, resume, stop, shut down.
 */
public final class WallClock implements PresentationClock {

    private ClockState state = ClockState.INVALID;
    private long offset;
    private long startedAtNanos;
    private boolean shutdown;

    /**
     * Runs the clock from a presentation time.
     *
     * @param position the presentation time to start from, in 100-ns units
     */
    public synchronized void start(long position) {
        offset = position;
        startedAtNanos = System.nanoTime();
        state = ClockState.RUNNING;
    }

    /**
     * Runs the clock again from where it paused.
     */
    public synchronized void resume() {
        startedAtNanos = System.nanoTime();
        state = ClockState.RUNNING;
    }

    /**
     * Holds the clock at the current time.
     */
    public synchronized void pause() {
        offset = time();
        state = ClockState.PAUSED;
    }

    /**
     * Stops the clock at the current time.
     */
    public synchronized void stop() {
        offset = time();
        state = ClockState.STOPPED;
    }

    /**
     * Stops the clock for good: afterwards it answers MF_E_SHUTDOWN.
     */
    public synchronized void shutdown() {
        stop();
        shutdown = true;
    }

    /**
     * @return the presentation time now, in 100-ns units
     */
    public synchronized long time() {
        return state == ClockState.RUNNING ? offset + (System.nanoTime() - startedAtNanos) / 100 : offset;
    }

    /**
     * @param presentationTime a presentation time, in 100-ns units
     * @return the System.nanoTime at which the running clock reaches it
     */
    public synchronized long nanoTimeAt(long presentationTime) {
        return startedAtNanos + (presentationTime - offset) * 100;
    }

    /**
     * @return true while the clock runs
     */
    public synchronized boolean running() {
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
