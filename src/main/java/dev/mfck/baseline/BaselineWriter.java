package dev.mfck.baseline;

import dev.mfck.run.RuleResult;
import dev.mfck.run.RunResult;
import dev.mfck.run.ScenarioResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a fresh expectations file from a run: one scenario entry for every scenario that
 * failed, timed out or met a fault, grouped under its rule, with what the session did as the
 * reason. Scenario entries are the finest grain: a new failure in the same rule is not hidden.
 */
public final class BaselineWriter {

    private static final int MAX_REASON = 160;

    private BaselineWriter() {
    }

    /**
     * @param run  the run
     * @param file where to write
     * @return how many entries were written
     * @throws IOException when the file cannot be written
     */
    public static int write(RunResult run, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# mfck expectations: ID STATUS REASON, one entry per line ('mfck run --expectations FILE').");
        lines.add("# Written by 'mfck baseline' on " + LocalDate.now(ZoneOffset.UTC) + " from a run of "
                + run.info().implementationName() + " " + run.info().implementationVersion() + " with mfck "
                + run.info().kitVersion() + ".");
        lines.add("# Each reason is what the session did; replace it with yours (a ticket, a plan).");
        int written = 0;
        for (RuleResult rule : run.rules()) {
            List<ScenarioResult> failed = rule.scenarios().stream().filter(s -> s.verdict().isFailure()).toList();
            if (failed.isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add("# " + rule.rule().title() + ": " + rule.status());
            for (ScenarioResult scenario : failed) {
                lines.add(String.format(Locale.ROOT, "%-40s %-20s %s", scenario.id(), scenario.verdict(),
                        reason(scenario)));
                written++;
            }
        }
        if (written == 0) {
            lines.add("");
            lines.add("# every scenario passed: nothing to expect");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return written;
    }

    private static String reason(ScenarioResult scenario) {
        String observed = scenario.observed().strip().replaceAll("\\s+", " ");
        if (observed.isEmpty()) {
            observed = scenario.name();
        }
        return observed.length() <= MAX_REASON ? observed : observed.substring(0, MAX_REASON - 3) + "...";
    }
}
