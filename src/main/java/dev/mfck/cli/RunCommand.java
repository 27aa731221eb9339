package dev.mfck.cli;

import dev.mfck.config.KitSettings;
import dev.mfck.harness.KitSetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mfck run}: the suite against an implementation, and the verdict as the exit code. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Runs the conformance suite against an implementation and exits with its verdict.",
                "With no --provider and no --classpath it checks the bundled FFmpeg reference implementation.",
                "Prints a line per scenario as it ends and a summary table; writes index.html, conformance.json "
                        + "and Cucumber's HTML, JSON, JUnit XML and message reports to the report directory.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  java -jar mfck.jar run",
                "  java -jar mfck.jar run --provider com.acme.AcmeProvider \\",
                "      --classpath 'acme-session.jar:lib/*'",
                "  java -jar mfck.jar run --rule CLOSE-IS-ASYNC --timeout-factor 3",
                "  java -jar mfck.jar run --in-process --jobs 1    # one scenario at a time, for a debugger",
                "  java -jar mfck.jar run --expectations acme-expectations.txt",
                "",
                "Exit codes: 0 conformant (with --expectations: every required failure",
                "expected), 1 not conformant, 2 the run could not proceed."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--expectations", paramLabel = "FILE",
            description = "An expectations file ('ID STATUS REASON' per line; 'mfck baseline' writes one): "
                    + "the run then fails only on results it does not expect, and lists unexpected passes.")
    Path expectations;

    @Option(names = "--certified",
            description = "A certified run: the whole suite with the kit's deadlines (a timeout factor of 1 "
                    + "or more is allowed); no --tags, --rule or --expectations. The reports say so.")
    boolean certified;

    @Override
    public Integer call() {
        if (certified && (target.selectsPart() || expectations != null)) {
            throw new KitSetupException("a certified run checks the whole suite as it is: --tags, --rule, --features and "
                    + "--expectations are refused with --certified", null);
        }
        KitSettings settings = target.settings();
        if (certified && !settings.hasDefaultBaseDeadlines()) {
            throw new KitSetupException("a certified run keeps the kit's deadlines: unset "
                    + String.join(", ", KitSettings.EVENT_MS, KitSettings.QUIET_MS, KitSettings.CALL_MS,
                    KitSettings.ASYNC_RETURN_MS)
                    + " (and their MFCK_ variables); only the timeout factor may change", null);
        }
        if (certified && settings.factor() < 1) {
            throw new KitSetupException("a certified run may lengthen the kit's deadlines, not shorten them: "
                    + "the timeout factor must be 1 or more, was " + settings.factor(), null);
        }
        ConformanceRun run = ConformanceRun.execute(target, Optional.ofNullable(expectations), certified,
                spec.commandLine().getOut());
        run.explainKitErrors(spec.commandLine().getErr());
        return run.exitCode();
    }
}
