package dev.mfck.run;

import dev.mfck.harness.OutOfProcessProvider;
import dev.mfck.spi.SessionProvider;

import java.util.function.Supplier;

/**
 * How reports name the implementation under test: its provider's name, version and class. A
 * provider whose {@code name()} or {@code version()} throws or returns null is named by what
 * went wrong instead, so it cannot stop a run.
 *
 * @param name      the implementation's name
 * @param version   its version
 * @param className the provider class; for a peer of {@code --wire}, the protocol and the
 *                  command that starts it
 * @param process   where the implementation runs: {@code in the kit's JVM}, or the command (with
 *                  its JVM options and environment) of the process of its own
 */
public record ProviderIdentity(String name, String version, String className, String process) {

    /** How reports say that the implementation runs in the kit's own JVM. */
    public static final String IN_PROCESS = "in the kit's JVM (--in-process)";

    /**
     * @param provider the provider
     * @return its identity
     */
    public static ProviderIdentity of(SessionProvider provider) {
        return new ProviderIdentity(ask("name", provider::name), ask("version", provider::version),
                provider instanceof OutOfProcessProvider other ? other.description() : provider.getClass().getName(),
                provider instanceof OutOfProcessProvider other ? other.process() : IN_PROCESS);
    }

    private static String ask(String what, Supplier<String> answer) {
        try {
            String value = answer.get();
            return value != null ? value : "(" + what + "() returned null)";
        } catch (RuntimeException e) {
            return "(" + what + "() threw " + e + ")";
        }
    }

    /** @return {@code name version (class)} */
    @Override
    public String toString() {
        return name + " " + version + " (" + className + ")";
    }
}
