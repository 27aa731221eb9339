package dev.mfck.harness;

import dev.mfck.failure.OtherProcessFault;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider whose sessions live in another process, which the kit starts, and starts again
 * when it has died: before a scenario asks for a session, the process must be running.
 */
public interface OutOfProcessProvider {

    /**
     * Starts the other process if it is not running, and waits until it can serve, within a
     * deadline of its own. A process that fails at every start is given up: the calls after that
     * fail at once.
     *
     * @throws dev.mfck.failure.OtherProcessFailure when it does not start, or has been given up, saying why
     */
    void ensureRunning();

    /**
     * @return the longest {@link #ensureRunning()} may take before the kit gives up waiting: the
     *         process's own start deadline, as a loaded machine lengthens it, and the starts of
     *         other processes of the run that go first
     */
    Duration startBound();

    /**
     * @return how reports name it in place of a provider class: the provider class a child JVM
     *         serves, or the protocol and the command, for example {@code mfck-wire/1: wine mfck-peer.exe}
     */
    String description();

    /** @return the process, as reports record it: its command, JVM options and environment */
    String process();

    /**
     * @return what went wrong with the process serving now, if anything did: a process that died
     *         between two scenarios is met by the next one's first call
     */
    Optional<OtherProcessFault> fault();
}
