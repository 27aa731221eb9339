package dev.mfck.harness;

import dev.mfck.config.KitSettings;
import dev.mfck.spi.SessionProvider;

import java.util.Optional;

/**
 * The implementation and settings a runner chose for the suite it is about to launch. The
 * scenarios use them instead of reading system properties and looking the provider up
 * themselves, so one JVM can run the suite several times, against different implementations.
 *
 * @param settings the kit's settings for the run
 * @param provider the implementation under test
 */
public record RunTarget(KitSettings settings, SessionProvider provider) {

    private static volatile RunTarget current;

    /**
     * Makes this the target of the scenarios launched from now on.
     *
     * @return this target, to be {@linkplain #clear() cleared} when the run ends
     */
    public RunTarget install() {
        current = this;
        return this;
    }

    /** Forgets the installed target: scenarios fall back to system properties again. */
    public static void clear() {
        current = null;
    }

    /** @return the installed target, if a runner installed one */
    public static Optional<RunTarget> current() {
        return Optional.ofNullable(current);
    }
}
