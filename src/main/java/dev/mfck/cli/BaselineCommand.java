package dev.mfck.cli;

import dev.mfck.baseline.BaselineWriter;
import dev.mfck.harness.KitSetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mfck baseline}: a run, and a fresh expectations file of everything that did not pass. */
@Command(name = "baseline",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Runs the suite like 'run' and writes a fresh expectations file: one entry per scenario that "
                        + "failed, timed out or met an implementation fault, with what the session did as its reason.",
                "Keep the file under version control and pass it to 'run --expectations': the gate then fails "
                        + "only on new failures, and lists the entries that now pass.",
                ""},
        footer = {"", "Exit codes: 0 the file was written, 2 the run could not proceed."})
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "mfck-expectations.txt",
            description = "Where to write the expectations (default: ${DEFAULT-VALUE}); an existing file is replaced.")
    Path output;

    @Override
    public Integer call() {
        ConformanceRun run = ConformanceRun.execute(target, Optional.empty(), false, spec.commandLine().getOut());
        if (!run.result().kitErrors().isEmpty()) {
            run.explainKitErrors(spec.commandLine().getErr());
            return ExitCodes.CANNOT_PROCEED;
        }
        try {
            int entries = BaselineWriter.write(run.result(), output);
            spec.commandLine().getOut().println("Baseline: wrote " + entries + " entr" + (entries == 1 ? "y" : "ies")
                    + " to " + output);
        } catch (IOException e) {
            throw new KitSetupException("cannot write the baseline " + output + ": " + e, e);
        }
        return ExitCodes.CONFORMANT;
    }
}
