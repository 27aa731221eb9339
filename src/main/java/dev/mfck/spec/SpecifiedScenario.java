package dev.mfck.spec;

import dev.mfck.matrix.Cell;

import java.util.List;
import java.util.Optional;

/**
 * One scenario of the suite as written: for an outline, one row of its examples.
 *
 * @param id      its stable id: the rule id and the example's values ({@code CLOSE-AFTER-SHUTDOWN[shut down
 *                from stopped, av-long]}), after the name of its examples when they have one; for a plain
 *                scenario the rule id and the scenario's name
 * @param file    the feature file's name
 * @param line    the line of the scenario, or of the example's row
 * @param ruleId  the rule it checks
 * @param tags    its tags, the feature's included
 * @param name    its name, with an outline's values filled in
 * @param steps   its steps' texts, with an outline's values filled in
 * @param cell    the matrix cell its state step puts it in, if it has one
 */
public record SpecifiedScenario(String id, String file, int line, String ruleId, List<String> tags, String name,
                                List<String> steps, Optional<Cell> cell) {

    /** @return {@code file:line}, the address Cucumber gives it, and the id kits before 0.2 gave it */
    public String location() {
        return file + ":" + line;
    }
}
