package dev.mfck.cli;

import dev.mfck.baseline.BaselineCheck;
import dev.mfck.baseline.Expectations;
import dev.mfck.baseline.Gate;
import dev.mfck.config.KitSettings;
import dev.mfck.harness.KitSetupException;
import dev.mfck.report.KitReports;
import dev.mfck.run.KitVersion;
import dev.mfck.run.ProviderIdentity;
import dev.mfck.run.Reports;
import dev.mfck.run.RunRequest;
import dev.mfck.run.RunResult;
import dev.mfck.run.SuiteRunner;
import dev.mfck.wire.PeerPool;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run from the command line: finds the implementation, reads the expectations, runs the
 * suite with progress on the console, decides the gate, writes every report and prints the
 * summary.
 *
 * @param result   the run's outcome
 * @param baseline the run checked against the expectations file, if one was given
 * @param gate     what the gate decided
 */
record ConformanceRun(RunResult result, Optional<BaselineCheck> baseline, Gate gate) {

    static ConformanceRun execute(TargetOptions target, Optional<Path> expectationsFile, boolean certified,
                                  PrintWriter out) {
        KitSettings checked = target.settings();
        SuiteRunner runner = new SuiteRunner();
        Optional<Expectations> expectations = expectationsFile.map(file -> Expectations.read(file, runner.catalogue()));
        Implementation implementation = Implementation.find(target, checked.peerStartWithin());
        KitSettings settings = checked.withProvider(ProviderIdentity.of(implementation.provider()).className());
        out.println("mfck " + KitVersion.get() + (certified ? ", certified run," : "") + " checking "
                + ProviderIdentity.of(implementation.provider()));
        out.println(settings.describe());
        out.println("Scenarios run " + (target.jobs() == 1 ? "one at a time (--jobs 1)" : target.jobs()
                + " at a time (--jobs), each with a session" + (target.inProcess ? "" : " and a process") + " of its own"));
        out.println("Reports go to " + target.reportDir.toAbsolutePath().normalize());
        RunRequest request = new RunRequest(implementation.provider(), settings, Optional.of(target.reportDir), target.tags(),
                List.copyOf(target.rules), certified, target.jobs(), List.copyOf(target.features));
        RunResult result = implementation.use(() -> runner.run(request, new ConsoleProgress(out)));
        Optional<BaselineCheck> baseline = expectations.map(e -> BaselineCheck.of(result, e));
        Gate gate = Gate.decide(result, baseline);
        List<Path> reports = new ArrayList<>();
        try {
            reports.addAll(KitReports.write(target.reportDir, result, baseline, gate));
        } catch (IOException e) {
            throw new KitSetupException("cannot write the reports to " + target.reportDir + ": " + e, e);
        }
        for (String cucumber : List.of(Reports.CUCUMBER_HTML, Reports.CUCUMBER_JSON, Reports.CUCUMBER_JUNIT,
                Reports.CUCUMBER_MESSAGES)) {
            reports.add(target.reportDir.resolve(cucumber));
        }
        Summary.print(out, result, baseline, gate, reports);
        if (implementation.provider() instanceof PeerPool peers) {
            int failed = peers.failures();
            out.println("The implementation's process was started " + peers.starts() + (peers.starts() == 1 ? " time"
                    : " times") + (peers.peersStarted() > 1 ? " (one process for each of " + peers.peersStarted()
                    + " jobs)" : "") + (failed > 0 ? ": it died, broke the protocol or hung " + failed + (failed == 1
                    ? " time" : " times") + ", and the scenario at hand took that as its verdict each time" : "") + ".");
            out.flush();
        }
        removeIfEmpty(target.reportDir.resolve(Implementation.CRASH_LOGS));
        return new ConformanceRun(result, baseline, gate);
    }

    private static void removeIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException kept) {
            // a crashed JVM's fatal error log: the failures point at it
        } catch (IOException ignored) {
            // it only holds crash logs, if any
        }
    }

    /**
     * Says on the error stream when the kit itself failed, which makes the run exit 2.
     *
     * @param err the error stream
     */
    void explainKitErrors(PrintWriter err) {
        if (!result.kitErrors().isEmpty()) {
            err.println("mfck: the kit itself failed in " + result.kitErrors().size() + " place"
                    + (result.kitErrors().size() == 1 ? "" : "s") + " (listed above and in the reports), not the "
                    + "implementation: this run's verdict cannot be trusted; please report it");
        }
    }

    /** @return 2 when the kit itself failed, else 0 when the gate passes and 1 when it fails */
    int exitCode() {
        if (!result.kitErrors().isEmpty()) {
            return ExitCodes.CANNOT_PROCEED;
        }
        return gate.passes() ? ExitCodes.CONFORMANT : ExitCodes.NOT_CONFORMANT;
    }
}
