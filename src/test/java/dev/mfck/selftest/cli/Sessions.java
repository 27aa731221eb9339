package dev.mfck.selftest.cli;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.selftest.hostile.Hostile;
import dev.mfck.selftest.hostile.HostileCatalogue;
import dev.mfck.selftest.mutants.Mutant;
import dev.mfck.selftest.mutants.MutantCatalogue;
import dev.mfck.spi.MediaSession;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/** The self-test's implementations, picked by name for command-line runs. */
final class Sessions {

    private Sessions() {
    }

    static Mutant mutant(String name) {
        return MutantCatalogue.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    static Supplier<MediaSession> hostile(String name) {
        Hostile hostile = HostileCatalogue.all().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
        return hostile.sessions().get();
    }

    /** @return conforming sessions that do not declare {@code LiveResources} */
    static Supplier<MediaSession> withoutLiveResources() {
        return () -> {
            MediaSession delegate = new InMemorySession();
            return (MediaSession) Proxy.newProxyInstance(Sessions.class.getClassLoader(),
                    new Class<?>[] {MediaSession.class}, (self, method, args) -> {
                        try {
                            return method.invoke(delegate, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }
}
