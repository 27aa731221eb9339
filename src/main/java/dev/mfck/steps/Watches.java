package dev.mfck.steps;

import dev.mfck.trace.EventTrace;
import dev.mfck.trace.TraceEntry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a scenario has forbidden from some point on: checked by the step that forbids it for at
 * least the quiet window, and again when the scenario ends, over everything recorded up to the
 * end of its teardown. A check that needs the session (reading the clock, its resources) runs
 * once more just before the teardown.
 */
final class Watches {

    /**
     * Something forbidden from a point on.
     *
     * @param from            the trace mark from which the entries are forbidden
     * @param forbidden       which entries
     * @param describe        what a forbidden entry means, for the failure
     * @param throughTeardown true when the teardown's own calls are watched too; false for what
     *                        only the scenario's calls could cause (playback after a refused
     *                        Start is not blamed on it when it comes during Shutdown)
     */
    record Watch(int from, Predicate<TraceEntry> forbidden, Function<TraceEntry, String> describe,
                 boolean throughTeardown) {

        Watch(int from, Predicate<TraceEntry> forbidden, Function<TraceEntry, String> describe) {
            this(from, forbidden, describe, true);
        }

        /** @return true when the entry is forbidden by this watch */
        boolean sees(TraceEntry entry) {
            return entry.index() >= from && forbidden.test(entry);
        }
    }

    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final List<Runnable> beforeTeardown = new CopyOnWriteArrayList<>();

    /** @param watch what to forbid until the end of the scenario */
    void forbid(Watch watch) {
        watches.add(watch);
    }

    /** @param check a check that calls the session, run again just before the teardown */
    void beforeTeardown(Runnable check) {
        beforeTeardown.add(check);
    }

    /** Runs the checks that call the session; the first to fail throws. */
    void checkBeforeTeardown() {
        beforeTeardown.forEach(Runnable::run);
    }

    /**
     * @param trace         the scenario's whole trace, teardown included
     * @param teardownMark  the trace mark where the teardown began
     * @return what the first watch that saw a forbidden entry describes, if any did
     */
    Optional<String> firstViolation(EventTrace trace, int teardownMark) {
        for (Watch watch : watches) {
            Optional<TraceEntry> seen = trace.since(watch.from()).stream().filter(watch::sees)
                    .filter(entry -> watch.throughTeardown() || entry.index() < teardownMark).findFirst();
            if (seen.isPresent()) {
                return Optional.of(watch.describe().apply(seen.get()));
            }
        }
        return Optional.empty();
    }
}
