package dev.mfck.harness;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A session the kit reaches in another process: what that process writes to its standard error
 * belongs in the scenario's trace, and a fault of the process (it died, it broke the protocol)
 * is the scenario's verdict even when no call was waiting for an answer.
 */
public interface OutOfProcess {

    /** How the note starts that the other process writes into the trace when it fails: waits end on it. */
    String FAULT_NOTE = "the implementation's process failed: ";

    /**
     * @param notes takes each line the other process writes to its standard error, from now on
     */
    void noteTo(Consumer<String> notes);

    /** @return what went wrong with the other process, if anything did */
    Optional<String> fault();
}
