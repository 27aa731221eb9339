package dev.mfck.selftest.cli;

import dev.mfck.cli.CliRun;
import dev.mfck.cli.ExitCodes;
import dev.mfck.selftest.SwitchableProvider;
import dev.mfck.selftest.mutants.Mutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/** Two runs at once in one JVM, against different implementations, keep to their own. */
class ConcurrentRunsSelfTest {

    private static final String RULES = "CLOSE-AFTER-SHUTDOWN,SHUTDOWN-IS-FINAL";

    @TempDir
    Path reports;

    @Test
    void eachRunChecksItsOwnImplementation() {
        Mutant broken = Sessions.mutant("close-accepted-after-shutdown");
        CompletableFuture<CliRun> brokenRun = CompletableFuture.supplyAsync(() -> {
            SwitchableProvider.use(broken.name(), broken.sessions());
            try {
                return mfck("run", "--in-process", "--provider", SwitchableProvider.class.getName(), "--rule", RULES,
                        "--report-dir", reports.resolve("broken").toString());
            } finally {
                SwitchableProvider.use(null, null);
            }
        });
        CompletableFuture<CliRun> conformingRun = CompletableFuture.supplyAsync(() -> mfck("run", "--in-process", "--provider",
                "dev.mfck.inmemory.InMemoryProvider", "--rule", RULES, "--report-dir", reports.resolve("conforming").toString()));
        CliRun brokenResult = brokenRun.join();
        CliRun conformingResult = conformingRun.join();
        assertThat(brokenResult.exit()).as(brokenResult.toString()).isEqualTo(ExitCodes.NOT_CONFORMANT);
        assertThat(Reports.rulesWithStatus(Reports.conformance(reports.resolve("broken")), "FAIL"))
                .containsExactlyElementsOf(broken.breaks());
        assertThat(conformingResult.exit()).as(conformingResult.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(Reports.conformance(reports.resolve("conforming")).at("/implementation/provider").asText())
                .isEqualTo("dev.mfck.inmemory.InMemoryProvider");
    }
}
