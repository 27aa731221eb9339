package dev.mfck.selftest;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import dev.mfck.support.PartialTopologies;

import java.util.List;
import java.util.function.Supplier;

/**
 * The provider of the kit's self-tests: creates whichever session the thread running the suite
 * has chosen (a mutant, a hostile session), the conforming in-memory one by default. The
 * choice is inherited by the threads the kit starts, so several suites can run at once.
 */
public final class SwitchableProvider implements SessionProvider {

    private static final InheritableThreadLocal<Supplier<MediaSession>> SESSIONS = new InheritableThreadLocal<>();
    private static final InheritableThreadLocal<String> NAMES = new InheritableThreadLocal<>();

    /**
     * Chooses the sessions this thread, and the threads it starts, test.
     *
     * @param name     names them in reports
     * @param sessions creates them; null for the conforming in-memory session
     */
    public static void use(String name, Supplier<MediaSession> sessions) {
        NAMES.set(name);
        SESSIONS.set(sessions);
    }

    @Override
    public String name() {
        return "mfck self-test session (" + (NAMES.get() != null ? NAMES.get() : "conforming") + ")";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public MediaSession createSession() {
        Supplier<MediaSession> chosen = SESSIONS.get();
        return chosen != null ? chosen.get() : new InMemorySession();
    }

    @Override
    public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
        return PartialTopologies.of(clip, sinks);
    }
}
