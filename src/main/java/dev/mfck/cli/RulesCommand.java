package dev.mfck.cli;

import dev.mfck.matrix.RuleMatrix;
import dev.mfck.rules.Rule;
import dev.mfck.run.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mfck rules}: the catalogue, with each rule's level and how many scenarios check it. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"Lists the rule catalogue: each rule's id, level and number of scenarios, and what it requires.",
                "Required rules decide conformance; a failing recommended or interpretation rule is a warning.", ""})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = {"Also print each rule's clause, its evidence, the reason of an "
            + "interpretation, and the states and clips it is checked from (features/matrix.md)."})
    boolean verbose;

    @Override
    public Integer call() {
        SuiteRunner runner = new SuiteRunner();
        RuleMatrix matrix = RuleMatrix.load();
        Map<String, Long> scenarios = runner.scenariosPerRule();
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "%-26s %-15s %9s  %s", "RULE", "LEVEL", "SCENARIOS", "REQUIRES"));
        for (Rule rule : runner.catalogue().rules()) {
            out.println(String.format(Locale.ROOT, "%-26s %-15s %9d  %s", rule.id(),
                    rule.level().label(), scenarios.getOrDefault(rule.id(), 0L),
                    rule.requirement()));
            if (verbose) {
                detail(out, "clause", rule.clause());
                detail(out, "evidence", rule.evidence());
                if (!rule.reason().isEmpty()) {
                    detail(out, "reason", rule.reason());
                }
                for (RuleMatrix.Row row : matrix.declared(rule.id())) {
                    detail(out, "checked", row.written() + "; clips: " + String.join(", ", row.clips()) + " (" + row.why() + ")");
                }
                for (RuleMatrix.Row row : matrix.excluded(rule.id())) {
                    detail(out, "not from", row.written() + " (" + row.why() + ")");
                }
            }
        }
        long total = scenarios.values().stream().mapToLong(Long::longValue).sum();
        out.println();
        out.println(runner.catalogue().rules().size() + " rules, " + total + " scenarios.");
        return ExitCodes.CONFORMANT;
    }

    private static void detail(PrintWriter out, String label, String text) {
        out.println(String.format(Locale.ROOT, "%53s %s: %s", "", label, text));
    }

}
