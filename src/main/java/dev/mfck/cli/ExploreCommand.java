package dev.mfck.cli;

import dev.mfck.config.KitSettings;
import dev.mfck.explore.Departure;
import dev.mfck.explore.ExplorationResult;
import dev.mfck.explore.Explorer;
import dev.mfck.harness.KitSetupException;
import dev.mfck.harness.RunTarget;
import dev.mfck.report.ExplorationReport;
import dev.mfck.run.KitVersion;
import dev.mfck.run.ProviderIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mfck explore}: random sequences of calls judged by the model of the contract. */
@Command(name = "explore",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Explores an implementation: runs random sequences of the suite's steps (calls alone or two at once, "
                        + "waits for events, a held sample, Close from inside the event callback, Shutdown) from the "
                        + "states of the matrix, and judges each against the executable model of the contract.",
                "A departure is shrunk to a short sequence and printed as a Gherkin scenario (also written to "
                        + "exploration.feature), which 'mfck run --features' reruns. Writes an exploration section "
                        + "into conformance.json and index.html; it never changes a suite run's verdict.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  java -jar mfck.jar explore --seed 42 --budget 60s",
                "  java -jar mfck.jar explore --provider com.acme.AcmeProvider --classpath 'acme.jar' --budget 5m",
                "  java -jar mfck.jar run --features reports/exploration.feature    # rerun a departure",
                "",
                "Exit codes: 0 no departure within the budget, 1 a departure found, 2 the exploration could not "
                        + "proceed."})
final class ExploreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--seed", paramLabel = "S",
            description = "The seed: the same seed writes the same sequences. Default: from the clock, and printed.")
    Long seed;

    @Option(names = "--budget", paramLabel = "TIME", defaultValue = "60s",
            description = "How long to explore before shrinking, for example 30s, 5m (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--sequences", paramLabel = "N",
            description = "The most sequences to run (default: as many as the budget allows).")
    Long sequences;

    @Option(names = "--max-actions", paramLabel = "N", defaultValue = "6",
            description = "The most actions in a sequence, between its starting state and its judgement "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxActions;

    @Override
    public Integer call() throws IOException {
        if (target.selectsPart()) {
            throw new KitSetupException("explore writes its own sequences: --tags, --rule and --features are for "
                    + "'mfck run'", null);
        }
        if (maxActions < 1) {
            throw new KitSetupException("--max-actions must be at least 1, was " + maxActions, null);
        }
        Duration time = duration(budget);
        PrintWriter out = spec.commandLine().getOut();
        KitSettings checked = target.settings();
        Implementation implementation = Implementation.find(target, checked.peerStartWithin());
        KitSettings settings = checked.withProvider(ProviderIdentity.of(implementation.provider()).className());
        long chosenSeed = seed != null ? seed : System.nanoTime() % 1_000_000L;
        String name = ProviderIdentity.of(implementation.provider()).toString();
        out.println("mfck " + KitVersion.get() + " exploring " + name);
        out.println(settings.describe());
        out.println("Seed " + chosenSeed + ", budget " + budget + (sequences != null ? ", at most " + sequences
                + " sequences" : "") + ", at most " + maxActions + " actions a sequence, " + target.jobs() + " at a time");
        out.flush();
        Explorer.Plan plan = new Explorer.Plan(chosenSeed, time, sequences != null ? sequences : Long.MAX_VALUE, maxActions,
                target.jobs(), Duration.ofSeconds(60).plus(settings.eventWithin().multipliedBy(10)));
        ExplorationResult result = implementation.use(() -> {
            new RunTarget(settings, implementation.provider()).install();
            try {
                return new Explorer().explore(plan, name, line -> {
                    out.println(line);
                    out.flush();
                });
            } finally {
                RunTarget.clear();
            }
        });
        List<Path> reports = ExplorationReport.write(target.reportDir, result);
        print(out, result, reports);
        return result.departure().isPresent() ? ExitCodes.NOT_CONFORMANT : ExitCodes.CONFORMANT;
    }

    private static void print(PrintWriter out, ExplorationResult result, List<Path> reports) {
        out.println();
        out.println(String.format(Locale.ROOT, "Sequences run: %d (%d steps) in %.1f s, %.1f a second, seed %d.",
                result.sequences(), result.steps(), result.elapsed().toMillis() / 1000.0, result.sequencesPerSecond(),
                result.seed()));
        out.println("Coverage: " + result.coverage().size() + " of " + result.possible() + " (state, call) pairs reached.");
        if (result.departure().isEmpty()) {
            out.println("No departure from the contract.");
        } else {
            Departure departure = result.departure().get();
            out.println("Departure: " + departure.finding().ruleId() + " (" + departure.ruleLevel() + ") "
                    + departure.finding().verdict() + ": " + departure.finding().observed());
            out.println("Sequence " + departure.sequence() + " (" + (departure.found().size() - 2) + " actions) shrunk to "
                    + (departure.shrunk().size() - 2) + " in " + departure.shrinkRuns() + " runs; it broke the rule again in "
                    + departure.steadiness() + " of " + departure.reruns() + " reruns. Paste it into a feature file, or "
                    + "rerun it with 'mfck run --features " + ExplorationReport.FEATURE + "':");
            out.println();
            out.print(departure.scenario());
            out.println();
            out.println("Trace of the shrunk sequence:");
            out.print(departure.trace());
        }
        out.println("Reports: " + String.join(", ", reports.stream().map(Path::toString).toList()));
        out.flush();
    }

    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException(t);
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new KitSetupException("--budget takes a time such as 500ms, 60s, 5m or 1h, not '" + text + "'", e);
        }
    }
}
