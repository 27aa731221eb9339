package dev.mfck.selftest;

import dev.mfck.rules.Rule;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs the whole suite against one session, in this thread, and reports every scenario's
 * outcome. Needs {@code mfck.provider} set to {@link SwitchableProvider}.
 */
public final class SuiteRun {

    /** How a scenario ended. */
    public enum Outcome { PASSED, FAILED, SKIPPED }

    /**
     * One scenario's outcome.
     *
     * @param name    its name
     * @param ruleId  the rule it checks
     * @param outcome how it ended
     * @param message the failure message, or empty
     * @param took    how long it took
     */
    public record ScenarioResult(String name, String ruleId, Outcome outcome, String message, Duration took) {
    }

    /**
     * A run's outcome.
     *
     * @param scenarios every scenario's outcome
     * @param took      how long the run took
     */
    public record Result(List<ScenarioResult> scenarios, Duration took) {

        /** @return the rules with at least one failed scenario */
        Set<String> failedRules() {
            return scenarios.stream().filter(s -> s.outcome() == Outcome.FAILED).map(ScenarioResult::ruleId)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }

        /** @return a line per failed scenario, for assertion messages */
        String describeFailures() {
            Map<String, Long> perRule = new TreeMap<>(scenarios.stream().filter(s -> s.outcome() == Outcome.FAILED)
                    .collect(Collectors.groupingBy(ScenarioResult::ruleId, Collectors.counting())));
            return perRule + " first failure: " + scenarios.stream().filter(s -> s.outcome() == Outcome.FAILED)
                    .findFirst().map(s -> s.name() + "\n" + s.message()).orElse("none");
        }
    }

    private SuiteRun() {
    }

    /**
     * @param name     names the run
     * @param sessions creates the sessions under test
     * @param tags     a Cucumber tag expression selecting scenarios, or null for all
     * @return every scenario's outcome
     */
    public static Result against(String name, Supplier<dev.mfck.spi.MediaSession> sessions, String tags) {
        SwitchableProvider.use(name, sessions);
        List<ScenarioResult> results = new CopyOnWriteArrayList<>();
        LauncherDiscoveryRequestBuilder builder = request()
                .selectors(selectPackage("mfck.features"))
                .filters(includeEngines("cucumber"))
                .configurationParameter(GLUE_PROPERTY_NAME, "dev.mfck.steps")
                .configurationParameter(PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true");
        if (tags != null) {
            builder.configurationParameter(FILTER_TAGS_PROPERTY_NAME, tags);
        }
        LauncherDiscoveryRequest discovery = builder.build();
        long start = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
        launcher.execute(discovery, new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier test) {
                started.put(test.getUniqueId(), System.nanoTime());
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    Outcome outcome = switch (result.getStatus()) {
                        case SUCCESSFUL -> Outcome.PASSED;
                        case FAILED -> Outcome.FAILED;
                        case ABORTED -> Outcome.SKIPPED;
                    };
                    Duration took = Duration.ofNanos(System.nanoTime() - started.getOrDefault(test.getUniqueId(), System.nanoTime()));
                    results.add(new ScenarioResult(test.getDisplayName(), ruleOf(test), outcome,
                            result.getThrowable().map(SuiteRun::messageOf).orElse(""), took));
                }
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (test.isTest()) {
                    results.add(new ScenarioResult(test.getDisplayName(), ruleOf(test), Outcome.SKIPPED, reason, Duration.ZERO));
                }
            }
        });
        return new Result(List.copyOf(results), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage().strip();
    }

    private static String ruleOf(TestIdentifier test) {
        String prefix = Rule.TAG_PREFIX.substring(1);
        return test.getTags().stream().map(TestTag::getName).filter(tag -> tag.startsWith(prefix))
                .map(tag -> tag.substring(prefix.length())).findFirst().orElse("(no rule)");
    }
}
