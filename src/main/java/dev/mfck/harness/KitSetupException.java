package dev.mfck.harness;

/**
 * The run cannot proceed: no provider, several, or one that cannot be created; a selection that
 * matches nothing; a report directory that cannot be written. The message says which.
 */
public final class KitSetupException extends RuntimeException {

    /**
     * @param message what stops the run, and what to do about it
     * @param cause   the underlying error, or null
     */
    public KitSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
