package dev.mfck.reference;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * The kit's suite against this implementation through the JUnit Platform, exactly the setup
 * README shows a vendor (the provider is found through META-INF/services), run on the rules that
 * drive the FFmpeg pipeline hardest: every state with every clip, a sample held while Close
 * returns, samples and decoders after MESessionClosed. The whole suite runs against the same
 * implementation through {@code mfck.jar} ({@code MfckJarIT}), once per build.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("mfck.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.mfck.steps")
@IncludeTags({"rule:REACHES-STATES", "rule:CLOSE-IS-ASYNC", "rule:CLOSE-STOPS-SAMPLES", "rule:CLOSE-RELEASES-RESOURCES"})
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "summary, html:target/mfck/cucumber.html, junit:target/mfck/cucumber.xml")
class ReferenceConformanceTest {
}
