package dev.mfck.harness;

/** The run cannot proceed: no provider, several, or one that cannot be created. */
public final class KitSetupException extends RuntimeException {

    KitSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
