package dev.mfck.reference.flakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mfck.config.KitSettings;
import dev.mfck.inmemory.InMemoryProvider;
import dev.mfck.reference.FfmpegSessionProvider;
import dev.mfck.run.Jobs;
import dev.mfck.run.KitVersion;
import dev.mfck.run.Progress;
import dev.mfck.run.RunRequest;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;
import dev.mfck.run.SuiteRunner;
import dev.mfck.spi.SessionProvider;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The flake benchmark: many whole runs of the suite against the two conforming sessions (the
 * kit's in-memory session and the FFmpeg reference), one scenario at a time and with the
 * default jobs, with and without a CPU hog busy on every core, and the reference isolated as
 * {@code mfck run} runs it by default. Every scenario whose verdict is not PASS is recorded;
 * writes {@code reports/bench/flakes.json}. Run it with the command in README.md; the number
 * of runs per condition are system properties ({@code flakes.parallel-runs},
 * {@code flakes.hog-runs}, {@code flakes.sequential-runs}, {@code flakes.isolated-runs}).
 */
public final class FlakeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FlakeBenchmark() {
    }

    /**
     * @param args optionally the report folder (default ../reports/bench, from reference-impl/)
     * @throws Exception when a run cannot be made
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../reports/bench");
        int parallel = Integer.getInteger("flakes.parallel-runs", 50);
        int hog = Integer.getInteger("flakes.hog-runs", 20);
        int sequential = Integer.getInteger("flakes.sequential-runs", 1);
        int isolated = Integer.getInteger("flakes.isolated-runs", 5);
        int jobs = Jobs.byDefault(false);
        List<Condition> conditions = new ArrayList<>();
        for (String session : List.of("in-memory", "ffmpeg")) {
            conditions.add(new Condition(session, "sequential", 1, false, false, sequential));
            conditions.add(new Condition(session, "parallel", jobs, false, false, parallel));
            conditions.add(new Condition(session, "parallel-hog", jobs, true, false, hog));
        }
        conditions.add(new Condition("ffmpeg", "isolated", Jobs.byDefault(true), false, true, isolated));
        Instant started = Instant.now();
        List<Tally> tallies = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition.runs() > 0) {
                tallies.add(run(condition));
                write(folder.resolve("flakes.json"), started, tallies);
            }
        }
        System.out.println("wrote " + folder.resolve("flakes.json").toAbsolutePath().normalize());
        System.exit(0);
    }

    private static Tally run(Condition condition) throws Exception {
        Tally tally = new Tally(condition);
        for (int i = 1; i <= condition.runs(); i++) {
            if (condition.hog()) {
                try (CpuHog hog = CpuHog.start()) {
                    once(condition, tally, i);
                }
            } else {
                once(condition, tally, i);
            }
            System.out.printf(Locale.ROOT, "%-9s %-12s run %2d/%d: %d not PASS so far, last run %.1f s%n",
                    condition.session(), condition.name(), i, condition.runs(), tally.nonPass(),
                    tally.wallSeconds().get(tally.wallSeconds().size() - 1));
        }
        return tally;
    }

    private static void once(Condition condition, Tally tally, int run) throws Exception {
        long start = System.nanoTime();
        Map<String, String> verdicts = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        if (condition.isolated()) {
            isolated(condition, run, verdicts, messages);
        } else {
            RunRequest request = new RunRequest(provider(condition.session()), KitSettings.fromEnvironment(),
                    Optional.empty(), Optional.empty(), List.of(), false, condition.jobs());
            RunResult result = new SuiteRunner().run(request, Progress.SILENT);
            for (ScenarioResult scenario : result.scenarios()) {
                verdicts.put(scenario.id(), scenario.verdict().name());
                messages.put(scenario.id(), scenario.observed());
            }
        }
        tally.run((System.nanoTime() - start) / 1e9, verdicts, messages);
    }

    private static SessionProvider provider(String session) {
        return session.equals("ffmpeg") ? new FfmpegSessionProvider() : new InMemoryProvider();
    }

    /** {@code mfck run} as the README runs it, in a JVM of its own, the reference isolated. */
    private static void isolated(Condition condition, int run, Map<String, String> verdicts, Map<String, String> messages)
            throws IOException, InterruptedException {
        Path reports = Path.of("target", "flakes", "isolated-" + run);
        Files.createDirectories(reports.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.mfck.cli.Mfck", "run", "--provider", FfmpegSessionProvider.class.getName(), "--report-dir",
                reports.toString())).redirectErrorStream(true).redirectOutput(new File(reports + ".log")).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("an isolated run did not end within 10 minutes: " + reports + ".log");
        }
        JsonNode json = JSON.readTree(reports.resolve("conformance.json").toFile());
        json.get("rules").forEach(rule -> rule.get("scenarios").forEach(scenario -> {
            verdicts.put(scenario.get("id").asText(), scenario.get("verdict").asText());
            messages.put(scenario.get("id").asText(), scenario.path("observed").asText());
        }));
    }

    private static void write(Path file, Instant started, List<Tally> tallies) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "mfck-flakes/1");
        root.put("kitVersion", KitVersion.get());
        root.put("started", started.toString());
        root.put("machine", String.format(Locale.ROOT, "%s %s %s, %d cores, Java %s", System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        root.put("settings", KitSettings.fromEnvironment().describe());
        List<Map<String, Object>> conditions = new ArrayList<>();
        int runs = 0;
        int scenarios = 0;
        int nonPass = 0;
        for (Tally tally : tallies) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("session", tally.condition().session());
            entry.put("condition", tally.condition().name());
            entry.put("jobs", tally.condition().jobs());
            entry.put("cpuHog", tally.condition().hog());
            entry.put("isolated", tally.condition().isolated());
            entry.put("runs", tally.wallSeconds().size());
            entry.put("scenarios", tally.scenarios());
            entry.put("nonPass", tally.nonPass());
            entry.put("nonPassByScenario", tally.nonPassByScenario());
            entry.put("firstNonPass", tally.firstMessages());
            entry.put("wallSeconds", summary(tally.wallSeconds()));
            conditions.add(entry);
            runs += tally.wallSeconds().size();
            scenarios += tally.scenarios();
            nonPass += tally.nonPass();
        }
        root.put("runs", runs);
        root.put("scenarios", scenarios);
        root.put("nonPass", nonPass);
        root.put("conditions", conditions);
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), root);
    }

    private static Map<String, Double> summary(List<Double> seconds) {
        List<Double> sorted = seconds.stream().sorted().toList();
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("min", round(sorted.get(0)));
        summary.put("median", round(sorted.get(sorted.size() / 2)));
        summary.put("max", round(sorted.get(sorted.size() - 1)));
        return summary;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
