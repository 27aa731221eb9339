package dev.mfck.spi;

/**
 * The session's presentation clock ({@code IMFPresentationClock}), as returned by
 * {@link MediaSession#getClock()}. The kit compares clocks with {@code equals}: the default,
 * identity, is right for a session that keeps one clock object.
 */
public interface PresentationClock {

    /**
     * Reads the presentation time.
     *
     * @return {@code S_OK} with the time in 100-nanosecond units, or a failure such as
     *         {@code MF_E_SHUTDOWN} once the clock has been shut down
     */
    CallResult<Long> getTime();

    /**
     * Reads the clock's state.
     *
     * @return {@code S_OK} with the state, or a failure such as {@code MF_E_SHUTDOWN}
     */
    CallResult<ClockState> getState();
}
