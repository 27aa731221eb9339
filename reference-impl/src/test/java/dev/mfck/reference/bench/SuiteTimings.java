package dev.mfck.reference.bench;

import dev.mfck.config.KitSettings;
import dev.mfck.inmemory.InMemorySession;
import dev.mfck.run.KitVersion;
import dev.mfck.selftest.SuiteRun;
import dev.mfck.wire.PeerLaunch;
import dev.mfck.wire.WireProvider;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite's wall time against the reference implementation, as {@code mfck run} runs it
 * in process and isolated (the implementation in a JVM of its own), in the same benchmark run;
 * what starting the implementation's JVM costs; and the kit's time per scenario.
 */
final class SuiteTimings {

    private static final String PROVIDER = "dev.mfck.reference.FfmpegSessionProvider";
    private static final int STARTS = 5;

    private SuiteTimings() {
    }

    /**
     * @param isolated true for the default run, the implementation in a JVM of its own; false for {@code --in-process}
     * @return seconds for a fresh JVM to run the whole suite against the reference implementation, JVM start included
     */
    static double referenceSuiteWallSeconds(boolean isolated) throws Exception {
        String name = isolated ? "isolated" : "in-process";
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "dev.mfck.cli.Mfck", "run", "--provider", PROVIDER, "--report-dir", "target/bench-" + name));
        if (!isolated) {
            command.add("--in-process");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/bench-suite-" + name + ".log"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("the " + name + " suite did not finish within 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the " + name + " suite failed against the reference implementation: see "
                    + "target/bench-suite-" + name + ".log");
        }
        return seconds;
    }

    /**
     * @return the median, over a few starts, of the milliseconds from starting the reference
     *         implementation's JVM ({@code mfck serve}) to its first session created over the wire
     */
    static double isolationStartMillis() {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            PeerLaunch launch = new PeerLaunch(List.of(java(), "-cp", System.getProperty("java.class.path"),
                    "dev.mfck.cli.Mfck", "serve", "--provider", PROVIDER), Map.of(), Optional.empty(), PROVIDER,
                    "the reference implementation's JVM");
            long start = System.nanoTime();
            try (WireProvider provider = new WireProvider(launch, KitVersion.get(), Duration.ofSeconds(30))) {
                provider.createSession().shutdown();
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Percentiles(millis).median();
    }

    /** @return the median scenario time, in milliseconds, of the whole suite against the kit's in-memory session */
    static double kitMillisPerScenario() {
        System.setProperty(KitSettings.PROVIDER, "dev.mfck.selftest.SwitchableProvider");
        SuiteRun.Result result = SuiteRun.against("in-memory", InMemorySession::new, null);
        List<Double> millis = result.scenarios().stream().map(s -> s.took().toNanos() / 1e6).toList();
        return new Percentiles(millis).median();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
