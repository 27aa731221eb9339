package dev.mfck.reference;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * The kit's whole suite against this implementation: exactly the setup README shows a vendor.
 * The provider is found through META-INF/services.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("mfck.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.mfck.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, "
        + "html:../reports/cucumber.html, json:../reports/cucumber.json, junit:../reports/cucumber.xml, "
        + "message:../reports/cucumber.ndjson")
class ReferenceConformanceTest {
}
