package dev.mfck.explore;

import dev.mfck.failure.ConformanceFailure;
import dev.mfck.model.ContractModel;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.RuleId;
import dev.mfck.rules.RuleLevel;
import dev.mfck.steps.Interpreter;
import dev.mfck.steps.Step;
import dev.mfck.timing.Deadline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Explores a session: runs generated sequences, several at once, until the budget of time or
 * sequences is spent or one departs from the contract; shrinks the lowest-numbered departing
 * sequence and writes it as a scenario. Run it where a {@link dev.mfck.harness.RunTarget} is
 * installed, as for a suite run.
 */
public final class Explorer {

    /** The rule exploration's sequences run under: the model names the rule each departure breaks. */
    static final Rule PLACEHOLDER = new Rule("EXPLORATION", RuleLevel.INTERPRETATION, "", "", "a sequence written by "
            + "mfck explore, judged by the model of the contract", "", "");
    /** The (state, call) pairs there are: the model's states times the calls a sequence makes. */
    static final int POSSIBLE_PAIRS = ContractModel.STATES.size() * (int) SequenceGenerator.CALLS.stream()
            .distinct().count();

    /**
     * How to explore.
     *
     * @param seed        the seed
     * @param budget      how long to explore before shrinking
     * @param sequences   the most sequences to run
     * @param maxActions  the most actions in a sequence
     * @param jobs        how many sequences run at once
     * @param shrinkFor   how long shrinking may take
     */
    public record Plan(long seed, Duration budget, long sequences, int maxActions, int jobs, Duration shrinkFor) {
    }

    /**
     * How many times in a row a shorter sequence must break the rule to replace the longer one:
     * sessions are concurrent, and a departure that shows once in a while would not make a
     * scenario a vendor can rerun.
     */
    static final int CONFIRMATIONS = 2;

    private final RuleCatalogue catalogue = RuleCatalogue.load();

    /**
     * @param plan           how to explore
     * @param implementation the implementation's name, for reports
     * @param progress       hears a line now and then
     * @return what it did and found
     */
    public ExplorationResult explore(Plan plan, String implementation, Consumer<String> progress) {
        long start = System.nanoTime();
        SequenceGenerator generator = new SequenceGenerator(plan.seed(), plan.maxActions());
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong steps = new AtomicLong();
        SortedSet<String> coverage = new TreeSet<>();
        // Every departure met, by sequence number: the one reported is the lowest, whatever job met it first.
        ConcurrentSkipListMap<Long, Found> found = new ConcurrentSkipListMap<>();
        AtomicLong lowestFound = new AtomicLong(Long.MAX_VALUE);
        AtomicReference<IllegalStateException> kitErrors = new AtomicReference<>();
        Deadline budget = Deadline.in(plan.budget());
        ExecutorService jobs = Executors.newFixedThreadPool(plan.jobs(), daemon());
        for (int job = 0; job < plan.jobs(); job++) {
            jobs.execute(() -> {
                long index;
                // Sequence numbers are taken in order, so every number below a departure's has been taken
                // and runs to its end: the lowest departing number among those run is the same whichever
                // job is faster.
                while (kitErrors.get() == null && !budget.passed()
                        && (index = next.getAndIncrement()) < Math.min(plan.sequences(), lowestFound.get())) {
                    List<Step> sequence = generator.sequence(index);
                    Interpreter.Outcome outcome;
                    try {
                        outcome = Interpreter.run(PLACEHOLDER, sequence);
                    } catch (RuntimeException kitError) {
                        kitErrors.compareAndSet(null, new IllegalStateException("the kit itself failed on sequence "
                                + index + " " + sequence + ": " + kitError, kitError));
                        return;
                    }
                    synchronized (coverage) {
                        coverage.addAll(outcome.coverage());
                    }
                    steps.addAndGet(sequence.size());
                    long count = done.incrementAndGet();
                    if (count % 500 == 0) {
                        progress.accept(count + " sequences, " + coverage.size() + " (state, call) pairs so far");
                    }
                    Finding finding = outcome.failure().isPresent() ? finding(outcome, sequence) : null;
                    if (finding != null && confirmed(sequence, finding)) {
                        found.put(index, new Found(index, sequence, finding, Duration.ofNanos(System.nanoTime() - start),
                                outcome.trace()));
                        lowestFound.accumulateAndGet(index, Math::min);
                    }
                }
            });
        }
        jobs.shutdown();
        awaitJobs(jobs, plan.budget().plus(Duration.ofMinutes(2)));
        if (kitErrors.get() != null) {
            throw kitErrors.get();
        }
        Optional<Departure> departure = Optional.ofNullable(found.firstEntry()).map(first -> shrink(plan, first.getValue(),
                progress));
        return new ExplorationResult(implementation, plan.seed(), plan.budget(), done.get(), steps.get(),
                Duration.ofNanos(System.nanoTime() - start), plan.jobs(), coverage, POSSIBLE_PAIRS, departure);
    }

    private Departure shrink(Plan plan, Found first, Consumer<String> progress) {
        progress.accept("sequence " + first.index + " broke " + first.finding.ruleId() + " (" + (first.steps.size() - 2)
                + " actions); shrinking it");
        RuleId rule = first.finding.ruleId();
        Map<List<Step>, Interpreter.Outcome> latest = new HashMap<>();
        Predicate<List<Step>> failsOnce = candidate -> {
            Interpreter.Outcome outcome = Interpreter.run(PLACEHOLDER, candidate);
            boolean same = outcome.failure().isPresent() && finding(outcome, candidate).ruleId().equals(rule);
            if (same) {
                latest.put(candidate, outcome);
            }
            return same;
        };
        Shrinker shrinker = new Shrinker(candidate -> {
            for (int run = 0; run < CONFIRMATIONS; run++) {
                if (!failsOnce.test(candidate)) {
                    return false;
                }
            }
            return true;
        }, failsOnce, Deadline.in(plan.shrinkFor()), 200);
        List<Step> shrunk = shrinker.shrink(first.steps);
        Interpreter.Outcome outcome = latest.get(shrunk);
        Finding finding = outcome != null ? finding(outcome, shrunk) : first.finding;
        Rule broken = catalogue.find(rule.text()).orElse(PLACEHOLDER);
        return new Departure(finding, broken.level().name().toLowerCase(java.util.Locale.ROOT), first.index,
                first.steps, shrunk, shrinker.runs(), shrinker.steadiness(), Shrinker.STEADY_RUNS, first.after, GherkinScenario.of(broken, shrunk, plan.seed(),
                first.index), outcome != null ? outcome.trace() : first.trace);
    }

    /**
     * Runs a departing sequence once more: only a departure that shows again, on the same rule,
     * counts. A sequence that departed once by a race the session rarely loses would make a
     * finding that changes from run to run and a scenario that does not reproduce it.
     */
    private static boolean confirmed(List<Step> sequence, Finding first) {
        Interpreter.Outcome again = Interpreter.run(PLACEHOLDER, sequence);
        return again.failure().isPresent() && finding(again, sequence).ruleId().equals(first.ruleId());
    }

    private static Finding finding(Interpreter.Outcome outcome, List<Step> steps) {
        ConformanceFailure failure = outcome.failure().orElseThrow();
        return Finding.of(failure, PLACEHOLDER.id(), steps, outcome.failedAt());
    }

    private static void awaitJobs(ExecutorService jobs, Duration bound) {
        try {
            if (!jobs.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                jobs.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicLong count = new AtomicLong();
        return body -> {
            Thread thread = new Thread(body, "mfck-explore-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Found(long index, List<Step> steps, Finding finding, Duration after, String trace) {
    }
}
