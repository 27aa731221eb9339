package dev.mfck.spi;

/**
 * The start position of {@code IMFMediaSession::Start}: either "resume from the current
 * position" (an empty {@code PROPVARIANT}) or a position in 100-nanosecond units
 * ({@code VT_I8}).
 *
 * @param fromCurrent true to start from the current position
 * @param position    the position in 100-ns units; ignored when {@code fromCurrent}
 */
public record StartPosition(boolean fromCurrent, long position) {

    /** Start, or resume, from the current position. */
    public static final StartPosition CURRENT = new StartPosition(true, 0);

    /**
     * Start from a given position.
     *
     * @param position100ns the position in 100-nanosecond units
     * @return the start position
     */
    public static StartPosition at(long position100ns) {
        return new StartPosition(false, position100ns);
    }

    @Override
    public String toString() {
        return fromCurrent ? "current position" : position + " (100 ns)";
    }
}
