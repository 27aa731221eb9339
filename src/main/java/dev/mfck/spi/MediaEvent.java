package dev.mfck.spi;

import java.util.Objects;

/**
 * An event taken from a session's event queue ({@code IMFMediaEvent}).
 *
 * @param type   the event type; never null
 * @param status the event's status: a failure status reports an operation that failed
 *               asynchronously; never null
 * @param value  the event's value, or null (for {@code MESessionTopologySet}, the topology)
 */
public record MediaEvent(MediaEventType type, HResult status, Object value) {

    /**
     * Checks that type and status are present.
     *
     * @param type   the event type
     * @param status the status
     * @param value  the value, or null
     */
    public MediaEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String toString() {
        return type.mfName() + " status " + status;
    }
}
