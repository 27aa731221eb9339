package dev.mfck.run;

/** The names of the files a run writes to its report directory. */
public final class Reports {

    /** Cucumber's HTML report. */
    public static final String CUCUMBER_HTML = "cucumber.html";
    /** Cucumber's JSON report. */
    public static final String CUCUMBER_JSON = "cucumber.json";
    /** Cucumber's JUnit XML report. */
    public static final String CUCUMBER_JUNIT = "cucumber.xml";
    /** Cucumber's message stream, one JSON message per line. */
    public static final String CUCUMBER_MESSAGES = "cucumber.ndjson";
    /** The kit's machine-readable verdict. */
    public static final String CONFORMANCE_JSON = "conformance.json";
    /** The kit's page for people. */
    public static final String INDEX_HTML = "index.html";

    private Reports() {
    }
}
