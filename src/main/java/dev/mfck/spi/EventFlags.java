package dev.mfck.spi;

/** Flags of {@code IMFMediaEventGenerator::GetEvent}. */
public final class EventFlags {

    /** Return at once with {@code MF_E_NO_EVENTS_AVAILABLE} when the queue is empty. */
    public static final int NO_WAIT = 0x1;

    private EventFlags() {
    }
}
