package dev.mfck.matrix;

import dev.mfck.clips.ClipCatalogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step that puts a scenario in its starting state, {@value #TEXT}: the one place the suite
 * says which cell of the matrix a scenario checks.
 */
public final class StateStep {

    /** The step's Cucumber expression. */
    public static final String TEXT = "a session in the {state} state, with clip {clip}";

    private static final Pattern STEP = Pattern.compile(TEXT
            .replace("{state}", "(.+?)")
            .replace("{clip}", "(" + ClipCatalogue.PATTERN + ")"));

    private StateStep() {
    }

    /**
     * Finds the cell of a scenario from its steps.
     *
     * @param ruleId    the scenario's rule
     * @param stepTexts its steps' texts, with an outline's values filled in
     * @return the cell its first state step puts it in, if it has one
     */
    public static Optional<Cell> cellOf(String ruleId, List<String> stepTexts) {
        for (String text : stepTexts) {
            Matcher matcher = STEP.matcher(text);
            Optional<SessionState> state = matcher.matches() ? SessionState.parse(matcher.group(1)) : Optional.empty();
            if (state.isPresent()) {
                return Optional.of(new Cell(ruleId, state.get(), matcher.group(2)));
            }
        }
        return Optional.empty();
    }
}
