package dev.mfck.wire;

/**
 * The peer broke the protocol, died, or answered a call with an error: the call into the
 * implementation that met it is an implementation fault, and the message says what the peer
 * did, quoting the line it sent.
 */
public final class WireFault extends RuntimeException {

    private final boolean crashed;

    /**
     * @param message what the peer did
     */
    public WireFault(String message) {
        this(message, null, false);
    }

    /**
     * @param message what the peer did
     * @param cause   the underlying error
     */
    public WireFault(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param message what the peer did
     * @param cause   the underlying error, or null
     * @param crashed true when the peer's process died by itself
     */
    public WireFault(String message, Throwable cause, boolean crashed) {
        super(message, cause);
        this.crashed = crashed;
    }

    /** @return true when the peer's process died by itself (rather than breaking the protocol) */
    public boolean crashed() {
        return crashed;
    }
}
