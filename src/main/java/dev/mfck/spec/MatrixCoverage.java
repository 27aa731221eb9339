package dev.mfck.spec;

import dev.mfck.matrix.Cell;
import dev.mfck.matrix.RuleMatrix;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds the suite to its matrix: every declared cell has a scenario, and every scenario checks a
 * declared cell of its own rule.
 */
public final class MatrixCoverage {

    private MatrixCoverage() {
    }

    /**
     * @param matrix    the matrix
     * @param scenarios the suite's scenarios
     * @return the declared cells no scenario checks, in matrix order
     */
    public static List<Cell> missing(RuleMatrix matrix, Collection<SpecifiedScenario> scenarios) {
        Set<Cell> checked = scenarios.stream().flatMap(s -> s.cell().stream()).collect(Collectors.toSet());
        return matrix.cells().stream().filter(cell -> !checked.contains(cell)).toList();
    }

    /**
     * @param matrix    the matrix
     * @param scenarios the suite's scenarios
     * @return one line per scenario that starts from no state step, or checks a cell the matrix does not declare
     */
    public static List<String> undeclared(RuleMatrix matrix, Collection<SpecifiedScenario> scenarios) {
        Set<Cell> declared = matrix.cells();
        List<String> problems = new ArrayList<>();
        for (SpecifiedScenario scenario : scenarios) {
            if (scenario.cell().isEmpty()) {
                problems.add(scenario.id() + " (" + scenario.location() + ") has no step that puts it in a state");
            } else if (!declared.contains(scenario.cell().get())) {
                problems.add(scenario.id() + " (" + scenario.location() + ") checks " + scenario.cell().get()
                        + ", which the matrix does not declare");
            }
        }
        return problems;
    }
}
