package dev.mfck.failure;

/**
 * What went wrong with the implementation's other process.
 *
 * @param description what the process did, for example {@code the peer (java ... serve) closed its
 *                    output: it exited with code 134; its last lines of standard error: ...}
 * @param crashed     true when the process died by itself (halted, exited, crashed, ran out of
 *                    memory, was killed from outside), which makes the scenario CRASHED; false
 *                    when it broke the protocol and the kit ended it, an IMPLEMENTATION_FAULT
 * @param kitFailed   true when the kit itself failed (a thread of its own that read the process
 *                    died): the scenario ends as a kit error, whatever the process did
 */
public record OtherProcessFault(String description, boolean crashed, boolean kitFailed) {

    /**
     * @param description what the process did
     * @param crashed     true when it died by itself
     */
    public OtherProcessFault(String description, boolean crashed) {
        this(description, crashed, false);
    }

    /**
     * @param description what went wrong inside the kit while it served the process
     * @return the kit's own failure: a kit error in the reports, never a verdict on the implementation
     */
    public static OtherProcessFault ofKit(String description) {
        return new OtherProcessFault(description, false, true);
    }
}
