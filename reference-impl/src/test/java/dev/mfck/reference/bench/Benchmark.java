package dev.mfck.reference.bench;

import dev.mfck.run.Jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The performance figures of mfck and its reference implementation, measured in one run on
 * this machine: prints a table and writes {@code reports/bench/latest.json}. Run it with the
 * command in README.md.
 */
public final class Benchmark {

    private static final int CLOSE_SESSIONS = 200;
    private static final int HEAVY_SESSIONS = 60;
    private static final int THROUGHPUT_ROUNDS = 5;
    private static final int SESSION_LIMIT = 64;
    private static final int KIT_RUNS = 5;

    private Benchmark() {
    }

    /**
     * @param args optionally the report folder (default ../reports/bench, from reference-impl/)
     * @throws Exception when a measurement cannot be made
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../reports/bench");
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();

        CloseLatency.Figures worstReturn = null;
        CloseLatency.Figures worstEvent = null;
        for (CloseLatency.Condition condition : CloseLatency.Condition.values()) {
            CloseLatency.measure(condition, 10); // warm-up
            CloseLatency.Figures f = CloseLatency.measure(condition,
                    condition == CloseLatency.Condition.HEAVY_DECODE ? HEAVY_SESSIONS : CLOSE_SESSIONS);
            notes.put("close_" + condition.name().toLowerCase(Locale.ROOT), String.format(Locale.ROOT,
                    "return p50 %.3f p99 %.3f ms; closed p50 %.3f p99 %.3f ms; %d sessions",
                    f.closeReturnMs().median(), f.closeReturnMs().at(99), f.closedEventMs().median(),
                    f.closedEventMs().at(99), f.closeReturnMs().count()));
            if (worstReturn == null || f.closeReturnMs().at(99) > worstReturn.closeReturnMs().at(99)) {
                worstReturn = f;
            }
            if (worstEvent == null || f.closedEventMs().at(99) > worstEvent.closedEventMs().at(99)) {
                worstEvent = f;
            }
        }
        figures.put("close_return_p50_ms", worstReturn.closeReturnMs().median());
        figures.put("close_return_p99_ms", worstReturn.closeReturnMs().at(99));
        figures.put("closed_event_p50_ms", worstEvent.closedEventMs().median());
        figures.put("closed_event_p99_ms", worstEvent.closedEventMs().at(99));
        notes.put("close_worst_conditions", "return: " + worstReturn.condition() + ", closed event: " + worstEvent.condition());

        PipelineThroughput.Figures throughput = PipelineThroughput.measure(THROUGHPUT_ROUNDS);
        figures.put("pipeline_vs_raw_ratio", throughput.ratio());
        notes.put("pipeline", String.format(Locale.ROOT, "session %.1f fps, bare grabber %.1f fps (av-heavy, 1080p mpeg4)",
                throughput.sessionFps(), throughput.rawFps()));

        String reference = SuiteTimings.reference();
        SuiteTimings.Run oneAtATime = SuiteTimings.suite("jobs-1", reference, "--in-process", "--jobs=1");
        SuiteTimings.Run inProcess = SuiteTimings.suite("in-process", reference, "--in-process");
        SuiteTimings.Run isolated = SuiteTimings.suite("isolated", reference);
        SuiteTimings.Run inMemory = SuiteTimings.suite("in-memory", "dev.mfck.inmemory.InMemoryProvider", "--in-process");
        figures.put("suite_wall_jobs1_s", oneAtATime.seconds());
        figures.put("suite_wall_s", inProcess.seconds());
        figures.put("suite_wall_isolated_s", isolated.seconds());
        figures.put("suite_wall_in_memory_s", inMemory.seconds());
        figures.put("longest_scenario_ms", oneAtATime.longestScenario());
        figures.put("default_jobs_in_process", (double) Jobs.byDefault(false));
        figures.put("default_jobs_isolated", (double) Jobs.byDefault(true));
        figures.put("isolation_cost_s", isolated.seconds() - inProcess.seconds());
        figures.put("isolation_start_ms", SuiteTimings.isolationStartMillis());
        notes.put("suite", "mfck run, whole suite, JVM start included: the reference --in-process with --jobs 1, then "
                + "with the default jobs, then isolated (the default: the implementation in a JVM of its own per job), "
                + "then the in-memory session --in-process with the default jobs; longest_scenario_ms is the longest "
                + "scenario of the --jobs 1 run; isolation_start_ms is the median of starting the reference's JVM to its "
                + "first session over the wire");
        figures.put("kit_overhead_ms_per_scenario", SuiteTimings.kitCpuMillisPerScenario(KIT_RUNS));
        notes.put("kit_overhead", "CPU time of this JVM per scenario over a whole run against the in-memory session with "
                + "the default jobs, the last of " + KIT_RUNS + " runs (warm): the kit, Cucumber, the JUnit Platform and "
                + "the in-memory session's own threads; the waits cost none");

        ConcurrentSessions.Figures concurrent = ConcurrentSessions.measure(SESSION_LIMIT);
        figures.put("sessions_concurrent_max", (double) concurrent.maxSessions());
        figures.put("memory_per_session_mb", concurrent.memoryPerSessionMb());
        notes.put("sessions", "tried 1, 2, 4 ... " + SESSION_LIMIT + " sessions playing av-long at once");

        print(figures, notes);
        write(folder.resolve("latest.json"), figures, notes);
    }

    private static void print(Map<String, Double> figures, Map<String, String> notes) {
        System.out.println();
        System.out.printf("%-32s %12s%n", "figure", "value");
        figures.forEach((key, value) -> System.out.printf(Locale.ROOT, "%-32s %12.3f%n", key, value));
        System.out.println();
        notes.forEach((key, value) -> System.out.println(key + ": " + value));
    }

    private static void write(Path file, Map<String, Double> figures, Map<String, String> notes) throws IOException {
        Files.createDirectories(file.getParent());
        String numbers = figures.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "  \"%s\": %.4f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(",\n"));
        String text = notes.entrySet().stream()
                .map(e -> "    \"" + e.getKey() + "\": \"" + e.getValue().replace("\"", "'") + "\"")
                .collect(Collectors.joining(",\n"));
        String machine = String.format("%s %s, %d cores, Java %s", System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.writeString(file, "{\n" + numbers + ",\n  \"measured_at\": \"" + Instant.now() + "\",\n  \"machine\": \""
                + machine + "\",\n  \"notes\": {\n" + text + "\n  }\n}\n");
        System.out.println("wrote " + file.toAbsolutePath().normalize());
    }
}
