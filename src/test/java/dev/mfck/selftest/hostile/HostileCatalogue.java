package dev.mfck.selftest.hostile;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.spi.MediaSession;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** Every hostile implementation the kit must survive, with what it must report. */
public final class HostileCatalogue {

    private static final String TIMEOUT = "TIMEOUT";
    private static final String FAULT = "IMPLEMENTATION_FAULT";
    /**
     * A sample of the suite that calls every method, in every kind of step, from every kind of
     * state: enough to show how a hostile session is met, and to bound the run by it.
     */
    private static final String SAMPLE = "@rule:CLOSE-RETURNS-OK or @rule:CLOSE-IS-ASYNC or @rule:EVENTS-AFTER-CLOSE "
            + "or @rule:SHUTDOWN-IS-FINAL or @rule:ALLOWED-AFTER-CLOSE";

    private HostileCatalogue() {
    }

    /** @return every hostile implementation */
    public static List<Hostile> all() {
        return List.of(
                new Hostile("hangs-everywhere", "every call blocks forever, deaf to interrupts",
                        () -> Misbehaviour::hangingEverywhere, SAMPLE, false,
                        new Hostile.Expected(TIMEOUT, "MediaSession.BeginGetEvent", true, true, false, -1)),
                new Hostile("hangs-in-close", "Close blocks forever",
                        () -> PartlyHostile.HangsInClose::new, SAMPLE, false,
                        new Hostile.Expected(TIMEOUT, "MediaSession.Close()", false, true, true, -1)),
                new Hostile("hangs-in-get-event", "GetEvent blocks forever",
                        () -> PartlyHostile.HangsInGetEvent::new, SAMPLE, false,
                        new Hostile.Expected(TIMEOUT, "MediaSession.GetEvent", false, true, true, -1)),
                new Hostile("hangs-in-shutdown", "Shutdown blocks forever",
                        () -> PartlyHostile.HangsInShutdown::new, SAMPLE, false,
                        // every scenario ends with Shutdown: a hung one is the scenario's TIMEOUT, in its teardown too
                        new Hostile.Expected(TIMEOUT, "MediaSession.Shutdown()", true, true, false, -1)),
                new Hostile("throws-everywhere", "every call throws IllegalStateException",
                        () -> Misbehaviour::throwingEverywhere, SAMPLE, false,
                        new Hostile.Expected(FAULT, "MediaSession.BeginGetEvent", true, true, false, -1)),
                new Hostile("throws-in-close", "Close throws UnsupportedOperationException",
                        () -> PartlyHostile.ThrowsInClose::new, SAMPLE, false,
                        new Hostile.Expected(FAULT, "MediaSession.Close()", false, true, true, -1)),
                new Hostile("returns-null", "every call returns null",
                        () -> Misbehaviour::nullEverywhere, SAMPLE, false,
                        new Hostile.Expected(FAULT, "returned null", true, true, false, -1)),
                new Hostile("floods-a-million-events", "the first session queues a million events on Start; the rest conform",
                        HostileCatalogue::firstFloods, SAMPLE, true,
                        new Hostile.Expected(null, null, false, false, true, 1)),
                new Hostile("callbacks-from-many-threads", "every event reaches the callback from four threads at once",
                        () -> PartlyHostile.CallbacksFromManyThreads::new, SAMPLE, true,
                        new Hostile.Expected("FAIL", "invoked the event callback more often than BeginGetEvent was called",
                                false, true, true, -1)));
    }

    /** The first session of a run floods; every later one conforms: one scenario's mess must stay its own. */
    private static Supplier<MediaSession> firstFloods() {
        AtomicBoolean flooded = new AtomicBoolean();
        return () -> flooded.compareAndSet(false, true) ? new PartlyHostile.FloodsOnStart() : new InMemorySession();
    }
}
