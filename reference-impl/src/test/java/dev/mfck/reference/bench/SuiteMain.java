package dev.mfck.reference.bench;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** Runs the whole suite once against the provider on the classpath, in a JVM of its own; exits 0 when all passed. */
public final class SuiteMain {

    private SuiteMain() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        LauncherDiscoveryRequest discovery = request()
                .selectors(selectPackage("mfck.features"))
                .filters(includeEngines("cucumber"))
                .configurationParameter(GLUE_PROPERTY_NAME, "dev.mfck.steps")
                .configurationParameter(PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(discovery, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(failure -> System.out.println(failure.getTestIdentifier().getDisplayName()
                + ": " + failure.getException()));
        System.out.println(summary.getTestsSucceededCount() + " passed, " + summary.getTestsFailedCount() + " failed");
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
