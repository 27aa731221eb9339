package dev.mfck.matrix;

/**
 * One cell of the matrix: a rule checked from a state with a clip.
 *
 * @param ruleId the rule
 * @param state  the state the scenario starts from
 * @param clip   the clip the session plays, or {@code none} for a state without a topology
 */
public record Cell(String ruleId, SessionState state, String clip) {

    @Override
    public String toString() {
        return ruleId + " × " + state.text() + " × " + clip;
    }
}
