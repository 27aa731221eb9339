package dev.mfck.run;

import dev.mfck.failure.CapabilityNotSupported;
import dev.mfck.failure.ConformanceFailure;
import dev.mfck.failure.Verdict;
import dev.mfck.rules.Rule;
import dev.mfck.spec.ScenarioCatalogue;
import dev.mfck.spec.SpecifiedScenario;
import dev.mfck.trace.TraceEntry;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns what the JUnit Platform reports of each scenario into a {@link ScenarioResult}, tells
 * the progress listener, and keeps apart what failed in the kit rather than in the
 * implementation.
 */
final class ScenarioCollector implements TestExecutionListener {

    private final Progress progress;
    private final ScenarioCatalogue catalogue;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> planOrder;
    private final List<Ranked> results = new ArrayList<>();
    private final List<String> kitErrors = new CopyOnWriteArrayList<>();

    /** A result, with its scenario's place in the suite. */
    private record Ranked(int place, int arrival, ScenarioResult result) {
    }

    ScenarioCollector(Progress progress, ScenarioCatalogue catalogue, int total) {
        this(progress, catalogue, total, Map.of());
    }

    /**
     * @param progress  hears about every scenario as it ends
     * @param catalogue the suite's scenarios, for their stable ids
     * @param total     how many scenarios run
     * @param planOrder each scenario's place in the suite, by its unique id: results are kept in
     *                  that order, however scenarios running side by side finish
     */
    ScenarioCollector(Progress progress, ScenarioCatalogue catalogue, int total, Map<String, Integer> planOrder) {
        this.progress = progress;
        this.catalogue = catalogue;
        this.total = total;
        this.planOrder = Map.copyOf(planOrder);
    }

    /** @return every scenario's result, in the suite's order */
    synchronized List<ScenarioResult> results() {
        return results.stream().sorted(Comparator.comparingInt(Ranked::place).thenComparingInt(Ranked::arrival))
                .map(Ranked::result).toList();
    }

    List<String> kitErrors() {
        return List.copyOf(kitErrors);
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        startedAt.put(test.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            record(test, Verdict.FAIL, kitError(test, "the scenario was skipped: " + reason), "", "", List.of());
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Throwable thrown = result.getThrowable().orElse(null);
        if (!test.isTest()) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                kitError(test, describe(thrown));
            }
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> record(test, Verdict.PASS, "", "", "", List.of());
            case ABORTED -> {
                if (thrown instanceof CapabilityNotSupported) {
                    record(test, Verdict.NOT_SUPPORTED, thrown.getMessage(), "", thrown.getMessage(), List.of());
                } else {
                    record(test, Verdict.FAIL, kitError(test, "the scenario was aborted: " + describe(thrown)), "", "",
                            List.of());
                }
            }
            case FAILED -> {
                if (thrown instanceof ConformanceFailure failure) {
                    record(test, failure.verdict(), failure.observed(), failure.blockedBy(), failure.getMessage(),
                            failure.trace());
                } else {
                    record(test, Verdict.FAIL, kitError(test, describe(thrown)), "", "", List.of());
                }
            }
        }
    }

    private synchronized void record(TestIdentifier test, Verdict verdict, String observed, String blockedBy, String message,
                        List<TraceEntry> trace) {
        Long started = startedAt.remove(test.getUniqueId());
        Duration took = started == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
        ScenarioResult result = new ScenarioResult(idOf(test), locationOf(test), test.getDisplayName(), ruleOf(test),
                verdict, observed, blockedBy, message, trace, took);
        results.add(new Ranked(planOrder.getOrDefault(test.getUniqueId(), Integer.MAX_VALUE), results.size(), result));
        progress.finished(result, done.incrementAndGet(), total);
    }

    private String kitError(TestIdentifier test, String what) {
        String error = "the kit failed in '" + test.getDisplayName() + "' (" + locationOf(test) + "), not the "
                + "implementation: " + what;
        kitErrors.add(error);
        return error;
    }

    private static String describe(Throwable thrown) {
        return thrown == null ? "(no reason given)" : thrown.toString();
    }

    /**
     * @param test a scenario, or an example of an outline
     * @return its stable id from the suite's scenario catalogue, or its location when it is not there
     */
    String idOf(TestIdentifier test) {
        String location = locationOf(test);
        int colon = location.lastIndexOf(':');
        if (colon < 0) {
            return location;
        }
        return catalogue.at(location.substring(0, colon), Integer.parseInt(location.substring(colon + 1)))
                .map(SpecifiedScenario::id).orElse(location);
    }

    /**
     * @param test a scenario, or an example of an outline
     * @return {@code feature-file:line}, as Cucumber addresses a scenario
     */
    static String locationOf(TestIdentifier test) {
        Optional<TestSource> source = test.getSource();
        if (source.isPresent() && source.get() instanceof ClasspathResourceSource resource) {
            return fileName(resource.getClasspathResourceName()) + line(resource.getPosition());
        }
        if (source.isPresent() && source.get() instanceof FileSource file) {
            return file.getFile().getName() + line(file.getPosition());
        }
        return test.getUniqueId();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String line(Optional<FilePosition> position) {
        return position.map(p -> ":" + p.getLine()).orElse("");
    }

    static String ruleOf(TestIdentifier test) {
        String prefix = Rule.TAG_PREFIX.substring(1);
        return test.getTags().stream().map(TestTag::getName).filter(tag -> tag.startsWith(prefix))
                .map(tag -> tag.substring(prefix.length())).findFirst().orElse("(no rule)");
    }
}
