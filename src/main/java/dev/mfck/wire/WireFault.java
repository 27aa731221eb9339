package dev.mfck.wire;

/**
 * The peer broke the protocol, died, or answered a call with an error: the call into the
 * implementation that met it is an implementation fault, and the message says what the peer
 * did, quoting the line it sent.
 */
public final class WireFault extends RuntimeException {

    /**
     * @param message what the peer did
     */
    public WireFault(String message) {
        super(message);
    }

    /**
     * @param message what the peer did
     * @param cause   the underlying error
     */
    public WireFault(String message, Throwable cause) {
        super(message, cause);
    }
}
