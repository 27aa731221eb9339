package dev.mfck.cli;

import dev.mfck.text.Printable;
import dev.mfck.failure.Verdict;
import dev.mfck.run.Progress;
import dev.mfck.run.ScenarioResult;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line per scenario as it ends: the running count, its verdict, its rule, its id and name,
 * and how long it took; a scenario that did not pass gets a second line saying what the
 * session did.
 */
final class ConsoleProgress implements Progress {

    private static final int MAX_OBSERVED = 200;

    private final PrintWriter out;
    private int failedSoFar;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void planned(int scenarios) {
        out.println("Running " + scenarios + " scenario" + (scenarios == 1 ? "" : "s") + ".");
        out.flush();
    }

    @Override
    public synchronized void finished(ScenarioResult result, int done, int total) {
        if (result.verdict().isFailure()) {
            failedSoFar++;
        }
        int width = String.valueOf(total).length();
        out.println(String.format(Locale.ROOT, "[%" + width + "d/%d, %d failed] %-20s %-24s %s %s (%d ms)", done, total,
                failedSoFar, result.verdict(), result.ruleId(), result.id(), result.name(), result.took().toMillis()));
        if (result.verdict() != Verdict.PASS && !result.observed().isBlank()) {
            String observed = Printable.of(result.observed().strip().replaceAll("\\s+", " ")); // nothing moves the terminal
            out.println("      " + (observed.length() <= MAX_OBSERVED ? observed
                    : observed.substring(0, MAX_OBSERVED - 3) + "..."));
        }
        out.flush();
    }
}
