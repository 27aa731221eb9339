package dev.mfck.run;

/** The verdict of a whole run. */
public enum RunVerdict {
    /** Every required rule passed (or needs a capability the implementation does not declare). */
    CONFORMANT,
    /** At least one required rule failed, timed out, or met an implementation fault. */
    NOT_CONFORMANT
}
