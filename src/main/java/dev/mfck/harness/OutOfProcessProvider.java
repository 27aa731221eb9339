package dev.mfck.harness;

/**
 * A provider whose sessions live in another process, which the kit starts, and starts again
 * when it has died: before a scenario asks for a session, the process must be running.
 */
public interface OutOfProcessProvider {

    /**
     * Starts the other process if it is not running, and waits until it can serve, within a
     * deadline of its own.
     *
     * @throws RuntimeException when it does not start, saying why
     */
    void ensureRunning();

    /** @return how reports name it in place of a provider class: the protocol and the command, for example {@code mfck-wire/1: wine mfck-peer.exe} */
    String description();
}
