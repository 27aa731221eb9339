package dev.mfck.spec;

import dev.mfck.matrix.Cell;
import dev.mfck.matrix.RuleMatrix;
import dev.mfck.matrix.SessionState;
import dev.mfck.rules.Rule;
import dev.mfck.rules.RuleCatalogue;
import dev.mfck.rules.SuiteFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix is the source of truth: complete against the catalogue, and the features hold to it. */
class MatrixCoverageTest {

    private final RuleMatrix matrix = RuleMatrix.load();
    private final ScenarioCatalogue suite = ScenarioCatalogue.load();

    @Test
    void everyStateOfEveryRuleIsDeclaredOrLeftOutWithAReason() {
        List<String> ids = RuleCatalogue.load().rules().stream().map(Rule::id).toList();
        assertThat(matrix.problems(ids)).isEmpty();
    }

    @Test
    void everyDeclaredCellHasAScenario() {
        assertThat(MatrixCoverage.missing(matrix, suite.scenarios())).as("declared cells with no scenario").isEmpty();
    }

    @Test
    void everyScenarioChecksADeclaredCell() {
        assertThat(MatrixCoverage.undeclared(matrix, suite.scenarios())).isEmpty();
    }

    @Test
    void aCellRemovedFromTheFeaturesIsReportedMissing() {
        Map<String, byte[]> files = new HashMap<>(SuiteFiles.read());
        String feature = new String(files.get("close_stops_samples.feature"), StandardCharsets.UTF_8);
        String row = "      | closed from paused       | video-only |\n";
        assertThat(feature).contains(row);
        files.put("close_stops_samples.feature", feature.replace(row, "").getBytes(StandardCharsets.UTF_8));

        List<Cell> missing = MatrixCoverage.missing(matrix, ScenarioCatalogue.parse(files).scenarios());

        assertThat(missing).containsExactly(new Cell("CLOSE-STOPS-SAMPLES", SessionState.parse("closed from paused")
                .orElseThrow(), "video-only"));
    }

    @Test
    void aScenarioOutsideTheMatrixIsReported() {
        Map<String, byte[]> files = new HashMap<>(SuiteFiles.read());
        String feature = new String(files.get("close_after_shutdown.feature"), StandardCharsets.UTF_8);
        String row = "| shut down from paused       | av-long |";
        assertThat(feature).contains(row);
        files.put("close_after_shutdown.feature", feature.replace(row, "| shut down from paused | av-heavy |")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(MatrixCoverage.undeclared(matrix, ScenarioCatalogue.parse(files).scenarios())).singleElement()
                .asString().contains("CLOSE-AFTER-SHUTDOWN × shut down from paused × av-heavy", "does not declare");
    }

    @Test
    void aStateNeitherDeclaredNorLeftOutIsReported() {
        String text = new String(SuiteFiles.read().get("matrix.md"), StandardCharsets.UTF_8);
        String row = "| CLOSE-IS-ASYNC | closing | the state this rule's own scenarios make |\n";
        assertThat(text).contains(row);
        RuleMatrix incomplete = RuleMatrix.parse(text.replace(row, ""));
        List<String> ids = RuleCatalogue.load().rules().stream().map(Rule::id).toList();
        assertThat(incomplete.problems(ids)).containsExactly(
                "CLOSE-IS-ASYNC × closing is neither declared nor left out with a reason");
    }

    @Test
    void everyRefusedAndEveryAllowedMethodIsCheckedInEveryStateOfItsRule() {
        assertEveryStateHas("INVALID-AFTER-CLOSE", 6);
        assertEveryStateHas("ALLOWED-AFTER-CLOSE", 4);
    }

    private void assertEveryStateHas(String ruleId, int calls) {
        Map<SessionState, Long> perState = suite.scenarios().stream().filter(s -> s.ruleId().equals(ruleId))
                .collect(Collectors.groupingBy(s -> s.cell().orElseThrow().state(), Collectors.counting()));
        Set<SessionState> declared = matrix.declared(ruleId).stream().flatMap(row -> row.states().stream())
                .collect(Collectors.toSet());
        assertThat(perState.keySet()).isEqualTo(declared);
        assertThat(perState).as(ruleId + " scenarios per state").allSatisfy((state, count) ->
                assertThat(count).as(state.text()).isEqualTo((long) calls));
    }
}
