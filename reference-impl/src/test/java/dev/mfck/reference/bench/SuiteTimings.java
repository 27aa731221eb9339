package dev.mfck.reference.bench;

import dev.mfck.config.KitSettings;
import dev.mfck.inmemory.InMemorySession;
import dev.mfck.selftest.SuiteRun;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The whole suite's wall time against the reference implementation, and the kit's time per scenario. */
final class SuiteTimings {

    private SuiteTimings() {
    }

    /** @return seconds for a fresh JVM to run the whole suite against the reference implementation */
    static double referenceSuiteWallSeconds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SuiteMain.class.getName()).redirectErrorStream(true).redirectOutput(new File("target/bench-suite.log"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the suite did not finish within 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the suite failed against the reference implementation: see target/bench-suite.log");
        }
        return seconds;
    }

    /** @return the median scenario time, in milliseconds, of the whole suite against the kit's in-memory session */
    static double kitMillisPerScenario() {
        System.setProperty(KitSettings.PROVIDER, "dev.mfck.selftest.SwitchableProvider");
        SuiteRun.Result result = SuiteRun.against("in-memory", InMemorySession::new, null);
        List<Double> millis = result.scenarios().stream().map(s -> s.took().toNanos() / 1e6).toList();
        return new Percentiles(millis).median();
    }
}
