package dev.mfck;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * The whole suite against the kit's own in-memory session (found through
 * {@code mfck.provider} in the surefire configuration), through the same JUnit Platform entry a vendor uses.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("mfck.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.mfck.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, html:target/mfck-in-memory/cucumber.html, junit:target/mfck-in-memory/cucumber.xml")
class InMemoryConformanceTest {
}
