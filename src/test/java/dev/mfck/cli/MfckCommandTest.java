package dev.mfck.cli;

import dev.mfck.inmemory.InMemoryProvider;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.spec.ScenarioCatalogue;
import dev.mfck.spi.MediaClip;
import dev.mfck.spi.MediaSession;
import dev.mfck.spi.SampleSink;
import dev.mfck.spi.SessionProvider;
import dev.mfck.spi.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.mfck.cli.CliRun.mfck;
import static org.assertj.core.api.Assertions.assertThat;

/** The command's help, its refusals, and its exit code 2 for every run that cannot proceed. */
class MfckCommandTest {

    private static final String IN_MEMORY = "dev.mfck.inmemory.InMemoryProvider";

    @TempDir
    Path dir;

    @Test
    void helpNamesEveryCommandAndTheExitCodes() {
        CliRun run = mfck("--help");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Usage: mfck", "run", "rules", "baseline", "Exit codes:",
                "0  conformant", "1  not conformant", "2  the run could not proceed");
    }

    @Test
    void runHelpDescribesEveryOption() {
        CliRun run = mfck("help", "run");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("--provider=CLASS", "--classpath=PATH", "--tags=EXPR", "--rule=ID",
                "--report-dir=DIR", "--timeout-factor=FACTOR", "--expectations=FILE", "--certified", "--jobs=N",
                "default: reports", "bundled FFmpeg reference implementation", "Examples:");
    }

    @Test
    void versionIsTheKitsVersion() {
        CliRun run = mfck("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("mfck ").doesNotContain("unknown");
    }

    @Test
    void anUnknownOptionOrCommandCannotProceed() {
        CliRun option = mfck("run", "--in-process", "--no-such-option");
        assertThat(option.exit()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(option.err()).contains("Unknown option: '--no-such-option'", "mfck run --help");
        CliRun command = mfck("conform");
        assertThat(command.exit()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(command.err()).contains("conform");
    }

    @Test
    void rulesListsTheCatalogueWithLevelsAndScenarioCounts() {
        CliRun run = mfck("rules", "--verbose");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("CLOSE-RETURNS-OK\\s+required\\s+22\\s+Close on a session")
                .containsPattern("SECOND-CLOSE\\s+interpretation\\s+10\\s")
                .containsPattern("CLOSE-FROM-CALLBACK\\s+recommended\\s+4\\s")
                .contains("reason: Close is not on its own list", "evidence: Windows: mf.c",
                        "checked: closing, closed from *; clips: av-long", "not from: shut down from *",
                        RuleCatalogue.load().rules().size() + " rules, " + ScenarioCatalogue.load().scenarios().size()
                                + " scenarios.");
    }

    @Test
    void anUnknownRuleCannotProceed() {
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--rule", "NO-SUCH-RULE", "--report-dir", dir.toString()),
                "there is no rule NO-SUCH-RULE; 'mfck rules' lists them");
    }

    @Test
    void aMalformedTagExpressionCannotProceed() {
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--tags", "@required and", "--report-dir", dir.toString()),
                "the tag expression '@required and' is malformed");
    }

    @Test
    void aSelectionOfNothingCannotProceed() {
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--tags", "@no-such-tag", "--report-dir", dir.toString()),
                "no scenario matches @no-such-tag");
    }

    @Test
    void aCertifiedRunRefusesEverySelectionAndExpectations() throws IOException {
        Path expectations = Files.writeString(dir.resolve("e.txt"), "");
        for (String[] refused : new String[][] {{"--rule", "CLOSE-IS-ASYNC"}, {"--tags", "@required"},
                {"--expectations", expectations.toString()}}) {
            String[] args = concat(new String[] {"run", "--in-process", "--certified", "--provider", IN_MEMORY}, refused);
            assertCannotProceed(mfck(args), "a certified run checks the whole suite");
        }
    }

    @Test
    void aMissingProviderClassCannotProceedInProcessOrIsolated() {
        for (String[] where : new String[][] {{"--in-process"}, {}}) {
            assertCannotProceed(mfck(concat(concat(new String[] {"run"}, where), new String[] {"--provider",
                    "com.example.NoSuchProvider", "--report-dir", dir.toString()})),
                    "the provider class com.example.NoSuchProvider (mfck.provider) is not on the classpath");
            assertCannotProceed(mfck(concat(concat(new String[] {"run"}, where), new String[] {"--provider",
                    "java.lang.String", "--report-dir", dir.toString()})),
                    "java.lang.String does not implement dev.mfck.spi.SessionProvider");
        }
    }

    @Test
    void withoutTheBundledImplementationTheRunSaysWhereItIs() {
        assertCannotProceed(mfck("run", "--in-process", "--report-dir", dir.toString()),
                "no SessionProvider found", "java -jar reference-impl/target/mfck.jar");
        assertCannotProceed(mfck("run", "--report-dir", dir.toString()),
                "no SessionProvider found", "java -jar reference-impl/target/mfck.jar");
    }

    @Test
    void aMissingClasspathEntryCannotProceed() {
        assertCannotProceed(mfck("run", "--in-process", "--classpath", dir.resolve("acme.jar").toString()),
                "the classpath entry " + dir.resolve("acme.jar") + " does not exist");
        assertCannotProceed(mfck("run", "--classpath", dir.resolve("acme.jar").toString()),
                "the classpath entry " + dir.resolve("acme.jar") + " does not exist");
    }

    @Test
    void optionsForTheImplementationsOwnProcessCannotGoWithInProcessOrWithAnotherPeer() {
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--child-jvm-option=-Xmx64m"),
                "--child-jvm-option and --child-env are for the implementation's own JVM");
        assertCannotProceed(mfck("run", "--wire", "peer --serve", "--in-process"),
                "--wire names an implementation in another process");
        assertCannotProceed(mfck("run", "--wire", "peer --serve", "--child-jvm-option=-Xmx64m"),
                "--wire names an implementation in another process");
    }

    @Test
    void aBadTimeoutFactorCannotProceed() {
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--timeout-factor", "0"),
                "mfck.timeout.factor must be a positive number");
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--timeout-factor", "slow"),
                "Invalid value for option '--timeout-factor'");
    }

    @Test
    void aMissingOrMalformedExpectationsFileCannotProceed() throws IOException {
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--expectations", dir.resolve("none.txt").toString()),
                "cannot read the expectations file");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "# header\nCLOSE-IS-ASYNC FAIL\n");
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--expectations", bad.toString()),
                bad + ":2: an entry is 'ID STATUS REASON', with a reason");
    }

    @Test
    void anUnwritableReportDirectoryCannotProceed() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "");
        assertCannotProceed(mfck("run", "--in-process", "--provider", IN_MEMORY, "--rule", "CLOSE-RETURNS-OK", "--report-dir",
                file.resolve("reports").toString()), "cannot create the report directory");
    }

    @Test
    void aProviderThatCannotNameItselfIsStillRunAndSaidSo() {
        CliRun run = mfck("run", "--in-process", "--provider", Nameless.class.getName(), "--rule", "SECOND-CLOSE", "--report-dir",
                dir.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CONFORMANT);
        assertThat(run.out()).contains("checking (name() threw java.lang.IllegalStateException: no name) "
                + "(version() returned null) (" + Nameless.class.getName() + ")");
    }

    /** A conforming implementation whose provider throws from name() and returns a null version. */
    public static final class Nameless implements SessionProvider {
        private final SessionProvider delegate = new InMemoryProvider();

        @Override
        public String name() {
            throw new IllegalStateException("no name");
        }

        @Override
        public String version() {
            return null;
        }

        @Override
        public MediaSession createSession() {
            return delegate.createSession();
        }

        @Override
        public Topology createPartialTopology(MediaClip clip, List<SampleSink> sinks) {
            return delegate.createPartialTopology(clip, sinks);
        }
    }

    private static void assertCannotProceed(CliRun run, String... messages) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.CANNOT_PROCEED);
        assertThat(run.err()).as(run.toString()).startsWith("mfck: ").contains(messages).doesNotContain("Exception\n\tat ");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
