package dev.mfck.reference.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.mfck.config.KitSettings;
import dev.mfck.inmemory.InMemorySession;
import dev.mfck.run.KitVersion;
import dev.mfck.selftest.SuiteRun;
import dev.mfck.wire.PeerLaunch;
import dev.mfck.wire.WireProvider;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite's wall time as {@code mfck run} runs it in a fresh JVM: against the reference
 * one scenario at a time and with the default jobs, in process and isolated (the implementation
 * in JVMs of its own), and against the in-memory session, in the same benchmark run; what
 * starting the implementation's JVM costs; and the kit's own CPU time per scenario.
 */
final class SuiteTimings {

    private static final String PROVIDER = "dev.mfck.reference.FfmpegSessionProvider";
    private static final int STARTS = 5;

    private SuiteTimings() {
    }

    /**
     * A whole run of {@code mfck run} in a fresh JVM, JVM start included.
     *
     * @param seconds         its wall time
     * @param longestScenario the longest scenario's time, in milliseconds
     */
    record Run(double seconds, double longestScenario) {
    }

    /**
     * @param name     names the run's report directory and log
     * @param provider the provider class
     * @param options  further options of {@code mfck run}
     * @return the run's wall time, JVM start included, and its longest scenario; it must be CONFORMANT
     */
    static Run suite(String name, String provider, String... options) throws Exception {
        Path reports = Path.of("target", "bench-" + name);
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "dev.mfck.cli.Mfck", "run", "--provider", provider, "--report-dir", reports.toString()));
        command.addAll(List.of(options));
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
            throw new IllegalStateException("the " + name + " suite was not conformant: see target/bench-suite-" + name
                    + ".log");
        }
        JsonNode json = new ObjectMapper().readTree(reports.resolve("conformance.json").toFile());
        double longest = 0;
        for (JsonNode rule : json.get("rules")) {
            for (JsonNode scenario : rule.get("scenarios")) {
                longest = Math.max(longest, scenario.get("durationMs").asDouble());
            }
        }
        return new Run(seconds, longest);
    }

    /** @return the reference's provider class */
    static String reference() {
        return PROVIDER;
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

    /**
     * The kit's own work per scenario: the CPU time this JVM spends on a whole run against the
     * in-memory session (with the default jobs), divided by its scenarios, once the JVM is warm
     * (the last of a few runs). It counts the kit, Cucumber and the JUnit Platform, and the
     * in-memory session's own threads, which do little: an upper bound on the kit's share. The
     * scenarios' waits cost no CPU.
     *
     * @param runs how many runs, the last one measured
     * @return CPU milliseconds per scenario
     */
    static double kitCpuMillisPerScenario(int runs) {
        System.setProperty(KitSettings.PROVIDER, "dev.mfck.selftest.SwitchableProvider");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double perScenario = Double.NaN;
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            SuiteRun.Result result = SuiteRun.against("in-memory", InMemorySession::new, null);
            perScenario = (os.getProcessCpuTime() - cpu) / 1e6 / result.scenarios().size();
        }
        return perScenario;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
