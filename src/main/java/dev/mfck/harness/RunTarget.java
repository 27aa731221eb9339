package dev.mfck.harness;

import dev.mfck.config.KitSettings;
import dev.mfck.spi.SessionProvider;

import java.util.Optional;

/**
 * The implementation and settings a runner chose for the suite it is about to launch. The
 * scenarios use them instead of reading system properties and looking the provider up
 * themselves, so one JVM can run the suite several times, against different implementations,
 * even at once: the target holds for the thread that installed it and every thread it starts
 * (the runner launches the suite in its own thread, and the kit starts its call and event
 * threads from the scenario's).
 *
 * @param settings the kit's settings for the run
 * @param provider the implementation under test
 */
public record RunTarget(KitSettings settings, SessionProvider provider) {

    private static final InheritableThreadLocal<RunTarget> CURRENT = new InheritableThreadLocal<>();

    /**
     * Makes this the target of the scenarios this thread launches from now on.
     *
     * @return this target, to be {@linkplain #clear() cleared} when the run ends
     */
    public RunTarget install() {
        CURRENT.set(this);
        return this;
    }

    /** Forgets this thread's target: its scenarios fall back to system properties again. */
    public static void clear() {
        CURRENT.remove();
    }

    /** @return the target installed for this thread, if a runner installed one */
    public static Optional<RunTarget> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
