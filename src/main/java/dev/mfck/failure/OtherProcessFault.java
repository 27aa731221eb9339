package dev.mfck.failure;

/**
 * What went wrong with the implementation's other process.
 *
 * @param description what the process did, for example {@code the peer (java ... serve) closed its
 *                    output: it exited with code 134; its last lines of standard error: ...}
 * @param crashed     true when the process died by itself (halted, exited, crashed, ran out of
 *                    memory, was killed from outside), which makes the scenario CRASHED; false
 *                    when it broke the protocol and the kit ended it, an IMPLEMENTATION_FAULT
 */
public record OtherProcessFault(String description, boolean crashed) {
}
