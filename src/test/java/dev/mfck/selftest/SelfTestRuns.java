package dev.mfck.selftest;

import dev.mfck.inmemory.InMemorySession;
import dev.mfck.selftest.hostile.Hostile;
import dev.mfck.selftest.hostile.HostileCatalogue;
import dev.mfck.selftest.mutants.Mutant;
import dev.mfck.selftest.mutants.MutantCatalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every suite run the self-tests need, started once. Mutant runs and the hostile runs that only
 * hang or throw go one at a time, each with the default jobs of a run in process (its scenarios
 * side by side): they mostly wait on deadlines, and two suites of 32 scenarios at once in a cold
 * JVM once made conforming calls miss their deadline.
 * The busy hostile runs come after them, one at a time: a flood or a storm of callback threads
 * takes the CPU, and deadline-checked runs beside it would fail for that reason alone.
 */
final class SelfTestRuns {

    private static final int PARALLEL = 1;
    private static final ExecutorService MUTANT_RUNNERS = Executors.newFixedThreadPool(PARALLEL, SelfTestRuns::daemon);
    private static final ExecutorService HOSTILE_RUNNER = Executors.newSingleThreadExecutor(SelfTestRuns::daemon);
    private static final Map<String, CompletableFuture<SuiteRun.Result>> RUNS = new LinkedHashMap<>();

    static {
        RUNS.put("conforming", CompletableFuture.supplyAsync(() -> SuiteRun.against("conforming", InMemorySession::new,
                null), MUTANT_RUNNERS));
        MutantCatalogue.all().forEach(mutant -> RUNS.put("mutant " + mutant.name(), CompletableFuture.supplyAsync(
                () -> SuiteRun.against(mutant.name(), mutant.sessions(), null), MUTANT_RUNNERS)));
        HostileCatalogue.all().stream().filter(hostile -> !hostile.busy()).forEach(hostile -> RUNS.put(
                "hostile " + hostile.name(), CompletableFuture.supplyAsync(() -> run(hostile), MUTANT_RUNNERS)));
        CompletableFuture<Void> quietDone = CompletableFuture.allOf(RUNS.values().toArray(CompletableFuture[]::new));
        HostileCatalogue.all().stream().filter(Hostile::busy).forEach(hostile -> RUNS.put("hostile " + hostile.name(),
                quietDone.handleAsync((done, failure) -> run(hostile), HOSTILE_RUNNER)));
    }

    private SelfTestRuns() {
    }

    private static SuiteRun.Result run(Hostile hostile) {
        return SuiteRun.against(hostile.name(), hostile.sessions().get(), hostile.tags());
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "mfck-self-test");
        thread.setDaemon(true);
        return thread;
    }

    static SuiteRun.Result ofTheConformingSession() {
        return RUNS.get("conforming").join();
    }

    static SuiteRun.Result of(Mutant mutant) {
        return RUNS.get("mutant " + mutant.name()).join();
    }

    static SuiteRun.Result of(Hostile hostile) {
        return RUNS.get("hostile " + hostile.name()).join();
    }
}
