package dev.mfck.baseline;

import dev.mfck.harness.KitSetupException;
import dev.mfck.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an expectations file: what it accepts, and the line it names for what it refuses. */
class ExpectationsTest {

    @TempDir
    Path dir;

    @Test
    void readsRuleAndScenarioEntriesSkippingCommentsAndBlankLines() throws IOException {
        Expectations expectations = read("""
                # ACME 2.3
                
                CLOSE-IS-ASYNC\tFAIL\tClose waits for the pipeline (ACME-123)
                  CLOSE-RACES-TRANSITION[started, av-long, Stop and Close]   TIMEOUT   Stop then Close deadlocks  # ACME-130
                CLOSE-STOPS-CLOCK[closed from paused, audio-only] BLOCKED the clock is ours
                """);
        assertThat(expectations.entries()).containsExactly(
                new Expectation("CLOSE-IS-ASYNC", "FAIL", "Close waits for the pipeline (ACME-123)", 3),
                new Expectation("CLOSE-RACES-TRANSITION[started, av-long, Stop and Close]", "TIMEOUT",
                        "Stop then Close deadlocks  # ACME-130", 4),
                new Expectation("CLOSE-STOPS-CLOCK[closed from paused, audio-only]", "BLOCKED", "the clock is ours", 5));
        assertThat(expectations.find("CLOSE-RACES-TRANSITION[started, av-long, Stop and Close]")).get()
                .matches(Expectation::isScenario);
        assertThat(expectations.find("CLOSE-IS-ASYNC")).get().matches(e -> !e.isScenario());
        assertThat(expectations.find("CLOSE-RETURNS-OK")).isEmpty();
    }

    @Test
    void refusesAnEntryWithoutAReason() {
        assertRefused("\nCLOSE-IS-ASYNC FAIL\n", ":2: an entry is 'ID STATUS REASON', with a reason");
    }

    @Test
    void refusesAnIdThatIsNeitherARuleNorAScenario() {
        assertRefused("CLOSE-IS-SYNC FAIL typo\n", ":1: 'CLOSE-IS-SYNC' is neither a rule of the catalogue");
        assertRefused("close_races.feature FAIL no line\n", ":1: 'close_races.feature' is neither");
    }

    @Test
    void refusesAScenarioIdOfTheFirstKitWithTheStableIdThatReplacesIt() {
        assertRefused("close_races.feature:17   TIMEOUT  Stop then Close deadlocks\n", ":1: 'close_races.feature:17' is a "
                + "scenario id of mfck 0.1", "Write instead: CLOSE-RACES-TRANSITION[started, av-long, Stop and Close] "
                + "TIMEOUT Stop then Close deadlocks", "docs/scenario-ids.md");
    }

    @Test
    void refusesAStatusAnEntryCannotExpect() {
        assertRefused("CLOSE-IS-ASYNC PASS fine\n", ":1: 'PASS' is not an expected status; use one of BLOCKED, CRASHED, "
                + "FAIL, IMPLEMENTATION_FAULT, NOT_SUPPORTED, TIMEOUT");
        assertRefused("CLOSE-IS-ASYNC fail lower case\n", ":1: 'fail' is not an expected status");
    }

    @Test
    void readsAnIntermittentEntryWithEveryStatusItMayTake() throws IOException {
        Expectation entry = read("CLOSE-IS-ASYNC[started, av-heavy]  PASS|CRASHED  Wine crashes in half the "
                + "runs\n").entries().get(0);
        assertThat(entry.statuses()).containsExactly("PASS", "CRASHED");
        assertThat(entry.isIntermittent()).isTrue();
        assertThat(entry.allows("PASS")).isTrue();
        assertThat(entry.allows("FAIL")).isFalse();
        assertThat(read("CLOSE-IS-ASYNC FAIL known\n").entries().get(0).isIntermittent()).isFalse();
    }

    @Test
    void refusesAnIntermittentEntryWithAStatusItCannotTakeOrOneStatusTwice() {
        assertRefused("CLOSE-IS-ASYNC PASS|FAILED typo\n", ":1: 'FAILED' is not an expected status", "PASS|CRASHED");
        assertRefused("CLOSE-IS-ASYNC FAIL| trailing bar\n", ":1: '' is not an expected status");
        assertRefused("CLOSE-IS-ASYNC FAIL|FAIL twice\n", ":1: 'FAIL|FAIL' names a status twice");
    }

    @Test
    void refusesTwoEntriesForTheSameId() {
        assertRefused("CLOSE-IS-ASYNC FAIL a\nCLOSE-IS-ASYNC TIMEOUT b\n", ":2: CLOSE-IS-ASYNC already has an entry on line 1");
    }

    private Expectations read(String text) throws IOException {
        return Expectations.read(Files.writeString(dir.resolve("expectations.txt"), text), RuleCatalogue.load());
    }

    private void assertRefused(String text, String... message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(KitSetupException.class)
                .hasMessageStartingWith(dir.resolve("expectations.txt").toString()).message().contains(message);
    }
}
