package dev.mfck.cli;

/** The exit codes of {@code mfck}. */
public final class ExitCodes {

    /** Conformant; or, with an expectations file, every failure of a required rule expected. */
    public static final int CONFORMANT = 0;
    /** Not conformant: a required rule failed, timed out or met an implementation fault. */
    public static final int NOT_CONFORMANT = 1;
    /** The run could not proceed: bad arguments, no provider, a kit error. */
    public static final int CANNOT_PROCEED = 2;

    private ExitCodes() {
    }
}
