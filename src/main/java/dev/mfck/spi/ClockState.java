package dev.mfck.spi;

/** The {@code MFCLOCK_STATE} of a presentation clock, with its real numeric values. */
public enum ClockState {
    /** The clock is not yet set up. */
    INVALID(0),
    /** The clock is running. */
    RUNNING(1),
    /** The clock is stopped. */
    STOPPED(2),
    /** The clock is paused. */
    PAUSED(3);

    private final int value;

    ClockState(int value) {
        this.value = value;
    }

    /** @return the numeric {@code MFCLOCK_STATE} value */
    public int value() {
        return value;
    }
}
