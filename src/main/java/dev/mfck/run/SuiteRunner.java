package dev.mfck.run;

import dev.mfck.harness.KitSetupException;
import dev.mfck.harness.RunTarget;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.SuiteFingerprint;
import dev.mfck.spec.ScenarioCatalogue;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_SHORT_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_FIXED_MAX_POOL_SIZE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs the suite once through the JUnit Platform and Cucumber, from the calling thread, with as
 * many scenarios at once as the request's jobs, and Cucumber's own reports written to the
 * report directory. Results come back in the suite's order whatever order scenarios end in.
 */
public final class SuiteRunner {

    /** Where the features are on the classpath, as a package. */
    public static final String FEATURES = "mfck.features";
    /** The kit's glue. */
    public static final String GLUE = "dev.mfck.steps";

    private final RuleCatalogue catalogue = RuleCatalogue.load();
    private final ScenarioCatalogue scenarios = ScenarioCatalogue.load();

    /** @return the catalogue the runner checks against */
    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Discovers the suite without running it.
     *
     * @return how many scenarios each rule has, by rule id
     */
    public Map<String, Long> scenariosPerRule() {
        LauncherDiscoveryRequest discovery = request().selectors(selectPackage(FEATURES))
                .filters(includeEngines("cucumber")).configurationParameter(GLUE_PROPERTY_NAME, GLUE).build();
        TestPlan plan = LauncherFactory.create().discover(discovery);
        Map<String, Long> counts = new TreeMap<>();
        collectTests(plan, plan.getRoots(), test -> counts.merge(ScenarioCollector.ruleOf(test), 1L, Long::sum));
        return counts;
    }

    private static void collectTests(TestPlan plan, Set<TestIdentifier> level, Consumer<TestIdentifier> tests) {
        for (TestIdentifier test : level) {
            if (test.isTest()) {
                tests.accept(test);
            }
            collectTests(plan, plan.getChildren(test), tests);
        }
    }

    /**
     * @param request  what to run, and against what
     * @param progress hears about every scenario as it ends
     * @return the outcome, with every rule's status
     * @throws KitSetupException when the run cannot proceed: an unknown rule, a malformed tag
     *                           expression, a selection that matches nothing, an unwritable
     *                           report directory
     */
    public RunResult run(RunRequest request, Progress progress) {
        check(request);
        Instant started = Instant.now();
        long start = System.nanoTime();
        new RunTarget(request.settings(), request.provider()).install();
        try {
            Launcher launcher = LauncherFactory.create();
            TestPlan plan = launcher.discover(discovery(request));
            int total = (int) plan.countTestIdentifiers(test -> test.isTest());
            if (total == 0) {
                throw new KitSetupException("no scenario matches " + request.tagFilter().orElse("the suite")
                        + ": the selection is empty", null);
            }
            progress.planned(total);
            Map<String, Integer> order = new HashMap<>();
            collectTests(plan, plan.getRoots(), test -> order.put(test.getUniqueId(), order.size()));
            ScenarioCollector collector = new ScenarioCollector(progress, scenarios, total, order);
            launcher.execute(plan, collector);
            ProviderIdentity identity = ProviderIdentity.of(request.provider());
            RunInfo info = new RunInfo(KitVersion.get(), SuiteFingerprint.ofKit(), identity.name(),
                    identity.version(), identity.className(), identity.process(), RunInfo.javaRuntime(),
                    RunInfo.operatingSystem(), request.settings().describe(), request.describeSelection(),
                    request.certified(), request.jobs(), started, Duration.ofNanos(System.nanoTime() - start));
            return new RunResult(info, rules(collector.results()), collector.results(), collector.kitErrors());
        } finally {
            RunTarget.clear();
        }
    }

    private void check(RunRequest request) {
        for (String id : request.ruleIds()) {
            if (catalogue.find(id).isEmpty()) {
                throw new KitSetupException("there is no rule " + id + "; 'mfck rules' lists them", null);
            }
        }
        request.tags().ifPresent(tags -> {
            try {
                TagExpressionParser.parse(tags);
            } catch (TagExpressionException e) {
                throw new KitSetupException("the tag expression '" + tags + "' is malformed: " + e.getMessage(), e);
            }
        });
        request.reportDir().ifPresent(SuiteRunner::writable);
        for (Path feature : request.features()) {
            if (!Files.exists(feature)) {
                throw new KitSetupException("there is no feature file or directory " + feature, null);
            }
        }
    }

    private static void writable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KitSetupException("cannot create the report directory " + dir + ": " + e, e);
        }
        if (!Files.isWritable(dir)) {
            throw new KitSetupException("the report directory " + dir + " is not writable", null);
        }
    }

    private static LauncherDiscoveryRequest discovery(RunRequest request) {
        LauncherDiscoveryRequestBuilder builder = request()
                .selectors(request.features().isEmpty() ? List.of(selectPackage(FEATURES)) : request.features().stream()
                        .map(path -> Files.isDirectory(path) ? selectDirectory(path.toFile()) : selectFile(path.toFile()))
                        .toList())
                .filters(includeEngines("cucumber"))
                .configurationParameter(GLUE_PROPERTY_NAME, GLUE)
                .configurationParameter(PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                .configurationParameter(JUNIT_PLATFORM_SHORT_NAMING_STRATEGY_EXAMPLE_NAME_PROPERTY_NAME, "pickle")
                .configurationParameter(PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, String.valueOf(request.jobs() > 1))
                .configurationParameter(PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME, "fixed")
                .configurationParameter(PARALLEL_CONFIG_FIXED_PARALLELISM_PROPERTY_NAME, String.valueOf(request.jobs()))
                .configurationParameter(PARALLEL_CONFIG_FIXED_MAX_POOL_SIZE_PROPERTY_NAME, String.valueOf(request.jobs()));
        request.reportDir().map(Path::toAbsolutePath).ifPresent(dir -> builder.configurationParameter(
                PLUGIN_PROPERTY_NAME, String.join(", ",
                        "html:" + dir.resolve(Reports.CUCUMBER_HTML),
                        "json:" + dir.resolve(Reports.CUCUMBER_JSON),
                        "junit:" + dir.resolve(Reports.CUCUMBER_JUNIT),
                        "message:" + dir.resolve(Reports.CUCUMBER_MESSAGES))));
        request.tagFilter().ifPresent(filter -> builder.filters(new TagSelection(TagExpressionParser.parse(filter), filter)));
        return builder.build();
    }

    private List<RuleResult> rules(List<ScenarioResult> scenarios) {
        List<RuleResult> rules = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            List<ScenarioResult> own = scenarios.stream().filter(s -> s.ruleId().equals(rule.id())).toList();
            rules.add(new RuleResult(rule, RuleStatus.of(own.stream().map(ScenarioResult::verdict).toList()), own));
        }
        return rules;
    }
}
